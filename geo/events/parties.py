"""Who a political cue's act belongs to: a state or an actor, or someone else.

A political cue ("approved", "agreed", "signed a deal", "bans") tells a political development in ACLED's
sense (Strategic developments: agreements, decisions and acts of states and armed groups) when a state or
armed actor makes it. Ordinary news names countries in passing ("a firm based in the US signed a deal",
"bans on food from X", "he will fly to X to decide"): one country named somewhere in the sentence does not
make the act a state's. It does when two states or actors are named (an act between them: "X signed an
agreement with Y"), when the one named is the subject of the cue's verb ("X has formally agreed"; not the
object of a preposition before it, "plants in X signed"), or when the sentence's place is a country of
another sentence (the home of the person acting, "Karam resigned").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from geo.events.actors import country_name
from geo.events.cues import Cue
from geo.lexicon import load

if TYPE_CHECKING:
    from geo.events.document import Document
    from geo.model.spans import Resolved

__all__ = ["accord_aside", "state_parties", "subject_state"]

#: Auxiliaries and adverbs that may stand between a subject and its verb ("has", "was", "did"; the bridge
#: class of ``events_negation``).
_BRIDGES: Final = frozenset(load("events_negation").class_terms("bridge"))
#: Prepositions whose object is no subject of the verb after it ("plants in X signed"; general English).
_PREPOSITIONS: Final = frozenset({"in", "at", "from", "to", "of", "on", "for", "with", "by", "near", "into"})
#: How many words before the cue the subject may end (auxiliaries and adverbs between: "has formally").
_REACH: Final = 5
#: The noun of an agreement and the comma of an aside right before a cue ("the deal, signed in X, ..."):
#: the participle tells the signing of that agreement (ment35).
_ACCORD_ASIDE: Final = re.compile(
    r"\b(?:deals?|accords?|agreements?|treat(?:y|ies)|pacts?|plans?|memorand(?:um|a)|truces?|cease-?fires?"
    r"|protocols?|road-?maps?|arrangements?),[ \t]+\Z",
    re.IGNORECASE,
)
#: Cue types of forces' movements: an agreement whose sentence names one is about armed forces.
_MOVEMENTS: Final = frozenset({"withdrawal", "deployment"})


def state_parties(
    doc: Document, number: int, group: Sequence[Resolved]
) -> tuple[bool, list[tuple[int, int]]]:
    """Whether sentence ``number`` (with places ``group``) names two states or actors or takes a country
    from another sentence, and the spans of the countries and actors it names."""
    states = [(p.toponym.start, p.toponym.end) for p in group if p.candidate.feature_class == "country"]
    parties = {m.name for m in doc.actors[number]} | {  # actor names: "U.S." and "United States" are one
        country_name(p.candidate.country) or p.candidate.name
        for p in group
        if p.candidate.feature_class == "country"
    }
    sentence = doc.sentences[number]
    borrowed = any(not sentence.start <= start < sentence.end for start, _ in states)
    return borrowed or len(parties) > 1, [*states, *((m.start, m.end) for m in doc.actors[number])]


def subject_state(doc: Document, cue: Cue, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether a country or actor (one of ``spans``) ends right before ``cue``, only auxiliaries and
    adverbs between ("Angola approved", "Kessa has formally agreed"): the subject of the cue's verb, whose
    act it tells. A country named elsewhere in the sentence ("a firm based in X signed a deal", "bans on
    food from X") is no party to it."""
    if cue.event_type != "political":
        return False
    if _troop_accord(doc, cue):
        return True
    if not spans:
        return False
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    for k in range(index, max(index - _REACH, -1), -1):
        span = next(((start, end) for start, end in spans if start <= starts[k] < end), None)
        if span is not None:  # the name's object of a preposition ("plants in X signed") is no subject
            first = doc.tokens.before(span[0])
            return first < 0 or words[first] not in _PREPOSITIONS
        if words[k] not in _BRIDGES and not words[k].endswith("ly"):
            return False
    return False


def _troop_accord(doc: Document, cue: Cue) -> bool:
    """Whether ``cue`` is the participle of an aside after the noun of an agreement ("the plan, signed in X
    in 2023, provides for the withdrawal of ...") in a sentence with a cue of forces' movement: an accord
    on armed forces, an act of the states or armed groups that signed it, whoever they are (ment35)."""
    if not accord_aside(doc.text, cue):
        return False
    sentence = next((n for n, s in enumerate(doc.sentences) if s.start <= cue.start < s.end), None)
    return sentence is not None and any(c.event_type in _MOVEMENTS for c in doc.cues[sentence])


def accord_aside(text: str, cue: Cue) -> bool:
    """Whether political ``cue`` opens an aside right after the noun of an agreement ("the plan, signed in
    X, ..."): the participle tells that the agreement was signed, which the noun ("plan") does not make a
    mere plan (ment35)."""
    found = _ACCORD_ASIDE.search(text, max(0, cue.start - 30), cue.start)
    return cue.event_type == "political" and found is not None
