"""Where a list of sites is, and what only says where a site lies; our own sentences.

A place "in the skies of" a region is where something happens there (``of_noun`` words); a series of
places that semicolons separate and "; and" ends is one list; a town named right after a base or airport
of the same event to say where it lies ("the X air base north of Y") is no site of its own
(geo.events.sites.containers)."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Kursk Oblast": ("test:kursk", "admin_region", "RU"),
    "Bryansk Oblast": ("test:bryansk", "admin_region", "RU"),
    "Kirkuk": ("test:kirkuk", "city", "IQ"),
    "Tikrit": ("test:tikrit", "city", "IQ"),
    "Erbil": ("test:erbil", "city", "IQ"),
    "Baghdad": ("test:baghdad", "city", "IQ"),
    "Balad Air Base": ("test:balad", "military_base", "IQ"),
}
tags, events = taggers(PLACES)


def _where(text: str, *names: str) -> set[tuple[str, str]]:
    return {(place, kind) for place, kind, _ in events(text, *names)}


def test_a_region_in_the_skies_of_which_drones_fell_is_a_site() -> None:
    text = "Overnight, 14 drones were shot down over Kursk Oblast and two in the skies of Bryansk Oblast."
    assert ("Bryansk Oblast", "attack") in _where(text, "Kursk Oblast", "Bryansk Oblast")


def test_a_series_of_places_that_semicolons_separate_is_one_list() -> None:
    text = "Instructors trained Iraqi soldiers in Kirkuk; Tikrit near the river; and Erbil."
    assert _where(text, "Kirkuk", "Tikrit", "Erbil") == {
        ("Kirkuk", "training"),
        ("Tikrit", "training"),
        ("Erbil", "training"),
    }


def test_a_semicolon_without_a_series_ends_the_list() -> None:
    text = "Instructors trained Iraqi soldiers in Kirkuk; Tikrit stayed calm all week."
    assert _where(text, "Kirkuk", "Tikrit") == {("Kirkuk", "training")}


def test_a_town_that_only_says_where_a_base_lies_is_no_site() -> None:
    text = "Instructors trained Iraqi soldiers at the Balad Air Base north of Baghdad."
    assert _where(text, "Balad Air Base", "Baghdad") == {("Balad Air Base", "training")}
