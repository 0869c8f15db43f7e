"""Place mentions that name who is accused or where fighters come from: no site of the sentence's event
(ordinary28).

- The one accused ("X accused Y of meddling", "Y is accused of every ill", "accusations against Y"): an
  accusation is an act of its accuser (CAMEO ACCUSE [112]); the accused is its object, not where it was
  made.
- Where fighters come from ("volunteer fighters from X arrived", "backed by militias from X and Y"): a
  noun of irregular fighters or volunteers (the ``recruits`` class of ``events_context_words.yaml``) and
  "from" before the name give their origin, not where they fight or arrive. A verb or noun of removal
  right before the fighters (the ``removal`` class: "the evacuation of fighters from X", "withdrew its
  volunteers from X") makes X the place they leave, a site.
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue
from geo.lexicon import load

__all__ = ["accused", "recruited"]

_WORDS: Final = load("events_context_words")
#: Right before the name: a form of "accuse" or "accusation(s) against", maybe "the".
_ACCUSED_BEFORE: Final = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|accusations?\s+against)\s+(?:the\s+)?\Z", re.I
)
#: Right after the name: "is/was/has been ... accused" (the subject of the passive).
_ACCUSED_AFTER: Final = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|been|being|also|now|often|widely|long|repeatedly|stands?|stood)\s+)+"
    r"accused\b",
    re.I,
)
#: "<fighters> from (up to three articles or capitalised words) X" at the end of the text before X.
_RECRUITS_FROM: Final = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(_WORDS.class_terms("recruits")) + r"))\s+(?i:from)\s+"
    r"(?:(?:the|a|[A-Z][\w'’-]*)\s+){0,3}\Z"
)
#: A word of removal and up to three words (an article, a number, an adjective) right before the fighters.
_REMOVAL: Final = re.compile(
    r"\b(?i:"
    + "|".join(t.replace(" ", r"\s+") for t in _WORDS.class_terms("removal"))
    + r")\w*\s+(?:(?:of|out)\s+)?(?:[\w'’-]+\s+){0,3}\Z"
)
#: How far before a name the patterns look (characters).
_REACH: Final = 80


def accused(text: str, span: tuple[int, int], cue: Cue) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` is the one accused by the accusation cue ``cue``
    ("accused X of", "X is accused of", "accusations against X"): its object, no site."""
    if text[cue.start : cue.start + 5].lower() != "accus":
        return False
    start, end = span
    return (
        _ACCUSED_BEFORE.search(text, max(0, start - 40), start) is not None
        or _ACCUSED_AFTER.match(text, end) is not None
    )


def recruited(text: str, start: int) -> bool:
    """Whether the name at ``start`` says where fighters or volunteers come from ("militias from X"), with
    no word of removal right before them ("the evacuation of fighters from X" keeps X a site)."""
    low = max(0, start - _REACH)
    if text.find("from", low, start) < 0:
        return False
    found = _RECRUITS_FROM.search(text, low, start)
    if found is None:
        return False
    return _REMOVAL.search(text, max(0, found.start() - 60), found.start("noun")) is None
