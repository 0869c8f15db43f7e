"""Fighting that is a brawl: the noun "fighting" among sports fans, shoppers or lawmakers.

"Fighting broke out among fans after the match", "fighting was reported in parliament as deputies traded
punches": the cues of fighting ("fighting broke out", "fighting flared", "fighting in X") tell an armed clash
(ACLED Battles) when armed parties fight; people and settings of an everyday fight (the ``brawl`` class of
``events_cue_context.yaml``) with no armed force or weapon in the sentence (the ``agents`` class) tell a
brawl, which is no event of armed conflict. Only the noun of fighting is tested: an attack or a killing in
such a sentence keeps its own cue. A game's words (the ``sports`` class) likewise make a bare attack or
strike (or a team called "the Rockets") a score (:func:`sporting`).
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue, names_class

__all__ = ["brawl", "sporting"]

#: The cue's own words name fighting (not "fought a war", which names its war).
_FIGHTING: Final = re.compile(r"fighting\b", re.IGNORECASE)
#: Who fought, named after the cue ("broke out among rival fans", "was reported between passengers"): up
#: to four words to "among/between" and the next four words.
_BETWEEN: Final = re.compile(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:among|amongst|between)\s+((?:[\w'’-]+\s*){1,4})", re.IGNORECASE
)


def brawl(cue: Cue, text: str, words: set[str]) -> bool:
    """Whether the attack cue ``cue`` of ``text`` is the noun "fighting" in a sentence (its lower-cased
    ``words``) of an everyday fight (the ``brawl`` class) that names no armed force or weapon (the
    ``agents`` class): a brawl, no armed clash.

    Who fought, when named after "among" or "between" (the ``brawl`` and ``brawlers`` classes: fans,
    passengers, spectators), decides whatever else the sentence names ("troops lined the route as
    fighting broke out among fans").

    Examples
    --------
    "Fighting broke out among fans in X after the match" is a brawl; "fighting broke out between soldiers
    and rebels near the stadium in X" is not (armed agents).
    """
    if cue.event_type != "attack" or _FIGHTING.search(text, cue.start, cue.end) is None:
        return False
    between = _BETWEEN.match(text, cue.end)
    if between is not None:  # who fought: "fighting broke out among fans", whoever else the sentence names
        named = {w.lower() for w in re.findall(r"[\w-]+", between.group(1))}
        if names_class("brawl", named) or names_class("brawlers", named):
            return True
    return names_class("brawl", words) and not names_class("agents", words)


#: The violent types a team's name or a game's verb may take ("the Rockets", "the Bombers", "hit").
_VIOLENT: Final = frozenset({"attack", "strike", "rocket_attack"})


def sporting(cue: Cue, words: set[str]) -> bool:
    """Whether the violent cue ``cue`` (an attack, strike or rocket attack) stands in a sentence (its
    lower-cased ``words``) of a game (the ``sports`` class: touchdowns, three-pointers, innings) that names
    no armed force or operation (the ``force_words`` class): a team named after a weapon or raiders
    scoring ("the Rockets hit X with 20 three-pointers", "the Raiders struck first with a touchdown"), no
    violence.

    Examples
    --------
    "The Rockets hit X with 20 three-pointers" is a game; "troops hit X after the half-time of the match"
    is not (armed forces named).
    """
    if cue.event_type not in _VIOLENT:
        return False
    return names_class("sports", words) and not names_class("force_words", words)
