"""A world city and the first-level region of its name ("New York"): which one a bare name means (ours)."""

from __future__ import annotations

from geo import Geoparser
from geo.gazetteer import Candidate
from geo.resolve.namesakes import foreign_regions, greater_namesakes, namesake_cities


def _chosen(parser: Geoparser, text: str, surface: str) -> list[tuple[str, str | None]]:
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == surface]
    return [(candidate.feature_class, candidate.country) for candidate in chosen]


def _candidate(name: str, kind: str, importance: float, *, admin2: str | None = None) -> Candidate:
    return Candidate(
        id=f"test:{name}:{importance}",
        name=name,
        feature_class=kind,
        country="US",
        lon=-74.0,
        lat=40.7,
        population=0,
        score=0.5,
        match="exact",
        matched_name="Gotham",
        source="test",
        admin1="US.GT",
        admin2=admin2,
        importance=importance,
    )


def test_postcode_entry_does_not_hide_the_city() -> None:
    # a low postcode entry of the name listed after the city keeps the region's most important city
    cities = [_candidate("Gotham City", "city", 0.95), _candidate("Gotham", "city", 0.25)]
    assert namesake_cities(cities, "Gotham") == {("US", "US.GT"): 0.95}


def test_region_with_a_much_greater_city_is_foreign_only_abroad() -> None:
    candidates = [_candidate("Gotham City", "city", 0.95), _candidate("Gotham", "admin_region", 0.75)]
    assert greater_namesakes(candidates, "Gotham") == (1,)
    assert foreign_regions((1,), candidates, {"FR": 5.0, "US": 0.5}) == [1]
    assert foreign_regions((1,), candidates, {}) == [1]
    assert foreign_regions((1,), candidates, {"FR": 1.0, "US": 3.0}) == []
    assert foreign_regions((1,), candidates, {"FR": 5.0}, after={"US.GT"}) == []  # "Metropolis, Gotham"


def test_world_city_in_news_from_abroad(parser: Geoparser) -> None:
    text = (
        "Diplomats from Lebanon and Israel met in New York on Friday, and Lebanon's envoy said Beirut "
        "would answer within a week."
    )
    assert _chosen(parser, text, "New York") == [("city", "US")]


def test_state_in_home_news(parser: Geoparser) -> None:
    text = "Snow closed schools across New York on Monday, and Albany and Buffalo cancelled bus services."
    assert _chosen(parser, text, "New York") == [("admin_region", "US")]


def test_state_after_a_town_name(parser: Geoparser) -> None:
    text = "Canadian patients may be sent to Buffalo, New York, while Ontario hospitals are full."
    assert _chosen(parser, text, "New York") == [("admin_region", "US")]


def test_city_beside_its_named_province(parser: Geoparser) -> None:
    # "Khost" is also a small Pakistani town, and the sentence names Pakistan: the province named in the
    # text says which one
    text = (
        "Pakistan said its jets hit hideouts in Khost province. Pakistan's army said Pakistani soldiers "
        "were hurt near North Waziristan and Kurram in Pakistan. On Tuesday, mourners marched through "
        "Khost city chanting against Pakistan."
    )
    assert _chosen(parser, text, "Khost province") == [("admin_region", "AF")]
    assert _chosen(parser, text, "Khost city") == [("city", "AF")]


def test_bare_name_of_a_distant_site(parser: Geoparser) -> None:
    # the airport is named after a hero, not after the town of the name 300 km away
    text = (
        "The last American tankers left the transit centre at Manas on Monday, Kyrgyz officials said. "
        "Cargo flights will keep using Manas International Airport, near Bishkek in Kyrgyzstan."
    )
    assert _chosen(parser, text, "Manas") == [("airport", "KG")]


def test_bare_name_of_a_town_beside_its_airport(parser: Geoparser) -> None:
    # the town next to its own airport stays the town
    text = "Rockets hit Erbil on Monday; flights at Erbil International Airport in Iraq were halted."
    assert _chosen(parser, text, "Erbil") == [("city", "IQ")]
