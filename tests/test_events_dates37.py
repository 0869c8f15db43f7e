"""Dates of events whose place and type are right (docs/events.md, "Eighteenth pass, ev37b"): our own
sentences, run through the event taggers (no gazetteer needed) and through the time reader."""

from __future__ import annotations

import pytest

from geo.events.antecedent import in_antecedent
from geo.events.cues import Cue
from geo.temporal import find_dates
from tests.events_support import taggers

PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
}

tags, events = taggers(PLACES)

#: Published on Monday 15 March 2021 (the taggers' default): Friday is the 12th, Saturday the 13th.
MONDAY = "2021-03-15"

#: An act named in a cause phrase of a sentence dated Monday, told again with a definite noun and its own day.
RETOLD = [
    (
        "Hundreds marched in Basra on Monday after an explosion at a market in Kirkuk killed nine people.\n"
        "The blast ripped through the stalls on Saturday night.",
        "Kirkuk",
        "2021-03-13",
    ),
    (
        "Police sealed off Basra on Monday following a car bombing near a mosque in Mosul. The bombing "
        "killed four worshippers on Friday evening.",
        "Mosul",
        "2021-03-12",
    ),
    (
        "Coalition aircraft hit two depots near Mosul early Monday in retaliation for a rocket attack on "
        "Kirkuk. The rockets landed in the city on Sunday afternoon.",
        "Kirkuk",
        "2021-03-14",
    ),
    (
        "Troops were rushed to Basra on Monday after a raid on a police station in Kirkuk. The raid left "
        "three officers dead on Saturday night.",
        "Kirkuk",
        "2021-03-13",
    ),
    (
        "Students rallied in Basra on Monday after a deadly shooting at a university in Kirkuk. The shooting "
        "took place on Friday afternoon.",
        "Kirkuk",
        "2021-03-12",
    ),
]


@pytest.mark.parametrize(("text", "place", "day"), RETOLD)
def test_an_act_in_a_cause_phrase_takes_the_day_it_is_told_again_with(
    text: str, place: str, day: str
) -> None:
    names = [n for n in PLACES if n in text]
    found = {date for name, kind, date in events(text, *names) if name == place and kind != "protest"}
    assert found == {day}, found


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told nowhere again: the main clause's day stays
        ("Police sealed off Basra on Monday following a car bombing near a mosque in Mosul.", MONDAY),
        # the day of the sentence after is a report's, after the main clause's day: no time of the act
        (
            "Troops were sent to Basra on Saturday after an ambush near Mosul. The ambush left six dead, "
            "officials said on Monday.",
            "2021-03-13",
        ),
    ],
)
def test_a_cause_phrase_keeps_the_main_day_when_no_earlier_day_is_told(text: str, day: str) -> None:
    found = {date for name, kind, date in events(text, "Basra", "Mosul") if name == "Mosul"}
    assert found == {day}, found


def _cue(text: str, word: str) -> Cue:
    start = text.index(word)
    return Cue(start=start, end=start + len(word), event_type="attack", sub_event_type=None, tier=3)


@pytest.mark.parametrize(
    ("text", "word", "inside"),
    [
        ("Crowds gathered on Monday after an explosion at a market killed nine.", "explosion", True),
        ("Jets struck depots on Monday in response to a rocket attack on the base.", "attack", True),
        ("Jets struck depots on Monday in retaliation for the killing of a general.", "killing", True),
        # a counted or near lapse is read by the lapse rules
        ("Police sealed the city on Monday, two days after a bombing at a mosque.", "bombing", False),
        ("Police sealed the city on Monday shortly after a bombing at a mosque.", "bombing", False),
        # the cue is the main clause's own
        ("An explosion hit a market on Monday after weeks of calm.", "explosion", False),
    ],
)
def test_what_a_cause_phrase_is(text: str, word: str, inside: bool) -> None:
    monday = next(d for d in find_dates(text, published=MONDAY) if "Monday" in d.surface)
    assert in_antecedent(text, monday, _cue(text, word)) is inside


def test_a_time_inside_the_cause_phrase_is_the_acts_own() -> None:
    text = "Troops were sent to the city after an ambush on Saturday near the border."
    saturday = next(d for d in find_dates(text, published=MONDAY) if "Saturday" in d.surface)
    assert not in_antecedent(text, saturday, _cue(text, "ambush"))


#: "the weekend" in a clause that tells the future is the coming one (Saturday 20 and Sunday 21 March).
@pytest.mark.parametrize(
    "text",
    [
        "The ships will reach the port over the weekend.",
        "The talks are expected to resume at the weekend.",
        "The convoy is due to arrive by the weekend, officials said.",
    ],
)
def test_the_weekend_of_a_plan_is_the_coming_one(text: str) -> None:
    found = [d.edtf for d in find_dates(text, published=MONDAY) if "weekend" in d.surface]
    assert found == ["2021-03-20/2021-03-21"], found


@pytest.mark.parametrize(
    "text", ["Troops arrived in the city over the weekend.", "The talks resumed at the weekend."]
)
def test_the_weekend_of_a_past_act_is_the_last_one(text: str) -> None:
    found = [d.edtf for d in find_dates(text, published=MONDAY) if "weekend" in d.surface]
    assert found == ["2021-03-13/2021-03-14"], found


#: A report dated Sunday of an act before it, then a sentence that opens with its own time (after a
#: fronted lapse: "Two days earlier, on Friday, ...") and tells another act: that time is not the first's.
FRONTED = [
    "Officials said on Sunday that gunmen had attacked a checkpoint near Kirkuk.\n"
    "A day before the attack, on Friday, militants ambushed a convoy near Mosul.",
    "The governor said on Sunday that militants had shelled Kirkuk.\n"
    "Two days earlier, on Friday, rebels raided a village near Mosul.",
    "The ministry said on Sunday that a drone had struck Kirkuk.\n"
    "Some weeks before, on March 12, rebels raided a village near Mosul.",
]


@pytest.mark.parametrize("text", FRONTED)
def test_a_later_sentence_with_its_own_fronted_time_does_not_date_the_report(text: str) -> None:
    found = {name: date for name, _, date in events(text, "Kirkuk", "Mosul")}
    assert found == {"Kirkuk": "2021-03-14", "Mosul": "2021-03-12"}, found


def test_the_act_told_again_after_a_report_still_takes_its_day() -> None:
    text = (
        "The ministry said on Sunday that a drone had struck Kirkuk.\nThe strike, on Friday, killed two men."
    )
    assert {date for _, _, date in events(text, "Kirkuk")} == {"2021-03-12"}


def test_a_plain_fronted_day_after_a_report_still_dates_the_act_reported() -> None:
    # no lapse before the day: the next sentence may tell the reported act in detail
    text = "Five soldiers were killed at Kirkuk, police said on Sunday.\nOn Saturday, gunmen hit a convoy."
    assert {date for name, _, date in events(text, "Kirkuk") if name == "Kirkuk"} == {"2021-03-13"}


def test_another_act_told_with_a_definite_subject_does_not_date_the_cause() -> None:
    # "The gunmen attacked": another act (not a bombing told again), so the bombing keeps the main day
    text = "Police held 40 in Basra on Monday after a bombing in Mosul. The gunmen hit a post on Saturday."
    found = {(kind, date) for name, kind, date in events(text, "Basra", "Mosul") if name == "Mosul"}
    assert ("strike", MONDAY) in found, found
