"""Where a named mission operates: "Operation X, in the Red Sea", "UNIFIL in southern Lebanon".

A mission or operation of the catalogue named right before "in", "off" or "across" and a capitalised
name is said to operate there: the preposition is a cue of presence for that place (the news_events
convention "a mission operating in a sea -> presence"; ACLED's "Strategic developments" code a force's
presence by where it operates). The mission's name itself is no cue (:func:`geo.events.governed._in_name`).
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue
from geo.events.document import Document

__all__ = ["mission_sites"]

#: A preposition of where a force operates right after a mission's name, before a capitalised name
#: (general English: "in", "off" a coast, "across" a region), with an optional comma of apposition.
_WHERE: Final = re.compile(r",?\s+(?P<prep>in|off|across)\s+(?:the\s+)?(?-i:[A-Z])", re.IGNORECASE)

#: "by" right before the mission: the agent of a passive ("a course held by X in Y"), whose place tells
#: where the act was done, not where the mission operates (grammar).
_AGENT: Final = re.compile(r"\bby\s+$", re.IGNORECASE)


def mission_sites(doc: Document, number: int) -> list[Cue]:
    """Presence cues of sentence ``number``: the preposition after each mission named there and followed by
    a place ("its sister mission Operation X, in the Y Sea"), in text order; not after "by" (the agent of a
    passive: "a course held by X in Y" is done in Y, told by the sentence's own cue)."""
    out = []
    for mention in doc.missions[number]:
        found = _WHERE.match(doc.text, mention.end)
        if found is not None and _AGENT.search(doc.text, max(0, mention.start - 4), mention.start) is None:
            out.append(Cue(found.start("prep"), found.end("prep"), "presence", None, 2, frame=False))
    return out
