"""Missions of events from the catalogue's names and areas (sentences written here)."""

from __future__ import annotations

from geo.events import EventTag, tag_events
from tests.events_support import resolved

PLACES = {
    "Afghanistan": ("iso:AF", "country", "AF"),
    "Kabul": ("geonames:1138958", "city", "AF"),
    "Latvia": ("iso:LV", "country", "LV"),
    "Adazi": ("test:adazi", "city", "LV"),
}


def tag(text: str, *names: str, published: str = "2021-03-15") -> dict[str, EventTag]:
    tags = tag_events(text, resolved(text, PLACES, *names), published=published)
    return {t.place.candidate.name: t for t in tags}


def test_a_decision_on_a_country_takes_the_named_mission_of_that_country() -> None:
    text = (
        "ISAF troops patrolled Kabul on Monday.\n\n"
        "The parliament approved an extension of the mission in Afghanistan on Tuesday."
    )
    found = tag(text, "Kabul", "Afghanistan", published="2009-06-10")
    assert found["Afghanistan"].event_type == "political"
    assert found["Afghanistan"].mission == "ISAF"


def test_a_nato_battlegroup_on_the_eastern_flank_is_the_forward_presence() -> None:
    text = "A NATO battlegroup arrived in Adazi on Friday."
    assert tag(text, "Adazi", published="2018-03-15")["Adazi"].mission == "NATO Enhanced Forward Presence"
    # before the mission existed, no mission
    assert tag(text, "Adazi", published="2015-03-15")["Adazi"].mission is None
