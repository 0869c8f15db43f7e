"""A country named in the possessive before its governing body: the state that does a political act.

"X's parliament voted to ...", "X's military rulers tore up the accord", "X's security council cut ties
with Y": the possessive says whose body acts, and a vote, decision or broken accord of a state's body is a
political event of that state (the news_events README types parliament votes, agreements, requests and
decisions ``political`` and places them at the state that decides). Read as a mere modifier ("US troops"),
the country lost its event; found on three article sets and the dev set (type35).
"""

from __future__ import annotations

import re
from typing import Final

from geo.lexicon import load

__all__ = ["governing"]

_BODIES: Final = tuple(load("events_context_words").class_terms("body"))
#: A possessive, up to two words qualifying the body ("military", "new", "national security"), the body.
_GOVERNING: Final = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?(?:" + "|".join(sorted(_BODIES, key=len, reverse=True)) + r")\b"
)


def governing(text: str, end: int) -> bool:
    """Whether the country name ending at ``end`` is in the possessive before a noun of its governing
    body ("X's parliament", "X's transitional government", "X's military rulers")."""
    return _GOVERNING.match(text, end, min(len(text), end + 60)) is not None
