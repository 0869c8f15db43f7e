"""Which cue of a sentence types a place: the best cue of a clause for a place, and whether a place sets
the scene of its whole sentence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from geo.events.cues import TROOP_COUNT, Cue
from geo.events.document import Document
from geo.model.spans import Resolved

__all__ = ["best_cue", "scene"]

#: Prepositions that open a fronted phrase setting the scene of a sentence ("At a ceremony in X, ...").
_SCENE: Final = frozenset({"in", "at", "during"})
#: How generic a cue without sub type is (a bare "attacked" yields to "struck", which yields to "a missile").
_GENERIC: Final = {"strike": 1, "attack": 2}


def best_cue(cues: Sequence[Cue], place: Resolved) -> Cue:
    """Highest tier, then most specific (a bare "strike", then a bare "attack" last), then nearest to the
    name (a cue after the name counts double distance)."""
    if len(cues) == 1:
        return cues[0]
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
