"""A country named in the possessive before an armed group's name is the group's, not a doer of its own.

"A missile fired by Yemen's Houthis struck X": the Houthis fired it; "Yemen's" only says whose group they
are (English grammar: a genitive determiner qualifies the noun after it). Read as an actor, the country
made a state of the doer and the group's missile attack a state's strike (the news_events conventions
type drone and missile attacks of armed groups as attacks). A state force after the possessive ("Israel's
army") keeps its country: its actor name is the country's. Found on fresh held-out-style articles (art31c).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.events import actors as act

__all__ = ["group_of"]

#: The possessive ending right after a name, then the space before the next name.
_POSSESSIVE: Final = re.compile(r"['’]s\s+")


def group_of(text: str, mention: act.Mention, mentions: Sequence[act.Mention]) -> bool:
    """Whether ``mention`` is a country named in the possessive right before an armed group's name.

    Parameters
    ----------
    text
        The article text.
    mention
        An actor mention of the sentence.
    mentions
        The actor mentions of the sentence.

    Returns
    -------
    bool
        True for "Yemen's" in "Yemen's Houthis" (the next mention starts right after the possessive and
        is no state's actor), False otherwise ("Israel's army", "Yemen's capital").
    """
    if mention.name not in act.COUNTRY_ACTORS:
        return False
    after = _POSSESSIVE.match(text, mention.end)
    if after is None:
        return False
    return any(other.start == after.end() and other.name not in act.COUNTRY_ACTORS for other in mentions)
