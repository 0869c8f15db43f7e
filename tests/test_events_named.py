"""Cue words that are part of a proper name (our own example sentences): a capitalised cue inside a
sentence not in title case names a store, a school, a team or a programme and tells no event; headlines,
sentence-initial words, acronyms, names of an act ("the Battle of X") and events named after their place
("the Kirkuk Summit") keep theirs."""

from __future__ import annotations

import pytest

from geo.events.cues import Cue
from geo.events.named import in_proper_name
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Dayton": ("geonames:4509884", "city", "US"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Pupils of Battle Ground Academy in Dayton held a spring fair on Friday.", "Dayton"),
        ("The mall in Dayton has a pharmacy, a Target and a cinema.", "Dayton"),
        ("The Dayton Rockets lost their third game in a row on Sunday.", "Dayton"),
        ("Shoppers in Dayton lined up at the Target on Friday morning.", "Dayton"),
    ],
)
def test_a_capitalised_cue_inside_a_proper_name_is_no_event(text: str, place: str) -> None:
    assert not events(text, place)
    assert {t.event_type for t in tags(text, place)} == {"mention"}


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("Militants Attack Checkpoint Near Mosul", "Mosul", "attack"),
        ("Attacks on Mosul continued on Monday.", "Mosul", "attack"),
        ("The army said: Attacks on Mosul continued on Monday.", "Mosul", "attack"),
        ("Hezbollah fired Katyusha rockets at Kirkuk on Monday.", "Kirkuk", "rocket_attack"),
        ("Officials said an IED hit a convoy near Mosul on Monday.", "Mosul", "attack"),
        ("Leaders agreed on new sanctions at the Kirkuk Summit in March.", "Kirkuk", "political"),
    ],
)
def test_headlines_openings_acronyms_and_named_events_keep_their_cue(
    text: str, place: str, kind: str
) -> None:
    assert kind in {k for _, k, _ in events(text, place)}


def _cue(text: str, word: str) -> Cue:
    start = text.index(word)
    return Cue(start, start + len(word), "attack", None, 3)


def test_the_rule_reads_capitals_title_case_and_of() -> None:
    text = "Fans of the Dayton Rockets cheered loudly in the arena after the game."
    assert in_proper_name(text, _cue(text, "Rockets"), 0, len(text))
    text = "Dayton Rockets Win Again On Sunday"
    assert not in_proper_name(text, _cue(text, "Rockets"), 0, len(text))
    text = "He wrote a history of the Battle of Mosul in English."
    assert not in_proper_name(text, _cue(text, "Battle"), 0, len(text))
    text = "He studied the records of the Kirkuk Summit in detail."
    assert in_proper_name(text, _cue(text, "Summit"), 0, len(text))
    assert not in_proper_name(text, _cue(text, "Summit"), 0, len(text), place_ends={text.index(" Summit")})


def test_a_line_without_a_full_stop_is_a_headline_and_keeps_its_capitals() -> None:
    text = "Violent Clashes continue in the northern fronts of Kirkuk"
    assert not in_proper_name(text, _cue(text, "Clashes"), 0, len(text))
    text = "Violent Clashes continue in the northern fronts of Kirkuk."
    assert in_proper_name(text, _cue(text, "Clashes"), 0, len(text))
