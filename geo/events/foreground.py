"""Which dates of a sentence tell its own event's time (moved out of :mod:`geo.events.when`): a fronted
"When ..." clause that dates the state after it, and the dates of a later sentence that are foreground for an
undated event before it (not a past-perfect background, a "since" start, or another event's fronted time)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geo.events.cues import Cue
from geo.events.dating import date_clause
from geo.temporal import TemporalExpression

if TYPE_CHECKING:
    from geo.events.document import Document

__all__ = ["DEFINITE", "SINCE_OPEN", "after_lapse", "foreground", "fronted_when"]

#: A definite article or demonstrative right before a cue: "the attacks" (events the text has told).
DEFINITE: Final = re.compile(r"\b(?:the|these|those)\s+\Z", re.IGNORECASE)


def fronted_when(
    doc: Document, number: int, dates: list[TemporalExpression], cue: Cue
) -> list[TemporalExpression]:
    """The dates of a "When ..." clause that opens the sentence, for a state told in the main clause after
    it: the subordinate clause says when the main clause holds ("When the army took the town in 2014, the
    airfield became its base": a base from 2014)."""
    sentence = doc.sentences[number]
    text = doc.text
    if _WHEN.match(text, sentence.start) is None:
        return []
    comma = text.find(",", sentence.start, cue.start)
    if comma < 0:
        return []
    return [d for d in dates if d.end <= comma]


#: A sentence that opens with a subordinate "When" clause.
_WHEN: Final = re.compile(r"When\s")


def foreground(doc: Document, dates: list[TemporalExpression]) -> list[TemporalExpression]:
    """The ``dates`` of a sentence after an undated event that are not in a past-perfect clause: "had
    taken the area in 2012" tells background, before the event, not the event's time; nor in a "since"
    phrase (the start of something else, before the event); nor a fronted adverbial of a sentence that
    tells a new event of its own (a cue after the date with no "the" before it)."""
    text, clauses = doc.text, doc.clauses
    out = []
    for d in dates:
        clause = date_clause(text, clauses, d)
        start = clauses[clause - 1] if clause else 0
        number = doc.index(d.start)
        opening = doc.sentences[number].start
        if _PAST_PERFECT.search(text, max(start, opening), d.start) is not None:
            continue
        if SINCE_OPEN.search(text[opening : d.start]) is not None:
            continue  # "the first deaths since the raids began in November": the raids' start, before
        if _FRONTED.fullmatch(text, opening, d.start) and any(
            c.start >= d.end and DEFINITE.search(text, max(0, c.start - 8), c.start) is None
            for c in doc.cues[number]
        ):
            continue  # "Last September a company trained at X", "Two days earlier, on Monday, gunmen hit X"
        out.append(d)
    return out


#: "since" opening a phrase that runs on to the date with no comma or semicolon between.
SINCE_OPEN: Final = re.compile(r"\bsince\b[^,;]*\Z", re.IGNORECASE)
#: A fronted adverbial of relative time set off by a comma before a date that names the same time
#: ("Two days earlier, on Tuesday, ..."; "A week later, on May 3, ..."; "A day before the raid, on
#: Friday, ..."):
#: a measure of time (a count or "a"/"some"/"several" and a unit, or a bare plural unit) and
#: "before"/"after"/"earlier"/"later", perhaps with the event it counts from (a short noun phrase).
_LAPSE: Final = (
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|some|several|\d+)\s+)?"
    r"(?:hours?|days?|nights?|weeks?|months?|years?)\s+(?:earlier|later|(?:before|after)(?:\s+[^,;.]{1,40}?)?)"
)
_LEAD_IN: Final = r"(?:" + _LAPSE + r"\s*,\s*)"
#: A preposition that may open a fronted time adverbial ("On Friday", "In 2019", "Early on Monday").
_PREPOSITION: Final = r"(?:(?:in|on|at|by|during|early|late)\s+)?"
#: What may stand before a date that opens its sentence (a fronted adverbial: "Last September", "In 2019"),
#: also after a fronted adverbial of relative time (:data:`_LEAD_IN`).
_FRONTED: Final = re.compile(r"\W*" + _LEAD_IN + "?" + _PREPOSITION, re.IGNORECASE)
#: Only after a fronted adverbial of relative time ("Two days earlier, on Friday").
_AFTER_LAPSE: Final = re.compile(r"\W*" + _LEAD_IN + _PREPOSITION, re.IGNORECASE)
#: The fronted lapse itself, read as a date ("Two days earlier", "A week later").
_OPENING_LAPSE: Final = re.compile(r"\W*" + _LAPSE, re.IGNORECASE)


def after_lapse(doc: Document, date: TemporalExpression) -> bool:
    """Whether ``date`` opens its sentence right after a fronted lapse ("Two days earlier, on Friday, rebels
    raided X", "A day before the raid, on Friday, ..."), or is that lapse ("Two days earlier, rebels raided
    X"): the sentence steps to another time than that of the act told before it, so its date is another
    act's."""
    text, opening = doc.text, doc.sentences[doc.index(date.start)].start
    return (
        _AFTER_LAPSE.fullmatch(text, opening, date.start) is not None
        or _OPENING_LAPSE.fullmatch(text, opening, date.end) is not None
    )


#: A past-perfect verb ("had taken", "had been pushed").
_PAST_PERFECT: Final = re.compile(r"\bhad\s+(?!to\b)[a-z]+", re.IGNORECASE)
