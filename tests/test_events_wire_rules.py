"""Behaviour tests of the rules the wire article set brought (wave 35, art35a); own sentences only.

Crowd protests told without the words "protest" or "rally": a crowd that gathered, assembled or converged
at a place, a crowd that chanted, and police firing tear gas or water cannon (ACLED: protest with
intervention).
"""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.model.article import Article

_PARSER = Geoparser()


def _events(text: str, published: str = "2023-10-18") -> set[tuple[str, str]]:
    found = _PARSER.extract_features(Article("t", text, published=published))
    kept = [f for f in found if f.properties.event_type != "mention"]
    return {(f.properties.event_type, f.properties.name) for f in kept}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Several thousand people gathered in front of the French embassy in Tunis on Wednesday.", "Tunis"),
        ("Hundreds of opposition supporters assembled outside parliament in Nairobi on Monday.", "Nairobi"),
        ("Students converged on the central square of Dhaka on Sunday, blocking traffic.", "Dhaka"),
        ("In Karachi, crowds chanted slogans outside the consulate late on Friday.", "Karachi"),
        ("Riot police fired tear gas at hundreds of marchers in Kinshasa on Tuesday.", "Kinshasa"),
        ("Security forces used water cannon to push back young men near the embassy in Amman.", "Amman"),
    ],
)
def test_crowd_wording_is_a_protest(text: str, place: str) -> None:
    assert ("protest", place) in _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "NATO leaders gathered in Vilnius on Tuesday for a two-day summit.",
        "Troops gathered near Kharkiv before the offensive, officials said.",
        "Tens of thousands of displaced families have gathered to escape the bombardment.",
    ],
)
def test_gathering_of_leaders_troops_or_the_displaced_is_no_protest(text: str) -> None:
    assert not any(kind == "protest" for kind, _ in _events(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Germany plans to close its air transport hub in Niamey by August 31.", "Niamey"),
        ("The army closed its garrison in Kidal last month, a spokesman said.", "Kidal"),
        ("Kenya will close the barracks at Garissa next year.", "Garissa"),
        ("The alliance is closing its logistics hub in Constanta this winter.", "Constanta"),
    ],
)
def test_closing_a_garrison_barracks_or_military_hub_is_a_withdrawal(text: str, place: str) -> None:
    assert ("withdrawal", place) in _events(text, "2024-08-05")


def test_closing_a_business_hub_is_no_withdrawal() -> None:
    found = _events("The airline will close its hub in Doha.", "2024-08-05")
    assert not any(kind == "withdrawal" for kind, _ in found)


@pytest.mark.parametrize(
    ("text", "name", "lon", "lat"),
    [
        ("Several hundred people marched through Qamishli on Sunday.", "Qamishli", 41.23, 37.05),
        ("The convoy drove via Tikreet towards the north.", "Tikreet", 43.68, 34.62),
        ("Clashes broke out within Deir Ezzor city overnight.", "Deir Ezzor city", 40.14, 35.34),
    ],
)
def test_spellings_after_through_via_within_are_places(text: str, name: str, lon: float, lat: float) -> None:
    found = _PARSER.extract_features(Article("t", text, published="2024-01-14"))
    points = [f.geometry.coordinates for f in found if f.properties.name == name]
    assert points
    assert abs(points[0][0] - lon) < 0.2
    assert abs(points[0][1] - lat) < 0.2


def _points(text: str) -> dict[str, tuple[float, float]]:
    found = _PARSER.extract_features(Article("t", text, published="2024-01-14"))
    return {f.properties.name: tuple(f.geometry.coordinates[:2]) for f in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police raided a house near Boni in central Mali on Sunday.", "Boni"),
        ("Clashes broke out near Tora in North Darfur.", "Tora"),
        ("Gunmen seized pupils in Kuriga in northwest Nigeria's Kaduna state.", "Kuriga"),
    ],
)
def test_a_name_put_in_a_country_is_not_placed_at_a_namesake_abroad(text: str, name: str) -> None:
    assert name not in _points(text)


@pytest.mark.parametrize(
    ("text", "name", "lon"),
    [
        ("Clashes broke out near Tripoli in northern Lebanon on Sunday.", "Tripoli", 35.8),
        ("Gunmen attacked a market in Hyderabad in southern Pakistan.", "Hyderabad", 68.4),
        ("Troops arrived in Estonia, Latvia and Lithuania.", "Estonia", 26.0),
    ],
)
def test_a_name_with_a_bearer_in_the_stated_country_is_kept(text: str, name: str, lon: float) -> None:
    points = _points(text)
    assert name in points
    assert abs(points[name][0] - lon) < 1.0
