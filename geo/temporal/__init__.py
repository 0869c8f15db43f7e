"""Temporal expressions in English news text, resolved to EDTF dates against the publication date.

:func:`find_dates` finds absolute dates ("January 3, 2020", "3 January 2020", "2020-01-03", "Jan. 3",
"July 2025", "in 2015", "the end of 2022"), intervals ("between 2014 and 2017", "since 2003", "until
2019", "from the 1st of January") and expressions relative to the publication date ("on Friday", "over
the weekend", "this week", "last year", "two years ago", "as recently as May", "in March", "earlier this
month", "yesterday", "recently", "late last year", "overnight"). Each becomes an EDTF string with first/last
days and a precision.

Precision stays honest: relative expressions never get more precise than the publication date. With a
month-precision date (``2023-07``) "this week", "on Friday" and "yesterday" are the month ``2023-07``,
"last week" is ``2023-06/2023-07`` and "last month" ``2023-06``. Dates without a year ("in March", "the
1st of January") take the latest such date on or before publication, or the next one when the sentence
speaks of the future ("will", "is to", "next"), or the nearest one after "until", "till" or "by". "since X"
runs to the publication date. An interval publication date (``2024-07/2025``) anchors each relative
expression at both its ends; without a publication date they are the unknown date ``XXXX``. See
``docs/events.md``.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Final

from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat
from geo.temporal._calendar import Anchor, parse_published
from geo.temporal._qualified import range_year_of, then_dated, week_of, year_of
from geo.temporal._ranges import RANGE_KINDS, read_range
from geo.temporal._reported import from_report_day
from geo.temporal._resolve import Item, read_item, resolve_partial
from geo.temporal._scan import Tokens
from geo.temporal._steps import step_from
from geo.temporal._tense import future

__all__ = ["Anchor", "TemporalExpression", "Tokens", "find_dates", "parse_published"]

_OPEN: Final = ".."
_UNKNOWN: Final = cal.UNKNOWN
#: Kinds of match that name a day of the calendar; "(on) Sunday, December 10" is that day.
_DAY_KINDS: Final = frozenset({"iso", "mdy", "dmy", "md", "dm"})
_WEEKDAY_THEN_DATE: Final = re.compile(r",?[ \t]+(?:the[ \t]+)?")


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
        One of :data:`geo.model.vocab.TIME_PRECISIONS`: ``day``, ``week``, ``month``, ``year``, ``range``
        for any other interval, or ``unknown`` for ``XXXX``.
    relative
        True when the value was computed from the publication date ("last year", "in March").
    attributive
        True for a date used as an adjective of the noun after it ("the 2015 agreement") or as a label
        in parentheses after a name ("Resolution 2292 (2016)"); it dates that noun rather than the
        clause.
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


def find_dates(text: str, *, published: str | None, tokens: Tokens | None = None) -> list[TemporalExpression]:
    """Find temporal expressions in ``text`` and resolve them against ``published``.

    Parameters
    ----------
    text
        The article text.
    published
        Publication date as EDTF/ISO (``2020-01-06``, ``2023-07``, ``2023``, an ISO date-time, or an
        interval of them such as ``2024-07/2025``), or ``None`` (also ``XXXX`` or an interval with an open
        side): then expressions that need it are the unknown date ``XXXX`` (no bounds, precision
        ``unknown``).
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
    >>> find_dates("Rockets hit on Friday.", published=None)[0].edtf
    'XXXX'
    """
    anchor = parse_published(published)
    toks = tokens if tokens is not None else Tokens(text)
    if anchor is not None and anchor.ends is not None:
        lo_items = _combine(text, _items(text, toks, anchor.ends[0]), anchor.ends[0])
        hi_items = _combine(text, _items(text, toks, anchor.ends[1]), anchor.ends[1])
        return [_expression(text, item) for item in _spanning(lo_items, hi_items)]
    items = then_dated(text, _combine(text, _items(text, toks, anchor), anchor))  # "that June"
    from_report_day(text, items, anchor)  # "hit X overnight, the governor said on Wednesday"
    return [_expression(text, item) for item in items]


def _items(text: str, toks: Tokens, anchor: Anchor | None) -> list[Item]:
    """Every pattern match of the text read into an item, in text order, not overlapping."""
    words, starts = toks.words, toks.starts
    items: list[Item] = []
    reached = -1
    for index in pat.candidates(toks):
        start = starts[index]
        if start < reached:
            continue
        match = pat.pattern_for(words[index]).match(text, start)
        if match is None:
            continue
        reached = match.end()
        read = read_range if match.lastgroup in RANGE_KINDS else read_item
        item = read(text, match, anchor, *pat.word_before(text, toks, index))
        if item is not None:
            items.append(item)
    return items


def _since_in(text: str, item: Item) -> bool:
    """Whether ``item``, told after "in", ends a clause opened by "since" ("since the war began in 2003")."""
    return pat.SINCE_CLAUSE.search(text, max(0, item.word_start - 80), item.word_start + 3) is not None


def _since_opened(text: str, item: Item, before: list[Item]) -> bool:
    """Whether ``item`` (told without preposition) dates a clause opened by "since" earlier in its
    sentence, with no other time between ("since the army left the town last week": from last week)."""
    found = pat.SINCE_OPENED.search(text, max(0, item.start - 110), item.start)
    return found is not None and not any(found.start() < b.end <= item.start for b in before)


def _spanning(lo_items: list[Item], hi_items: list[Item]) -> list[Item]:
    """Items resolved against the two ends of an interval publication date, joined: each expression
    spans from its earliest reading to its latest (relative readings move with the publication date)."""
    by_span = {(item.start, item.end): item for item in hi_items}
    out = []
    for item in lo_items:
        other = by_span.get((item.start, item.end))
        if other is not None and (item.lo, item.hi) != (other.lo, other.hi):
            ends = {item.lo, other.lo}, {item.hi, other.hi}
            lo = _OPEN if _OPEN in ends[0] else min(ends[0], key=cal.first_day)
            hi = _OPEN if _OPEN in ends[1] else max(ends[1], key=cal.last_day)
            item.lo, item.hi, item.week = lo, hi, False
        out.append(item)
    return out


def _shift(part: str, step: int) -> str:
    """The unit before (``step=-1``) or after (``+1``) an EDTF date part."""
    if len(part) == 4:
        return f"{int(part) + step:04d}"
    if len(part) == 7:
        year, month = cal.add_months(int(part[:4]), int(part[5:7]), step)
        return f"{year:04d}-{month:02d}"
    return (datetime.date.fromisoformat(part) + datetime.timedelta(days=step)).isoformat()


def _combine(text: str, items: list[Item], anchor: Anchor | None) -> list[Item]:
    """Join "between A and B" / "from A to B" / "A–B" into intervals and apply since/until.

    "since X" runs to the publication date (``X/<published>``; open, ``X/..``, without one).
    """
    out: list[Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item.step is not None:
            step_from(text, item, out, anchor)
            if item.lo:
                out.append(item)
            index += 1
            continue
        if item.anchored:
            _shift_from(text, item, out)
            if item.lo:
                out.append(item)
            index += 1
            continue
        items = range_year_of(text, items, index, anchor)  # "from March until June last year"
        following = items[index + 1] if index + 1 < len(items) else None
        if following is not None and (
            year_of(text, item, following, anchor) or week_of(text, item, following)
        ):
            # "October last year", "on Thursday last week": the month (day) of the year (week) named after it
            item.end = following.end
            items = [*items[: index + 1], *items[index + 2 :]]
            following = items[index + 1] if index + 1 < len(items) else None
        if (
            following is not None
            and item.kind == "wday"
            and following.kind in _DAY_KINDS
            and _WEEKDAY_THEN_DATE.fullmatch(text, item.end, following.core_start)
        ):  # "Sunday, Dec. 10, 2023": the date says which Sunday
            following.start, following.word, following.word_start = item.start, item.word, item.word_start
            index += 1
            continue
        if following is not None and not following.anchored and _joins(text, item, following):
            if item.partial is not None and following.explicit_year is not None:
                ref_month = int(following.lo[5:7]) if len(following.lo) >= 7 else 12
                year = following.explicit_year - (item.partial[0] > ref_month)
                resolve_partial(text, item, anchor, year=year)
            if _UNKNOWN not in (item.lo, following.hi):
                if (
                    item.relative
                    and item.partial is not None
                    and cal.first_day(item.lo) > cal.last_day(following.hi)
                ):
                    if (
                        following.relative
                        and following.partial is not None
                        and future(text, item.start, item.end)
                    ):
                        # "will run from March 3 until September 15" in January: the end is the next one
                        resolve_partial(text, following, anchor, year=int(following.lo[:4]) + 1)
                        following.relative = True
                    else:  # "from November 3 until March 5": the start is the year before the end
                        resolve_partial(text, item, anchor, year=int(item.lo[:4]) - 1)
                        item.relative = True
                if cal.first_day(item.lo) <= cal.last_day(following.hi):
                    if item.word in {"between", "from"}:
                        item.start = item.word_start
                    out.append(
                        Item(
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
        if item.lo == _UNKNOWN:
            pass
        elif (
            word == "since"
            or (word == "in" and _since_in(text, item))
            or (word == "" and _since_opened(text, item, out))
        ):
            item.hi = _OPEN
            if anchor is not None and cal.first_day(item.lo) <= anchor.last:
                item.hi = cal.fmt(anchor.last, anchor.granularity)
        elif word == "from":
            # "from 2007-2011" stays the interval it names; "the toll from Tuesday's strike": "from" takes
            # the noun the possessive day qualifies (a source), no start of an interval
            if item.lo == item.hi and not _possessive(text, item.end):
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


def _possessive(text: str, end: int) -> bool:
    """Whether the expression ending at ``end`` is a possessive ("Tuesday's", "Monday’s"): it qualifies the
    noun after it (English grammar: a genitive determiner)."""
    return text[end - 2 : end] in {"'s", "’s"} or text.startswith(("'s", "’s"), end)


def _shift_from(text: str, item: Item, before: list[Item]) -> None:
    """Date "two days later" / "the next day" from the expression right before it in the same paragraph
    (or in the paragraph before, when it opens its own: "The next day, ...") when that is one day
    (``item.lo`` stays empty otherwise: no reference, no date)."""
    if not before:
        return
    breaks = text.count("\n\n", before[-1].end, item.start)
    if breaks > 1 or (
        breaks and not _OPENS.fullmatch(text, text.rfind("\n\n", 0, item.start) + 2, item.start)
    ):
        return
    reference = before[-1]
    if reference.lo == reference.hi and len(reference.lo) == 10:
        item.lo, item.hi = item.shifted(datetime.date.fromisoformat(reference.lo))
        item.relative = True


#: What may stand before a time expression that opens its paragraph ("The next day, ...").
_OPENS: Final = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _joins(text: str, first: Item, second: Item) -> bool:
    join = pat.JOIN.fullmatch(text, first.end, second.core_start)
    if join is None:
        return False
    if join["and"]:
        return first.word == "between"
    if join["to"]:
        return first.word in {"from", "between"}
    return True


def _expression(text: str, item: Item) -> TemporalExpression:
    lo, hi = item.lo, item.hi
    if lo == hi == _UNKNOWN:
        return TemporalExpression(
            item.start, item.end, text[item.start : item.end], _UNKNOWN, None, None, "unknown", relative=True
        )
    if lo == hi:
        edtf, precision = lo, cal.precision_of(lo)
    else:
        edtf = f"{lo}/{hi}"
        precision = "week" if item.week and len(lo) == len(hi) == 10 else "range"
    attributive = (
        item.kind == "recentadj"
        or (
            lo == hi
            and not item.relative
            and (
                (item.word in pat.DETERMINERS and pat.NOUN_AFTER.match(text, item.end) is not None)
                # a year alone in parentheses labels the name before it ("Resolution 2292 (2016)")
                or (
                    len(lo) == 4
                    and item.start == item.core_start
                    and text[item.start - 1 : item.start] == "("
                    and text[item.end : item.end + 1] == ")"
                )
            )
        )
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
