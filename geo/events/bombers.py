"""A bombing or drone attack whose doer is a non-state armed group is an attack.

The news_events type conventions, as ACLED's: air and drone strikes by states are strikes; bombs, IEDs and
suicide bombings of armed groups are attacks (Explosions/Remote violence: Remote explosive, Suicide bomb),
and so are drone attacks of militias (the news_events convention: ``attack`` with sub type drone), and the
missile attacks of armed groups (a bare strike in a sentence that names a missile: sub type missile). The verb
"bombed" is read as a strike from the air and a drone cue as a drone strike; when the one who bombed or
sent the drones is an armed group, named by the actor catalogue (kind ``armed_group``: UCDP actor list) or
by a noun of the ``irregulars`` class of ``events_cue_context`` (ACLED actor types: rebel groups, political
militias), as the subject right before the cue ("Boko Haram fighters bombed", "rebels launched a drone
attack") or as its agent right after it ("a drone attack by militias"), and the sentence names no aircraft
(the ``airborne`` class), the event is an attack.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.events import actors as act
from geo.events.context import REPORTING
from geo.events.cues import Cue, names_class, sharpen
from geo.events.document import Document

__all__ = ["by_bombers"]

#: Sub types of strikes the doer decides: a drone's, and the verb "bombed" read as from the air.
_DRONE: Final = "drone_strike"
_BOMBED: Final = frozenset({"bombed"})
#: Words of a missile in a sentence: a bare strike of an armed group's missile is its missile attack (art31c).
_MISSILES: Final = frozenset({"missile", "missiles"})
_WORD: Final = re.compile(r"[\w'’-]+")
#: How many words may stand between the doer and the cue ("Houthi rebels launched a drone attack").
_REACH: Final = 4
#: Words that, between a group and the cue, make the group no doer: a passive, a preposition, a harm
#: ("militants were killed in a drone strike", "fighters hit by a drone"), or a negation (general English).
_BREAKS: Final = frozenset(
    {
        "was", "were", "been", "being", "is", "are", "in", "by", "during", "from", "after", "under", "amid",
        "at", "on", "of", "against", "killed", "wounded", "injured", "hit", "targeted", "struck", "not",
        "no", "never", "and", "or", "but", "while", "as", "when",
    }
)  # fmt: skip
#: Pronouns by which a group that claims an act names itself as its doer ("said it bombed", "said its
#: fighters bombed"; general English).
_OWN: Final = frozenset({"it", "they", "its", "their", "we", "our"})
#: Catalogue kinds of actors that are states (their bombing stays a strike).
_STATE_KINDS: Final = frozenset({"state_force", "government"})


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _doer_between(between: str) -> bool:
    """Whether the text between a group's name and the cue lets the group be its doer: a few words
    without a passive, a preposition or a verb of saying, or the group's own claim ("the group said it
    bombed", "said its fighters bombed")."""
    words = _words(between)
    if words and words[0] in REPORTING:
        rest = words[2:] if len(words) > 1 and words[1] == "that" else words[1:]
        return bool(rest) and rest[0] in _OWN and len(rest) <= 2 and not any(w in _BREAKS for w in rest)
    return len(words) <= _REACH and not any(w in _BREAKS or w in REPORTING for w in words)


def _noun_before(lead: str) -> bool:
    """Whether a noun of the irregulars class stands before the cue as its subject (``lead`` is the
    sentence's text before the cue)."""
    words = _words(lead)
    for k in range(len(words) - 1, max(-1, len(words) - _REACH - 2), -1):
        if names_class("irregulars", {words[k]}):
            return _doer_between(" ".join(words[k + 1 :]))
    return False


def _noun_after(tail: str) -> bool:
    """Whether "by" and a noun of the irregulars class follow the cue (its agent)."""
    words = _words(tail)
    return bool(words) and words[0] == "by" and names_class("irregulars", set(words[1:5]))


def _group_named(doc: Document, number: int, cue: Cue, actors: Sequence[str]) -> bool:
    """Whether the cue's actors are armed groups of the catalogue only, one named as its doer."""
    catalogue = doc.actors_catalogue
    kinds = {name: catalogue.entry(name).kind if name in catalogue else None for name in actors}
    if not any(kind == "armed_group" for kind in kinds.values()):
        return False
    if any(name in act.COUNTRY_ACTORS or kind in _STATE_KINDS for name, kind in kinds.items()):
        return False
    for m in doc.actors[number]:
        if kinds.get(m.name) != "armed_group":
            continue
        if m.end <= cue.start and _doer_between(doc.text[m.end : cue.start]):
            return True
        if m.start >= cue.end and _words(doc.text[cue.end : m.start]) in (["by"], ["by", "the"]):
            return True
    return False


def by_bombers(
    doc: Document, number: int, cue: Cue, event_type: str, sub: str | None, actors: Sequence[str]
) -> tuple[str, str | None]:
    """The type of an event of ``cue`` in sentence ``number`` typed ``event_type``/``sub`` with
    ``actors``: a drone strike, or a strike of the verb "bombed", whose doer is a non-state armed group
    and whose sentence names no aircraft is an attack (sub type ``drone`` for drones, ``bombing`` for
    bombs); any other keeps its type."""
    if event_type != "strike":
        return event_type, sub
    cue = sharpen(cue, doc.cues[number])  # "killing" typed by the "bombed" of its sentence
    means = doc.text[cue.start : cue.end].lower()
    if sub == _DRONE:
        new_sub = "drone"
    elif sub in ("air_strike", "bombing") and means in _BOMBED:
        new_sub = "bombing"
    elif sub is None and not _MISSILES.isdisjoint(doc.words(number)):  # "a missile fired by X struck"
        new_sub = "missile"
    else:
        return event_type, sub
    if names_class("airborne", doc.words(number)):
        return event_type, sub
    sentence = doc.sentences[number]
    lead = doc.text[sentence.start : cue.start]
    tail = doc.text[cue.end : sentence.end]
    if _noun_before(lead) or _noun_after(tail) or _group_named(doc, number, cue, actors):
        return "attack", new_sub
    return event_type, sub
