"""Whether a word of countering before a violent cue is the cue's subject, what did it.

:mod:`geo.events.governed` leaves out a violent cue right after a word of countering ("to help fight
attacks", "in response to the attacks"): what is fought or answered is no event told. The same words are
nouns of violence when they are the subject of the cue's verb ("the fighting has killed 28 people",
"fighting killed 28"): then the cue tells the event (English grammar: a subject before its verb, with only
auxiliaries between). Found on fresh held-out-style articles (art31c).
"""

from __future__ import annotations

from typing import Final

from geo.events.context import COUNTERING
from geo.events.cues import Cue
from geo.events.document import Document

__all__ = ["doer"]

#: Auxiliaries and adverbs between a subject and its verb ("the fighting has also killed").
_AUXILIARIES: Final = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "also", "already", "reportedly", "now", "so", "far"}
)


def doer(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """Whether the word of countering right before a violent cue is its subject.

    Parameters
    ----------
    doc
        The document.
    cue
        A violent cue.
    sentence_start
        Where the cue's sentence starts.

    Returns
    -------
    bool
        True when the cue is a verb in the past tense or after an auxiliary and only auxiliaries stand
        between it and the word of countering before it ("the fighting has killed"), not when the cue is
        that word's object ("to help fight attacks").
    """
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    skipped = False
    while index >= 0 and starts[index] >= sentence_start and words[index].lower() in _AUXILIARIES:
        index, skipped = index - 1, True
    if index < 0 or starts[index] < sentence_start or words[index].lower() not in COUNTERING:
        return False
    return skipped or doc.text[cue.start : cue.end].split()[0].lower().endswith("ed")
