"""Resolution from the words of the first sentence and around a name: regions named after a preposition,
chains of ever larger places, compass words before a region, and institutions that stand in a town.

Hand-written texts; each names a place that population alone would put elsewhere.
"""

from __future__ import annotations

import pytest

from geo.extract.parser import Geoparser
from geo.gazetteer import default_gazetteer, haversine_km
from geo.model.spans import Toponym


def first(text: str, name: str, parser: Geoparser) -> tuple[float, float, str | None]:
    """Resolve every occurrence of ``name`` and return the first one's (lon, lat, admin1)."""
    toponyms = []
    start = text.find(name)
    while start >= 0:
        toponyms.append(Toponym(start, start + len(name), name, name))
        start = text.find(name, start + 1)
    found = parser.resolve(text, toponyms)
    place = found[0].candidate
    return place.lon, place.lat, place.admin1


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        # An English county after "in", with no country named: Buxton, Derbyshire is larger.
        ("Buxton is a village in Norfolk, between two market towns. It has a mill.", "Buxton", (1.30, 52.75)),
        ("Newport is a large village in Essex with a grammar school.", "Newport", (0.21, 51.98)),
        # The first name after a preposition is a town; the county comes next.
        ("Langar is a small village south of Bingham in Nottinghamshire.", "Langar", (-0.93, 52.90)),
    ],
)
def test_a_second_level_region_after_a_preposition_places_the_village(
    parser: Geoparser, text: str, name: str, near: tuple[float, float]
) -> None:
    lon, lat, _ = first(text, name, parser)
    assert haversine_km((lon, lat), near) < 60


def test_the_end_of_a_chain_overrules_a_namesake_at_its_start(parser: Geoparser) -> None:
    # Portland is also a parish of Jamaica; the chain ends in England.
    text = (
        "Weston is a village on the Isle of Portland, Dorset, England. "
        "Portland has quarries, and Portland stone is famous."
    )
    *_, admin1 = first(text, "Weston", parser)
    assert admin1 == "GB.ENG"


def test_an_institution_in_a_place_hints_at_a_town_not_a_state() -> None:
    from geo.resolve.context import ContainerIndex, local_pattern

    index = ContainerIndex(default_gazetteer())
    text = "The money sits at a central bank in New York, and the court in Texas ruled."
    start = text.find("New York")
    assert local_pattern(text, start, start + 8, index).hint == "settlement"
    start = text.find("Texas")
    assert local_pattern(text, start, start + 5, index).hint is None


def test_a_compass_word_before_a_region_keeps_it_as_context(parser: Geoparser) -> None:
    # Without the region of the first sentence, India (named later) would take Surat there.
    text = "Surat is a small rural town in South West Queensland. It shares its name with a port in India."
    *_, admin1 = first(text, "Surat", parser)
    assert admin1 == "AU.04"


@pytest.mark.parametrize(
    ("text", "name", "near"),
    [
        ("Ham is a suburban district in south-west London, beside the Thames.", "Ham", (-0.13, 51.5)),
        ("Bellingham is an area of south east London, south of Lewisham.", "Bellingham", (-0.13, 51.5)),
        (
            "Milton is a district in the Scottish city of Glasgow, north of the Clyde.",
            "Milton",
            (-4.25, 55.86),
        ),
    ],
)
def test_a_part_of_a_city_described_with_compass_words_lies_near_it(
    parser: Geoparser, text: str, name: str, near: tuple[float, float]
) -> None:
    lon, lat, _ = first(text, name, parser)
    assert haversine_km((lon, lat), near) < 40


def test_a_described_place_the_gazetteer_lacks_gets_its_county(parser: Geoparser) -> None:
    # No Northampton of Fulton County in the gazetteer: the county, not a namesake 300 km away.
    text = "Northampton is a town in Fulton County, New York, United States. It lies on a lake."
    [found] = parser.resolve(text, [Toponym(0, 11, "Northampton", "Northampton")])
    assert found.candidate.feature_class == "admin_region"
    assert found.candidate.admin2 == "US.NY.035"
    assert found.score < 0.6


def test_a_place_in_its_county_keeps_its_own_point(parser: Geoparser) -> None:
    text = "Gloversville is a city in Fulton County, New York, United States. It made gloves."
    [found] = parser.resolve(text, [Toponym(0, 12, "Gloversville", "Gloversville")])
    assert found.candidate.feature_class == "city"


def test_a_county_is_not_taken_from_a_sentence_that_does_not_describe_the_place(
    parser: Geoparser,
) -> None:
    # "of Paris" names where a driver lives, not where Dallas lies.
    text = "A woman died in a Dallas hospital after a crash with a driver of Paris on Friday."
    toponyms = [Toponym(18, 24, "Dallas", "Dallas"), Toponym(63, 68, "Paris", "Paris")]
    dallas = parser.resolve(text, toponyms)[0]
    assert dallas.candidate.feature_class == "city"
    assert haversine_km((dallas.candidate.lon, dallas.candidate.lat), (-96.80, 32.78)) < 20


def test_the_name_after_a_county_and_a_comma_is_its_state(parser: Geoparser) -> None:
    text = "Northampton is a town in Fulton County, New York, United States."
    start = text.find("New York")
    [found] = parser.resolve(text, [Toponym(start, start + 8, "New York", "New York")])
    assert found.candidate.feature_class == "admin_region"
    assert found.candidate.admin1 == "US.NY"


@pytest.mark.parametrize(
    ("text", "name", "city", "near"),
    [
        # A quarter the gazetteer lacks, with a namesake town abroad: the city it is part of stands for it.
        (
            "Gunmen opened fire in the Harar neighbourhood in Mosul on Sunday.",
            "Harar",
            "Mosul",
            (43.12, 36.34),
        ),
        ("A car bomb went off in the Kadhimiya district in Baghdad.", "Kadhimiya", "Baghdad", (44.40, 33.34)),
        # Without the part noun the town abroad stays.
        ("Gunmen opened fire in Harar on Sunday, as in Mosul.", "Harar", "Mosul", (42.12, 9.31)),
        # "X district of Y" where Y is a state, not one of the document's cities: X keeps its own entry.
        (
            "Nizamabad is a city in the Nizamabad district of Telangana.",
            "Nizamabad",
            "Telangana",
            (78.1, 18.67),
        ),
    ],
)
def test_a_part_noun_after_the_name_places_it_in_the_city_after(
    parser: Geoparser, text: str, name: str, city: str, near: tuple[float, float]
) -> None:
    toponyms = [
        Toponym(start, start + len(word), word, word) for word in (name, city) for start in [text.find(word)]
    ]
    found = parser.resolve(text, sorted(toponyms, key=lambda toponym: toponym.start))
    place = next(item.candidate for item in found if item.toponym.surface == name)
    assert haversine_km((place.lon, place.lat), near) < 40


def test_a_sea_named_without_its_sea_word_after_the_is_the_sea(parser: Geoparser) -> None:
    # "Baltic" alone matches only small US towns; "the Baltic" is the Baltic Sea.
    text = "Allied warships sailed into the Baltic on Monday, Poland said."
    found = {r.toponym.surface: r.candidate for r in parser.resolve(text, parser.recognize(text))}
    assert found["Baltic"].id == "geo:baltic-sea"
    text = "Farmers in Baltic, Connecticut, sold corn on Monday."
    found = {r.toponym.surface: r.candidate for r in parser.resolve(text, parser.recognize(text))}
    assert found["Baltic"].feature_class == "city"


def test_a_name_qualifying_lands_after_the_is_not_the_sea(parser: Geoparser) -> None:
    # "the Baltic states" are lands: the name is an adjective of them, not the Baltic Sea
    text = "Allied leaders pledged new battalions for the Baltic states on Monday, Poland said."
    found = {r.toponym.surface: r.candidate for r in parser.resolve(text, parser.recognize(text))}
    assert "Baltic" not in found or found["Baltic"].feature_class != "water_body"


def test_a_wide_area_keeps_its_own_name_after_the(parser: Geoparser) -> None:
    text = "Oil firms want access to the Arctic, Norway said on Monday."
    found = {r.toponym.surface: r.candidate for r in parser.resolve(text, parser.recognize(text))}
    assert found["Arctic"].feature_class != "water_body"


def test_a_compass_word_before_a_sea_names_its_part_when_the_gazetteer_has_it(parser: Geoparser) -> None:
    def sea(text: str) -> str:
        return parser.resolve(text, parser.recognize(text))[0].candidate.id

    assert sea("Two frigates sailed into the northern Atlantic on Friday.") == "geo:north-atlantic"
    assert sea("Two frigates sailed across the Atlantic on Friday.") == "geo:atlantic-ocean"
    # no part of that name: the whole sea, not a point somewhere else
    assert sea("Two frigates sailed into the eastern Mediterranean on Friday.") == "geo:mediterranean-sea"


def test_a_name_of_countries_known_only_as_towns_stays_unresolved() -> None:
    from geo.extract.parser import Geoparser

    parser = Geoparser()
    text = "Allied jets flew over the Baltic states on Monday, and more troops went to Poland."
    resolved = {r.toponym.surface: r for r in parser.resolve(text, parser.recognize(text))}
    assert resolved["Poland"].candidate is not None
    # "Baltic" names lands here, not Baltic (Connecticut): no point rather than a far town
    assert "Baltic" not in resolved or resolved["Baltic"].candidate is None


def test_a_region_after_a_preposition_needs_the_word_in_or_of_itself() -> None:
    from geo.resolve.local import _IN_REGION

    text = "Within Devon, a farm in north Suffolk and the capital of Kent"
    assert [m.group(1) for m in _IN_REGION.finditer(text)] == ["Suffolk", "Kent"]  # not "Within Devon"
    # the boundary is read before a search's start, as ``\b`` is: "in" inside "Within" is no preposition
    assert [m.group(1) for m in _IN_REGION.finditer(text, text.index("in D"))] == ["Suffolk", "Kent"]
    start = text.index("in north")
    assert _IN_REGION.match(text, start).group(1) == "Suffolk"  # type: ignore[union-attr]
