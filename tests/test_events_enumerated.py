"""A sentence listing the instances of the events counted in the sentence before ("These include ...")."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Al Asad Airbase": ("test:al-asad", "military_base", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
}

tags, events = taggers(PLACES)


def test_the_listed_places_take_the_event_counted_before() -> None:
    text = (
        "Militias have launched 40 attacks on coalition bases in Iraq since January. "
        "These include 12 on the Camp Taji base, and 9 on the Al Asad Airbase."
    )
    found = {(place, kind) for place, kind, _ in events(text, "Iraq", "Camp Taji", "Al Asad Airbase")}
    assert ("Camp Taji", "attack") in found
    assert ("Al Asad Airbase", "attack") in found
    assert ("Camp Taji", "presence") not in found


def test_without_the_opening_the_site_noun_gives_presence() -> None:
    text = (
        "Militias have launched 40 attacks on coalition bases in Iraq since January. "
        "Coalition troops hold 12 posts on the Camp Taji base."
    )
    found = {(place, kind) for place, kind, _ in events(text, "Iraq", "Camp Taji")}
    assert ("Camp Taji", "attack") not in found


def test_a_new_paragraph_does_not_list_the_events_before() -> None:
    text = (
        "Militias have launched 40 attacks on coalition bases in Iraq since January.\n\n"
        "These include the troops on the Camp Taji base."
    )
    found = {(place, kind) for place, kind, _ in events(text, "Iraq", "Camp Taji")}
    assert ("Camp Taji", "attack") not in found
