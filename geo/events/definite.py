"""A definite noun of violence that refers back to air or drone strikes told just before.

News tells an air or drone strike first with its means ("warplanes and drones struck dozens of targets",
"a US drone strike hit a car") and then again in general words with a definite article: "the raids had
killed 12 civilians in X", "the targets lay near Y", "the missile struck the vehicle in Z". The general
noun types the later event as a generic attack; read with its antecedent it is the same kind of strike
(general English: a definite noun phrase refers to what the text has told, as :data:`geo.events.cues`'s
"the strikes" does for the armed-force test). Only a generic attack cue right after "the", "these" or
"those" (at most two words between) is retyped, and only to a strike of a known kind (air, drone) told by a
cue of one of the three sentences before, across paragraph breaks (wire stories give each sentence a
paragraph), in a sentence that tells no strike of its own (then the attacks are others: "jets struck X
over the attacks on ships").
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue
from geo.events.document import Document

__all__ = ["told_strike"]

#: A definite determiner right before the cue, up to two words between ("the raids", "the two missiles").
_DEFINITE: Final = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[\w'’-]+\s+){0,2}\Z")
#: Sub types of generic attacks a definite noun may stand for (no means of their own, or a missile).
_GENERIC: Final = frozenset({None, "explosion", "missile"})
#: Sub types of the strikes such a noun refers back to.
_KINDS: Final = frozenset({"air_strike", "drone_strike"})
#: Types of violence a cue of means tells (a sentence with one tells its own act, not a toll alone).
_VIOLENT: Final = frozenset({"attack", "strike", "rocket_attack", "abduction"})
#: Sentences looked back over.
_BACK: Final = 3


def told_strike(doc: Document, number: int, cue: Cue | None, event_type: str, sub: str | None) -> str | None:
    """The sub type of the air or drone strike a definite generic attack noun of sentence ``number``
    refers back to (module docstring), or None."""
    if cue is None or event_type != "attack" or sub not in _GENERIC:
        return None
    # the cue itself, or for an effect ("the raids had killed"), the attack noun of its sentence
    nouns = [c for c in doc.cues[number] if c.event_type == "attack" and not c.effect]
    if cue.effect and number and not any(not c.effect and c.event_type in _VIOLENT for c in doc.cues[number]):
        # a toll told alone right after a strike ("Drones hit X. A man was killed in nearby Y."): its toll
        kinds = [c.sub_event_type for c in doc.cues[number - 1] if c.event_type == "strike"]
        return next((kind for kind in reversed(kinds) if kind in _KINDS), None)
    nouns = nouns if cue.effect else [cue]
    definite = [c for c in nouns if _DEFINITE.search(doc.text, max(0, c.start - 40), c.start)]
    if not definite:
        return None
    # strikes told beside it: the attacks are others ("struck X over the attacks on Y"); not the verb of
    # the definite noun itself ("the missile struck the car")
    if any(c.event_type == "strike" and not _verb_of(c, definite) for c in doc.cues[number]):
        return None
    for other in range(number - 1, max(-1, number - 1 - _BACK), -1):
        kinds = [c.sub_event_type for c in doc.cues[other] if c.event_type == "strike"]
        if any(kind in _KINDS for kind in kinds):
            return next(kind for kind in reversed(kinds) if kind in _KINDS)
    return None


def _verb_of(strike: Cue, nouns: list[Cue]) -> bool:
    """Whether the ``strike`` cue is the verb right after one of the definite ``nouns`` ("the missile
    struck"): at most one space between."""
    return any(0 <= strike.start - noun.end <= 1 for noun in nouns)
