"""Where a unit or an official named with a place is: "the X-based contingent" (the unit is at X) and
"gunmen abducted the mayor of X" (the act is at X when nothing else places it).

Split from :mod:`geo.events.bystanders`, whose other tests say when a name is no site; these two say when
a name that reads like an attribute is the site after all (places28, xfail28).
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.bystanders import UNITS
from geo.events.context import TITLES
from geo.events.cues import Cue, names_class

__all__ = ["based_unit", "official_seat"]

#: "X-based" before a unit noun (:data:`UNITS`): the unit is at X ("the X-based battlegroup has 900 troops").
_BASED_UNIT: Final = re.compile(r"-based\s+(?:[\w-]+\s+){0,2}?(?:" + UNITS + r")\b", re.IGNORECASE)


def based_unit(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` says where a unit after it is based ("the X-based contingent"):
    where that unit is, not whose (places28)."""
    return _BASED_UNIT.match(text, end, min(len(text), end + 60)) is not None


#: Event types of an act done to a person (abducted, killed, attacked): the official it is done to is
#: there.
_DONE_TO: Final = frozenset({"abduction", "attack", "strike"})
#: Between such a cue and a name: the official the act is done to ("abducted the mayor of X", "killed the
#: deputy governor of the X"), the title's "of" right before the name.
_OFFICIAL: Final = re.compile(
    rf"\s+(?:the\s+|a\s+)?(?:(?:deputy|former|local|district|regional|provincial)\s+)?"
    rf"(?:{'|'.join(sorted(TITLES))})\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


def official_seat(
    text: str, span: tuple[int, int], cue: Cue, kind: str, *, located: bool, words: set[str]
) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` says whose official the act of ``cue`` (of type
    ``kind``: an abduction or violence) is done to, right after the cue ("gunmen abducted the mayor of X"),
    the sentence (its lower-cased ``words``) names an armed actor (the ``agents`` or ``force_words``
    class: no rival who "attacked the mayor of X" in words) and places the act nowhere else (``located``:
    another of its names is a location): then the official's town is the best place the text gives for
    the act (a title's "of" otherwise says whose official, not where)."""
    return (
        kind in _DONE_TO
        and not located
        and (names_class("agents", words) or names_class("force_words", words))
        and cue.end <= span[0]
        and _OFFICIAL.fullmatch(text, cue.end, span[0]) is not None
    )
