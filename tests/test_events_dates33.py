"""Dates of events that another sentence dates (docs/events.md, "Fifteenth pass, date33"): our own
sentences on well-known places, run through the whole parser."""

from __future__ import annotations

from typing import Any

from tests.events_support import events_at

THURSDAY = "2024-03-14"


def test_headline_dated_by_the_lead_that_names_its_place(parser: Any) -> None:
    text = (
        "US troops withdraw from drone base near Agadez\n\n"
        "The last American troops posted at Camp Alpha, a supply depot on the outskirts of Agadez, "
        "left Niger on Monday, the ministry said."
    )
    found = events_at(parser, text, published=THURSDAY, kind="withdrawal", place="Agadez")
    assert [p.date for p in found] == ["2024-03-11"]


def test_headline_keeps_the_publication_day_when_the_lead_names_another_place(parser: Any) -> None:
    text = (
        "US troops withdraw from drone base near Agadez\n\n"
        "The last American soldiers pulled out of Niamey on Monday, officials said."
    )
    found = events_at(parser, text, published=THURSDAY, kind="withdrawal", place="Agadez")
    assert [p.date for p in found] == [THURSDAY]


def test_force_held_now_is_not_dated_by_the_next_sentence(parser: Any) -> None:
    text = (
        "The mission has about 4,000 soldiers from 30 countries deployed in southern Lebanon. "
        "The UN Security Council voted in New York on August 28 to renew its mandate."
    )
    # (the river alone resolves, by a like spelling, to a town in the United States: no event there since
    # ev37d, geo.events.guesses; the country holds the presence the same way)
    found = events_at(parser, text, published=THURSDAY, kind="presence", place="Lebanon")
    assert [p.date for p in found] == [THURSDAY]


def test_force_held_now_after_a_dated_event(parser: Any) -> None:
    text = (
        "Rebels attacked an army post near Gao on Monday.\n\nFrance has some 5,000 soldiers stationed in"
        " Mali."
    )
    found = events_at(parser, text, published=THURSDAY, kind="presence", place="Mali")
    assert [p.date for p in found] == [THURSDAY]


def test_force_sent_on_a_day_stays_a_deployment(parser: Any) -> None:
    text = "France deployed 5,000 soldiers to Mali on Monday."
    found = events_at(parser, text, published=THURSDAY, kind="deployment", place="Mali")
    assert [p.date for p in found] == ["2024-03-11"]
