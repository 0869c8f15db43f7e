"""Events told on without a place: a dated event in a sentence that names no place continues the place of
the sentence before.

News goes on about the place it has just named without naming it again ("Jets struck the market of X on
Monday. Nine civilians were killed in air strikes on Saturday."; "Pirates seized a fishing boat off X.
They hijacked a trawler in the same waters on 2 May."). A sentence that names no place and reports a
physical event whose clause has a time expression of its own attached to the cue (after it with no other
cue in between, or right before it) is taken as an event at the place of the sentence before, when that
sentence tells physical events at one place only (or at places of one country: then at the country, among
them or else named last before, "had 900 soldiers in X, based in A and B. The first convoy left on 10
October."), of the same story (violent events, or acts of forces: deployment, withdrawal, presence,
training; "the convoy arrived on Monday" after an attack on it goes on with another story), and when no
event of that place and type already covers the date (air strikes on a day of weeks of fighting there
are a strike of their own), nor one of its type just told in the sentence before (then it
is that event told again, or a toll of it; a span over a week around such a day, "have killed 40 since
January", sums up many and is an event of its own); not a sentence that says "elsewhere" (another place,
unnamed), nor one that names a place after a place noun ("seized the border town of X"), known to the
gazetteer or not. The cue is the best of those the date is told of. A sentence that names places only as
owners or modifiers ("escorted by X's army", "X-backed") names none where something happens; nor does one
that names only countries before its cues of physical events (a political act told first, "bolstered by a
resolution after X and Y fought", is not one), acting there (the tagger placed none of its events at them:
"In 1990, X negotiated its withdrawal"), when its event is the first it tells (not another's it tells of:
"X struck after an attack on shipping") and the place told on is in none of them. A date that opens such a
sentence dates its event when longer than a day (a history moving on by years or months). A sentence
that opens on the doers of the one event just told and "also" ("The attackers also kidnapped 20
residents") needs no date of its own: another kind of act of theirs, on that event's day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from typing import Final

from geo.events.choice import attached_date, best_cue
from geo.events.context import modifies
from geo.events.cues import Cue, refine, sharpen
from geo.events.document import Document
from geo.events.governed import usable_cues
from geo.events.merge import dated_like, overlap
from geo.events.regions import family
from geo.events.tag import EventTag
from geo.events.when import told
from geo.model.spans import Resolved

__all__ = ["Builder", "continued_tags"]

#: Types of what armed forces do somewhere: one story told on from sentence to sentence.
#: A sentence that opens on the doers of the event just told and "also": another act of the same raid,
#: on its day ("The attackers also kidnapped 20 residents").
_SAME_DOERS: Final = re.compile(
    r"The\s+(?:attackers|assailants|gunmen|raiders|militants|kidnappers)\s+(?:had\s+)?also\b"
)
_FORCES: Final = frozenset({"deployment", "withdrawal", "presence", "training"})
#: A place noun, "of" and a capitalised name ("the border town of X"): the sentence names its own place.
_OF_NAME: Final = re.compile(r"\b(?:town|city|village|district|province|region)\s+of\s+(?-i:[A-Z])")
#: The place nouns of :data:`_OF_NAME`, whole words of every match: a sentence without one (or without
#: "of") needs no search (sp36c).
_OF_NOUNS: Final = frozenset({"town", "city", "village", "district", "province", "region"})

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
    actors: dict[int, list[Resolved]] = {}  # the countries named before a sentence's cues: may be actors
    owners: dict[int, set[str | None]] = {}  # the countries of the owners named ("X's army"), by sentence
    for p in spots:
        number = doc.index(p.toponym.start)
        actors.setdefault(number, []).append(p)
        owners.setdefault(number, set()).add(p.candidate.country)
    known: dict[int, bool] = {}

    def named(number: int) -> bool:  # whether the sentence names a place, not only owners (asked once)
        found = known.get(number)
        if found is None:
            found = known[number] = any(not _possessor(doc.text, p) for p in actors.get(number, ()))
        return found

    def naming(number: int) -> bool:  # whether it names a place of its own, not only countries acting
        cues = doc.cues[number]
        return named(number) and not (cues and _actors_only(actors[number], cues))

    by_sentence: dict[tuple[int, int], list[EventTag]] = {}
    for tag in tags:
        by_sentence.setdefault(tag.sentence, []).append(tag)
    out = []
    for number in range(1, len(doc.sentences)):
        found = doc.cues[number]
        if not found or (
            not doc.missions[number] and not any(c.event_type in physical and c.frame for c in found)
        ):
            continue  # no cue that may tell a physical event here (usable_cues keeps a subset of them)
        if "elsewhere" in doc.words(number):
            continue  # "Elsewhere, ...": another place, unnamed
        if _of_name(doc, number):
            continue  # "seized the border town of X": a place named, though not one the gazetteer knows
        sentence, before = doc.sentences[number], doc.sentences[number - 1]
        if (sentence.start, sentence.end) in by_sentence:
            continue  # a back-reference ("there", "the base") already placed it
        subjects = actors.get(number, []) if named(number) else []
        acts = [c for c in found if c.event_type in physical and c.frame] or found  # not "a resolution"
        if named(number) and not _actors_only(subjects, acts):
            continue
        previous = [t for t in by_sentence.get((before.start, before.end), ()) if t.event_type in physical]
        place = _one_place(previous, spots, sentence.start)
        if not previous:  # a sentence between without events: the place of the story's events so far,
            story = [t for t in tags if t.event_type in physical and t.sentence[1] <= before.start]
            place = _one_place(story, spots, sentence.start)
            previous = story
            if place is None or not _named_again(doc, number, place, spots, naming):
                continue
        acting = _countries(subjects)
        if place is None or not owners.get(number, set()) - acting <= {place.candidate.country}:
            continue  # "Syria's army attacked ...": not at the place told in Iraq before
        if place.candidate.country in acting:
            continue  # "X attacked ...": told at X itself, not an actor from elsewhere
        cues = [c for c in usable_cues(doc, number, []) if c.event_type in physical and c.frame]
        if not cues:
            continue
        dated = [c for c in cues if attached_date(doc, number, c) or _fronted(doc, number, c)]
        again = None
        if not dated and len(previous) == 1 and _SAME_DOERS.match(doc.text, sentence.start):
            again = previous[0]  # another kind of act of the same doers, on the day of the one just told
            dated = [c for c in cues if c.event_type != again.event_type]
        if not dated:
            continue
        cue = best_cue(dated, place)
        if subjects and cue.start != min(c.start for c in cues):
            continue  # "X and Y struck ... after an attack on shipping": not what the countries named did
        kind, sub = refine(sharpen(cue, cues), doc.words(number))
        if kind not in physical or _story(kind) not in {_story(t.event_type) for t in previous}:
            continue  # "the convoy arrived" after an attack on it: not the attack told on
        tag = build(doc, number, place, cue, kind, sub)
        if again is not None:
            tag = dated_like(tag, again)
        # an event on the days of one told at the place, or of its kind just told inside the country, is it
        same_place = [t for t in tags if t.place.candidate.id == place.candidate.id and t.event_type == kind]
        same_place += [t for t in previous if t.event_type == tag.event_type]
        if tag.date_source == "sentence" and not any(_retold(t, tag) for t in same_place):
            out.append(tag)
    return out


def _actors_only(named: Sequence[Resolved], cues: Sequence[Cue]) -> bool:
    """Whether the places a sentence names are all countries told before every cue of it, acting there
    rather than where it happens ("In 1990, X negotiated its withdrawal"): the sentence names no place of
    its own (the tagger placed none of its events at them)."""
    first = min(c.start for c in cues)
    return bool(named) and all(
        p.candidate.feature_class == "country" and p.toponym.end < first for p in named
    )


def _named_again(
    doc: Document, number: int, place: Resolved, spots: Sequence[Resolved], named: Callable[[int], bool]
) -> bool:
    """Whether the sentence before ``number`` names ``place`` again, or names no place and the one before
    it does (the story goes on about the place it names, over one sentence that names none)."""
    for back in (number - 1, number - 2):
        sentence = doc.sentences[back] if back >= 0 else None
        if sentence is None:
            return False
        if any(
            p.candidate.id == place.candidate.id and sentence.start <= p.toponym.start < sentence.end
            for p in spots
        ):
            return True
        if named(back):
            return False
    return False


def _fronted(doc: Document, number: int, cue: Cue) -> bool:
    """Whether the sentence opens with a date longer than a day set off by a comma before the cue ("In
    1990, X negotiated its withdrawal"): the time of what the sentence tells, as a history moves on ("On
    Sunday, three were killed in the attack" is more often the event just told, retold with its toll)."""
    start = doc.sentences[number].start
    for date in told(doc, number):
        lead = doc.text[start : date.start].split()
        span = date.date_start != date.date_end  # a year or month, not the day of an event just told
        if span and len(lead) <= 1 and date.end < cue.start and doc.text[date.end : date.end + 1] == ",":
            return True
    return False


def _countries(named: Sequence[Resolved]) -> set[str | None]:
    """The countries of the places ``named``."""
    return {p.candidate.country for p in named}


def _story(event_type: str) -> str:
    """The story an event type goes on: violence, or what forces do (a presence told on by the forces'
    leaving); a political act, a protest or an abduction only by its own type."""
    return "forces" if event_type in _FORCES else family(event_type)


def _retold(known: EventTag, tag: EventTag) -> bool:
    """Whether ``tag`` may be ``known`` told again: their days overlap, and ``tag`` spans a week or less or
    lies inside ``known``'s days (a toll "since January" around the day of one attack sums up many)."""
    if not overlap(known, tag):
        return False
    first, last = dt.date.fromisoformat(str(tag.date_start)), dt.date.fromisoformat(str(tag.date_end))
    inside = str(known.date_start) <= str(tag.date_start) and str(tag.date_end) <= str(known.date_end)
    return inside or (last - first).days < _WEEK


#: Days of a week: a span up to it may be one event told again.
_WEEK = 7


def _possessor(text: str, place: Resolved) -> bool:
    """Whether the place mention is a possessor or modifier ("X's forces", "X-backed", "US troops")."""
    end = place.toponym.end
    return text[end : end + 2] in {"'s", "’s"} or modifies(text, end)


def _one_place(previous: Sequence[EventTag], spots: Sequence[Resolved], before: int) -> Resolved | None:
    """The one place of the events ``previous``; else the country among them that holds the others (else
    the country of theirs named last among ``spots`` before offset ``before``)."""
    if not previous:
        return None
    if len({t.place.candidate.id for t in previous}) == 1:
        return previous[0].place
    countries = {t.place.candidate.country for t in previous}
    holder = [t.place for t in previous if t.place.candidate.feature_class == "country"]
    if len(countries) != 1 or None in countries:
        return None
    if not holder:  # the country named last before, when none of its events is told there
        holder = [
            p
            for p in reversed(spots)
            if p.toponym.start < before
            and p.candidate.feature_class == "country"
            and p.candidate.country in countries
        ]
    return holder[0] if holder else None


def _of_name(doc: Document, number: int) -> bool:
    """Whether sentence ``number`` holds :data:`_OF_NAME` (searched only when its words hold "of" and one
    of :data:`_OF_NOUNS`, which every match holds as whole words)."""
    words = doc.words(number)
    if "of" not in words or _OF_NOUNS.isdisjoint(words):
        return False
    sentence = doc.sentences[number]
    return _OF_NAME.search(doc.text, sentence.start, sentence.end) is not None
