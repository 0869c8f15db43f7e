"""Toponym resolution in document context: hand-written texts where the context decides.

Each text names a place that the gazetteer alone (population, importance) would resolve differently, or
that needs a pattern around the name; the expected place is checked by country, first-level region or
feature class.
"""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.extract.parser import Geoparser
from geo.gazetteer import haversine_km
from geo.model.spans import Resolved, Toponym


def spans(text: str, *names: str, kind: str = "place") -> list[Toponym]:
    """Toponyms for every occurrence of each name in ``text``."""
    result = []
    for name in names:
        start = text.find(name)
        assert start >= 0, name
        while start >= 0:
            result.append(
                Toponym(start, start + len(name), name, name, kind="place" if kind == "place" else "demonym")
            )
            start = text.find(name, start + 1)
    return sorted(result, key=lambda toponym: toponym.start)


def by_name(resolved: list[Resolved]) -> dict[str, Resolved]:
    return {item.toponym.surface: item for item in resolved}


def test_washington_in_an_article_about_iraqi_reserves_is_the_capital(parser: Geoparser) -> None:
    text = (
        "Iraq's central bank said its dollar reserves held at the Federal Reserve in Washington were safe, "
        "Iraqi officials told reporters in Baghdad."
    )
    found = by_name(parser.resolve(text, spans(text, "Washington", "Baghdad")))
    assert found["Washington"].candidate.admin1 == "US.DC"
    assert found["Baghdad"].candidate.country == "IQ"


def test_washington_with_towns_of_the_state_is_the_state(parser: Geoparser) -> None:
    text = "Washington officials said the wildfire between Spokane and Yakima spread overnight."
    found = by_name(parser.resolve(text, spans(text, "Washington", "Spokane", "Yakima")))
    assert found["Washington"].candidate.admin1 == "US.WA"
    assert found["Washington"].candidate.feature_class == "admin_region"
    assert found["Yakima"].candidate.admin1 == "US.WA"


def test_paris_in_a_texas_article_is_paris_texas(parser: Geoparser) -> None:
    text = "A man was arrested in Lamar County on Friday, Texas police said. Officers in Paris filed charges."
    found = by_name(parser.resolve(text, spans(text, "Lamar County", "Paris")))
    assert found["Paris"].candidate.admin1 == "US.TX"
    assert found["Lamar County"].candidate.admin1 == "US.TX"


def test_paris_without_context_is_the_french_capital(parser: Geoparser) -> None:
    text = "Protesters marched in Paris on Saturday."
    [paris] = parser.resolve(text, spans(text, "Paris"))
    assert paris.candidate.country == "FR"
    assert 0.0 <= paris.score <= 1.0


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("The governor visited Springfield, Ill., on Monday.", "US.IL"),
        ("The governor visited Springfield, Mass., on Monday.", "US.MA"),
        ("PARIS, Texas (AP) - A storm hit the town on Monday.", "US.TX"),
        ("Flooding closed roads around Paris, Tenn., on Monday.", "US.TN"),
    ],
)
def test_a_state_after_a_comma_places_the_town(parser: Geoparser, text: str, admin1: str) -> None:
    name = "PARIS" if "PARIS" in text else "Paris" if "Paris" in text else "Springfield"
    [place] = parser.resolve(text, spans(text, name))
    assert place.candidate.admin1 == admin1


def test_the_airport_of_erbil_is_the_airport_and_plain_erbil_the_city(parser: Geoparser) -> None:
    text = (
        "Two rockets hit the airport of Erbil late on Tuesday; Erbil itself was calm. Troops at the "
        "airport of the regional capital Erbil stayed inside, and Erbil airport reopened on Friday."
    )
    last = text.rindex("Erbil airport")
    toponyms = [toponym for toponym in spans(text, "Erbil") if toponym.start != last]
    toponyms.append(Toponym(last, last + 13, "Erbil airport", "Erbil airport", feature_hint="airport"))
    resolved = parser.resolve(text, toponyms)
    airport, city = "icao:ORER", "geonames:95446"
    assert [item.candidate.id for item in resolved] == [airport, city, airport, airport]


def test_a_province_word_after_the_name_selects_the_region(parser: Geoparser) -> None:
    text = "Fighting went on in Anbar province and around Ramadi."
    found = by_name(parser.resolve(text, spans(text, "Anbar", "Ramadi")))
    assert found["Anbar"].candidate.feature_class == "admin_region"
    assert found["Anbar"].candidate.country == "IQ"
    assert found["Ramadi"].candidate.admin1 == found["Anbar"].candidate.admin1


def test_the_desert_of_a_town_is_the_region_of_its_name(parser: Geoparser) -> None:
    # the desert lies in the governorate named like the town, outside the town; the plain name stays
    # the town
    text = "Patrols crossed the eastern desert of Homs, then drove back to Homs."
    resolved = parser.resolve(text, spans(text, "Homs"))
    assert [item.candidate.feature_class for item in resolved] == ["admin_region", "city"]
    assert {item.candidate.country for item in resolved} == {"SY"}


def test_the_desert_of_a_town_without_a_region_of_its_name_is_the_town(parser: Geoparser) -> None:
    # no region is named like the town: no other region that only looks like the name
    text = "Patrols crossed the desert of Tadmur on Friday."
    [place] = parser.resolve(text, spans(text, "Tadmur"))
    assert place.candidate.feature_class == "city"
    assert place.candidate.country == "SY"


def test_neighbours_decide_between_namesakes(parser: Geoparser) -> None:
    text = "The band toured Sarnia, Windsor and London before heading east."
    found = by_name(parser.resolve(text, spans(text, "Sarnia", "Windsor", "London")))
    assert found["London"].candidate.country == "CA"
    assert found["Windsor"].candidate.country == "CA"


def test_the_first_sentence_outweighs_states_named_later(parser: Geoparser) -> None:
    # The sentence of the first mention says where the place is; the later history names another state
    # three times (where Aurora, Illinois, the bigger namesake, lies).
    text = (
        "Aurora is a small city in Hamilton County, Nebraska. Its first settlers came from Illinois, and "
        "Illinois newspapers followed the town; Illinois money built its mill."
    )
    [aurora] = parser.resolve(text, spans(text, "Aurora"))
    assert aurora.candidate.admin1 == "US.NE"


def test_the_province_of_a_municipality_places_it(parser: Geoparser) -> None:
    # Philippine provinces are second-level regions: "the province of X" is read as a hidden county.
    text = (
        "San Jose is a small municipality in the province of Negros Oriental, Philippines. Spanish friars "
        "named it; Spain ruled the islands for three centuries."
    )
    [san_jose] = parser.resolve(text, spans(text, "San Jose"))
    assert (san_jose.candidate.country, san_jose.candidate.admin2) == ("PH", "PH.07.46")


@pytest.mark.parametrize(
    ("text", "name", "near", "km"),
    [
        # The county before ", England" picks the namesake in it (or, with no county known, near it).
        (
            "Richmond is a market town in North Yorkshire, England, on a river.",
            "Richmond",
            (-1.74, 54.40),
            30,
        ),
        ("Newton is a village in Suffolk, England. It has a green.", "Newton", (0.95, 52.20), 60),
    ],
)
def test_a_county_named_before_the_country_places_the_village(
    parser: Geoparser, text: str, name: str, near: tuple[float, float], km: float
) -> None:
    [found] = parser.resolve(text, spans(text, name))
    assert haversine_km((found.candidate.lon, found.candidate.lat), near) < km


def test_a_name_that_is_a_region_elsewhere_still_reads_its_first_sentence(parser: Geoparser) -> None:
    # Kingston is also a parish of Jamaica; Victoria here is not its peer but where it lies.
    text = "Kingston is a small town in a rural shire in Victoria, Australia. Gold was found there."
    [kingston] = parser.resolve(text, spans(text, "Kingston"))
    assert kingston.candidate.admin1 == "AU.07"


def test_a_suburb_of_a_city_lies_near_it(parser: Geoparser) -> None:
    text = "Beaumont is a suburb of Dublin, on its north side. A hospital stands there."
    [beaumont] = parser.resolve(text, spans(text, "Beaumont"))
    assert beaumont.candidate.country == "IE"


def test_places_listed_with_others_are_peers_not_containers(parser: Geoparser) -> None:
    # "New York" before "Atlanta" does not put Atlanta in New York State; a province listed with other
    # provinces stays the province.
    text = "Flights link Moscow with two American cities, New York and Atlanta, every day."
    found = by_name(parser.resolve(text, spans(text, "Moscow", "New York", "Atlanta")))
    assert found["Atlanta"].candidate.admin1 == "US.GA"
    text = "Cases were reported in the provinces of Anhui, Hunan and Zhejiang, officials said."
    found = by_name(parser.resolve(text, spans(text, "Anhui", "Zhejiang")))
    assert found["Zhejiang"].candidate.feature_class == "admin_region"
    assert found["Zhejiang"].candidate.admin2 is None


def test_a_demonym_is_context_not_a_place(parser: Geoparser) -> None:
    text = "Canadian officials met in London on Monday to discuss the Sarnia plant."
    toponyms = [
        Toponym(0, 8, "Canadian", "Canadian", kind="demonym", country="CA"),
        *spans(text, "London", "Sarnia"),
    ]
    resolved = parser.resolve(text, toponyms)
    assert [item.toponym.surface for item in resolved] == ["London", "Sarnia"]
    assert by_name(resolved)["London"].candidate.country == "CA"


def test_a_country_given_by_the_recogniser_wins(parser: Geoparser) -> None:
    text = "THE HAGUE, Netherlands - Ministers met on Friday."
    toponym = Toponym(0, 9, "THE HAGUE", "The Hague", country="NL")
    [place] = parser.resolve(text, [toponym])
    assert place.candidate.country == "NL"


def test_repeated_names_get_one_place(parser: Geoparser) -> None:
    text = "Springfield, Ill. is calm; in Springfield the river rose."
    resolved = parser.resolve(text, spans(text, "Springfield"))
    assert [item.toponym.start for item in resolved] == [0, text.rindex("Springfield")]
    assert {item.candidate.id for item in resolved} == {resolved[0].candidate.id}
    assert resolved[0].candidate.admin1 == "US.IL"


def test_a_building_resolves_to_the_place_in_its_name(parser: Geoparser) -> None:
    text = "The Queen drove from London to Windsor Castle on Friday."
    found = by_name(parser.resolve(text, spans(text, "Windsor Castle", "London")))
    assert found["Windsor Castle"].candidate.country == "GB"
    assert found["Windsor Castle"].candidate.name == "Windsor"
    assert found["Windsor Castle"].score < found["London"].score


def test_an_unknown_street_falls_back_to_the_main_place(parser: Geoparser) -> None:
    text = (
        "Jazz bands played on Xqzzyvv Street in New Orleans, Louisiana, where New Orleans police closed it."
    )
    found = by_name(parser.resolve(text, spans(text, "Xqzzyvv Street", "New Orleans")))
    assert found["Xqzzyvv Street"].candidate.id == found["New Orleans"].candidate.id
    assert found["New Orleans"].candidate.admin1 == "US.LA"
    assert found["Xqzzyvv Street"].score < found["New Orleans"].score


def test_an_unknown_name_without_any_place_is_dropped(parser: Geoparser) -> None:
    assert parser.resolve("Xqzzyvv is calm.", spans("Xqzzyvv is calm.", "Xqzzyvv")) == []


def test_no_toponyms_give_nothing(parser: Geoparser) -> None:
    assert parser.resolve("No places here.", []) == []


def test_offsets_outside_the_text_are_an_input_error(parser: Geoparser) -> None:
    with pytest.raises(InputError, match="'Paris'"):
        parser.resolve("Paris", [Toponym(0, 10, "Paris", "Paris")])


def test_demonyms_resolve_to_their_country_only_when_asked(parser: Geoparser) -> None:
    text = "Iraqi officials met European envoys in Baghdad."
    toponyms = [
        Toponym(0, 5, "Iraqi", "Iraqi", kind="demonym", country="IQ"),
        Toponym(20, 28, "European", "European", kind="demonym"),
        Toponym(39, 46, "Baghdad", "Baghdad"),
    ]
    assert [item.toponym.surface for item in parser.resolve(text, toponyms)] == ["Baghdad"]
    found = by_name(parser.resolve(text, toponyms, demonyms=True))
    assert found["Iraqi"].candidate.id == "iso:IQ"
    assert found["European"].candidate.name == "Europe"
    assert found["Baghdad"].candidate.country == "IQ"


def test_a_misspelt_province_is_matched_approximately_in_the_country_named(parser: Geoparser) -> None:
    text = "Troops moved west from Baghdad into Arbar province, toward the western border of Iraq."
    start = text.index("Arbar province")
    toponyms = [
        *spans(text, "Baghdad", "Iraq"),
        Toponym(start, start + 14, "Arbar province", "Arbar", feature_hint="admin_region"),
    ]
    found = by_name(parser.resolve(text, toponyms))
    assert found["Arbar province"].candidate.feature_class == "admin_region"
    assert found["Arbar province"].candidate.country == "IQ"


def test_a_country_name_with_its_own_code_stays_the_country(parser: Geoparser) -> None:
    text = "Schools in Mexico City closed; Mexico reported 20 new cases."
    city = text.index("Mexico City")
    country = text.index("Mexico reported")
    toponyms = [
        Toponym(city, city + 11, "Mexico City", "Mexico City"),
        Toponym(country, country + 6, "Mexico", "Mexico", country="MX"),
    ]
    found = by_name(parser.resolve(text, toponyms))
    assert found["Mexico"].candidate.id == "iso:MX"
    assert found["Mexico City"].candidate.feature_class == "city"
