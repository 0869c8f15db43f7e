"""A site named after a county of the name is no site of the bare name ("X County Airport" for "Camp X"),
and a base the gazetteer lacks goes where the text puts it (ours)."""

from __future__ import annotations

from geo import Geoparser


def _chosen(parser: Geoparser, text: str, surface: str) -> list[tuple[str, str | None]]:
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == surface]
    return [(candidate.feature_class, candidate.country) for candidate in chosen]


def test_camp_is_not_a_county_airport_abroad(parser: Geoparser) -> None:
    # the gazetteer has no such camp, only an airport named after a US county of the name
    text = (
        "About 28,000 American soldiers serve in South Korea, most of them at Camp Humphreys in "
        "Pyeongtaek, south of Seoul."
    )
    assert _chosen(parser, text, "Camp Humphreys") == [("city", "KR")]


def test_airport_of_the_name_itself_stays(parser: Geoparser) -> None:
    text = "Flights resumed at Erbil International Airport in Iraq on Monday after the drone attack."
    assert _chosen(parser, text, "Erbil International Airport") == [("airport", "IQ")]
