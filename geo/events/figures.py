"""Violence words whose subject is a thing of words, rules or money: a figure of speech (ordinary28).

"The new law targets landlords", "the bill targets tax havens", "the minister's trips abroad have come
under fire", "the tariffs hit exporters": the verb of an attack has an abstract subject (the
``abstract_subjects`` class of ``events_cue_context.yaml``: laws, bills, policies, taxes, plans, remarks,
decisions, travels), so it tells criticism, a legal or economic effect, no violence (general English
figurative senses of "target", "come under fire", "hit"). The subject is the word right before the cue,
past auxiliaries and adverbs ("the law has also targeted", "the plan was directly targeted").
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue, names_class

__all__ = ["abstract_subject"]

_WORD: Final = re.compile(r"[A-Za-z]+")
#: Auxiliaries and adverbs that may stand between a subject and its verb (general English grammar).
_BETWEEN: Final = frozenset(
    {
        "has", "have", "had", "is", "are", "was", "were", "been", "being", "also", "now", "already",
        "reportedly", "directly", "specifically", "explicitly", "largely", "mainly", "primarily",
        "particularly", "especially", "unfairly", "only", "often", "again", "still",
    }
)  # fmt: skip
#: Spaces and words of :data:`_BETWEEN` only.
_GAP: Final = re.compile(r"(?:\s+(?:" + "|".join(sorted(_BETWEEN)) + r"))*\s+", re.IGNORECASE)
#: How far before the cue the subject is looked for (characters).
_REACH: Final = 80
_VIOLENT: Final = frozenset({"attack", "strike"})


def abstract_subject(cue: Cue, text: str, sentence_start: int) -> bool:
    """Whether the attack or strike cue ``cue`` of ``text`` has an abstract subject: the last word before
    it in its sentence (from ``sentence_start``), past auxiliaries and adverbs, is of the
    ``abstract_subjects`` class ("the law targets", "his trips came under fire").

    Examples
    --------
    "The new law targets landlords in X" tells no attack; "gunmen targeted a bus in X" does, and so does
    "the convoy came under fire near X".
    """
    if cue.event_type not in _VIOLENT:
        return False
    low = max(sentence_start, cue.start - _REACH)
    for found in reversed(list(_WORD.finditer(text, low, cue.start))):
        word = found.group().lower()
        if word in _BETWEEN:
            continue
        # the subject and the verb: only spaces and skipped words between them (no comma, no dash)
        joined = _GAP.fullmatch(text, found.end(), cue.start) is not None
        return joined and names_class("abstract_subjects", {word})
    return False
