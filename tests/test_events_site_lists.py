"""Where a list of sites is, and what only says where a site lies; our own sentences.

A place "in the skies of" a region is where something happens there (``of_noun`` words); a series of
places that semicolons separate and "; and" ends is one list; a town named right after a base or airport
of the same event to say where it lies ("the X air base north of Y") is no site of its own
(geo.events.sites.containers); an item with a locative word of its own after a list ("bases in A, B and
depots in C") is one more item of the list's cue."""

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
    "Nineveh province": ("test:nineveh", "admin_region", "IQ"),
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


def test_an_item_with_its_own_locative_word_after_a_list_shares_the_lists_cue() -> None:
    text = "Rockets were fired at bases in Kirkuk, the Tikrit district and fuel depots in Erbil."
    assert _where(text, "Kirkuk", "Tikrit", "Erbil") == {
        ("Kirkuk", "rocket_attack"),
        ("Tikrit", "rocket_attack"),
        ("Erbil", "rocket_attack"),
    }


def test_an_item_after_the_region_that_locates_the_previous_one_shares_the_lists_cue() -> None:
    text = "Rockets hit bases in Kirkuk, the Tikrit district in Nineveh province and fuel depots in Erbil."
    assert ("Erbil", "rocket_attack") in _where(text, "Kirkuk", "Tikrit", "Nineveh province", "Erbil")


def test_a_clause_of_its_own_after_and_is_no_item_of_the_list() -> None:
    text = "Rockets were fired at bases in Kirkuk, the Tikrit district and officials were pleased in Erbil."
    assert ("Erbil", "rocket_attack") not in _where(text, "Kirkuk", "Tikrit", "Erbil")


def test_an_item_whose_own_words_hold_a_cue_keeps_its_own_event() -> None:
    text = "Jets struck Kirkuk, the Tikrit district and protesters rally in Erbil."
    found = _where(text, "Kirkuk", "Tikrit", "Erbil")
    assert ("Erbil", "protest") in found
    assert ("Erbil", "strike") not in found


def test_an_item_with_a_participle_is_a_clause_of_its_own() -> None:
    text = "Jets struck Kirkuk, the Tikrit district and aircraft receiving aid in Erbil."
    assert ("Erbil", "strike") not in _where(text, "Kirkuk", "Tikrit", "Erbil")
