"""More classes of general English time expressions (TimeML TIMEX3 guidelines; values as EDTF intervals).

- **Quarters of a year**: "the first/second/third/fourth/last quarter of 2022", "Q3 2022" (TIMEX3 value
  ``2022-Q3``) are their three months.
- **Parts of a decade**: "the early 2000s", "the mid-1980s", "the late 1990s" (TIMEX3 ``199`` with a mod
  ``START``/``MID``/``END``): years 0-3, 4-6 and 7-9 of the decade. Without this "early 2000" would be read
  as the first months of the year 2000.
- **The day of the month alone** after "on" ("on the 3rd", "on the 15th,"): a day of the publication month,
  or of the month before when that day is still ahead in a past clause (of the month after in a future
  clause), as TIMEX3 anchors a partial date on the document creation time. Only before a clause end or a
  function word, so "the 15th century" or "the 3rd battalion" are no dates.
- **Numeric dates** ``13/03/2024``, ``03/13/2024``, ``21.02.2024`` (day/month order unknown: outlets use
  both): a day only when one reading alone is a date, or when only one reading lies on or before the
  publication day of a past clause; else the year alone, never an invented day.
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Final

from geo.temporal._tense import future

if TYPE_CHECKING:
    from geo.temporal._calendar import Anchor
    from geo.temporal._resolve import Item

__all__ = ["FIRST", "KINDS", "LAST", "read_general"]

_YEAR: Final = r"1[89]\d{2}|20\d{2}"
#: Alternatives tried before those of :mod:`geo.temporal._patterns` ("early 2000s" before "early 2000").
FIRST: Final = (
    rf"(?P<quarter>(?i:(?:the\s+)?(?P<qu_n>first|second|third|fourth|last|final)\s+quarter\s+of\s+)"
    rf"(?P<qu_y>{_YEAR})(?!\d)|(?P<qu_q>[Qq][1-4])\s+(?P<qu_z>{_YEAR})(?!\d))",
    r"(?P<decpart>(?i:(?P<dp_w>early|mid|late))[\s-]+(?P<dp_y>1[89]\d0|20\d0)'?s\b)",
    r"(?P<numdate>(?P<nu_a>\d{1,2})(?P<nu_s>[/.])(?P<nu_b>\d{1,2})(?P=nu_s)(?P<nu_y>(?:19|20)\d{2})(?!\d|[/.]\d))",
)
#: Alternatives tried after the others ("the 3rd of March" is a date of its own).
LAST: Final = (
    r"(?P<oday>(?i:the)\s+(?P<od_d>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:!?)]|$)|\s+(?:and|when|at|in|after|before|as|but|while|with|near|around|during)\b))",
)
KINDS: Final = frozenset({"quarter", "decpart", "numdate", "oday"})

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
    month_index = ref.year * 12 + ref.month - 1 + step
    found = _date(month_index // 12, month_index % 12 + 1, day)
    if found is None:
        return False
    item.lo = item.hi = found.isoformat()
    item.relative = True
    return True
