"""A bare "target" that is figurative: a law, a campaign, police work or petty crime "targets" people.

"Target(s/ed/ing)" is a cue of attack. In a sentence that names no armed agent or weapon (the ``agents``
class of ``events_cue_context.yaml``) and no word of fighting or harm (the ``violence`` class of
``events_targets.yaml``) it is figurative and tells no event. The passive "was targeted" tells an attack
on its subject, often without naming the agent, and is left alone; so is a sentence that names a state or
an actor (:mod:`geo.events.governed` keeps those: "X targeted a vehicle").
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue, names_class
from geo.lexicon import load

__all__ = ["untargeted"]

_VIOLENCE: Final = frozenset(load("events_targets").class_terms("violence"))
#: A form of "be" right before a participle: the passive "was targeted" tells an attack on its subject.
_PASSIVE: Final = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+\Z", re.IGNORECASE)


def untargeted(cue: Cue, text: str, words: set[str]) -> bool:
    """Whether ``cue`` is a bare "target(s/ed/ing)" in a sentence (lower-cased ``words``) without an armed
    agent, a weapon or a word of fighting or harm, and not a passive: a figurative target."""
    word = text[cue.start : cue.end].lower()
    if cue.event_type != "attack" or cue.sub_event_type is not None or word[:6] != "target":
        return False
    if word == "targeted" and _PASSIVE.search(text, max(0, cue.start - 12), cue.start):
        return False
    return words.isdisjoint(_VIOLENCE) and not names_class("agents", words)
