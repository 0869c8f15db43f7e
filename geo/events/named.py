"""Cue words that are part of a proper name, not words of an event.

English capitalises a common noun inside a sentence only when it is part of a proper name: a store
("Target"), a school ("Battle Creek Academy"), a sports team ("the Dayton Rockets"), a programme ("the
Base Closure plan"), a trade pact ("a Free Trade Agreement"). A cue word capitalised after
the first word of a sentence that is not itself written in title case (a headline capitalises every word)
names something and tells no event (general English: capitalisation of proper nouns). A noun of the
``event_name`` class (``events_named_events.yaml``) right after a place's name names one event, which
took place ("the Warsaw Summit"), and stays a cue, as does any cue right before "of" ("the Battle of
Mosul", "the Protection of Civilians"): the name of an act.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from geo.events.cues import Cue
from geo.lexicon import load

__all__ = ["in_proper_name"]

#: Words of a sentence, for the title-case test (letters, apostrophes and hyphens).
_WORD: Final = re.compile(r"[^\W\d_][\w'’-]*")
#: Words shorter than this are left out of the title-case test ("a", "of", "the", "in" stay lower case in
#: headlines).
_LONG: Final = 4
#: A sentence with at least this share of its long words capitalised is written in title case (a headline;
#: a sentence naming several people and places has fewer).
_TITLE_SHARE: Final = 0.75
#: Characters that may open a sentence or a quotation inside one: a capital after them is no name's.
_OPENERS: Final = frozenset("\"“‘'([—–-:;")
#: The end of a sentence written as prose: a full stop, question or exclamation mark, maybe in quotes.
_CLOSED: Final = re.compile(r"[.!?][\"”’')\]]*\s*\Z")
#: Nouns of events whose proper name names one event ("the Warsaw Summit", "the Battle of X").
_NAMES: Final = load("events_named_events")
_EVENT_NAMES: Final = frozenset(_NAMES.class_terms("event_name"))
#: Cue words that are proper nouns themselves ("Katyusha"): always capitalised.
_PROPER: Final = frozenset(_NAMES.class_terms("proper_cue"))
#: "of" right after a cue ("Battle of X", "Protection of Civilians"): a name of an act.
_OF_AFTER: Final = re.compile(r"\s+of\s")


def in_proper_name(
    text: str, cue: Cue, sentence_start: int, sentence_end: int, *, place_ends: Collection[int] = ()
) -> bool:
    """Whether ``cue`` is written capitalised inside a sentence that is not in title case, so that it is
    part of a proper name ("bought it at Target", "pupils of Battle Creek Academy", "the Dayton Rockets
    won"): no event.

    A sentence that does not end with a full stop, question or exclamation mark (a headline, a caption's
    line) is left alone: headlines capitalise freely. The first word of the sentence, a word after an
    opening quotation mark, bracket, dash, colon or semicolon, a cue whose first word has more than one
    capital ("IED", "UAV attack", "FOBs") and a cue word that is a proper noun itself ("Katyusha") are left
    to the other rules. ``place_ends`` are the end offsets of the place names of the sentence.
    """
    word = text[cue.start : cue.end].split()[0]
    if not word[:1].isupper() or sum(c.isupper() for c in word) > 1 or word.lower() in _PROPER:
        return False
    before = text[sentence_start : cue.start].rstrip()
    if not before or before[-1] in _OPENERS:
        return False
    if _OF_AFTER.match(text, cue.end):
        return False  # "the Battle of X", "the Protection of Civilians": the name of an act
    if word.lower() in _EVENT_NAMES and len(before) + sentence_start in place_ends:
        return False  # "the Warsaw Summit": an event named after its place
    if not _CLOSED.search(text, sentence_start, sentence_end):
        return False  # a headline or a line without a full stop: capitals there follow no rule
    long_words = [w for w in _WORD.findall(text, sentence_start, sentence_end) if len(w) >= _LONG]
    if not long_words:
        return False
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return capitalised < _TITLE_SHARE * len(long_words)
