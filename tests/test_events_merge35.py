"""An act told as the anchor of a relative time ("<time>, <so long> after|before <act>") is an act of its
own, on the time moved by that length: at a place the clause names it takes that day rather than the
main act's; told of the main act's place by a pronoun ("seized it") it is a second act there rather than
one folded into the main act (merge35; our own example sentences)."""

from __future__ import annotations

import re

import pytest

from geo.events import anchored
from geo.events.anchored import shifted
from geo.temporal import find_dates
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Beni": ("geonames:219057", "city", "CD"),
    "Goma": ("geonames:216281", "city", "CD"),
    "Uganda": ("geonames:226074", "country", "UG"),
}

tags, events = taggers(PLACES)


def acts(text: str, name: str) -> set[tuple[str, str | None]]:
    names = [n for n in PLACES if n in text]
    return {
        (t.event_type, t.date)
        for t in tags(text, *names, published="2021-11-08")
        if t.place.candidate.id == PLACES[name][0] and t.event_type != "mention"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Government troops retook Beni in March 2021, a year after the rebels seized it.",
            {("attack", "2021-03"), ("attack", "2020-03")},
        ),
        (
            "The army retook Beni on 12 May, two weeks after militants had overrun it.",
            {("attack", "2021-05-12"), ("attack", "2021-04-28")},
        ),
        (
            "Peacekeepers left Beni in June 2020, three months before the rebels attacked it.",
            {("withdrawal", "2020-06"), ("attack", "2020-09")},
        ),
    ],
)
def test_an_act_told_by_a_pronoun_in_the_anchoring_clause_is_a_second_act(
    text: str, expected: set[tuple[str, str | None]]
) -> None:
    assert acts(text, "Beni") == expected


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Troops arrived in Goma on Monday, a day after rebels attacked Beni.", "2021-11-07"),
        ("Gunfire was heard near Goma daily since 8 October, the day after the raid on Beni.", "2021-10-07"),
        ("Clashes have flared near Goma since 3 June, a day after rebels stormed Beni.", "2021-06-02"),
    ],
)
def test_an_act_at_a_place_the_anchoring_clause_names_takes_the_moved_day(text: str, date: str) -> None:
    assert ("attack", date) in acts(text, "Beni")
    assert all(day == date for kind, day in acts(text, "Beni") if kind == "attack")


def test_a_week_counted_from_a_day_stays_that_week() -> None:
    text = "Aid flights to Goma resumed on 20 August, two weeks after militants shelled Beni."
    assert acts(text, "Beni") == {("attack", "2021-08-03/2021-08-09")}


@pytest.mark.parametrize(
    "text",
    [
        # no length between the time and "after": the time is the main act's own, one act
        "The rebels attacked Beni on Sunday after a week of calm.",
        # the clause has a time of its own: nothing is moved
        "The army retook Beni on Sunday, a week after the rebels had seized it on 31 October.",
        # a clause that tells no act of force: one act
        "The rebels attacked Beni on Sunday, a day after the governor visited it.",
    ],
)
def test_no_second_act_without_an_anchoring_clause_of_its_own(text: str) -> None:
    assert len(acts(text, "Beni")) == 1


def test_an_undated_restatement_is_still_folded_into_the_dated_act() -> None:
    text = "Rebels attacked Beni on Sunday, a week after they had lost Goma. The attack on Beni killed five."
    assert acts(text, "Beni") == {("attack", "2021-11-07")}


@pytest.mark.parametrize(
    ("sentence", "edtf"),
    [
        ("They left in August 2021, a year after the fall.", "2020-08"),
        ("They left on 10 May 2021, three years after the fall.", "2018"),
        ("They left on 10 May 2021, two months before the fall.", "2021-07"),
        ("They left in 2021, a year before the fall.", "2022"),
    ],
)
def test_the_moved_time_keeps_the_precision_the_length_allows(sentence: str, edtf: str) -> None:
    when = find_dates(sentence, published="2021-11-08")[0]
    match = anchored._ANCHOR.match(sentence, when.end)
    assert match is not None
    assert re.search(r"after|before", match.group(0))
    moved = shifted(when, match)
    assert moved is not None
    assert moved.edtf == edtf


def test_a_day_after_a_month_moves_nothing() -> None:
    sentence = "They left in August 2021, a day after the fall."
    when = find_dates(sentence, published="2021-11-08")[0]
    match = anchored._ANCHOR.match(sentence, when.end)
    assert match is not None
    assert shifted(when, match) is None
