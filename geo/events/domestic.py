"""Domestic events told by a demonym only: "the Malian army withdrew", "Iraqi protesters rallied".

A story about one country often goes on about its own army, government or people by the demonym alone,
naming no place ("Jihadists attacked a convoy in northern X on Sunday. On Monday, the Xian army withdrew
from two of its camps."). A sentence that names no place of its own, whose event cue has a demonym of a
country before it in its clause (its subject: "Xian protesters rallied", "the Xian army withdrew"), tells
an event in that country when the country is where the story is: the article names it as a place and the
last event read before the sentence lies in it. A demonym of another country (foreign troops in the
story's country: "German troops left on Monday" in a story about X) places nothing, nor one after the
cue ("troops withdrew from Xian soil" names where, and the tagger reads it), nor a sentence with no time
of its own attached to the cue (the event would be dated by the article only). An event of that place and
type the tags already cover on those days is not told again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from geo.events.actors import country_name
from geo.events.choice import attached_date, best_cue
from geo.events.continued import Builder
from geo.events.cues import refine, sharpen
from geo.events.document import Document
from geo.events.governed import usable_cues
from geo.events.merge import overlap
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["domestic_tags"]


def domestic_tags(
    doc: Document,
    tags: Sequence[EventTag],
    spots: Sequence[Resolved],
    physical: Collection[str],
    *,
    build: Builder,
) -> list[EventTag]:
    """The events that sentences naming no place tell of the story's country by its demonym.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The event tags read so far.
    spots
        Every place mention of the document, in text order (a sentence with any of them names a place).
    physical
        Event types that happen at a place.
    build
        Makes the tag of one event (the tagger's).

    Returns
    -------
    list[EventTag]
        The new tags, at most one per sentence, dated by the cue's own time.
    """
    out: list[EventTag] = []
    named = {doc.index(p.toponym.start) for p in spots}
    told = {t.sentence for t in tags}
    countries: dict[str, Resolved] = {}  # the first mention of each country the article names
    for place in spots:
        name = country_name(place.candidate.country)
        if place.candidate.feature_class == "country" and name is not None:
            countries.setdefault(name, place)
    if not countries:
        return out
    for number, sentence in enumerate(doc.sentences):
        if number in named or (sentence.start, sentence.end) in told or not doc.actors[number]:
            continue
        demonyms = [m for m in doc.actors[number] if m.name in countries]
        if not demonyms:
            continue
        story = [t for t in tags if t.event_type in physical and t.sentence[1] <= sentence.start]
        if not story:
            continue
        home = max(story, key=lambda t: t.sentence[1]).place.candidate.country
        cues = [c for c in usable_cues(doc, number, []) if c.event_type in physical and c.frame]
        subjects = [
            (m, c)
            for c in cues
            if attached_date(doc, number, c)
            for m in demonyms
            if m.end <= c.start and doc.clause(m.start) == doc.clause(c.start)
        ]
        if not subjects:
            continue
        mention, _ = subjects[0]
        place = countries[mention.name]
        if place.candidate.country != home:
            continue  # a force of another country in the story's country: not placed by its demonym
        cue = best_cue([c for m, c in subjects if m is mention], place)
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
