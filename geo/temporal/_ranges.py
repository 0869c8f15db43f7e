"""Day ranges within one month ("21-23 April", "April 8-18, 2019", "between 21 and 23 April") as intervals."""

from __future__ import annotations

import datetime
import re

from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat
from geo.temporal._calendar import Anchor
from geo.temporal._resolve import Item, resolve_partial

__all__ = ["RANGE_KINDS", "read_range"]

#: The pattern alternatives of :mod:`geo.temporal._patterns` read here.
RANGE_KINDS = frozenset({"drange", "mdrange"})


def read_range(
    text: str, match: re.Match[str], anchor: Anchor | None, word: str, word_start: int
) -> Item | None:
    """Read a day range of one month into an item ``lo``..``hi`` (days), or None when it is no range
    (the first day not before the last, or no such day).

    Without a year the range takes the year its last day would take alone (the latest on or before
    publication; the next one in a future sentence; the nearest after "until"/"by"); without a
    publication date either, it is the unknown date ``XXXX``.
    """
    prefix = "dr" if match.lastgroup == "drange" else "mr"
    month = pat.MONTHS[match[f"{prefix}_m"].rstrip(".").lower()]
    first, last = int(match[f"{prefix}_a"]), int(match[f"{prefix}_b"])
    if first >= last:
        return None
    start, end = match.span()
    item = Item(start, end, start, "", "", word, word_start, relative=False, kind=match.lastgroup or "")
    year_text = match[f"{prefix}_y"]
    if year_text:
        year = int(year_text)
        item.explicit_year = year
    else:
        item.partial = (month, last, "")
        if anchor is None:
            item.lo = item.hi = cal.UNKNOWN
            item.relative = True
            return item
        if not resolve_partial(text, item, anchor):
            return None
        year = int(item.lo[:4])
    try:
        item.lo = datetime.date(year, month, first).isoformat()
        item.hi = datetime.date(year, month, last).isoformat()
    except ValueError:
        return None
    return item
