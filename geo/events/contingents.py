"""Contingents of several countries told with their own numbers in one clause: one event each.

"More than 600 Dutch troops and about 200 Belgian troops will be based in X" tells two forces at X, each
with its actor and its number, as the news_events gold counts them (one event per force). The tagger
builds one tag per place and clause, with the first count of the coordination; :func:`contingents`
splits such a tag into one per count when every count of the coordination names its own country (a
demonym or country name inside the count's phrase: "600 Dutch troops", "200 from Belgium" does not
count). A count of another country in a clause with a time of its own after the count ("200 soldiers will
go to X, together with some 40 Y soldiers on Friday") is a force of its own too, dated by that time,
when the tag's force is a deployment or a presence that names no such country and that time is not the
tag's date. A restatement keeps one number ("600 Dutch troops, including 200 special forces": no "and"
between two counts), and counts with no country of their own ("600 troops and 200 civilians") or the same
one ("200 US soldiers and 50 US marines") stay one event.

Measured on the news_events dev set: 2 such events, both gold (one coordination, one joining force).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from geo.events.actors import COUNTRY_ACTORS
from geo.events.dating import date_clause
from geo.events.document import Document
from geo.events.notes import described
from geo.events.numbers import Count
from geo.events.tag import EventTag, on_date

__all__ = ["contingents"]

#: Event types of forces counted in troops.
_FORCES: Final = frozenset({"deployment", "withdrawal", "training", "presence"})
#: Event types another country's force may join at the same place.
_JOINING: Final = frozenset({"deployment", "presence"})
#: What joins two counts of one coordination ("800 X troops and nearly 300 Y troops").
_AND: Final = re.compile(
    r"\s*,?\s*and\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?",
    re.IGNORECASE,
)


def contingents(doc: Document, number: int, tag: EventTag) -> list[EventTag]:
    """``tag`` split into one tag per contingent of a coordination of troop counts each naming its own
    country, or ``[tag]``.

    Parameters
    ----------
    doc
        The prepared document.
    number
        The index of the tag's sentence.
    tag
        A tag built for sentence ``number``.

    Returns
    -------
    list[EventTag]
        One tag per contingent (its country the actor, its count the troops; other actors kept), in text
        order; ``[tag]`` when the sentence tells no such coordination for the tag's count.
    """
    if tag.event_type not in _FORCES or tag.troops is None:
        return [tag]
    counts = [c for c in doc.counts[number] if c.kind == "troops"]
    chain = _coordination(doc.text, counts, tag.troops)
    if len(chain) < 2:
        return [tag, *_joined(doc, number, tag, counts)]
    countries = [_countries(doc, number, c) for c in chain]
    if any(len(names) != 1 for names in countries):
        return [tag]
    names = [next(iter(found)) for found in countries]
    if len(set(names)) != len(names):
        return [tag]
    others = tuple(a for a in tag.actors if a not in names)
    out = []
    for count, name in zip(chain, names, strict=True):
        actors = (name, *others)
        out.append(described(replace(tag, actors=actors, troops=count.value)))
    return out


def _coordination(text: str, counts: list[Count], value: int) -> list[Count]:
    """The counts joined by "and" into one coordination with the first count of ``value``."""
    for index, count in enumerate(counts):
        if count.value != value:
            continue
        low = high = index
        while low > 0 and _AND.fullmatch(text, counts[low - 1].end, counts[low].start):
            low -= 1
        while high + 1 < len(counts) and _AND.fullmatch(text, counts[high].end, counts[high + 1].start):
            high += 1
        return counts[low : high + 1]
    return []


def _countries(doc: Document, number: int, count: Count) -> set[str]:
    """The countries named inside the phrase of ``count`` ("800 British troops": the United Kingdom)."""
    return {
        m.name
        for m in doc.actors[number]
        if count.start <= m.start and m.end <= count.end and m.name in COUNTRY_ACTORS
    }


def _joined(doc: Document, number: int, tag: EventTag, counts: list[Count]) -> list[EventTag]:
    """Forces of another country counted after the tag's own count in a clause of their own that a time
    expression after the count dates: one tag each, at the tag's place."""
    if tag.event_type not in _JOINING:
        return []
    own = next((c for c in counts if c.value == tag.troops), None)
    if own is None:
        return []
    out = []
    for count in counts:
        clause = doc.clause(count.start)
        names = _countries(doc, number, count)
        if count.start <= own.end or clause == doc.clause(own.start) or len(names) != 1:
            continue
        (name,) = names
        if name in tag.actors:
            continue
        when = next(
            (
                d
                for d in doc.dates[number]
                if d.start >= count.end
                and not d.attributive
                and date_clause(doc.text, doc.clauses, d) == clause
            ),
            None,
        )
        if when is None or when.edtf == tag.date:
            continue
        out.append(
            described(on_date(replace(tag, actors=(name,), troops=count.value), when, source="sentence"))
        )
    return out
