"""Calendar arithmetic for temporal expressions: the publication anchor, shifts, EDTF formatting.

Everything works on :class:`datetime.date` and plain tuples so that resolving a date costs a few
microseconds; the ``edtf`` grammar (tens of milliseconds a call) is never used here. Tests check that
every EDTF string produced here parses with :func:`geo.temporal.edtf.parse_edtf` to the same bounds.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from typing import Final, Literal

from geo.errors import InputError

Granularity = Literal["day", "month", "year"]

_PUBLISHED: Final = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")


@dataclass(frozen=True, slots=True)
class Anchor:
    """The publication date that relative expressions are resolved against.

    Attributes
    ----------
    first, last
        First and last day the publication date covers (equal for a day-precision date).
    granularity
        ``"day"``, ``"month"`` or ``"year"``: how precisely the publication date is known (for an
        interval, the coarser of its two ends).
    ends
        For an interval publication date (``2024-07/2025``: published some time in that span), the anchors
        of its two ends; relative expressions are resolved against each and span both results.
    """

    first: datetime.date
    last: datetime.date
    granularity: Granularity
    ends: tuple[Anchor, Anchor] | None = None

    @property
    def edtf(self) -> str:
        """The publication date as EDTF: ``2023-07``, or ``2024-07/2025`` for an interval."""
        if self.ends is not None:
            return f"{self.ends[0].edtf}/{self.ends[1].edtf}"
        return fmt(self.first, self.granularity)

    @property
    def precision(self) -> str:
        """The time precision of :attr:`edtf`: the granularity, or ``range`` for an interval."""
        return "range" if self.ends is not None else self.granularity

    @property
    def day(self) -> datetime.date:
        """A representative day: the publication day, or the last day of its month or year."""
        return self.last

    def period(self) -> tuple[str, str]:
        """EDTF of the whole anchor period (``2023-07``) as a (lo, hi) pair."""
        text = fmt(self.first, self.granularity)
        return text, text


_ORDER: Final[dict[str, int]] = {"day": 0, "month": 1, "year": 2}
#: An unknown publication date: the EDTF unspecified year, or an interval with an open or unknown side.
UNKNOWN: Final = "XXXX"


def parse_published(value: str | None) -> Anchor | None:
    """Parse a publication date into an anchor, or None when it is unknown.

    Accepts ``2020-01-06``, ``2023-07``, ``2023``, an ISO date-time, and an interval of two such dates
    (``2024-07/2025``: published some time within it). ``None``, ``XXXX`` (EDTF for an unspecified
    year) and an interval with an open or unknown side (``2024/..``) are an unknown date: None.

    Raises
    ------
    InputError
        If ``value`` is not such a date, or an interval that ends before it starts.
    """
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"publication date must be a string, got {value!r}")
    if value.strip() == UNKNOWN:
        return None
    if "/" in value:
        lo_text, _, hi_text = value.strip().partition("/")
        if lo_text in {"", ".."} or hi_text in {"", ".."}:
            return None
        lo, hi = _parse_one(lo_text, value), _parse_one(hi_text, value)
        if lo.first > hi.last:
            raise InputError(f"invalid publication date {value!r}: the interval starts after it ends")
        coarse = max(lo.granularity, hi.granularity, key=_ORDER.__getitem__)
        return Anchor(lo.first, hi.last, coarse, (lo, hi))
    return _parse_one(value, value)


def _parse_one(text: str, value: str) -> Anchor:
    """The anchor of one date ``text`` (part of ``value``, quoted in errors)."""
    match = _PUBLISHED.fullmatch(text.strip())
    if match is None:
        raise InputError(f"invalid publication date {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match[1])
    try:
        if match[3]:
            day = datetime.date(year, int(match[2]), int(match[3]))
            return Anchor(day, day, "day")
        if match[2]:
            month = int(match[2])
            first = datetime.date(year, month, 1)
            return Anchor(first, month_end(year, month), "month")
        return Anchor(datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year")
    except ValueError:
        raise InputError(f"invalid publication date {value!r}: no such day or month") from None


def month_end(year: int, month: int) -> datetime.date:
    """Last day of a month."""
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def fmt(day: datetime.date, granularity: Granularity) -> str:
    """EDTF text of the unit of ``granularity`` that contains ``day``."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def span(lo: datetime.date, hi: datetime.date, granularity: Granularity) -> tuple[str, str]:
    """(lo, hi) EDTF pair of the units of ``granularity`` covering ``lo``..``hi``."""
    return fmt(lo, granularity), fmt(hi, granularity)


def days_around(anchor: Anchor, lo: int, hi: int, *, same_period: bool) -> tuple[str, str]:
    """Resolve ``lo``..``hi`` days from the publication day, keeping the anchor's precision.

    With a day anchor the days themselves are returned. With a coarser anchor, expressions that
    point into the publication period itself (``same_period``: today, on Friday, this week) get the
    whole period; others get the units the shifted period can fall in (``last week`` in a July
    article is ``2023-06/2023-07``).
    """
    if anchor.granularity == "day":
        base = anchor.first
        return (base + datetime.timedelta(days=lo)).isoformat(), (
            base + datetime.timedelta(days=hi)
        ).isoformat()
    if same_period:
        return anchor.period()
    first = anchor.first + datetime.timedelta(days=lo)
    last = anchor.last + datetime.timedelta(days=hi)
    return span(first, last, anchor.granularity)


def months_around(anchor: Anchor, delta: int) -> tuple[str, str]:
    """The month ``delta`` months from the publication month (a year range for a year anchor)."""
    if anchor.granularity == "year":
        lo_year, _ = add_months(anchor.first.year, 1, delta)
        hi_year, _ = add_months(anchor.first.year, 12, delta)
        return f"{lo_year:04d}", f"{hi_year:04d}"
    year, month = add_months(anchor.first.year, anchor.first.month, delta)
    text = f"{year:04d}-{month:02d}"
    return text, text


def edtf_of(lo: str, hi: str) -> str:
    """EDTF string of a (lo, hi) pair: a single date when equal, else an interval."""
    return lo if lo == hi else f"{lo}/{hi}"


def first_day(part: str) -> datetime.date:
    """First day covered by an EDTF date part (``2015``, ``2023-07``, ``2020-01-03``)."""
    if len(part) == 4:
        return datetime.date(int(part), 1, 1)
    if len(part) == 7:
        return datetime.date(int(part[:4]), int(part[5:7]), 1)
    return datetime.date.fromisoformat(part)


def last_day(part: str) -> datetime.date:
    """Last day covered by an EDTF date part."""
    if len(part) == 4:
        return datetime.date(int(part), 12, 31)
    if len(part) == 7:
        return month_end(int(part[:4]), int(part[5:7]))
    return datetime.date.fromisoformat(part)


def precision_of(part: str) -> str:
    """``day``, ``month`` or ``year`` from the length of an EDTF date part."""
    return {4: "year", 7: "month"}.get(len(part), "day")


def season(anchor: Anchor, months: tuple[int, int], qualifier: str, *, future: bool) -> tuple[str, str]:
    """The season of ``months`` (first and last month; 14 is February of the next year) that a
    qualifier names, as months (``2023-06``, ``2023-08``).

    "last": the latest that ended before publication; "next": the first that starts after it; "this":
    the one going on at publication, else the one starting in its year; none ("the summer"): the one
    going on, else the latest that started before publication (the next one in a future sentence).
    """
    day = anchor.first if future or qualifier == "next" else anchor.last

    def bounds(year: int) -> tuple[datetime.date, datetime.date]:
        end_year, end_month = add_months(year, 1, months[1] - 1)
        return datetime.date(year, months[0], 1), month_end(end_year, end_month)

    years = range(day.year - 2, day.year + 2)
    current = [y for y in years if bounds(y)[0] <= day <= bounds(y)[1]]
    if qualifier == "last":
        year = max(y for y in years if bounds(y)[1] < day)
    elif qualifier == "next":
        year = min(y for y in years if bounds(y)[0] > day)
    elif current:
        year = current[0]
    elif qualifier == "this":
        year = day.year
    elif future:
        year = min(y for y in years if bounds(y)[0] > day)
    else:
        year = max(y for y in years if bounds(y)[0] <= day)
    first, last = bounds(year)
    return fmt(first, "month"), fmt(last, "month")
