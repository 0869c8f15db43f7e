"""More classes of general English time expressions (TimeML TIMEX3 guidelines; values as EDTF intervals).

- **Quarters of a year**: "the first/second/third/fourth/last quarter of 2022", "Q3 2022" (TIMEX3 value
  ``2022-Q3``) are their three months.
- **Parts of a decade**: "the early 2000s", "the mid-1980s", "the late 1990s" (TIMEX3 ``199`` with a mod
  ``START``/``MID``/``END``): years 0-3, 4-6 and 7-9 of the decade. Without this "early 2000" would be read
  as the first months of 2000.
- **The day of the month alone** after "on" ("on the 3rd", "on the 15th,"): a day of the publication month,
  or of the month before when that day is still ahead in a past clause (of the month after in a future
  clause), as TIMEX3 anchors a partial date on the document creation time. Only before a clause end or a
  function word, so "the 15th century" or "the 3rd battalion" are no dates.
- **Weeks back**: "the week before last" (the calendar week two before the publication's), "the
  past/last fortnight" (the fourteen days up to publication, as "the past two weeks").
- **Fixed holidays**: "on Christmas Day", "New Year's Eve" are that day, of the year a date without a
  year would take.
- **Anchored on the date told before** (TIMEX3 values anchored on another time): "the following
  week/month/year" is the unit after it (as "the week after"). ("That day", "the same day", "hours
  later" are left undated: read as that day, they split one escort of an article set into an event of
  its own, which the set does not count; see docs/events.md.)
- **Weeks of a month and the start of a unit**: "the first/second/third/fourth/last week of April" (days
  1-7, 8-14, 15-21, 22-28, the last seven); "the start/beginning of the year" (January to April, as
  "early"), "... of the month" (days 1-10), of the publication's year or month.
- **Numeric dates** ``13/03/2024``, ``03/13/2024``, ``21.02.2024`` (day/month order unknown: outlets use
  both): a day only when one reading alone is a date, or when only one reading lies on or before the
  publication day of a past clause; else the year alone, never an invented day.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Final

from geo.temporal._calendar import add_months, days_around, month_end
from geo.temporal._tense import future

if TYPE_CHECKING:
    from geo.temporal._calendar import Anchor
    from geo.temporal._resolve import Item

__all__ = ["FIRST", "HOLIDAYS", "KINDS", "LAST", "RELATIVE", "read_general", "week_of_month"]

_YEAR: Final = r"1[89]\d{2}|20\d{2}"
_MONTHS: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
#: Alternatives tried before those of :mod:`geo.temporal._patterns` ("early 2000s" before "early 2000").
FIRST: Final = (
    rf"(?P<quarter>(?i:(?:the\s+)?(?P<qu_n>first|second|third|fourth|last|final)\s+quarter\s+of\s+)"
    rf"(?P<qu_y>{_YEAR})(?!\d)|(?P<qu_q>[Qq][1-4])\s+(?P<qu_z>{_YEAR})(?!\d))",
    r"(?P<decpart>(?i:(?P<dp_w>early|mid|late))[\s-]+(?P<dp_y>1[89]\d0|20\d0)'?s\b)",
    rf"(?P<mweek>(?i:the\s+(?P<mw_n>first|second|third|fourth|last|final)\s+week\s+of\s+)(?P<mw_m>{_MONTHS})"
    rf"(?:,?\s+(?P<mw_y>{_YEAR})(?!\d))?\b)",
    r"(?P<ystart>(?i:the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?P<ys_u>year|month))\b(?![\s-]*\d))",
    r"(?P<follow>(?i:the\s+following\s+(?P<fo_u>week|month|year))\b(?!\s+(?:of|to|in|by|for)\b))",
    r"(?P<wblast>(?i:the\s+week\s+before\s+last)\b)",
    r"(?P<fortn>(?i:(?:the\s+)?(?:past|last)\s+fortnight)\b)",
    r"(?P<holiday>(?P<ho_n>Christmas\s+(?:Day|Eve)|New\s+Year['’]s\s+(?:Day|Eve))\b)",
    r"(?P<numdate>(?P<nu_a>\d{1,2})(?P<nu_s>[/.])(?P<nu_b>\d{1,2})(?P=nu_s)(?P<nu_y>(?:19|20)\d{2})(?!\d|[/.]\d))",
)
#: Alternatives tried after the others ("the 3rd of March" is a date of its own).
LAST: Final = (
    r"(?P<oday>(?i:the)\s+(?P<od_d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|when|at|in|after|before|as|but|while|with|near|around|during)\b))",
)
KINDS: Final = frozenset({"quarter", "decpart", "numdate", "oday", "ystart", "follow", "wblast", "fortn"})
#: Kinds read against the publication date: the unknown date ``XXXX`` without one.
RELATIVE: Final = frozenset({"ystart", "wblast", "fortn"})
#: Holidays on a fixed day of the Gregorian calendar (TIMEX3 annotates holidays as dates): month, day.
HOLIDAYS: Final = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1)}
#: The first day of "the first/second/third/fourth week of" a month (the last week: its last seven days).
WEEK_OF_MONTH: Final = {"first": 1, "second": 8, "third": 15, "fourth": 22}

_QUARTER: Final = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
#: Years of a decade that "early", "mid" and "late" cover.
_DECADE_PARTS: Final = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def read_general(text: str, match: re.Match[str], anchor: Anchor | None, item: Item) -> bool:
    """Read a match of one of :data:`KINDS` into ``item.lo``/``item.hi``; False when it is no date."""
    kind = match.lastgroup
    if kind == "quarter":
        if match["qu_q"]:
            quarter, year = int(match["qu_q"][1]), int(match["qu_z"])
        else:
            quarter, year = _QUARTER[match["qu_n"].lower()], int(match["qu_y"])
        item.lo, item.hi = f"{year:04d}-{3 * quarter - 2:02d}", f"{year:04d}-{3 * quarter:02d}"
        item.explicit_year = year
        return True
    if kind == "decpart":
        decade = int(match["dp_y"])
        first, last = _DECADE_PARTS[match["dp_w"].lower()]
        item.lo, item.hi = f"{decade + first:04d}", f"{decade + last:04d}"
        return True
    if kind == "numdate":
        return _numeric(text, match, anchor, item)
    if kind == "wblast":  # "the week before last": Monday to Sunday two weeks before the publication's
        assert anchor is not None
        monday = -anchor.first.weekday() - 14
        item.lo, item.hi = days_around(anchor, monday, monday + 6, same_period=False)
        item.week = True
        return True
    if kind == "fortn":  # "the past fortnight": the fourteen days up to publication (as "the past two weeks")
        assert anchor is not None
        item.lo, item.hi = days_around(anchor, -14, 0, same_period=False)
        return True
    if kind == "ystart":
        return anchor is not None and _start_of(text, match, anchor, item)
    if kind == "oday":
        return item.word == "on" and anchor is not None and _day_of_month(text, match, anchor, item)
    return False


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _numeric(text: str, match: re.Match[str], anchor: Anchor | None, item: Item) -> bool:
    year, first, second = int(match["nu_y"]), int(match["nu_a"]), int(match["nu_b"])
    readings = {d for d in (_date(year, second, first), _date(year, first, second)) if d is not None}
    if not readings:
        return False
    past = anchor is not None and anchor.granularity == "day" and not future(text, *match.span())
    if len(readings) > 1 and anchor is not None and past:
        readings = {d for d in readings if d <= anchor.last} or readings
    item.explicit_year = year
    if len(readings) == 1:
        item.lo = item.hi = next(iter(readings)).isoformat()
    else:
        item.lo = item.hi = f"{year:04d}"
    return True


def _day_of_month(text: str, match: re.Match[str], anchor: Anchor, item: Item) -> bool:
    if anchor.granularity != "day":
        return False
    day, ref = int(match["od_d"]), anchor.last
    step = 0
    if future(text, match.start(), match.end()):
        step = 1 if day < ref.day else 0
    elif day > ref.day:
        step = -1
    year, month = add_months(ref.year, ref.month, step)
    found = _date(year, month, day)
    if found is None:
        return False
    item.lo = item.hi = found.isoformat()
    item.relative = True
    return True


def _start_of(text: str, match: re.Match[str], anchor: Anchor, item: Item) -> bool:
    """ "the start of the year" (its first four months), "the beginning of the month" (its first ten days):
    of the publication's year or month, or the next one in a future clause once that part is over."""
    first = anchor.first
    ahead = future(text, *match.span())
    if match["ys_u"].lower() == "year":
        year = first.year + (ahead and first.month > 4)
        item.lo, item.hi = f"{year:04d}-01", f"{year:04d}-04"
        return True
    if anchor.granularity != "day":
        return False
    year, month = add_months(first.year, first.month, int(ahead and first.day > 10))
    item.lo = datetime.date(year, month, 1).isoformat()
    item.hi = datetime.date(year, month, 10).isoformat()
    item.relative = True
    return True


def week_of_month(item: Item, which: str) -> None:
    """Narrow a month ``item.lo`` (``2023-04``) to "the first/second/third/fourth/last week" of it."""
    year, month = int(item.lo[:4]), int(item.lo[5:7])
    last = month_end(year, month).day
    start = WEEK_OF_MONTH.get(which, last - 6)
    item.lo = datetime.date(year, month, start).isoformat()
    item.hi = datetime.date(year, month, start + 6).isoformat()
