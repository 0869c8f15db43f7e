"""Events told of "both countries": a dated act whose object is the two countries just named.

"The US has troops in X and Y, to fight militants who in 2014 seized large parts of both countries": the
seizure is an event in X and one in Y, in 2014. "Both countries" and "the two countries" refer back to
the last two countries named before them in the sentence, else to the last two named in the sentence
before. The act is the physical cue nearest before the phrase in its clause, when the sentence tells a
time of its own attached to it (:func:`geo.events.choice.attached_date`); an event of that place and type
the tags already cover on those days is not told again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from geo.events.choice import attached_date
from geo.events.continued import Builder
from geo.events.cues import refine, sharpen
from geo.events.document import Document
from geo.events.governed import usable_cues
from geo.events.merge import overlap
from geo.events.tag import EventTag
from geo.model.spans import Resolved
from geo.temporal._scan import WordTest

__all__ = ["pair_tags"]

#: "both countries", "the two countries", "both nations".
_BOTH: Final = re.compile(r"\b(?:both|the\s+two)\s+(?:countries|nations|states)\b", re.IGNORECASE)
#: The nouns of :data:`_BOTH`: a text without one of them has no such phrase (no scan of its sentences).
_BOTH_NOUNS: Final = frozenset({"countries", "nations", "states"})
#: Finds the tokens of those nouns (:meth:`geo.temporal.Tokens.select`).
_BOTH_TEST: Final = WordTest(_BOTH_NOUNS)


def _two_countries(doc: Document, spots: Sequence[Resolved], number: int, before: int) -> list[Resolved]:
    """The last two countries named in sentence ``number`` before offset ``before`` ("the US has troops in X
    and Y ... both countries": X and Y), else in the sentence before it; empty when neither names two."""
    for where, limit in ((number, before), (number - 1, doc.sentences[number].start)):
        if where < 0:
            break
        found: dict[str, Resolved] = {}
        for place in reversed(spots):
            if (
                place.toponym.start < limit
                and doc.index(place.toponym.start) == where
                and place.candidate.feature_class == "country"
            ):
                found.setdefault(place.candidate.id, place)
        if len(found) >= 2:
            return list(found.values())[:2]
    return []


def pair_tags(
    doc: Document,
    tags: Sequence[EventTag],
    spots: Sequence[Resolved],
    physical: Collection[str],
    *,
    build: Builder,
) -> list[EventTag]:
    """The events a dated act tells at the two countries "both countries" refers to.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The event tags read so far.
    spots
        Every place mention of the document, in text order.
    physical
        Event types that happen at a place.
    build
        Makes the tag of one event (the tagger's).

    Returns
    -------
    list[EventTag]
        The new tags, two per such phrase at most, dated by the act's own time.
    """
    out: list[EventTag] = []
    if not doc.may_hold(_BOTH_NOUNS):
        return out
    if doc.odd_case:
        numbers: Collection[int] = range(len(doc.sentences))
    else:  # the sentences of the nouns' tokens (the others hold none)
        numbers = sorted({doc.index(doc.tokens.starts[k]) for k in doc.tokens.select(_BOTH_TEST)})
    for number in numbers:
        if not doc.may_hold(_BOTH_NOUNS, number=number):
            continue
        sentence = doc.sentences[number]
        phrase = _BOTH.search(doc.text, sentence.start, sentence.end)
        if phrase is None:
            continue
        at = phrase.start()
        clauses = doc.clauses
        cues = [
            c for c in usable_cues(doc, number, []) if c.event_type in physical and c.frame and c.end <= at
        ]
        cues = [c for c in cues if not any(start in range(c.end, at) for start in clauses)]
        if not cues:
            continue
        cue = cues[-1]
        if not attached_date(doc, number, cue):
            continue
        for place in _two_countries(doc, spots, number, at):
            kind, sub = refine(sharpen(cue, cues), doc.words(number))
            if kind not in physical:
                continue
            tag = build(doc, number, place, cue, kind, sub)
            same = [
                t
                for t in (*tags, *out)
                if t.place.candidate.id == place.candidate.id and t.event_type == tag.event_type
            ]
            if tag.date_source == "sentence" and not any(overlap(t, tag) for t in same):
                out.append(tag)
    return out
