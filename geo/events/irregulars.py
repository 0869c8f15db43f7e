"""A bare strike by a non-state armed group is a ground attack.

The news_events convention, as ACLED's: air and drone strikes and shelling by states are strikes; an armed
group that "struck an army post" attacked it on the ground (Battles or Violence against civilians). A cue
"struck" or "strike" with no sub type (no air, drone or bombing words of its own) in a sentence that names
a non-state armed group (the ``irregulars`` class of ``events_cue_context``: militants, gunmen, rebels...),
no state among its actors, and no weapon fired from afar (the ``remote`` class but for the strike words
themselves) is an attack.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from geo.events.context import REPORTING
from geo.events.cues import names_class

__all__ = ["by_group", "entered_by_group"]

#: Words of the remote class that are the strike cue itself, not a weapon fired from afar.
_STRIKE_WORDS: Final = frozenset({"strike", "strikes", "struck"})
_WORD: Final = re.compile(r"[\w'’-]+")
#: How many words before the cue its subject may take ("Al-Shabaab militants on motorbikes struck").
_REACH: Final = 5


def by_group(
    event_type: str, sub: str | None, words: set[str], *, lead: str, states: Collection[str] = ()
) -> tuple[str, str | None]:
    """The type of a bare strike (``event_type`` strike, ``sub`` None) told in a sentence of ``words``
    (lower-cased) whose text before the cue (``lead``) names a non-state armed group in its last five
    words after any verb of saying (its subject, not its target or a reporter: "a strike on a militant
    hideout", "rebels said a strike hit" stay strikes), with no weapon fired from afar in the sentence and
    no state among its actors (``states``): an attack; any other event keeps its type."""
    if event_type != "strike" or sub is not None or states:
        return event_type, sub
    if names_class("remote", words - _STRIKE_WORDS):
        return event_type, sub
    if not _group_subject(lead):  # "rebels said a strike hit": no subject
        return event_type, sub
    return "attack", sub


def entered_by_group(
    event_type: str, sub: str | None, cue: str, *, lead: str, states: Collection[str] = ()
) -> tuple[str, str | None]:
    """The type of a movement into a town by a non-state armed group ("rebels entered X", the cue text
    ``cue`` a form of "enter" typed deployment, the group among the last five words of ``lead`` after any
    verb of saying, no state among the actors ``states``): the capture of the town, an attack (ACLED: a
    non-state actor overtakes territory, a battle); forces of a state entering a town deploy there."""
    if event_type != "deployment" or not cue.lower().startswith("enter") or states:
        return event_type, sub
    if not _group_subject(lead):
        return event_type, sub
    return "attack", "capture"


def _group_subject(lead: str) -> bool:
    """Whether a non-state armed group is among the last five words of ``lead`` after any verb of saying."""
    said = [w.lower() for w in _WORD.findall(lead)]
    cut = max((k + 1 for k, w in enumerate(said) if w in REPORTING), default=0)
    return names_class("irregulars", set(said[cut:][-_REACH:]))
