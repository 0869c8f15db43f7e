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
