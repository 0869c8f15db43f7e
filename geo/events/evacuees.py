"""Evacuations of civilians, which are no withdrawal of forces.

"Evacuate" is a cue of withdrawal (CAMEO EVACUATE) when forces leave a place. When the people evacuated
are civilians ("evacuated women and children from X", "the evacuation of residents") and no combatants
are among them, forces may carry the evacuation out but none withdraws: ACLED codes no humanitarian
evacuation, and the news_events withdrawal is one of forces. The words are those of
``events_evacuees.yaml``; the evacuated are read in the cue's clause, up to eight words after the cue
(its object: "evacuated hundreds of people") and, in a passive, five before it (its subject: "residents
were evacuated"). A civilian building emptied ("evacuated a shopping mall", "the school was evacuated")
is such an evacuation too (the ``premises`` class).
"""

from __future__ import annotations

from typing import Final

from geo.events.cues import Cue
from geo.events.document import Document
from geo.lexicon import load

__all__ = ["civilian_evacuation"]

_WORDS: Final = load("events_evacuees")
_CIVILIANS: Final = frozenset(_WORDS.class_terms("civilian"))
_COMBATANTS: Final = frozenset(_WORDS.class_terms("combatant"))
#: Civilian premises emptied ("police evacuated a shopping mall after a bomb threat"): people moved out
#: of a building, as civilians are.
_PREMISES: Final = frozenset(_WORDS.class_terms("premises"))
#: How many words after the cue its object may reach, and before it the subject of a passive.
_AFTER: Final = 8
_BEFORE: Final = 5
#: Forms of "be" before a participle: a passive.
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def civilian_evacuation(doc: Document, cue: Cue) -> bool:
    """Whether ``cue`` is an evacuation ("evacuate", "evacuation") of civilians only: a civilian noun and
    no combatant noun among the words of its clause up to eight after it and, in a passive, five before
    it."""
    if cue.event_type != "withdrawal" or not doc.text[cue.start : cue.end].lower().startswith("evacuat"):
        return False
    tokens = doc.tokens
    clause = doc.clause(cue.start)
    first = tokens.before(cue.start) + 1  # the cue's own first token
    # the words before are who is evacuated only in a passive ("residents were evacuated"); in the active
    # ("forces evacuated residents") they are who evacuates
    passive = first > 0 and tokens.words[first - 1] in _BE
    before = range(first - 1, max(first - 1 - _BEFORE, -1), -1) if passive else range(0)
    near: set[str] = set()
    for k in (*before, *range(first + 1, first + 1 + _AFTER)):
        if k >= len(tokens.words) or doc.clause(tokens.starts[k]) != clause:
            continue
        near.add(tokens.words[k])
    return not (near.isdisjoint(_CIVILIANS) and near.isdisjoint(_PREMISES)) and near.isdisjoint(_COMBATANTS)
