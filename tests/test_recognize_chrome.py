"""Datelines and page chrome: recognised, marked with a role, never the site of an event."""

from __future__ import annotations

import pytest

from geo.gazetteer import Gazetteer, default_gazetteer
from geo.recognize import recognize
from geo.recognize.boilerplate import boilerplate_spans


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("DUBAI, May 2. /TASS/. The US and UK struck an airport in Yemen.", "DUBAI"),
        ("Headline\n\nBRUSSELS, Aug. 16 (UPI) -- Naval forces freed a ship.", "BRUSSELS"),
        ("Headline\nJUBA, 29 May 2023 - The mission appealed for calm.", "JUBA"),
        ("MOSCOW, February 19 – RIA Novosti. Operations ended.", "MOSCOW"),
        ("MOGADISHU (Reuters) - Gunmen attacked a hotel.", "MOGADISHU"),
        ("ADEN – Houthi forces fired a missile.", "ADEN"),
    ],
)
def test_datelines_with_dates_and_agencies(text: str, city: str, gaz: Gazetteer) -> None:
    found = {t.surface: t for t in recognize(text, gazetteer=gaz)}
    assert found[city].role == "dateline"


def test_running_text_has_no_role(gaz: Gazetteer) -> None:
    found = recognize("Rockets hit a base near Baghdad on Monday.", gazetteer=gaz)
    assert [t.role for t in found if t.surface == "Baghdad"] == [None]


def test_boilerplate_lines_credits_and_bylines() -> None:
    text = (
        "Title\nRead also: Drone hits base in Erbil\nBy Jane Doe\n"
        "A helicopter flies over the base. Photo: Rudaw\nShare on Facebook\nTroops left Erbil."
    )
    found = [text[a:b] for a, b in boilerplate_spans(text)]
    expected = ["Read also: Drone hits base in Erbil", "By Jane Doe", "Photo: Rudaw", "Share on Facebook"]
    assert found == expected


def test_boilerplate_places_carry_the_role(gaz: Gazetteer) -> None:
    text = "Rockets hit Baghdad on Monday.\nRead also: Drone hits base in Erbil\n"
    roles = {t.surface: t.role for t in recognize(text, gazetteer=gaz)}
    assert roles["Baghdad"] is None
    assert roles["Erbil"] == "boilerplate"


def test_dateline_place_carries_no_event() -> None:
    import geo

    text = "ADEN – Gunmen killed two soldiers in an attack on Monday, officials said. Taiz was shelled."
    features = geo.extract(text, published="2024-01-10").features
    by_place = {f.properties.name: f.properties.event_type for f in features}
    assert by_place.get("ADEN") == "mention"
    assert by_place.get("Taiz") not in (None, "mention")
