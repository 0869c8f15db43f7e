"""Times told by their place next to another: "the week before", "the month after" (a unit next to the time
told right before), "that same month", "the same day", "later that year" (the unit of that time; art35b)."""

from __future__ import annotations

import datetime
from typing import Final

from geo.temporal import _calendar as cal
from geo.temporal._calendar import Anchor
from geo.temporal._resolve import Item

__all__ = ["step_from"]

_OPEN: Final = ".."
_UNKNOWN: Final = cal.UNKNOWN


def step_from(text: str, item: Item, before: list[Item], anchor: Anchor | None) -> None:
    """Date "the week before" / "the month after": the calendar unit next to the one of the time told
    right before it in the same paragraph, else of the publication date (``item.lo`` stays empty when
    that time is a span or coarser than the unit). "That same month" / "later that year" (step 0): the
    unit holding the time told right before, or the start of a span told there ("since August 2023.
    That same month": August 2023); no date without such a time."""
    assert item.step is not None
    unit, sign = item.step
    if before and "\n\n" not in text[before[-1].end : item.start]:
        if before[-1].lo in {_UNKNOWN, _OPEN} or (sign and before[-1].lo != before[-1].hi):
            return  # told after a span: no one time to count from (the same unit: the span's start)
        reference = before[-1].lo
    elif anchor is not None and sign < 0:  # "raided the week before": before the report
        reference = cal.fmt(anchor.first, anchor.granularity)
    else:
        return
    size = {"year": 4, "month": 7, "week": 10, "day": 10}[unit]
    if len(reference) < size:
        return
    if not sign and unit != "week":  # "the same day / month / year": that part of the time told
        item.lo = item.hi = reference[:size]
    elif unit == "year":
        item.lo = item.hi = f"{int(reference[:4]) + sign:04d}"
    elif unit == "month":
        year, month = cal.add_months(int(reference[:4]), int(reference[5:7]), sign)
        item.lo = item.hi = f"{year:04d}-{month:02d}"
    else:
        day = datetime.date.fromisoformat(reference)
        monday = day - datetime.timedelta(days=day.weekday()) + datetime.timedelta(days=7 * sign)
        item.lo, item.hi = monday.isoformat(), (monday + datetime.timedelta(days=6)).isoformat()
        item.week = True
    item.relative = True
