"""Whether a word of countering before a violent cue is the cue's subject, what did it.

:mod:`geo.events.governed` leaves out a violent cue right after a word of countering ("to help fight
attacks", "in response to the attacks"): what is fought or answered is no event told. The same words are
nouns of violence when they are the subject of the cue's verb ("the fighting has killed 28 people",
"fighting killed 28"): then the cue tells the event (English grammar: a subject before its verb, with only
auxiliaries between). Found on fresh held-out-style articles (art31c).

:func:`halted` finds the violent cue that a demand asks to stop ("a resolution that demands that the
attacks stop", "called for an end to the strikes"): what is demanded is no event told there.
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.context import COUNTERING, REQUESTING
from geo.events.cues import Cue
from geo.events.document import VIOLENT, Document

__all__ = ["doer", "halted"]

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


#: After the cue: the verb of stopping a demand asks for ("demands that the attacks stop at once").
_STOP_AFTER: Final = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:stop|stops|cease|ceases|end|ends|halt|halts)\b")
#: Before the cue: the noun of stopping ("called for an end to the attacks", "a halt to all strikes").
_STOP_BEFORE: Final = re.compile(
    r"\b(?:an?\s+(?:immediate\s+)?(?:end|halt|stop)|the\s+cessation)\s+(?:to|of)\s+(?:the\s+|all\s+|such\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: How many words before the cue a word of requesting may stand.
_DEMAND_REACH: Final = 7


def halted(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """Whether a violent cue is what a demand, call or resolution asks to stop.

    Parameters
    ----------
    doc
        The document.
    cue
        A cue.
    sentence_start
        Where the cue's sentence starts.

    Returns
    -------
    bool
        True when a word of the ``requesting`` class stands up to seven words before the cue and the cue
        is followed by a verb of stopping ("demands that the attacks stop") or preceded by a noun of it
        ("called for an end to the attacks").
    """
    if cue.event_type not in VIOLENT:
        return False
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    asked = any(
        starts[k] >= sentence_start and words[k] in REQUESTING
        for k in range(index, max(index - _DEMAND_REACH, -1), -1)
    )
    if not asked:
        return False
    if _STOP_AFTER.match(doc.text, cue.end) is not None:
        return True
    return _STOP_BEFORE.search(doc.text, max(sentence_start, cue.start - 50), cue.start) is not None
