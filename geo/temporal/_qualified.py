"""A weekday or a date without a year qualified by the unit told right after it: "October last year",
"in May this year", "on Thursday last week"."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from geo.temporal import _patterns as pat
from geo.temporal._calendar import UNKNOWN
from geo.temporal._relative import SEASONS, month_part
from geo.temporal._resolve import Item, resolve_partial

if TYPE_CHECKING:
    from geo.temporal._calendar import Anchor

__all__ = ["range_year_of", "then_dated", "week_of", "year_of"]

_YEAR_STEP: Final = {"last year": -1, "this year": 0, "next year": 1}


def year_of(text: str, item: Item, following: Item, anchor: Anchor | None) -> bool:
    """Give a date without a year ("October", "May 5") the year that "last/this/next year" right after
    it names; True when it did (``item`` then covers both)."""
    if item.partial is None or following.kind != "rel" or anchor is None or item.lo == UNKNOWN:
        return False
    if text[item.end : following.start].strip(" ,") or following.start - item.end > 2:
        return False
    step = _YEAR_STEP.get(" ".join(text[following.start : following.end].lower().split()))
    if step is None:
        return False
    resolve_partial(text, item, None, year=anchor.first.year + step)
    if item.part:  # "late June last year": the part of that month
        month_part(item, item.part)
    item.relative = True
    return True


def range_year_of(text: str, items: list[Item], index: int, anchor: Anchor | None) -> list[Item]:
    """``items`` with a range of two dates without a year ("from March until June", "between May and
    July", "from late January until the end of May") given the year that "last/this/next year" right
    after its second date names: the second takes it (and covers it), the first the same year, or the
    year before when its month comes later ("from November until February last year"). Other ``items``
    are returned as they are."""
    if index + 2 >= len(items) or anchor is None:
        return items
    first, second, unit = items[index], items[index + 1], items[index + 2]
    if first.partial is None or second.partial is None or first.word not in _RANGE_OPENERS:
        return items
    if UNKNOWN in (first.lo, second.lo) or unit.kind != "rel" or unit.start - second.end > 2:
        return items
    step = _YEAR_STEP.get(" ".join(text[unit.start : unit.end].lower().split()))
    if step is None or text[second.end : unit.start].strip(" ,"):
        return items
    if not _RANGE_JOIN.fullmatch(text, first.end, second.start) or "02-29" in (first.lo[5:], second.hi[5:]):
        return items
    year = anchor.first.year + step
    second.lo, second.hi = f"{year:04d}{second.lo[4:]}", f"{year:04d}{second.hi[4:]}"
    year -= first.partial[0] > second.partial[0]
    first.lo, first.hi = f"{year:04d}{first.lo[4:]}", f"{year:04d}{first.hi[4:]}"
    first.relative = second.relative = True
    second.end = unit.end
    return [*items[: index + 2], *items[index + 3 :]]


#: The words that open a range of two dates, and what joins its dates ("from A until B", "between A and B").
_RANGE_OPENERS: Final = frozenset({"from", "between"})
_RANGE_JOIN: Final = re.compile(r"(?i:\s*(?:and|to|until|till|through|[-–—])\s*)")


def week_of(text: str, item: Item, following: Item) -> bool:
    """Give a weekday the week that "last/this/next week" right after it names ("on Thursday last week");
    True when it did (``item`` then covers both)."""
    if item.kind != "wday" or following.kind != "rel" or len(item.lo) != 10 or len(following.lo) != 10:
        return False
    if text[item.end : following.start].strip(" ,") or following.start - item.end > 2:
        return False
    if not _WEEK_UNIT.fullmatch(text, following.start, following.end):
        return False
    monday = datetime.date.fromisoformat(following.lo)
    monday -= datetime.timedelta(days=monday.weekday())
    day = monday + datetime.timedelta(days=datetime.date.fromisoformat(item.lo).weekday())
    item.lo = item.hi = day.isoformat()
    item.relative = True
    return True


#: "last week", "this week", "next week" (not "earlier this week": a part of it).
_WEEK_UNIT: Final = re.compile(r"(?i:(?:the\s+)?(?:last|this|next|previous|coming)\s+week)")


#: "that June", "that summer", "that year": a time of the year named before in the text (anaphoric
#: "that", English grammar: a demonstrative pointing back), not of the publication's year.
_THAT_UNITS: Final = sorted(
    (m for m in (*pat.MONTHS, *SEASONS) if len(m) > 4 or m in ("june", "july")), key=len, reverse=True
)  # full month names ("May" and short forms left out: "that may", "that mar")
_THAT: Final = re.compile(
    r"\b[Tt]hat\s+(?P<unit>year|" + "|".join(_THAT_UNITS) + r")\b(?![-'’])",
    re.IGNORECASE,
)
#: Most characters between "that June" and the dated time it points back to.
_THAT_REACH: Final = 600


def _that_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_THAT` in ``text``, in order: what ``_THAT.finditer(text)`` gives (sp36c).

    The pattern opens with a word boundary, so the regex engine would try it at every character; instead
    it is tried only where the lower-cased text holds "that" (no character but T and t folds to t, nor
    but H/h and A/a to h and a), when lower-casing keeps every offset. A unit word holds no "that", so no
    match can start inside another and the scan goes on after each match as ``finditer`` does.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # a character lower-cased to two: offsets would shift
        yield from _THAT.finditer(text)
        return
    at = lowered.find("that")
    while at >= 0:
        match = _THAT.match(text, at)
        if match is not None:
            yield match
        at = lowered.find("that", at + 1 if match is None else match.end())


def then_dated(text: str, items: list[Item]) -> list[Item]:
    """``items`` with "that June" / "that summer" / "that year" added, dated in the year of the closest
    time told before it with its year ("in February 2022 ... at the summit that June": June 2022). Left
    out without such a time within :data:`_THAT_REACH` characters before it."""
    if "hat " not in text:
        return items
    added: list[Item] = []
    for match in _that_matches(text):
        start, end = match.span()
        if any(i.start < end and start < i.end for i in items):
            continue
        told = [i for i in items if i.end <= start and start - i.end <= _THAT_REACH and not i.relative]
        year_text = told[-1].hi[:4] if told else ""
        if not year_text.isdigit():
            continue
        year, unit = int(year_text), match["unit"].lower()
        if unit == "year":
            lo = hi = f"{year:04d}"
        elif unit in SEASONS:
            first, last = SEASONS[unit]  # winter: December to February (months 12 to 14)
            lo, hi = f"{year:04d}-{first:02d}", f"{year + (last - 1) // 12:04d}-{(last - 1) % 12 + 1:02d}"
        else:
            lo = hi = f"{year:04d}-{pat.MONTHS[unit]:02d}"
        added.append(Item(start, end, start, lo, hi, "", start, relative=True, kind="that"))
    return sorted([*items, *added], key=lambda i: i.start) if added else items
