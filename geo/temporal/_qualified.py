"""A weekday or a date without a year qualified by the unit told right after it: "October last year",
"in May this year", "on Thursday last week"."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Final

from geo.temporal._calendar import UNKNOWN
from geo.temporal._resolve import resolve_partial

if TYPE_CHECKING:
    from geo.temporal._calendar import Anchor
    from geo.temporal._resolve import Item

__all__ = ["week_of", "year_of"]

_YEAR_STEP: Final = {"last year": -1, "this year": 0, "next year": 1}


def year_of(text: str, item: Item, following: Item, anchor: Anchor | None) -> bool:
    """Give a date without a year ("October", "May 5") the year that "last/this/next year" right after
    it names; True when it did (``item`` then covers both)."""
    if item.partial is None or following.kind != "rel" or anchor is None or item.lo == UNKNOWN:
        return False
    if text[item.end : following.start].strip(" ,") or following.start - item.end > 2:
        return False
    step = _YEAR_STEP.get(" ".join(text[following.start : following.end].lower().split()))
    if step is None:
        return False
    resolve_partial(text, item, None, year=anchor.first.year + step)
    item.relative = True
    return True


def week_of(text: str, item: Item, following: Item) -> bool:
    """Give a weekday the week that "last/this/next week" right after it names ("on Thursday last week");
    True when it did (``item`` then covers both)."""
    if item.kind != "wday" or following.kind != "rel" or len(item.lo) != 10 or len(following.lo) != 10:
        return False
    if text[item.end : following.start].strip(" ,") or following.start - item.end > 2:
        return False
    if not _WEEK_UNIT.fullmatch(text, following.start, following.end):
        return False
    monday = datetime.date.fromisoformat(following.lo)
    monday -= datetime.timedelta(days=monday.weekday())
    day = monday + datetime.timedelta(days=datetime.date.fromisoformat(item.lo).weekday())
    item.lo = item.hi = day.isoformat()
    item.relative = True
    return True


#: "last week", "this week", "next week" (not "earlier this week": a part of it).
_WEEK_UNIT: Final = re.compile(r"(?i:(?:the\s+)?(?:last|this|next|previous|coming)\s+week)")
