"""The noun of movement or presence whose troop count a count cue gives ("the deployment of 1,300 soldiers").

A troop count is a presence cue of its own ("300 soldiers in X"). When it stands right after a cue noun of
troops' movement or presence and "of" (with a qualifier of the number between: "up to", "about", "some"),
it is that noun's complement, and whatever governs the noun governs it too: "voted to prolong the
deployment of up to 1,300 soldiers in X" tells a vote (what is approved), not a presence (types33).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.events.cues import TROOP_COUNT, Cue

__all__ = ["counted_noun"]

#: Types of the nouns a count may complement.
_POSTURE: Final = frozenset({"deployment", "withdrawal", "presence"})
#: What may stand between the noun and the count: "of" and a qualifier of the number (general English).
_OF: Final = re.compile(
    r"\s+of\s+(?:(?:up\s+to|about|around|some|nearly|almost|more\s+than|over|at\s+least|roughly)\s+)?",
    re.IGNORECASE,
)


def counted_noun(text: str, cue: Cue, cues: Sequence[Cue]) -> Cue | None:
    """The cue noun of ``cues`` (the cues of the sentence of ``cue``) whose count the troop count cue
    ``cue`` gives, joined to it by "of" ("the deployment of 300 troops"); None for any other cue."""
    if cue.sub_event_type != TROOP_COUNT:
        return None
    for other in cues:
        between = text[other.end : cue.start] if other.end <= cue.start else ""
        if other.event_type in _POSTURE and _OF.fullmatch(between):
            return other
    return None
