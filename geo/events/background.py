"""Spans of a sentence that tell background, not an event: their cue words and places say why something
was done, what someone is, what happens at a place noun, or what happens habitually.

A phrase of motive ("in solidarity with", "in retaliation for", "to protest": the ``motive`` class), or
"against" after a protest cue ("rallies against the war in X"), opens a span to the end of its clause
that says why something was done: its cue words and places are the reason, not an event told here
("protesters marched in Amman to protest the war in Gaza": no event in Gaza) (:func:`motives`).

A cue right after a relative pronoun and a present "is"/"are" ("fighters who are deployed in X", "a group
that is accused of") describes what the antecedent is: no event told (:func:`described`). "where" after a
place noun describes the noun by what happens there (:func:`settings`); a word of the ``habitual`` class
tells what happens habitually (:func:`habitual`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from geo.events.context import HABITUAL, HABITUAL_KEYS, MOTIVE, MOTIVE_KEYS
from geo.events.cues import Cue
from geo.events.document import VIOLENT, Document, per_document
from geo.lexicon import load
from geo.model.spans import Resolved
from geo.temporal._patterns import MONTHS, WEEKDAYS

__all__ = ["DESCRIBING", "POSTURE", "described", "habitual", "in_motive", "motives", "settings"]

#: "against" up to four words after a protest cue, without punctuation between ("rallies in the capital
#: against"): it opens what the protest is against.
_AGAINST: Final = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?P<against>against)\b", re.IGNORECASE)
#: "where" after a place noun: the last word of a generic place word of GeoNames feature classes
#: (``gazetteer_event_place_words``: "area", "camp", "village") or its plural.
_WHERE: Final = re.compile(
    r"\b(?:"
    + "|".join(sorted({str(t).split()[-1] for t in load("gazetteer_event_place_words").terms()}))
    + r")s?\s+(?P<where>where)\b",
    re.IGNORECASE,
)
#: A second predicate joined by "and" ("have"/"be", a verb of keeping): a habit before it ends there.
_SECOND: Final = re.compile(
    r"\s+and\s+(?:also\s+)?(?:has|have|had|is|are|was|were|maintains|keeps|holds)\b", re.I
)
#: The iterative adverb of the habitual class: it tells that an act was done several times, which is a
#: habit only in the perfect or the present ("the town has been hit repeatedly since 2019", "rebels
#: repeatedly attack convoys"); with a simple past and a bounded time ("jets repeatedly struck the port
#: on Friday", "in the 1990s aircraft repeatedly bombed sites near X") it tells one episode (general
#: English aspect; ACLED codes such a series by its place and period) (ev37c).
_ITERATIVE: Final = frozenset({"repeatedly"})
#: A perfect or present auxiliary, or "since", in the clause of the iterative adverb ("has been hit
#: repeatedly", "are repeatedly targeted", "repeatedly since 2019"): the habit reading stays.
_ONGOING: Final = re.compile(r"\b(?:has|have|had|is|are|am|been|since)\b", re.IGNORECASE)
#: A bounded time in the clause: a month, a weekday, a year or decade, "last week", "yesterday".
_MONTH_NAMES: Final = {n: name for name, n in sorted(MONTHS.items(), key=lambda item: len(item[0]))}  # full
_BOUNDED: Final = re.compile(
    r"\b(?:"
    + "|".join(name.capitalize() for name in (*_MONTH_NAMES.values(), *WEEKDAYS))
    + r"|(?:1[89]|20)\d\d(?:['’]?s)?|yesterday|overnight|last\s+(?:week|weekend|month|year|night))\b"
)
#: Words of the next sentence that make it an example of a habit ("for example", "for instance").
_EXAMPLE: Final = frozenset({"example", "instance"})
#: A relative pronoun and a present "is"/"are" right before a cue ("fighters who are deployed in X", "a
#: group that is accused of"): the clause describes what its antecedent is, no event told (general English).
DESCRIBING: Final = re.compile(
    r"\b(?:who|which|that)\s+(?:is|are)\s+(?:(?:also|still|currently|now)\s+)?$",
    re.IGNORECASE,
)
#: Cue types of forces' posture, whose describing clause places its antecedent (:func:`described`).
POSTURE: Final = frozenset({"deployment", "presence", "training", "withdrawal"})


@per_document
def motives(doc: Document, number: int) -> list[tuple[int, int]]:
    """Spans of sentence ``number`` that give a motive: from a phrase of the ``motive`` class to the next
    clause start (:attr:`Document.clauses`) or the end of the sentence."""
    words = doc.words(number)
    if MOTIVE_KEYS.isdisjoint(words) and "against" not in words:
        return []
    sentence = doc.sentences[number]
    clauses = doc.clauses
    starts = (
        []
        if MOTIVE_KEYS.isdisjoint(words)  # only "against": no phrase of motive to scan for
        else [found.start() for found in MOTIVE.finditer(doc.text, sentence.start, sentence.end)]
    )
    objects = set()  # what a protest is against ends where a finite verb of violence follows it
    for cue in doc.cues[number]:  # "rallies against the war in X": what the protest is against
        if cue.event_type == "protest" and (found := _AGAINST.match(doc.text, cue.end)) is not None:
            starts.append(found.start("against"))
            objects.add(found.start("against"))
    out = []
    for start in sorted(starts):
        index = bisect.bisect_right(clauses, start)
        end = min(clauses[index] if index < len(clauses) else sentence.end, sentence.end)
        if start in objects:
            cues = doc.cues[number]
            end = next((c.start for c in cues if start < c.start < end and _main_verb(doc, c)), end)
        out.append((start, end))
    return out


#: Words before a past form that make it no main verb: a determiner or preposition (an adjective: "the
#: armed", "of wounded"), an auxiliary or relative pronoun (a clause of its own: "who were killed").
_NOT_MAIN: Final = frozenset(
    {"the", "a", "an", "of", "by", "for", "with", "who", "which", "that", "was", "were", "been", "being"}
    | {"had"}
)


def _main_verb(doc: Document, cue: Cue) -> bool:
    """Whether ``cue`` is a violent past-tense verb that may be the main verb after a participle phrase of
    protest ("Serbs protesting against the new mayors clashed with soldiers in X"): the protest's object
    ends before it, so the clash is no motive (English grammar: a participle modifier inside the subject)."""
    word = doc.text[cue.start : cue.end].split()[0].lower()
    if cue.event_type not in VIOLENT or not word.endswith("ed"):
        return False
    before = doc.text[max(0, cue.start - 20) : cue.start].split()
    return not before or before[-1].lower() not in _NOT_MAIN


def described(doc: Document, number: int) -> list[tuple[int, int]]:
    """Spans of sentence ``number`` that describe where someone is ("fighters who are deployed in X"): from
    the relative pronoun before a cue of forces' presence or movement (:data:`DESCRIBING`) to the next
    clause start or the end of the sentence. Their places say where the antecedent is, not where the
    sentence's event happens (not after other cues: "who are accused of killing villagers near X" tells
    of an act there)."""
    sentence = doc.sentences[number]
    out = []
    for cue in doc.cues[number]:
        if cue.event_type not in POSTURE:
            continue
        found = DESCRIBING.search(doc.text, max(sentence.start, cue.start - 60), cue.start)
        if found is None:
            continue
        index = bisect.bisect_right(doc.clauses, cue.start)
        end = doc.clauses[index] if index < len(doc.clauses) else sentence.end
        out.append((found.start(), min(end, sentence.end)))
    return out


def settings(doc: Document, number: int, group: Sequence[Resolved]) -> list[tuple[int, int]]:
    """Spans of sentence ``number`` that describe a place noun by what happens there ("the same area where
    ships have been attacked", "a camp where troops are stationed"): from "where" after a place noun to the
    next clause start. A span naming none of the places ``group`` tells a background of the noun, not an
    event of the sentence's places; but not when the noun is itself one of them ("the region where", said
    of a region named before): what happens there happens at that place."""
    if "where" not in doc.words(number):  # the expression needs the word: skip its scan (most sentences)
        return []
    sentence = doc.sentences[number]
    text = doc.text
    out = []
    starts = [p.toponym.start for p in group]
    for found in _WHERE.finditer(text, sentence.start, sentence.end):
        if any(p.toponym.start <= found.start() < p.toponym.end for p in group):
            continue  # "the region where ...": the noun is the place
        start = found.start("where")
        index = bisect.bisect_right(doc.clauses, start)
        end = min(doc.clauses[index], sentence.end) if index < len(doc.clauses) else sentence.end
        if not any(start <= s < end for s in starts):
            out.append((start, end))
    return out


@per_document
def habitual(doc: Document, number: int) -> list[tuple[int, int]]:
    """Spans of the clauses of sentence ``number`` that hold a word of the ``habitual`` class ("Turkey
    regularly carries out strikes in X", "gunmen have kidnapped people there in the past"): what happens
    habitually is no event (the news_events convention; ACLED codes single events), unless the next
    sentence gives an example of it (then the habit is told through that occurrence)."""
    if HABITUAL_KEYS.isdisjoint(doc.words(number)):
        return []
    if number + 1 < len(doc.sentences) and not _EXAMPLE.isdisjoint(doc.words(number + 1)):
        return []  # "X is often targeted by rockets. In January, for example, ...": one occurrence follows
    sentence = doc.sentences[number]
    clauses = doc.clauses
    out = []
    for found in HABITUAL.finditer(doc.text, sentence.start, sentence.end):
        index = bisect.bisect_right(clauses, found.start())
        start = clauses[index - 1] if index > 0 else sentence.start
        end = clauses[index] if index < len(clauses) else sentence.end
        # "Turkey regularly carries out strikes in X and has outposts there": the habit ends at "and has"
        end = second.start() if (second := _SECOND.search(doc.text, found.end(), end)) else end
        start, end = max(start, sentence.start), min(end, sentence.end)
        if found.group().lower() in _ITERATIVE and _episodic(doc.text, start, end):
            continue  # "jets repeatedly struck the port on Friday": one episode
        out.append((start, end))
    return out


def in_motive(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``offset`` lies in one of the motive ``spans``."""
    return any(start <= offset < end for start, end in spans)


def _episodic(text: str, start: int, end: int) -> bool:
    """Whether the clause ``start..end`` of an iterative adverb tells one bounded episode:
    no perfect or present auxiliary nor "since" in it (:data:`_ONGOING`) and a bounded time
    (:data:`_BOUNDED`) in it."""
    return _ONGOING.search(text, start, end) is None and _BOUNDED.search(text, start, end) is not None
