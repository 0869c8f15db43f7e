"""A district resolved to its centre town stays apart from that town when both are named
(geo.events.districts); our own sentences."""

from __future__ import annotations

from dataclasses import replace

from geo.events import tag_events
from tests.events_support import resolved

PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Kirkuk district": ("geonames:94787", "city", "IQ"),
    "Hawija district": ("test:hawija", "city", "IQ"),
}


def _events(text: str, *names: str) -> set[tuple[str, str, str]]:
    places = [
        replace(p, toponym=replace(p.toponym, feature_hint="admin_region"))
        if "district" in p.toponym.surface
        else p
        for p in resolved(text, PLACES, *names)
    ]
    return {
        (t.name, t.place.candidate.id, t.event_type)
        for t in tag_events(text, places, published="2021-03-17")
        if t.event_type != "mention"
    }


def test_a_city_and_its_district_hit_are_two_events() -> None:
    text = "Drones attacked the city of Kirkuk and the Kirkuk district on Monday."
    assert _events(text, "Kirkuk district", "Kirkuk") == {
        ("Kirkuk", "geonames:94787", "attack"),
        ("Kirkuk district", "near:geonames:94787:kirkuk-district", "attack"),
    }


def test_a_district_whose_town_is_not_named_keeps_the_town_id() -> None:
    text = "Drones attacked the Hawija district on Monday."
    assert _events(text, "Hawija district") == {("Hawija district", "test:hawija", "attack")}
