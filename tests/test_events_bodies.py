"""Places inside the name of a council, court, hospital, school or church are no site of the sentence's
event (geo.events.bodies; our own example sentences)."""

from __future__ import annotations

from geo.events.bodies import in_body_names
from tests.events_support import resolved, taggers

PLACES = {
    "Dover": ("test:dover", "city", "US"),
    "Millbrook": ("test:millbrook", "city", "US"),
    "Kessa": ("test:kessa", "city", "NE"),
    "Varna": ("test:varna", "admin_region", "BG"),
}
tags, events = taggers(PLACES)


def test_names_of_bodies_and_institutions_hold_their_place() -> None:
    text = (
        "Millbrook Town Council met. The Dover Regional Hospital opened. "
        "The Hospital of the University of Kessa closed. Varna District was calm."
    )
    spans = in_body_names(text, resolved(text, PLACES, "Millbrook", "Dover", "Kessa", "Varna"))
    assert {text[a:b] for a, b in spans} == {"Millbrook", "Dover", "Kessa"}  # "Varna District": a unit


def test_a_grant_from_a_state_body_is_no_political_act_at_its_place() -> None:
    text = "The board approved a training grant from the Dover Workforce Development Cabinet."
    assert events(text, "Dover") == set()


def test_a_bomb_at_a_church_named_after_a_saint() -> None:
    text = "Bombs exploded at the Saint Dover Coptic Church in the capital on Sunday."
    assert events(text, "Dover") == set()


def test_victims_taken_to_a_hospital_named_after_a_place() -> None:
    text = "Two men were taken to the Hospital of the University of Kessa after the shooting on Friday."
    assert events(text, "Kessa") == set()


def test_a_place_beside_a_body_s_name_keeps_its_event() -> None:
    text = "Gunmen attacked a police post in Kessa on Friday, the Kessa Regional Council said."
    assert {place for place, _, _ in events(text, "Kessa")} == {"Kessa"}


def test_an_armed_council_named_after_its_area_keeps_the_place() -> None:
    text = "Shelling hit the areas held by the Kessa Military Council on Friday."
    assert in_body_names(text, resolved(text, PLACES, "Kessa")) == set()
