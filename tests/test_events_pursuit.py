"""Forces pursuing an armed group are fighting it (our own example sentences)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {"Kirkuk": ("geonames:94787", "city", "IQ")}

tags, events = taggers(PLACES)


def test_troops_pursuing_rebels_into_a_province_fight_there() -> None:
    text = "Government troops continue to pursue the rebels northwards into Kirkuk."
    assert {kind for _, kind, _ in events(text, "Kirkuk", published="2024-05-28")} == {"attack"}


def test_pursuing_talks_is_no_attack() -> None:
    text = "The ministers will pursue talks in Kirkuk next week."
    assert all(kind != "attack" for _, kind, _ in events(text, "Kirkuk", published="2024-05-28"))
