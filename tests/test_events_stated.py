"""A violent event at a place the text says holds another, with the same toll, is the event at that
other place told again (geo.events.stated; sentences written here)."""

from __future__ import annotations

from geo.events.stated import stated_holders
from tests.events_support import PlaceTable, resolved, taggers

PLACES: PlaceTable = {
    "Dobrich": ("t:dobrich", "city", "BG", "BG.08", None),
    "Kavarna": ("t:kavarna", "city", "BG", "BG.08", None),
    "Balchik": ("t:balchik", "city", "BG", "BG.08", None),
    "Pirot": ("t:pirot", "city", "RS", "RS.01", None),
}
tags, events = taggers(PLACES)


def test_the_text_says_which_place_holds_which() -> None:
    text = "Kavarna in Dobrich, the Balchik area of southern Dobrich, Dobrich's Kavarna and Pirot in Dobrich."
    pairs = stated_holders(text, resolved(text, PLACES, "Kavarna", "Dobrich", "Balchik", "Pirot"))
    assert pairs == {("t:kavarna", "t:dobrich"), ("t:balchik", "t:dobrich")}  # Pirot: another country


def test_the_holding_place_with_the_same_toll_restates_the_strike() -> None:
    text = (
        "Jets bombed two houses in the Kavarna area of northern Dobrich on Friday, killing seven people, "
        "officials said."
    )
    found = events(text, "Kavarna", "Dobrich", published="2021-03-13")
    assert found == {("Kavarna", "strike", "2021-03-12")}


def test_a_possessive_holder_told_in_a_headline_with_the_toll() -> None:
    text = (
        "Seven killed as jets bomb Dobrich's Kavarna\n\n"
        "Jets bombed a market in Dobrich on Friday, killing seven people, a medic said."
    )
    found = tags(text, "Dobrich", "Kavarna", published="2021-03-13")
    violent = {(t.name, t.fatalities) for t in found if t.event_type == "strike"}
    assert violent == {("Kavarna", 7)}


def test_another_toll_at_the_holding_place_is_another_event() -> None:
    text = (
        "Jets bombed two houses in Kavarna in Dobrich on Friday, killing seven people. "
        "Later on Friday, shelling killed two people in Dobrich."
    )
    found = tags(text, "Kavarna", "Dobrich", published="2021-03-13")
    violent = {(t.name, t.fatalities) for t in found if t.event_type != "mention"}
    assert ("Dobrich", 2) in violent
    assert ("Kavarna", 7) in violent


def test_without_a_stated_relation_both_places_keep_their_events() -> None:
    text = (
        "Jets bombed two houses in Kavarna on Friday, killing seven people. "
        "On Friday, shelling also killed seven people in Dobrich."
    )
    found = tags(text, "Kavarna", "Dobrich", published="2021-03-13")
    violent = {t.name for t in found if t.event_type != "mention"}
    assert violent == {"Kavarna", "Dobrich"}
