"""Sentences that list the instances of the events the sentence before counts.

"Militias launched 40 attacks on bases. These include 12 on X and 9 at Y.": the places of the list are
sites of the events counted before, whatever site noun ("base") their own clause has.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Final

from geo.events.cues import Cue, refine
from geo.events.document import Document

__all__ = ["enumerated"]

#: An opening that lists the instances of what the sentence before counts ("These include ...").
_ENUMERATION: Final = re.compile(r"(?:These|They|Those)\s+(?:include|included|includes)\b")


def enumerated(doc: Document, number: int, physical: Collection[str]) -> tuple[Cue, str, str | None] | None:
    """The event of the sentence before when sentence ``number`` lists its instances.

    Parameters
    ----------
    doc
        The document.
    number
        Index of the sentence.
    physical
        Event types that happen at a place.

    Returns
    -------
    tuple or None
        The first physical event cue of the sentence before with its refined type and sub-type, when
        sentence ``number`` opens with "These/They/Those include(d)" in the same paragraph; else None.
    """
    if number == 0 or doc.sentences[number - 1].paragraph != doc.sentences[number].paragraph:
        return None
    if not _ENUMERATION.match(doc.text, doc.sentences[number].start):
        return None
    cues = [c for c in doc.cues[number - 1] if c.event_type in physical and c.frame]
    if not cues:
        return None
    event_type, sub = refine(cues[0], doc.words(number - 1))
    return (cues[0], event_type, sub) if event_type in physical else None
