"""Which cue of a sentence types a place: the best cue of a clause for a place, and whether a place sets
the scene of its whole sentence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.events.context import goal, is_locative
from geo.events.cues import RELOCATION, TROOP_COUNT, Cue
from geo.events.document import Document
from geo.model.spans import Resolved
from geo.temporal._scan import Tokens

__all__ = ["aimed", "best_cue", "flown_from", "scene", "troops_moving"]

#: Prepositions that open a fronted phrase setting the scene of a sentence ("At a ceremony in X, ...").
_SCENE: Final = frozenset({"in", "at", "during"})
#: How generic a cue without sub type is (a bare "attacked" yields to "struck", which yields to "a missile").
_GENERIC: Final = {"strike": 1, "attack": 2}
#: The word before a place troops are taken from ("140 soldiers from X"); a country after it says where
#: they come from instead ("troops from Chad").
_FROM: Final = frozenset({"from"})
#: Between a cue of withdrawal and the place its forces go to: "from" a name, then "to" ("redeployed from X
#: to the town of "), in one clause.
_FROM_TO: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{0,60}?\s+(?:to|into)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:of\s+)?",
    re.IGNORECASE,
)
#: Most characters between a verb cue and a noun cue that is its object ("established two temporary ",
#: "deployed the aircraft carrier USS X and accompanying ").
_GOVERNS: Final = 80
#: A cue ending in a preposition ("present in", "based at", "operating from"): it names its own place.
_PREPOSITION_END: Final = re.compile(r"\s(?:in|at|from|off|near)\Z", re.IGNORECASE)
#: After such a cue: the words before the place it governs ("present in the northern town of ").
_OBJECT_GAP: Final = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?\Z")


def best_cue(cues: Sequence[Cue], place: Resolved) -> Cue:
    """Highest tier, then most specific (a bare "strike", then a bare "attack" last), then nearest to the
    name (a cue after the name counts double distance). A noun cue of a thing (``frame`` False: "bases")
    right after a verb cue of at least its tier is that verb's object and yields to it ("established
    temporary bases in X": a deployment)."""
    if len(cues) == 1:
        return cues[0]
    governed = {
        noun.start
        for noun in cues
        if not noun.frame
        and any(
            verb.frame and verb.tier >= noun.tier and 0 <= noun.start - verb.end <= _GOVERNS for verb in cues
        )
    }
    if governed:  # "established bases in X": the verb says what happened to the thing its object names
        cues = [c for c in cues if c.start not in governed]
    start, end = place.toponym.start, place.toponym.end

    def key(cue: Cue) -> tuple[int, int, int]:
        distance = start - cue.end if cue.end <= start else 2 * max(0, cue.start - end)
        generic = _GENERIC.get(cue.event_type, 0) if cue.sub_event_type is None else 0
        if cue.sub_event_type == TROOP_COUNT:
            generic = 3  # a bare troop count yields to any verb of the clause
        return -cue.tier, generic, distance

    return min(cues, key=key)


def scene(doc: Document, number: int, place: Resolved, locative: set[int]) -> bool:
    """Whether ``place`` is named in a fronted phrase that sets the scene of its sentence ("At a ceremony
    in X, the two ministers signed ..."): locative, in the sentence's first clause, which opens with a
    preposition."""
    sentence = doc.sentences[number]
    first = doc.tokens.span(sentence.start, sentence.end)
    return (
        place.toponym.start in locative
        and doc.clause(place.toponym.start) == doc.clause(sentence.start)
        and len(first) > 0
        and doc.tokens.words[first[0]] in _SCENE
    )


def troops_moving(text: str, tokens: Tokens, place: Resolved, cue: Cue) -> str | None:
    """The type of a troop count's event at ``place`` when the troops move: ``deployment`` when the place
    is where they go ("130 soldiers will head to X"), ``withdrawal`` when it is the town or site they are
    taken from ("picked up the last 140 soldiers from X"); else None (the troops are there: presence).
    A cue of relocation ("moved the command from X to Y") makes a withdrawal at X and a deployment at Y, and
    so does a cue of withdrawal with such a frame ("redeployed from X to Y").
    A training cue whose place is where people are sent ("deploy trainers to X") is a deployment too."""
    start, end = place.toponym.start, place.toponym.end
    if cue.event_type == "training" and goal(text, tokens, start):
        return "deployment"  # "agreed to deploy trainers to X": sending people to teach is a deployment
    if cue.sub_event_type == RELOCATION:  # "moved the command from X to Y": it leaves X and comes to Y
        return "withdrawal" if is_locative(text, tokens, start, end, locatives=_FROM) else "deployment"
    if cue.event_type == "withdrawal" and cue.end <= start and _FROM_TO.fullmatch(text, cue.end, start):
        return "deployment"  # "redeployed from X to Y": Y is where the forces go
    if cue.sub_event_type != TROOP_COUNT:
        return None
    if goal(text, tokens, start):
        return "deployment"
    if place.candidate.feature_class != "country" and is_locative(text, tokens, start, end, locatives=_FROM):
        return "withdrawal"
    return None


#: Between a cue and the place it governs with "from" ("took off from the ", "operating from the X "): no
#: punctuation, "from" (unless the cue ends with it), an article and up to three words.
_FROM_OBJECT: Final = re.compile(r"(?:\s+from)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?\Z", re.IGNORECASE)


def flown_from(text: str, place: Resolved, cue: Cue, event_type: str) -> bool:
    """Whether ``place`` is where the presence (``event_type``) its cue tells is flown from ("jets took off
    from X", "drones operating from X"): the cue governs it with "from"."""
    start = place.toponym.start
    if event_type != "presence" or cue.end > start or start - cue.end > 60:
        return False
    between = text[cue.end : start]
    ends_from = text[cue.start : cue.end].lower().endswith("from")
    return _FROM_OBJECT.fullmatch(between) is not None and (ends_from or "from" in between.lower().split())


def aimed(cues: list[Cue], text: str, place: Resolved) -> list[Cue]:
    """The cues of a place's clause that may type it: a cue ending in a preposition ("present in",
    "based at") whose object is not the place ("the forces present in the country", the place named
    elsewhere in the clause) names where something else is, and is left out, unless no cue would remain."""
    start = place.toponym.start
    kept = [
        c
        for c in cues
        if _PREPOSITION_END.search(text, c.start, c.end) is None
        or (c.end <= start and _OBJECT_GAP.fullmatch(text, c.end, start) is not None)
    ]
    return kept or cues
