"""Events told on without a place: a dated event in a sentence that names no place continues the place of
the sentence before.

News goes on about the place it has just named without naming it again ("Jets struck the market of X on
Monday. Nine civilians were killed in air strikes on Saturday."; "Pirates seized a fishing boat off X.
They hijacked a trawler in the same waters on 2 May."). A sentence that names no place and reports a
physical event whose clause has a time expression of its own attached to the cue (after it with no other
cue in between, or right before it) is taken as an event at the place of the sentence before, when that
sentence tells physical events at one place only, of the same family (violent, or the same type: "the
convoy arrived on Monday" after an attack on it goes on with another story), and when no event of that
place already covers the date (then it is that event told again, or a toll of it); not a sentence that
says "elsewhere" (another place, unnamed). Measured on the news_events dev set: 2 such events, both gold.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Sequence

from geo.events.choice import best_cue
from geo.events.cues import Cue, refine, sharpen
from geo.events.dating import date_clause
from geo.events.document import Document
from geo.events.governed import usable_cues
from geo.events.merge import overlap
from geo.events.regions import family
from geo.events.tag import EventTag
from geo.events.when import told
from geo.model.spans import Resolved

__all__ = ["Builder", "attached_date", "continued_tags"]

#: Makes the tag of an event: (document, sentence number, place, cue, event type, sub type) -> tag.
Builder = Callable[[Document, int, Resolved, Cue, str, "str | None"], EventTag]


def continued_tags(
    doc: Document,
    tags: Sequence[EventTag],
    spots: Sequence[Resolved],
    physical: Collection[str],
    *,
    build: Builder,
) -> list[EventTag]:
    """The events told in sentences that name no place, at the place of the sentence before.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The event tags read so far (from sentences that name places or refer back to one).
    spots
        Every place mention of the document (a sentence with any of them is not one that names none).
    physical
        Event types that happen at a place.
    build
        Makes the tag of one event (the tagger's, so that dates, actors and numbers are read as for any
        other event).

    Returns
    -------
    list[EventTag]
        The new tags, in text order: each dated by its own sentence, and on days that no event of its
        place already read covers.
    """
    named = {doc.index(p.toponym.start) for p in spots}
    by_sentence: dict[tuple[int, int], list[EventTag]] = {}
    for tag in tags:
        by_sentence.setdefault(tag.sentence, []).append(tag)
    out = []
    for number in range(1, len(doc.sentences)):
        if number in named or not doc.cues[number] or "elsewhere" in doc.words(number):
            continue  # "Elsewhere, ...": another place, unnamed
        sentence, before = doc.sentences[number], doc.sentences[number - 1]
        if (sentence.start, sentence.end) in by_sentence:
            continue  # a back-reference ("there", "the base") already placed it
        previous = [t for t in by_sentence.get((before.start, before.end), ()) if t.event_type in physical]
        if len({t.place.candidate.id for t in previous}) != 1:
            continue
        cues = [c for c in usable_cues(doc, number, []) if c.event_type in physical and c.frame]
        if not cues:
            continue
        place = previous[0].place
        cue = best_cue(cues, place)
        if not attached_date(doc, number, cue):
            continue
        kind, sub = refine(sharpen(cue, cues), doc.words(number))
        if kind not in physical or family(kind) not in {family(t.event_type) for t in previous}:
            continue  # "the convoy arrived" after an attack on it: not the attack told on
        tag = build(doc, number, place, cue, kind, sub)
        same_place = [t for t in tags if t.place.candidate.id == place.candidate.id]
        if tag.date_source == "sentence" and not any(overlap(t, tag) for t in same_place):
            out.append(tag)
    return out


def attached_date(doc: Document, number: int, cue: Cue) -> bool:
    """Whether a time expression of the cue's clause belongs to the cue: after it with no other cue of
    the sentence in between ("were killed in air strikes on Sunday"), or right before it ("a 2016
    bombing"); not one of another verb ("the operation started in March after attacks"), nor a
    fronted adverbial ("On Sunday, three were killed in the attack": often the event just told, retold
    with its toll)."""
    text, clauses = doc.text, doc.clauses
    clause = bisect.bisect_right(clauses, cue.start)
    starts = sorted({c.start for c in doc.cues[number]})
    for date in told(doc, number):
        if date_clause(text, clauses, date) != clause:
            continue
        if date.start >= cue.end:
            at = bisect.bisect_left(starts, date.start)
            if starts[at - 1] == cue.start:
                return True
        elif not text[date.end : cue.start].strip():
            return True
    return False
