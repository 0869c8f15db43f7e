"""Expressions relative to the publication date ("last week", "on Friday", "two years ago", "late last
year") read into an item's interval, and the tables of parts of a year or month and of seasons."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Final

from geo.temporal import _ahead
from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat
from geo.temporal._calendar import Anchor
from geo.temporal._tense import allowed_time, future, obliged

if TYPE_CHECKING:
    from geo.temporal._resolve import Item

__all__ = [
    "DEADLINE",
    "PARTS",
    "RECENTLY_MONTHS",
    "SEASONS",
    "SEASON_PARTS",
    "month_part",
    "relative",
    "season_part",
]

#: Months of a year that "early", "mid", "late", "the end of" ... cover.
PARTS: Final[dict[str, tuple[int, int]]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "the end of": (10, 12),
    "the beginning of": (1, 3),
    "the start of": (1, 3),
    "the middle of": (5, 8),
    "the first half of": (1, 6),
    "the second half of": (7, 12),
}
SEASONS: Final[dict[str, tuple[int, int]]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 14),
}
#: Months of a season (counted from its first) that a part of it covers. The astronomical season ends
#: about three weeks after the meteorological one, so its end reaches into the next month ("late summer":
#: August to September); its start falls in the first month.
SEASON_PARTS: Final[dict[str, tuple[int, int]]] = {
    "early": (0, 0),
    "the beginning of": (0, 0),
    "the start of": (0, 0),
    "mid": (1, 1),
    "the middle of": (1, 1),
    "late": (2, 3),
    "the end of": (2, 3),
}
#: Words before a date without a year that make it a deadline: the nearest such date, past or future.
DEADLINE: Final = frozenset({"until", "till", "up until", "by"})
_SPACES: Final = re.compile(r"\s+")


def relative(text: str, match: re.Match[str], kind: str, anchor: Anchor, item: Item) -> bool:
    """Resolve an expression relative to the publication date into ``item.lo``/``item.hi``."""
    weekday = anchor.first.weekday()
    if kind == "dayword":
        word = _SPACES.sub(" ", match["dw"].lower())
        lo, hi = _DAYWORDS.get(word, (-2, -2))
        item.lo, item.hi = cal.days_around(anchor, lo, hi, same_period=True)
    elif kind == "relpart":
        _relative_part(match, anchor, item)
    elif kind == "yend":
        return _ahead.year_end(text, match, anchor, item)
    elif kind == "ahead":
        return _ahead.ahead(text, match, anchor, item)
    elif kind == "rseason":  # "last summer", "this winter", "in the spring" (not "the fall": a noun)
        qualifier = _SPACES.sub(" ", (match["rs_q"] or match["rs_pq"] or "").lower())
        coming = qualifier == "this coming" or future(text, match.start(), match.end())
        step = {"this past": "last", "this coming": "next", "the": ""}.get(qualifier, qualifier)
        item.lo, item.hi = cal.season(anchor, SEASONS[match["rs_w"].lower()], step, future=coming)
        if match["rs_p"]:  # "the end of the winter", "late last spring"
            item.lo, item.hi = season_part(item.lo, match["rs_p"])
    elif kind == "wday":
        target = pat.WEEKDAYS[match["wd_d"].lower()]
        qualifier = (match["wd_q"] or "").lower()
        later = future(text, match.start(), match.end()) or (  # "until Friday to leave", "must ... by": ahead
            item.word in DEADLINE
            and (allowed_time(text, match.start(), match.end()) or obliged(text, match.start(), match.end()))
        )
        if not qualifier and item.word in DEADLINE and not later:  # "until Friday": the nearest Friday
            back, ahead = (weekday - target) % 7, (target - weekday) % 7
            offset = ahead if ahead < back else -back
        elif qualifier == "next" or (qualifier in {"", "this"} and later):  # "will come this Sunday"
            offset = (target - weekday) % 7 or (7 if qualifier == "next" else 0)
        else:
            offset = -((weekday - target) % 7 or (7 if qualifier in {"last", "past"} else 0))
        item.lo, item.hi = cal.days_around(anchor, offset, offset, same_period=True)
        item.start = match.start("wd_q") if qualifier else match.start("wd_d")
    elif kind == "weekend" or (kind == "rel" and match["rel_u"].lower() == "weekend"):
        qualifier = "" if kind == "weekend" else _SPACES.sub(" ", match["rel_q"].lower())
        # "will meet this weekend", "are due to arrive by the weekend": the coming one
        coming = qualifier in {"", "this"} and future(text, match.start(), match.end())
        if qualifier in {"next", "coming"} or coming:
            offset = (5 - weekday) % 7 or (0 if coming else 7)
        elif weekday >= 5:  # told on a weekend: "the weekend" is this one, "last weekend" the one before
            offset = 5 - weekday - (7 if qualifier in {"last", "past", "previous"} else 0)
        else:
            offset = -((weekday - 5) % 7)
        item.lo, item.hi = cal.days_around(anchor, offset, offset + 1, same_period=True)
    elif kind == "rel":
        return _relative_unit(text, match, anchor, item, weekday)
    elif kind in {"ago", "pastn", "recent"}:
        if kind == "ago" and _to_the_day(text, match, anchor, item):
            return True
        return _relative_count(match, kind, anchor, item, weekday)
    elif kind in {"recently", "recentadj"}:  # "recently": from the start of the month before publication
        item.lo = cal.months_around(anchor, -RECENTLY_MONTHS)[0]
        item.hi = cal.fmt(anchor.last, anchor.granularity)
    else:
        return False
    return True


#: How many months before the publication month "recently" reaches back.
RECENTLY_MONTHS: Final = 1
#: Day words and the days they cover around the publication day ("overnight": the night before it).
_DAYWORDS: Final[dict[str, tuple[int, int]]] = {
    "today": (0, 0),
    "tonight": (0, 0),
    "yesterday": (-1, -1),
    "last night": (-1, 0),
    "tomorrow": (1, 1),
    "overnight": (-1, 0),
}
#: Days of a month that "early", "mid", "late" ... cover (first, last; 31 is the month's last day).
_MONTH_PARTS: Final[dict[str, tuple[int, int]]] = {
    "early": (1, 10),
    "mid": (11, 20),
    "late": (21, 31),
    "the end of": (21, 31),
    "the beginning of": (1, 10),
    "the start of": (1, 10),
    "the middle of": (11, 20),
    "the first half of": (1, 15),
    "the second half of": (16, 31),
}


def season_part(first: str, part: str) -> tuple[str, str]:
    """The months (``2022-08``, ``2022-09``) that ``part`` ("late", "the end of" ...) covers of the season
    starting in the month ``first`` (:data:`SEASON_PARTS`)."""
    lo, hi = SEASON_PARTS[_SPACES.sub(" ", part.lower())]
    year, month = int(first[:4]), int(first[5:7])
    lo_year, lo_month = cal.add_months(year, month, lo)
    hi_year, hi_month = cal.add_months(year, month, hi)
    return f"{lo_year:04d}-{lo_month:02d}", f"{hi_year:04d}-{hi_month:02d}"


def month_part(item: Item, part: str) -> None:
    """Narrow a month ``item.lo`` (``2023-01``) to the days that ``part`` ("late", "the end of") covers."""
    year, month = int(item.lo[:4]), int(item.lo[5:7])
    first, last = _MONTH_PARTS[part]
    end = cal.month_end(year, month)
    item.lo = datetime.date(year, month, first).isoformat()
    item.hi = end.replace(day=min(last, end.day)).isoformat()


def _relative_part(match: re.Match[str], anchor: Anchor, item: Item) -> None:
    """ "late last year" (its last four months), "early this month" (its first ten days) ..."""
    part = _SPACES.sub(" ", match["rp_w"].lower())
    step = {"last": -1, "previous": -1, "next": 1}.get(match["rp_q"].lower(), 0)
    if match["rp_u"].lower() == "year":
        year = anchor.first.year + step
        lo_month, hi_month = PARTS[part]
        item.lo, item.hi = f"{year:04d}-{lo_month:02d}", f"{year:04d}-{hi_month:02d}"
        return
    item.lo, item.hi = cal.months_around(anchor, step)
    if len(item.lo) == 7:
        month_part(item, part)


def _relative_unit(text: str, match: re.Match[str], anchor: Anchor, item: Item, weekday: int) -> bool:
    """ "this/last/next week|month|year", "earlier this month" ...

    "this week", "this month" and "this year" run from the unit's start to the publication date, or
    from the publication date to the unit's end when the sentence speaks of the future.
    """
    qualifier = _SPACES.sub(" ", match["rel_q"].lower()).replace(" in the", " this")  # "earlier in the week"
    unit = match["rel_u"].lower()
    if qualifier in {"past", "last"} and unit != "weekend" and match.group(0)[:3].lower() == "the":
        return _rolling(unit, anchor, item, weekday)  # "over the past week": the seven days up to now
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(qualifier, 0)
    coarser = {"month": ("month", "year"), "year": ("year",)}.get(unit, ())
    if qualifier == "this" and unit in {"month", "year"} and anchor.granularity not in coarser:
        start = anchor.first.replace(day=1) if unit == "month" else anchor.first.replace(month=1, day=1)
        end = cal.month_end(start.year, start.month if unit == "month" else 12)
        if future(text, match.start(), match.end()):
            item.lo, item.hi = cal.fmt(anchor.first, anchor.granularity), cal.fmt(end, "day")
        else:
            item.lo, item.hi = cal.fmt(start, anchor.granularity), cal.fmt(anchor.last, anchor.granularity)
        return True
    if unit == "week":
        if qualifier in {"earlier this", "later this"}:
            lo, hi = (-weekday, 0) if qualifier == "earlier this" else (0, 6 - weekday)
            item.lo, item.hi = cal.days_around(anchor, lo, hi, same_period=True)
        elif step == 0 and anchor.granularity == "day":  # "this week": up to publication, or from it
            lo, hi = (0, 6 - weekday) if future(text, match.start(), match.end()) else (-weekday, 0)
            item.lo, item.hi = cal.days_around(anchor, lo, hi, same_period=True)
        else:
            item.lo, item.hi = cal.days_around(
                anchor, 7 * step - weekday, 7 * step + 6 - weekday, same_period=step == 0
            )
            item.week = True
    elif unit == "month":
        if qualifier in {"earlier this", "later this"} and anchor.granularity == "day":
            month_first = anchor.first.replace(day=1)
            month_last = cal.month_end(anchor.first.year, anchor.first.month)
            first, last = (
                (month_first, anchor.first) if qualifier == "earlier this" else (anchor.first, month_last)
            )
            item.lo, item.hi = first.isoformat(), last.isoformat()
        else:
            item.lo, item.hi = cal.months_around(anchor, step)
    else:
        year = anchor.first.year + step
        item.lo = item.hi = f"{year:04d}"
        if qualifier in {"earlier this", "later this"} and anchor.granularity != "year":
            month = anchor.first.month
            item.lo, item.hi = (
                (f"{year:04d}-01", f"{year:04d}-{month:02d}")
                if qualifier == "earlier this"
                else (f"{year:04d}-{month:02d}", f"{year:04d}-12")
            )
    return True


def _rolling(unit: str, anchor: Anchor, item: Item, weekday: int) -> bool:
    """ "the past week", "the last month", "the past year": one unit back from the publication date up to
    it, as "the past two weeks" is two ("last week" is the calendar week before)."""
    item.lo, item.hi = "", ""
    if unit == "week":
        item.lo, item.hi = cal.days_around(anchor, -7, 0, same_period=False)
        return True
    if unit == "month":
        item.lo = cal.months_around(anchor, -1)[0]
    else:
        item.lo = f"{anchor.first.year - 1:04d}"
    item.hi = cal.fmt(anchor.last, anchor.granularity)
    return True


def _relative_count(match: re.Match[str], kind: str, anchor: Anchor, item: Item, weekday: int) -> bool:
    """ "two years ago", "the past five years", "the past 24 hours", "in recent weeks"."""
    if kind == "recent":
        count, unit = 3 if match["rc_u"].lower() != "day" else 7, match["rc_u"].lower()
    else:
        prefix = "ago" if kind == "ago" else "pn"
        raw = _SPACES.sub(" ", match[f"{prefix}_n"].lower())
        count = int(raw) if raw.isdigit() else pat.NUMBER_WORDS[raw]
        unit = match[f"{prefix}_u"].lower()
    if unit == "decade":  # "a decade ago", "the past two decades": ten years each
        count, unit = 10 * count, "year"
    elif unit == "fortnight":  # "a fortnight ago": two weeks
        count, unit = 2 * count, "week"
    since = kind != "ago"
    if unit == "hour":  # "over the past 24 hours": the days those hours reach back to, up to publication
        item.lo, item.hi = cal.days_around(anchor, -max(1, -(-count // 24)), 0, same_period=False)
    elif unit == "day":
        lo, hi = (-count, 0) if since else (-count, -count)
        item.lo, item.hi = cal.days_around(anchor, lo, hi, same_period=not since and count < 7)
    elif unit == "week":
        if since:
            item.lo, item.hi = cal.days_around(anchor, -7 * count, 0, same_period=False)
        else:
            item.lo, item.hi = cal.days_around(
                anchor, -7 * count - weekday, -7 * count - weekday + 6, same_period=False
            )
            item.week = True
    elif unit == "month":
        item.lo = cal.months_around(anchor, -count)[0]
        item.hi = cal.months_around(anchor, -count)[1]
    else:
        year = anchor.first.year
        item.lo = item.hi = f"{year - count:04d}"
    if since and unit in {"month", "year"}:  # "the past two months": up to the publication date
        item.hi = cal.fmt(anchor.last, anchor.granularity)
    return True


#: "exactly/precisely" before "N years/months ago", or "today"/"to the day" after it: the same calendar day.
_EXACT_BEFORE: Final = re.compile(r"(?:exactly|precisely)\s+$", re.IGNORECASE)
_EXACT_AFTER: Final = re.compile(r"\s+(?:today|to\s+the\s+day)\b", re.IGNORECASE)


def _to_the_day(text: str, match: re.Match[str], anchor: Anchor, item: Item) -> bool:
    """ "exactly one year ago", "two months ago today": the publication day that many years or months
    earlier (an anniversary told to the day), not the whole year or month (art31c). False (no date set)
    for other units, other wording or a publication date coarser than a day."""
    unit = match["ago_u"].lower()
    exact = _EXACT_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None
    if unit not in {"year", "month"} or anchor.first != anchor.last:
        return False
    if not (exact or _EXACT_AFTER.match(text, match.end())):
        return False
    raw = _SPACES.sub(" ", match["ago_n"].lower())
    count = int(raw) if raw.isdigit() else pat.NUMBER_WORDS[raw]
    months = 12 * count if unit == "year" else count
    day = anchor.first
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    last = (datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)).day
    item.lo = item.hi = datetime.date(year, month, min(day.day, last)).isoformat()
    return True
