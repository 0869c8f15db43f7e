"""A country that speaks of violence at home: "X says its troops killed 10 militants".

Wire headlines and leads often name only the country that reports an event ("X says gunmen attacked an
army post"). The name right before a verb of saying is read as who speaks, not where
(:func:`geo.events.accused.speaker`); this module tells when that country is also the finest place the
text gives for the event: the sentence and its neighbours in the paragraph name no other place, and the
event is domestic for the country (its own army, soldiers, troops or police without another country's
demonym, an "its"/"our" possessive, or the country's own demonym told after the verb). Air and drone
strikes are left out: a state that tells of its own strikes often struck abroad.
"""

from __future__ import annotations

import re
from typing import Final

from geo.events import actors as act
from geo.events.accused import speaker
from geo.events.building import Choice
from geo.events.cues import Cue
from geo.events.document import Document
from geo.model.spans import Resolved

__all__ = ["speaking_home", "speaks_at_home"]

#: Words for a state's own armed or police forces (general English), and possessives of the speaker.
_OWN: Final = re.compile(
    r"\b(?:its|our|army|armed\s+forces|forces|military|soldiers?|troops?|police(?:men)?|gendarmes?|"
    r"security\s+personnel|servicemen)\b",
    re.I,
)
#: Event types a state's forces most often carry out abroad (air and drone strikes): told by the state
#: alone, they give no site ("X says its jets struck militant camps").
_ABROAD: Final = frozenset({"strike"})
#: Capitalised words, to look demonyms up in :data:`geo.events.actors.DEMONYMS`.
_CAPITAL: Final = re.compile(r"\b[A-Z][\w'’-]+")


def speaks_at_home(doc: Document, number: int, place: Resolved, group: list[Resolved], cue: Cue) -> bool:
    """Whether ``place``, a country in sentence ``number`` that speaks of the violent event of ``cue``
    told after its verb of saying (:func:`geo.events.accused.speaker`), is the event's site: no other
    place is named in the sentence (``group``) or its neighbours, and the words from the verb to the end
    of the sentence tell a domestic event (see the module docstring). A foreign country's demonym there
    ("X says Yian forces shelled ...") leaves the event unplaced unless X's own demonym or "its"/"our"
    is also told."""
    country = place.candidate.feature_class == "country" and place.candidate.country is not None
    if not country or cue.event_type in _ABROAD:
        return False
    text, span = doc.text, (place.toponym.start, place.toponym.end)
    if not speaker(text, doc.tokens, span, cue):
        return False
    code = place.candidate.country
    if any(p.candidate.country != code or p.candidate.feature_class != "country" for p in group):
        return False
    for other in doc.neighbours(number):
        sentence = doc.sentences[other]
        inside = [p for p in doc.places if sentence.start <= p.toponym.start < sentence.end]
        if any(p.candidate.country != code for p in inside):
            return False
    told = text[span[1] : doc.sentences[number].end]
    codes = {act.DEMONYMS.get(word) for word in _CAPITAL.findall(told)} - {None}
    if code in codes:
        return True
    return not codes and _OWN.search(told) is not None


def speaking_home(doc: Document, number: int, group: list[Resolved], choices: dict[int, Choice]) -> set[int]:
    """The starts of the places of ``group`` (sentence ``number``) that are countries speaking of violence
    at home (:func:`speaks_at_home`, with the cue chosen for each in ``choices``): sites, not speakers."""
    return {
        p.toponym.start
        for p in group
        if (cue := choices[p.toponym.start].cue) is not None and speaks_at_home(doc, number, p, group, cue)
    }
