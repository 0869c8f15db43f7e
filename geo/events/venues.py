"""Where a decision was taken: the venue of a political act, not the site of what it decides.

"The resolution, adopted on Thursday in X, lets the force stay one more year"; "the two delegations
agreed in X on the departure of the troops"; "the accord signed at X provides for a withdrawal": a past
participle or past tense of deciding, agreeing or approving (the ``venue`` and ``approving`` classes of
``events_context_words.yaml``, CAMEO 057 and 03), maybe with adverbs or a date between, before "in"/"at"
and the name says that the decision was taken at that place (English grammar: the prepositional phrase
of place modifies the verb of deciding). The news_events README types votes, agreements and decisions as
political events at the place where they are made; the withdrawal, deployment or fighting the decision is
about happens elsewhere (the country the troops leave, the front). So an event of another type that the
tagger gave such a place is the decision told there: it becomes a political event (without the numbers of
the movement), or is dropped when the sentence already gives the place its political event. Found on three
article sets (missions, wire, formats; ev37d).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.events.notes import retyped
from geo.events.tag import EventTag
from geo.lexicon import load
from geo.temporal._patterns import MONTHS, WEEKDAYS

__all__ = ["at_venue", "decided_at"]

_WORDS: Final = load("events_context_words")
#: Past forms of deciding, agreeing and approving ("adopted", "signed", "voted", "ratified").
_VERBS: Final = sorted(
    {*_WORDS.class_terms("venue"), *(t for t in _WORDS.class_terms("approving") if t.endswith("ed"))},
    key=len,
    reverse=True,
)
#: A word that may stand between the verb and "in": an adverb ("unanimously"), a time word or a date.
_GAP: Final = (
    r"(?:[a-z]+ly|on|last|this|late|early|earlier|\d{1,4}(?:st|nd|rd|th)?|"
    + "|".join(sorted((*MONTHS, *WEEKDAYS), key=len, reverse=True))
    + ")"
)
#: The verb, up to four such words (commas allowed), "in"/"at" and "the", ending right before the name.
_VENUE: Final = re.compile(
    rf"\b(?:{'|'.join(_VERBS)})(?:,?\s+{_GAP}){{0,4}},?\s+(?:in|at)\s+(?:the\s+)?\Z", re.IGNORECASE
)
#: How far before a name the verb may stand.
_REACH: Final = 80
#: Types that are no movement, violence or posture: left as they are.
_KEPT: Final = frozenset({"mention", "political", "protest"})


def at_venue(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` is where a decision was taken ("adopted on Monday in X")."""
    return _VENUE.search(text, max(0, start - _REACH), start) is not None


def decided_at(text: str, tags: Sequence[EventTag]) -> list[EventTag]:
    """``tags`` with each event of a movement, a posture or violence at the venue of a decision told in
    its own sentence made the political act taken there (dropped when that place already has one in the
    sentence)."""
    political = {(t.place.candidate.id, t.sentence) for t in tags if t.event_type == "political"}
    out: list[EventTag] = []
    for tag in tags:
        start = tag.place.toponym.start
        own = tag.sentence[0] <= start < tag.sentence[1]
        if tag.event_type in _KEPT or not own or not at_venue(text, start):
            out.append(tag)
        elif (tag.place.candidate.id, tag.sentence) not in political:
            political.add((tag.place.candidate.id, tag.sentence))
            out.append(retyped(replace(tag, troops=None, fatalities=None), "political", None))
    return out
