"""A deployment a state said it would make: the reported future of an announcement.

"The ministry said on Monday it would send 500 more troops to X", "London announced that two ships would
sail to Y next week": "would" is the future of a statement told in the past (English backshift of "will"),
the announced movement itself, which the news_events README records as an event dated by its planned time
(found as missed deployments on four article sets, type35). Not a conditional "would" ("troops would move
if ...") nor "would not". Announced withdrawals stay the political statement of intent (context ``intent``).
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["announced"]

#: A verb of saying or announcing told in the past, up to six words (its time, its subject, "that"), then
#: up to 100 characters of the reported clause ending in "would" and up to three words before the cue.
_ANNOUNCED_THAT: Final = re.compile(
    r"\b(?i:said|announced|confirmed|pledged|promised|stated|declared)\s+(?:[\w,'’-]+\s+){0,6}?"
    r"[^.;:?!]{0,100}?\bwould\s+(?:(?!not\b|never\b)[\w'’-]+\s+){0,3}\Z"
)


#: The cues of sending forces somewhere that an announcement may tell, and of forces going there (not
#: "would protect X": a purpose).
_SENDING: Final = re.compile(
    r"(?i:send|sent|deploy|dispatch|station|mov|transfer|redeploy|reinforc|fly|flew|sail|head|arriv)"
)


def announced(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the cue at ``cue_start``, a verb of sending forces, follows "would" in a clause reported by a
    verb of saying or announcing in the past ("said it would send", "announced that it would deploy")."""
    if _SENDING.match(text, cue_start) is None:
        return False
    if _ANNOUNCED_THAT.search(text, max(sentence_start, cue_start - 200), cue_start) is None:
        return False
    return _CONDITION_AFTER.match(text, cue_start, min(len(text), cue_start + 160)) is None


#: A condition later in the sentence ("troops would leave X if the talks failed"): a hypothesis, not a plan.
_CONDITION_AFTER: Final = re.compile(r"[^.;:?!]*?\b(?i:if|unless|should\s+(?:the|it|they))\b")
