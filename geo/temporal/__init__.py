"""Temporal expressions in English news text, resolved to EDTF dates against the publication date.

:func:`find_dates` finds absolute dates ("January 3, 2020", "3 January 2020", "2020-01-03", "Jan. 3",
"July 2025", "in 2015", "the end of 2022"), intervals ("between 2014 and 2017", "since 2003", "until
2019", "from the 1st of January") and expressions relative to the publication date ("on Friday", "over
the weekend", "this week", "last year", "two years ago", "as recently as May", "in March", "earlier this
month", "yesterday"). Each becomes an EDTF string with first/last days and a precision.

Precision stays honest: relative expressions never get more precise than the publication date. With a
month-precision date (``2023-07``) "this week", "on Friday" and "yesterday" are the month ``2023-07``,
"last week" is ``2023-06/2023-07`` and "last month" ``2023-06``. Dates without a year ("in March", "the
1st of January") take the latest such date on or before publication, or the next one when the sentence
speaks of the future ("will", "is to", "next"). See ``docs/events.md``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Final

from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat
from geo.temporal._calendar import Anchor, parse_published
from geo.temporal._scan import Tokens

__all__ = ["Anchor", "TemporalExpression", "Tokens", "find_dates", "parse_published"]

_OPEN: Final = ".."
_PARTS: Final[dict[str, tuple[int, int]]] = {
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
_SEASONS: Final[dict[str, tuple[int, int]]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
    "winter": (12, 14),
}
_SPACES: Final = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class TemporalExpression:
    """A temporal expression found in a text and the dates it stands for.

    Attributes
    ----------
    start, end
        Code-point offsets ``[start, end)`` into the text; ``text[start:end] == surface``. The span
        includes a leading preposition that changes or frames the meaning ("since 2003", "on Friday").
    surface
        The expression as written.
    edtf
        EDTF string: ``2020-01-03``, ``2023-07``, ``2015``, ``2014/2017``, ``2003/..``, ``../2019``.
    date_start, date_end
        First and last ISO day covered, ``None`` for an open side.
    precision
        One of :data:`geo.vocab.TIME_PRECISIONS`: ``day``, ``week``, ``month``, ``year``, or ``range``
        for any other interval.
    relative
        True when the value was computed from the publication date ("last year", "in March").
    attributive
        True for a date used as an adjective of the noun after it ("the 2015 agreement"); it dates that
        noun rather than the clause.
    """

    start: int
    end: int
    surface: str
    edtf: str
    date_start: str | None
    date_end: str | None
    precision: str
    relative: bool = False
    attributive: bool = False


@dataclass(slots=True)
class _Item:
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


def find_dates(text: str, *, published: str | None, tokens: Tokens | None = None) -> list[TemporalExpression]:
    """Find temporal expressions in ``text`` and resolve them against ``published``.

    Parameters
    ----------
    text
        The article text.
    published
        Publication date as EDTF/ISO (``2020-01-06``, ``2023-07``, ``2023``, or an ISO date-time), or
        ``None``: then only expressions that carry their own year are returned.
    tokens
        The text's tokens when the caller already has them (saves one pass).

    Returns
    -------
    list[TemporalExpression]
        Non-overlapping expressions in text order.

    Raises
    ------
    InputError
        If ``published`` is not a date.

    Examples
    --------
    >>> [(e.surface, e.edtf) for e in find_dates("Rockets hit on Friday.", published="2020-01-06")]
    [('on Friday', '2020-01-03')]
    >>> find_dates("Troops stayed until 2019.", published=None)[0].edtf
    '../2019'
    """
    anchor = parse_published(published)
    toks = tokens if tokens is not None else Tokens(text)
    words, starts = toks.words, toks.starts
    items: list[_Item] = []
    reached = -1
    for index in pat.candidates(toks):
        start = starts[index]
        if start < reached:
            continue
        match = pat.pattern_for(words[index]).match(text, start)
        if match is None:
            continue
        reached = match.end()
        item = _item(text, match, anchor, *pat.word_before(text, toks, index))
        if item is not None:
            items.append(item)
    return [_expression(text, item) for item in _combine(text, items, anchor)]


def _item(text: str, match: re.Match[str], anchor: Anchor | None, word: str, word_start: int) -> _Item | None:
    start, end = match.span()
    kind = match.lastgroup
    item = _Item(start, end, start, "", "", word, word_start, relative=False)
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
        lo_month, hi_month = _PARTS[_SPACES.sub(" ", match["part_w"].lower())]
        item.lo, item.hi = f"{year:04d}-{lo_month:02d}", f"{year:04d}-{hi_month:02d}"
    elif kind == "season":
        year = int(match["sea_y"])
        lo_month, hi_month = _SEASONS[match["sea_w"].lower()]
        item.lo = f"{year:04d}-{lo_month:02d}"
        hi_year, hi_month = cal.add_months(year, 1, hi_month - 1)
        item.hi = f"{hi_year:04d}-{hi_month:02d}"
    elif kind == "decade":
        year = int(match["dec_y"])
        item.lo, item.hi = f"{year:04d}", f"{year + 9:04d}"
    elif kind in {"md", "dm", "mon"}:
        prefix = kind if kind != "mon" else "mon"
        month = pat.MONTHS[_month_key(match[f"{prefix}_m"])]
        day_text = match.groupdict().get(f"{prefix}_d")
        if kind == "mon" and word not in pat.MONTH_PREPS:
            return None
        qualifier = word if word in {"last", "this", "next"} else ""
        item.partial = (month, int(day_text) if day_text else None, qualifier)
        if anchor is None or not _resolve_partial(text, item, anchor):
            return None
        if qualifier:
            item.start = word_start
    else:
        if anchor is None or not _relative(text, match, kind or "", anchor, item):
            return None
        item.relative = True
    return item


def _month_key(name: str) -> str:
    return name.rstrip(".").lower()


def _day(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _future(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``start..end`` speaks of the future."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = pat.SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    return pat.FUTURE.search(text, lo, hi) is not None


def _resolve_partial(text: str, item: _Item, anchor: Anchor, *, year: int | None = None) -> bool:
    """Give a date without a year its year: the latest on or before publication, or the next one."""
    assert item.partial is not None
    month, day, qualifier = item.partial
    item.relative = year is None
    if year is None:
        ref_month = anchor.last.month if anchor.granularity != "year" else 12
        ref_day = anchor.last.day if anchor.granularity == "day" else 31
        key, ref = (month, day or 0), (ref_month, ref_day if day else 0)
        year = anchor.first.year
        if qualifier == "last":
            year -= key >= ref
        elif qualifier == "next":
            year += key <= ref
        elif qualifier != "this":
            if _future(text, item.start, item.end):
                ref = (anchor.first.month, anchor.first.day if day else 0)
                year += key < ref and anchor.granularity != "year"
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


def _relative(text: str, match: re.Match[str], kind: str, anchor: Anchor, item: _Item) -> bool:
    """Resolve an expression relative to the publication date into ``item.lo``/``item.hi``."""
    weekday = anchor.first.weekday()
    if kind == "dayword":
        offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}.get(match["dw"].lower(), -2)
        item.lo, item.hi = cal.days_around(anchor, offset, offset, same_period=True)
    elif kind == "wday":
        target = pat.WEEKDAYS[match["wd_d"].lower()]
        qualifier = (match["wd_q"] or "").lower()
        if qualifier == "next" or (not qualifier and _future(text, match.start(), match.end())):
            offset = (target - weekday) % 7 or (7 if qualifier == "next" else 0)
        else:
            offset = -((weekday - target) % 7 or (7 if qualifier in {"last", "past"} else 0))
        item.lo, item.hi = cal.days_around(anchor, offset, offset, same_period=True)
        item.start = match.start("wd_q") if qualifier else match.start("wd_d")
    elif kind == "weekend" or (kind == "rel" and match["rel_u"].lower() == "weekend"):
        qualifier = "" if kind == "weekend" else _SPACES.sub(" ", match["rel_q"].lower())
        if qualifier in {"next", "coming"}:
            offset = (5 - weekday) % 7 or 7
        elif weekday >= 5:
            offset = 5 - weekday
        else:
            offset = -((weekday - 5) % 7)
        item.lo, item.hi = cal.days_around(anchor, offset, offset + 1, same_period=True)
    elif kind == "rel":
        return _relative_unit(match, anchor, item, weekday)
    elif kind in {"ago", "pastn", "recent"}:
        return _relative_count(match, kind, anchor, item, weekday)
    else:
        return False
    return True


def _relative_unit(match: re.Match[str], anchor: Anchor, item: _Item, weekday: int) -> bool:
    """ "this/last/next week|month|year", "earlier this month" ..."""
    qualifier = _SPACES.sub(" ", match["rel_q"].lower())
    unit = match["rel_u"].lower()
    step = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(qualifier, 0)
    if unit == "week":
        if qualifier in {"earlier this", "later this"}:
            lo, hi = (-weekday, 0) if qualifier == "earlier this" else (0, 6 - weekday)
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


def _relative_count(match: re.Match[str], kind: str, anchor: Anchor, item: _Item, weekday: int) -> bool:
    """ "two years ago", "the past five years", "in recent weeks"."""
    if kind == "recent":
        count, unit = 3 if match["rc_u"].lower() != "day" else 7, match["rc_u"].lower()
    else:
        prefix = "ago" if kind == "ago" else "pn"
        raw = _SPACES.sub(" ", match[f"{prefix}_n"].lower())
        count = int(raw) if raw.isdigit() else pat.NUMBER_WORDS[raw]
        unit = match[f"{prefix}_u"].lower()
    since = kind != "ago"
    if unit == "day":
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
        item.hi = cal.months_around(anchor, 0 if since else -count)[1]
    else:
        year = anchor.first.year
        item.lo, item.hi = f"{year - count:04d}", f"{(year if since else year - count):04d}"
    return True


def _shift(part: str, step: int) -> str:
    """The unit before (``step=-1``) or after (``+1``) an EDTF date part."""
    if len(part) == 4:
        return f"{int(part) + step:04d}"
    if len(part) == 7:
        year, month = cal.add_months(int(part[:4]), int(part[5:7]), step)
        return f"{year:04d}-{month:02d}"
    return (datetime.date.fromisoformat(part) + datetime.timedelta(days=step)).isoformat()


def _combine(text: str, items: list[_Item], anchor: Anchor | None) -> list[_Item]:
    """Join "between A and B" / "from A to B" / "A–B" into intervals and apply since/until."""
    out: list[_Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and _joins(text, item, following):
            if item.partial is not None and following.explicit_year is not None and anchor is not None:
                ref_month = int(following.lo[5:7]) if len(following.lo) >= 7 else 12
                year = following.explicit_year - (item.partial[0] > ref_month)
                _resolve_partial(text, item, anchor, year=year)
            if cal.first_day(item.lo) <= cal.last_day(following.hi):
                if item.word in {"between", "from"}:
                    item.start = item.word_start
                out.append(
                    _Item(
                        item.start,
                        following.end,
                        item.core_start,
                        item.lo,
                        following.hi,
                        "",
                        item.start,
                        item.relative or following.relative,
                    )
                )
                index += 2
                continue
        word = item.word
        if word in pat.OPEN_START or (
            word == "in" and pat.SINCE_CLAUSE.search(text, max(0, item.word_start - 80), item.word_start + 3)
        ):
            item.hi = _OPEN
        elif word in pat.OPEN_END:
            item.lo = _OPEN
        elif word == "before":
            item.lo, item.hi = _OPEN, _shift(item.lo, -1)
        elif word == "after":
            item.lo, item.hi = _shift(item.hi, 1), _OPEN
        if word in pat.SPAN_WORDS:
            item.start = min(item.start, item.word_start)
        out.append(item)
        index += 1
    return out


def _joins(text: str, first: _Item, second: _Item) -> bool:
    join = pat.JOIN.fullmatch(text, first.end, second.core_start)
    if join is None:
        return False
    if join["and"]:
        return first.word == "between"
    if join["to"]:
        return first.word in {"from", "between"}
    return True


def _expression(text: str, item: _Item) -> TemporalExpression:
    lo, hi = item.lo, item.hi
    if lo == hi:
        edtf, precision = lo, cal.precision_of(lo)
    else:
        edtf = f"{lo}/{hi}"
        precision = "week" if item.week and len(lo) == len(hi) == 10 else "range"
    attributive = (
        item.word in pat.DETERMINERS
        and lo == hi
        and not item.relative
        and pat.NOUN_AFTER.match(text, item.end) is not None
    )
    return TemporalExpression(
        start=item.start,
        end=item.end,
        surface=text[item.start : item.end],
        edtf=edtf,
        date_start=None if lo == _OPEN else cal.first_day(lo).isoformat(),
        date_end=None if hi == _OPEN else cal.last_day(hi).isoformat(),
        precision=precision,
        relative=item.relative,
        attributive=attributive,
    )
