"""The base of a firm: "the company's base in X", "the airline moved its base to X".

The noun "base" is a presence cue (ACLED: headquarters or base established) with or without a word of
armed force in its sentence ("a US base in X"). In a sentence that names a firm or a club (the ``firms``
class of ``events_cue_context.yaml``) and no armed force, operation or weapon (the ``agents`` and
``force_words`` classes) it is the seat of that firm, which tells no presence of forces; "based in" after
such a noun is left out by its own cue already.
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue, names_class

__all__ = ["firm_base"]

#: The cue's own words are the noun "base(s)".
_BASE: Final = re.compile(r"bases?\b", re.IGNORECASE)
#: A capitalised modifier right before the noun, with an optional "military/air/naval": whose base it is
#: ("the US base", "a French military base"), a state's, kept.
_OWNED: Final = re.compile(r"(?-i:[A-Z])[\w.-]*\s+(?:(?:military|air|naval|army)\s+)?$")


def firm_base(cue: Cue, text: str, words: set[str]) -> bool:
    """Whether the presence cue ``cue`` of ``text`` is the noun "base" in a sentence (its lower-cased
    ``words``) that names a firm (the ``firms`` class) and no armed force or weapon (the ``agents`` and
    ``force_words`` classes): the firm's seat, no presence of forces.

    Examples
    --------
    "The company's base in X employs 300 workers" is a firm's seat; "the company's convoy reached the army
    base in X" is not (armed forces named), nor "the firm supplies the US base in X" (a state's base).
    """
    if cue.event_type != "presence" or _BASE.match(text, cue.start) is None:
        return False
    if not names_class("firms", words) or _OWNED.search(text, max(0, cue.start - 40), cue.start):
        return False
    return not names_class("agents", words) and not names_class("force_words", words)
