"""Expressions of a time ahead of the publication date ("by the end of the year", "year-end", "in the
coming weeks", "within 30 days") read into an item's interval.

Conventions (docs/events.md, "Eleventh pass, plans28"): "the end of the year" and "year-end" are the
end of the publication's year as "the end of this year" is (October to December); "the end of the month"
its last days (21st to last), "the end of the week" Friday to Sunday of the publication's week (from the
publication day when later). A span ahead runs from the publication date: a stated count of units that
many units ("within 30 days", "the next two weeks"); an unstated or vague count ("the coming weeks",
"the next few months", "within days") is widened to :data:`VAGUE` units. "next" and "within" date only a
clause that speaks of the future (in a past narrative "within days" counts from the time told, not from
publication); "coming" always looks ahead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geo.temporal import _calendar as cal
from geo.temporal import _patterns as pat
from geo.temporal._calendar import Anchor
from geo.temporal._tense import future, past

if TYPE_CHECKING:
    from geo.temporal._resolve import Item

__all__ = ["VAGUE", "ahead", "span_ahead", "window_ahead", "year_end"]

#: Units ahead that an unstated or vague count ("the coming weeks", "a few days") covers.
VAGUE: Final[dict[str, int]] = {"hour": 48, "day": 7, "week": 6, "fortnight": 3, "month": 6, "year": 5}
#: Count words that state no number of units ("few", "several", "a couple of"): read as :data:`VAGUE`.
_VAGUE_WORDS: Final = frozenset({"few", "a few", "several", "couple of", "a couple of"})
_SPACES: Final = re.compile(r"\s+")
#: The expressions of this module, to tell them in a found date's surface (:func:`window_ahead`).
_WINDOWS: Final = pat._subset("yend", "ahead")
_SPANS: Final = pat._subset("ahead")


def span_ahead(surface: str) -> bool:
    """Whether a found date's ``surface`` is a span from publication on ("in the coming weeks", "within a
    month"), not the end of a year, month or week: the events leave these out (as a planned time they
    cost one event P on the dev set's odd half: docs/events.md, plans28)."""
    return _SPANS.search(surface) is not None


def window_ahead(surface: str) -> bool:
    """Whether a found date's ``surface`` is a window ahead of publication read here ("by the end of the
    year", "in the coming weeks", "within a month")."""
    return _WINDOWS.search(surface) is not None


def year_end(text: str, match: re.Match[str], anchor: Anchor, item: Item) -> bool:
    """ "the end of the year", "year-end", "the end of the month", "the end of the week".

    In a past clause (a past-tense form, no future cue; not after by/until/till) told before that end,
    the end of the year or month before: "attacked at the end of the month" in a May 10 story is late
    April (TIMEX3 resolves an underspecified time with the tense of its clause)."""
    unit = (match["ye_u"] or "year").lower()
    first = anchor.first
    before = item.word not in {"by", "until", "till", "up until"} and past(text, *match.span())
    if unit == "month" and before and anchor.granularity == "day" and first.day < 21:
        year, month = cal.add_months(first.year, first.month, -1)
        end = cal.month_end(year, month)
        item.lo, item.hi = end.replace(day=21).isoformat(), end.isoformat()
        return True
    if unit == "year" and before and anchor.granularity != "year" and first.month < 10:
        item.lo, item.hi = f"{first.year - 1:04d}-10", f"{first.year - 1:04d}-12"
        return True
    if unit == "year" or anchor.granularity == "year":
        item.lo, item.hi = f"{first.year:04d}-10", f"{first.year:04d}-12"
        if anchor.granularity == "year" and unit != "year":
            item.lo, item.hi = anchor.period()
        return True
    if unit == "month":
        end = cal.month_end(first.year, first.month)
        if anchor.granularity == "month":
            item.lo, item.hi = anchor.period()
        else:
            item.lo, item.hi = end.replace(day=21).isoformat(), end.isoformat()
        return True
    weekday = first.weekday()
    item.lo, item.hi = cal.days_around(anchor, max(0, 4 - weekday), 6 - weekday, same_period=True)
    return True


def ahead(text: str, match: re.Match[str], anchor: Anchor, item: Item) -> bool:
    """ "in the coming weeks", "the next two months", "within 30 days": from publication forward."""
    within = match["ah_v"] is not None
    unit = (match["ah_v"] if within else match["ah_u"]).lower()
    if (within or match["ah_q"].lower() == "next") and not _future_around(text, match):
        return False  # "within days" or "the next two weeks" of a past narrative: counted from then
    raw = _SPACES.sub(" ", (match["ah_m"] if within else match["ah_n"]) or "").lower()
    if not raw or raw in _VAGUE_WORDS:
        count = VAGUE[unit]
    else:
        count = int(raw) if raw.isdigit() else pat.NUMBER_WORDS[raw]
    if unit == "fortnight":
        count, unit = 2 * count, "week"
    if unit == "hour":
        item.lo, item.hi = cal.days_around(anchor, 0, max(1, -(-count // 24)), same_period=False)
    elif unit in {"day", "week"}:
        item.lo, item.hi = cal.days_around(anchor, 0, count * (7 if unit == "week" else 1), same_period=False)
    else:  # months and years: the months from publication's on
        months = count * (12 if unit == "year" else 1)
        item.lo, item.hi = cal.months_around(anchor, 0)[0], cal.months_around(anchor, months)[1]
    return True


def _future_around(text: str, match: re.Match[str]) -> bool:
    """Whether the clause of ``match`` speaks of the future by a word outside the match ("next" in it is
    one of the future cues)."""
    start, end = match.span()
    return future(text[:start] + " " * (end - start) + text[end:], start, end)
