"""EDTF dates of events and the calendar days they cover.

Every event carries its date as an EDTF (ISO 8601-2, Library of Congress Extended Date/Time Format)
string that keeps the precision the article gives: ``2020-01-03`` (a day), ``2023-07`` (a month),
``2015`` (a year), ``2024-01-01/2025-07`` (an interval), ``2003/..`` (since 2003, open end).
:func:`parse_edtf` checks such a string with the ``edtf`` package and turns it into the first and
last calendar day it covers, which the map's time controls and the exporters use.

Supported subset
----------------
- calendar dates of years 0001–9999 at day, month or year precision: ``2020-01-03``, ``2023-07``, ``2015``;
- the same with a whole-date qualifier ``?`` (uncertain), ``~`` (approximate) or ``%`` (both): ``2015~``;
- intervals of two such dates: ``2014/2017``, ``2024-01-01/2025-07``, ``2020-01-03/2020-01-06``;
- intervals with an open (``..``) or unknown (empty) start or end: ``2003/..``, ``../2019``, ``2003/``;
- ``XXXX`` (EDTF level 1, unspecified year): a date nobody knows, even its year - the date of an event
  in an article without a publication date that gives no date of its own. It has no bounds and the
  precision ``unknown``.

Rejected with :class:`geo.errors.InputError`: anything else EDTF allows (seasons, unspecified digits
``2020-XX``, ``XXXX-03-03``, times, sets, long years...), impossible days (``2023-02-30``), a start after
the end, an interval with neither bound, surrounding whitespace and anything that is not EDTF at all.

Bounds
------
``start`` is the first day of the start's precision and ``end`` the last day of the end's precision
(``2025-07`` ends on 2025-07-31, ``2017`` on 2017-12-31). An open or unknown bound is ``None``.
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass
from typing import Any

from geo.errors import InputError

__all__ = ["UNKNOWN_DATE", "DateBounds", "parse_edtf"]

#: The EDTF of an unknown date (unspecified year): no bounds, precision ``unknown``.
UNKNOWN_DATE = "XXXX"


@dataclass(frozen=True, slots=True)
class DateBounds:
    """An EDTF date and the calendar days it covers.

    Attributes
    ----------
    edtf
        The normalised EDTF string.
    start
        First day covered, or ``None`` for an open or unknown start (``../2019``).
    end
        Last day covered, or ``None`` for an open or unknown end (``2003/..``).
    precision
        A :data:`geo.model.vocab.TimePrecision`: ``"day"``, ``"month"`` or ``"year"`` for a single date,
        ``"range"`` for an interval, ``"unknown"`` for ``XXXX`` (``"week"`` is never returned; it is
        reserved for producers that know an event happened within a given week).
    """

    edtf: str
    start: datetime.date | None
    end: datetime.date | None
    precision: str

    @property
    def iso_start(self) -> str | None:
        """``start`` as an ISO ``YYYY-MM-DD`` string (the ``date_start`` property), or ``None``."""
        return None if self.start is None else self.start.isoformat()

    @property
    def iso_end(self) -> str | None:
        """``end`` as an ISO ``YYYY-MM-DD`` string (the ``date_end`` property), or ``None``."""
        return None if self.end is None else self.end.isoformat()


def parse_edtf(value: str) -> DateBounds:
    """Parse an EDTF string of the supported subset into its bounds.

    Parameters
    ----------
    value
        An EDTF string such as ``"2020-01-03"``, ``"2023-07"``, ``"2015"``, ``"2014/2017"``,
        ``"2024-01-01/2025-07"``, ``"2003/.."`` or ``"../2019"``.

    Returns
    -------
    DateBounds
        The normalised string, the first and last day covered and the precision.

    Raises
    ------
    InputError
        If ``value`` is not a string, not EDTF, outside the supported subset, names an impossible
        day, or is an interval whose start lies after its end.

    Examples
    --------
    >>> bounds = parse_edtf("2024-01-01/2025-07")
    >>> bounds.start, bounds.end, bounds.precision
    (datetime.date(2024, 1, 1), datetime.date(2025, 7, 31), 'range')
    """
    if not isinstance(value, str):
        raise InputError(f"EDTF date must be a string, got {value!r}")
    return _parse_cached(value)


@functools.lru_cache(maxsize=4096)
def _parse_cached(value: str) -> DateBounds:
    """:func:`parse_edtf` without the type check, memoised (the edtf grammar takes ~20 ms a call)."""
    if not value or value != value.strip():
        raise InputError(f"invalid EDTF date {value!r}: empty or surrounded by whitespace")
    if value == UNKNOWN_DATE:
        return DateBounds(value, None, None, "unknown")
    fast = _plain(value)
    if fast is not None:
        return fast
    from edtf import parse_edtf as _edtf_parse
    from edtf.parser.parser_classes import Interval, Level1Interval

    try:
        parsed = _edtf_parse(value)
    except Exception as exc:  # the edtf package raises its own exception types
        raise InputError(f"invalid EDTF date {value!r}: not an EDTF string") from exc

    if isinstance(parsed, Interval | Level1Interval):
        start = _section(value, parsed.lower, first=True)
        end = _section(value, parsed.upper, first=False)
        if start is None and end is None:
            raise InputError(f"invalid EDTF date {value!r}: an interval needs at least one known bound")
        if start is not None and end is not None and start > end:
            raise InputError(f"invalid EDTF date {value!r}: the interval starts after it ends")
        return DateBounds(str(parsed), start, end, "range")

    first, last, precision = _single(value, parsed)
    return DateBounds(str(parsed), first, last, precision)


_PLAIN_DATE = r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?"
_PLAIN = re.compile(rf"^{_PLAIN_DATE}(?:/{_PLAIN_DATE})?\Z")


def _plain_bounds(year: str, month: str | None, day: str | None) -> tuple[datetime.date, datetime.date, str]:
    number = int(year)
    if month is None:
        return datetime.date(number, 1, 1), datetime.date(number, 12, 31), "year"
    last = calendar.monthrange(number, int(month))[1]
    if day is None:
        return datetime.date(number, int(month), 1), datetime.date(number, int(month), last), "month"
    exact = datetime.date(number, int(month), int(day))
    return exact, exact, "day"


def _plain(value: str) -> DateBounds | None:
    """Bounds of a plain ``YYYY[-MM[-DD]]`` date or interval of two, without the EDTF grammar.

    The grammar takes milliseconds a string; imports of event data sets parse thousands of distinct
    dates. Anything unusual (year 0000, impossible days, reversed intervals) returns ``None`` and goes
    through the grammar, which gives the precise error.
    """
    if value.startswith("../") or value.endswith("/.."):
        side = _plain(value[3:] if value.startswith("../") else value[:-3])
        if side is None or side.precision == "range":
            return None
        if value.startswith("../"):
            return DateBounds(value, None, side.end, "range")
        return DateBounds(value, side.start, None, "range")
    match = _PLAIN.match(value)
    if match is None or match.group(1) == "0000" or match.group(4) == "0000":
        return None
    try:
        first = _plain_bounds(*match.group(1, 2, 3))
        if match.group(4) is None:
            return DateBounds(value, first[0], first[1], first[2])
        last = _plain_bounds(*match.group(4, 5, 6))
    except ValueError:  # month 13, day 30 of February...
        return None
    if first[0] > last[1]:
        return None
    return DateBounds(value, first[0], last[1], "range")


def _section(value: str, part: Any, *, first: bool) -> datetime.date | None:
    """Return the bound day of one side of an interval, ``None`` for ``..`` or an empty side."""
    from edtf.parser.parser_classes import UnspecifiedIntervalSection

    if isinstance(part, UnspecifiedIntervalSection):
        return None
    lo, hi, _ = _single(value, part)
    return lo if first else hi


def _single(value: str, part: Any) -> tuple[datetime.date, datetime.date, str]:
    """Return the first day, last day and precision of a (possibly qualified) single date."""
    from edtf.parser.parser_classes import Date, UncertainOrApproximate

    if type(part) is UncertainOrApproximate:
        part = part.date
    if type(part) is not Date:
        raise InputError(
            f"unsupported EDTF date {value!r}: only days, months, years, whole-date qualifiers "
            "(?, ~, %) and intervals of them are supported"
        )
    year_text, month_text, day_text = part._year, part._month, part._day
    if (
        not (isinstance(year_text, str) and len(year_text) == 4 and year_text.isdigit())
        or year_text == "0000"
    ):
        raise InputError(f"unsupported EDTF date {value!r}: the year must have four digits from 0001 to 9999")
    year = int(year_text)
    if month_text is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"
    month = int(month_text)
    if not 1 <= month <= 12:
        raise InputError(f"unsupported EDTF date {value!r}: month {month_text!r} is not a calendar month")
    last_day = calendar.monthrange(year, month)[1]
    if day_text is None:
        return datetime.date(year, month, 1), datetime.date(year, month, last_day), "month"
    day = int(day_text)
    if not 1 <= day <= last_day:
        raise InputError(f"invalid EDTF date {value!r}: {year_text}-{month_text} has no day {day_text}")
    day_date = datetime.date(year, month, day)
    return day_date, day_date, "day"
