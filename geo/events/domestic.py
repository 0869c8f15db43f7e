"""Domestic events told by a demonym only: "the Malian army withdrew", "Iraqi protesters rallied".

A story about one country often goes on about its own army, government or people by the demonym alone,
naming no place ("Jihadists attacked a convoy in northern X on Sunday. On Monday, the Xian army withdrew
from two of its camps."). A sentence that names no place of its own, whose event cue has a demonym of a
country before it in its clause (its subject: "Xian protesters rallied", "the Xian army withdrew"), tells
an event in that country when the country is where the story is: the article names it as a place and the
last event read before the sentence lies in it (for a political act, an event of any type: a government
acts at home). A person the article introduced with a demonym and a title ("Xian Prime Minister John
Doe") stands for the demonym when the sentence opens with the name ("Doe stepped down in May"). Cues
after "amid" in the act's clause ("stepped down in May amid mass protests") are events of the same
country on the act's days. A demonym of another country (foreign troops in the story's country: "German
troops left on Monday" in a story about X) places nothing, nor one after the cue ("troops withdrew from
Xian soil" names where, and the tagger reads it), nor a sentence with no time of its own attached to the
cue (the event would be dated by the article only). An event of that place and type the tags already
cover on those days is not told again.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from geo.events.actors import COUNTRY_ACTORS, Mention, country_name
from geo.events.choice import attached_date, best_cue
from geo.events.continued import Builder
from geo.events.cues import Cue, refine, sharpen
from geo.events.document import Document
from geo.events.governed import usable_cues
from geo.events.merge import dated_like, overlap
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["domestic_tags"]

#: A sentence's subject that may be a person: one to three capitalised words (a name) before a verb.
_NAME: Final = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?=[a-z])")
#: After a demonym: a title and a person's name, capitalised words ("Xian Prime Minister John Doe").
_RUN: Final = re.compile(r"(?:\s+[A-Z][\w'’.-]*){2,9}")
#: What goes on while an act happens: "amid", "amidst".
_AMID: Final = re.compile(r"\b(?:amid|amidst)\b")


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
    countries: dict[str, Resolved] = {}  # the first mention of each country the article names
    for place in spots:
        if (
            place.candidate.feature_class == "country"
            and (name := country_name(place.candidate.country)) is not None
        ):
            countries.setdefault(name, place)
    if not countries:
        return out
    kinds = {*physical, "political"}
    by_sentence: dict[int, list[Resolved]] = {}
    for place in spots:
        by_sentence.setdefault(doc.index(place.toponym.start), []).append(place)
    named = {n for n, group in by_sentence.items() if not _acting(doc, n, group)}
    told = {t.sentence for t in tags}
    introduced: list[tuple[int, list[str], str]] | None = None  # made when first needed
    for number, sentence in enumerate(doc.sentences):
        if number in named or not doc.cues[number] or (sentence.start, sentence.end) in told:
            continue
        if introduced is None:
            introduced = _introduced(doc)
        people = _people(doc, number, introduced)
        demonyms = [m for m in (*doc.actors[number], *people) if m.name in countries]
        if not demonyms:
            continue
        # the country of a person named ("Doe resigned") makes the act a state's, as a demonym would
        group = [countries[demonyms[0].name]]
        cues = [c for c in usable_cues(doc, number, group) if c.event_type in kinds and c.frame]
        subjects = [  # the time attached to a cue is read only for a cue with a demonym before it
            (m, c)
            for c in cues
            if (
                before := [
                    m for m in demonyms if m.end <= c.start and doc.clause(m.start) == doc.clause(c.start)
                ]
            )
            and attached_date(doc, number, c)
            for m in before
        ]
        if not subjects:
            continue
        mention, first = subjects[0]
        place = countries[mention.name]
        if any(p.candidate.id == place.candidate.id for p in by_sentence.get(number, ())):
            continue  # the country named acting ("X struck"), not where
        if place.candidate.country != _home(
            tags, sentence.start, physical, political=first.event_type not in physical
        ):
            continue  # a force of another country in the story's country: not placed by its demonym
        cue = best_cue([c for m, c in subjects if m is mention], place)
        kind, sub = refine(sharpen(cue, cues), doc.words(number))
        if kind not in kinds:
            continue
        tag = build(doc, number, place, cue, kind, sub)
        if tag.date_source != "sentence":
            continue
        found = [tag, *_amid(doc, number, cue, cues, place, tag, build=build)]
        for new in found:
            same = [
                t
                for t in (*tags, *out)
                if t.place.candidate.id == place.candidate.id and t.event_type == new.event_type
            ]
            if not any(overlap(t, new) for t in same):
                out.append(new)
    return out


def _acting(doc: Document, number: int, group: Sequence[Resolved]) -> bool:
    """Whether the places sentence ``number`` names are all countries told before every cue of it,
    acting rather than where it happens ("after Xian militants and Y fought a war in 2006")."""
    cues = doc.cues[number]
    first = min((c.start for c in cues), default=0)
    return bool(cues) and all(p.candidate.feature_class == "country" and p.toponym.end < first for p in group)


def _home(tags: Sequence[EventTag], before: int, physical: Collection[str], *, political: bool) -> str | None:
    """The country of the story before offset ``before``: that of the last event read there (of a
    physical type, or of any type for a political act: a government acts at home)."""
    story = [
        t
        for t in tags
        if t.sentence[1] <= before and (t.event_type in physical or (political and t.event_type != "mention"))
    ]
    return max(story, key=lambda t: t.sentence[1]).place.candidate.country if story else None


def _introduced(doc: Document) -> list[tuple[int, list[str], str]]:
    """The runs of capitalised words right after each demonym of a country ("Xian Prime Minister John
    Doe": the title and the name), with the demonym's offset and country."""
    out = []
    for mentions in doc.actors:
        for mention in mentions:
            if mention.name in COUNTRY_ACTORS and (run := _RUN.match(doc.text, mention.end)) is not None:
                out.append((mention.start, run.group(0).split(), mention.name))
    return out


def _people(doc: Document, number: int, introduced: Sequence[tuple[int, list[str], str]]) -> list[Mention]:
    """The subject of sentence ``number`` when it is a person the article introduced with a demonym and a
    title ("Xian Prime Minister John Doe ... Doe resigned"): a mention of that country on the name."""
    sentence = doc.sentences[number]
    found = _NAME.match(doc.text, sentence.start, sentence.end)
    if found is None:
        return []
    name = found.group("name").split()
    for at, words, country in introduced:
        if at >= sentence.start:
            break
        if any(words[i : i + len(name)] == name for i in range(1, len(words) - len(name) + 1)):
            return [Mention(found.start("name"), found.end("name"), country)]
    return []


def _amid(
    doc: Document,
    number: int,
    cue: Cue,
    cues: Sequence[Cue],
    place: Resolved,
    tag: EventTag,
    *,
    build: Builder,
) -> list[EventTag]:
    """The events of cues after "amid" in the clause of ``cue`` ("resigned in May amid mass protests"): at
    the same place, on the act's days (what went on while it happened)."""
    out = []
    for other in cues:
        if other.start <= cue.end or doc.clause(other.start) != doc.clause(cue.start):
            continue
        if not _AMID.search(doc.text, cue.end, other.start) or other.event_type == tag.event_type:
            continue
        out.append(dated_like(build(doc, number, place, other, other.event_type, other.sub_event_type), tag))
    return out
