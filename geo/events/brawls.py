"""Fighting that is a brawl: the noun "fighting" among sports fans, shoppers or lawmakers.

"Fighting broke out among fans after the match", "fighting was reported in parliament as deputies traded
punches": the cues of fighting ("fighting broke out", "fighting flared", "fighting in X") tell an armed clash
(ACLED Battles) when armed parties fight; people and settings of an everyday fight (the ``brawl`` class of
``events_cue_context.yaml``) with no armed force or weapon in the sentence (the ``agents`` class) tell a
brawl, which is no event of armed conflict. Only the noun of fighting is tested: an attack or a killing in
such a sentence keeps its own cue.
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue, names_class

__all__ = ["brawl"]

#: The cue's own words name fighting (not "fought a war", which names its war).
_FIGHTING: Final = re.compile(r"fighting\b", re.IGNORECASE)


def brawl(cue: Cue, text: str, words: set[str]) -> bool:
    """Whether the attack cue ``cue`` of ``text`` is the noun "fighting" in a sentence (its lower-cased
    ``words``) of an everyday fight (the ``brawl`` class) that names no armed force or weapon (the
    ``agents`` class): a brawl, no armed clash.

    Examples
    --------
    "Fighting broke out among fans in X after the match" is a brawl; "fighting broke out between soldiers
    and rebels near the stadium in X" is not (armed agents).
    """
    if cue.event_type != "attack" or _FIGHTING.search(text, cue.start, cue.end) is None:
        return False
    return names_class("brawl", words) and not names_class("agents", words)
