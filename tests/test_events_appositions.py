"""Names in apposition to a plural place noun are the places of the event (geo.events.context)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Hawija": ("test:hawija", "city", "IQ"),
    "Nineveh province": ("test:nineveh", "admin_region", "IQ"),
}

tags, events = taggers(PLACES)


def test_towns_named_after_a_comma_or_a_dash_are_the_places_hit() -> None:
    comma = "In Hawija, drones struck two towns, Kirkuk and Mosul, on Monday."
    found = events(comma, "Hawija", "Kirkuk", "Mosul")
    assert {("Kirkuk", "strike", "2021-03-15"), ("Mosul", "strike", "2021-03-15")} <= found
    dash = "In Hawija, drones struck two towns - Kirkuk and Mosul - on Monday."
    assert ("Kirkuk", "strike", "2021-03-15") in events(dash, "Hawija", "Kirkuk", "Mosul")


def test_a_comma_after_a_noun_of_no_places_is_no_apposition() -> None:
    text = "In Hawija, drones struck the outskirts, Kirkuk officials said on Monday."
    assert ("Kirkuk", "strike", "2021-03-15") not in events(text, "Hawija", "Kirkuk")
