"""One date match read into an interval: absolute dates, dates without a year or relative to publication."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Final

from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat
from geo.temporal._calendar import Anchor
from geo.temporal._general import HOLIDAYS, read_general, week_of_month
from geo.temporal._general import KINDS as _GENERAL_KINDS
from geo.temporal._general import RELATIVE as _GENERAL_RELATIVE
from geo.temporal._relative import DEADLINE, PARTS, SEASONS, month_part, relative, season_part
from geo.temporal._tense import allowed_time, future, lengthened, obliged

__all__ = ["Item", "read_item", "resolve_partial"]


_SPACES: Final = re.compile(r"\s+")


@dataclass(slots=True)
class Item:
    """A date match on its way to a :class:`geo.temporal.TemporalExpression` (interval ``lo``..``hi``)."""

    start: int
    end: int
    core_start: int
    lo: str
    hi: str
    word: str
    word_start: int
    relative: bool
    week: bool = False
    partial: tuple[int, int | None, str] | None = None  # month, day, qualifier of a date without a year
    explicit_year: int | None = None
    kind: str = ""  # the pattern alternative that matched (``wday``, ``mdy`` ...)
    shift: int = 0  # days from the day named before ("two days later": 2), resolved when combined
    part: str = ""  # "late", "the end of" ... of a month without a year ("late June"), kept for its year
    far: int = 0  # with ``shift``, the other end of a vague shift ("days later": 2 to 9 days after)
    step: tuple[str, int] | None = None  # a unit next to the time told before ("the week before": week, -1)

    @property
    def anchored(self) -> bool:
        """Whether the item counts from the day told before it ("two days later", "days later")."""
        return bool(self.shift or self.far)

    def shifted(self, day: datetime.date) -> tuple[str, str]:
        """The days ``shift`` (to ``far``) away from ``day``: this item's first and last day."""
        near, far = sorted((self.shift, self.far or self.shift))
        step = datetime.timedelta(days=1)
        return (day + near * step).isoformat(), (day + far * step).isoformat()


def read_item(
    text: str, match: re.Match[str], anchor: Anchor | None, word: str, word_start: int
) -> Item | None:
    """Read one pattern match into an item, or None when it is no date (or needs a missing anchor)."""
    start, end = match.span()
    kind = match.lastgroup
    item = Item(start, end, start, "", "", word, word_start, relative=False, kind=kind or "")
    if kind == "prior":  # "the week before", "the day after": a unit next to the time told before
        sign = 1 if match["pr_d"].lower() in {"after", "later"} else -1
        unit = match["pr_u"].lower()
        if unit == "day":
            item.shift = sign
        else:
            item.step = (unit, sign)
        return item
    if kind == "same":  # "that same month", "later that year": the unit of the time told before
        item.step = (match["sm_u"].lower(), 0)
        return item
    if kind in {"shift", "nextday"}:  # "two days later", "the next day": from the day named before
        if kind == "nextday":
            item.shift = -1 if match["nd_w"].lower() == "previous" else 1
        elif match["sh_v"]:  # "days later", "weeks earlier": a vague count (:data:`_VAGUE`)
            sign = 1 if match["sh_d"].lower() == "later" else -1
            item.shift, item.far = (sign * n for n in _VAGUE[match["sh_v"].lower()])
        else:
            raw = _SPACES.sub(" ", match["sh_n"].lower())
            count = int(raw) if raw.isdigit() else pat.NUMBER_WORDS[raw]
            sign = 1 if match["sh_d"].lower() == "later" else -1
            unit = match["sh_u"].lower()
            if unit in {"month", "year"}:  # "a year later": the calendar unit that far from the time before
                item.step = (unit, sign * count)
                return item if count else None
            item.shift = sign * count * (7 if unit == "week" else 1)
        return item if item.shift else None
    if kind in {"iso", "mdy", "dmy"}:
        prefix = "iso" if kind == "iso" else kind
        month = int(match[f"{prefix}_m"]) if kind == "iso" else pat.MONTHS[_month_key(match[f"{prefix}_m"])]
        day = _day(int(match[f"{prefix}_y"]), month, int(match[f"{prefix}_d"]))
        if day is None:
            return None
        item.lo = item.hi = day.isoformat()
        item.explicit_year = day.year
    elif kind == "my":
        year = int(match["my_y"])
        item.lo = item.hi = f"{year:04d}-{pat.MONTHS[_month_key(match['my_m'])]:02d}"
        item.explicit_year = year
    elif kind == "year":
        item.lo = item.hi = match["year_y"]
        item.explicit_year = int(match["year_y"])
    elif kind == "yrange":
        first, second = match["yr_a"], match["yr_b"]
        last = first[:2] + second if len(second) == 2 else second
        if last <= first:
            return None
        item.lo, item.hi = first, last
    elif kind == "part":
        year = int(match["part_y"])
        lo_month, hi_month = PARTS[_SPACES.sub(" ", match["part_w"].lower())]
        item.lo, item.hi = f"{year:04d}-{lo_month:02d}", f"{year:04d}-{hi_month:02d}"
    elif kind == "season":
        year = int(match["sea_y"])
        lo_month, hi_month = SEASONS[match["sea_w"].lower()]
        item.lo = f"{year:04d}-{lo_month:02d}"
        hi_year, hi_month = cal.add_months(year, 1, hi_month - 1)
        item.hi = f"{hi_year:04d}-{hi_month:02d}"
        if match["sea_p"]:  # "late summer 2015"
            item.lo, item.hi = season_part(item.lo, match["sea_p"])
    elif kind == "decade":
        year = int(match["dec_y"])
        item.lo, item.hi = f"{year:04d}", f"{year + 9:04d}"
    elif kind == "mpart":
        month = pat.MONTHS[_month_key(match["mp_m"])]
        go_on, stop = _month_of_year(text, item, anchor, month, match["mp_y"])
        if not go_on:
            return stop
        item.part = _SPACES.sub(" ", match["mp_w"].lower())
        month_part(item, item.part)
    elif kind in {"md", "dm", "mon"}:
        prefix = kind if kind != "mon" else "mon"
        month = pat.MONTHS[_month_key(match[f"{prefix}_m"])]
        day_text = match.groupdict().get(f"{prefix}_d")
        if kind == "mon" and word not in pat.MONTH_PREPS:
            return None
        qualifier = word if word in {"last", "this", "next"} else ""
        item.partial = (month, int(day_text) if day_text else None, qualifier)
        if qualifier:
            item.start = word_start
            # "since last October", "until next March": the preposition before the qualifier frames it
            if (framing := pat.BEFORE.search(text, max(0, word_start - 24), word_start)) is not None:
                item.word, item.word_start = _SPACES.sub(" ", framing["word"].lower()), framing.start()
        if anchor is None:
            return _unknown(item)
        if not resolve_partial(text, item, anchor):
            return None
    elif kind == "holiday":  # "on Christmas Day": a date without a year
        key = _SPACES.sub(" ", match["ho_n"].lower()).replace("’", "'")
        item.partial = (*HOLIDAYS.get(key, (12, 31)), "")  # New Year's Eve: December 31
        if anchor is None:
            return _unknown(item)
        if not resolve_partial(text, item, anchor):
            return None
    elif kind == "mweek":  # "the first week of April (2023)"
        month = pat.MONTHS[_month_key(match["mw_m"])]
        go_on, stop = _month_of_year(text, item, anchor, month, match["mw_y"])
        if not go_on:
            return stop
        week_of_month(item, match["mw_n"].lower())
    elif kind in _GENERAL_KINDS:  # quarters, parts of decades, numeric dates, "on the 3rd"
        if kind == "oday" and anchor is None:
            return _unknown(item) if word == "on" else None
        if kind in _GENERAL_RELATIVE and anchor is None:
            return _unknown(item)
        if kind == "follow":  # "the following week": the unit after the time told before
            item.step = (match["fo_u"].lower(), 1)
            return item
        if not read_general(text, match, anchor, item):
            return None
    else:
        if anchor is None:
            return _unknown(item) if kind in _RELATIVE_KINDS else None
        if not relative(text, match, kind or "", anchor, item):
            return None
        item.relative = True
    return item


#: Days that "days later" and "weeks later" may count (nearest, farthest): a plural of two or more,
#: fewer than the next unit ("days" under ten, "weeks" under two months); TimeML leaves such durations
#: vague (TIMEX3 ``PXD``), so their dates are the interval of the days they can reach.
_VAGUE: Final = {"day": (2, 9), "week": (14, 56)}

#: Kinds of match resolved against the publication date (unknown without one).
_RELATIVE_KINDS: Final = frozenset(
    {"ago", "pastn", "recent", "recentadj", "recently", "rel", "relpart", "rseason", "weekend", "wday"}
    | {"dayword", "yend", "ahead"}
)


def _unknown(item: Item) -> Item:
    """``item`` as an unknown date (``XXXX``): it needs a publication date the article lacks."""
    item.lo = item.hi = cal.UNKNOWN
    item.relative = True
    return item


def _month_of_year(
    text: str, item: Item, anchor: Anchor | None, month: int, year: str | None
) -> tuple[bool, Item | None]:
    """Set ``item`` to ``month`` of the stated ``year``, or of the year the publication date gives it
    ("mid-April", "the first week of April"). Returns (True, item) to go on refining it (a part, a
    week); (False, the unknown date) when no publication date places it; (False, None) when it cannot
    be placed."""
    if year:
        item.explicit_year = int(year)
        item.lo = item.hi = f"{item.explicit_year:04d}-{month:02d}"
        return True, item
    item.partial = (month, None, "")
    if anchor is None:
        return False, _unknown(item)
    return (True, item) if resolve_partial(text, item, anchor) else (False, None)


def _month_key(name: str) -> str:
    return name.rstrip(".").lower()


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


_ONE_DAY: Final = datetime.timedelta(days=1)


def resolve_partial(text: str, item: Item, anchor: Anchor | None, *, year: int | None = None) -> bool:
    """Give a date without a year its year (``year``, or from ``anchor``, which is then required).

    The latest on or before publication; the next one when the sentence speaks of the future (also
    after "until", "till" or "by"), or after "until"/"by" when the clause extends something to it ("voted
    to prolong the deployment until 31 December": a new end lies ahead); else the nearest one either way
    after those (a deadline may lie on either side).
    """
    assert item.partial is not None
    month, day, qualifier = item.partial
    item.relative = year is None
    if year is None:
        assert anchor is not None
        ref_month = anchor.last.month if anchor.granularity != "year" else 12
        ref_day = anchor.last.day if anchor.granularity == "day" else 31
        key, ref = (month, day or 0), (ref_month, ref_day if day else 0)
        year = anchor.first.year
        if qualifier == "last":
            year -= key >= ref
        elif qualifier == "next":
            year += key <= ref
        elif item.word in DEADLINE and (
            lengthened(text, item.start) or allowed_time(text, item.start, item.end)
        ):
            # "extended until 31 December", "gives the force until 31 December to leave"
            ref = (anchor.first.month, anchor.first.day if day else 0)
            year += key < ref and anchor.granularity != "year"
        elif item.word in DEADLINE and not _ahead(text, item):
            past = year - (key > ref)
            ahead = year + (
                key < (anchor.first.month, anchor.first.day if day else 0) and anchor.granularity != "year"
            )
            year = min((past, ahead), key=lambda y: _distance(anchor, y, month, day))
        elif qualifier != "this":
            if _ahead(text, item):
                ref = (anchor.first.month, anchor.first.day if day else 0)
                year += key < ref and anchor.granularity != "year"
            elif (after := _day_after(anchor, month, day)) is not None:
                year = after  # the day after publication: the story's own day in a time zone ahead
            else:
                year -= key > ref
    if day is None:
        item.lo = item.hi = f"{year:04d}-{month:02d}"
        return True
    found = _day(year, month, day)
    if found is None:
        return False
    item.lo = item.hi = found.isoformat()
    return True


def _ahead(text: str, item: Item) -> bool:
    """Whether the clause speaks of the future, or holds an obligation before a deadline ("must be gone
    by 31 December")."""
    if future(text, item.start, item.end):
        return True
    return item.word in DEADLINE and obliged(text, item.start, item.end)


def _day_after(anchor: Anchor, month: int, day: int | None) -> int | None:
    """The year of ``month``/``day`` when it is the day after a publication day, else None: told in the
    past, that day is the story's own day in a time zone ahead of the publication date's, not the same
    day a year before."""
    following = anchor.last + _ONE_DAY
    if anchor.granularity != "day" or (following.month, following.day) != (month, day):
        return None
    return following.year


def _distance(anchor: Anchor, year: int, month: int, day: int | None) -> int:
    """Days between the publication period and the day (or month) ``year-month[-day]``."""
    first = _day(year, month, day) if day else datetime.date(year, month, 1)
    if first is None:  # February 29 of a common year: never chosen
        return 1 << 30
    last = first if day else cal.month_end(year, month)
    if last < anchor.first:
        return (anchor.first - last).days
    return max(0, (first - anchor.last).days)
