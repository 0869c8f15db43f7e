"""The numbers of an event: the troop count or death toll of its sentence that belongs to it."""

from __future__ import annotations

from geo.events.cues import Cue
from geo.events.document import Document
from geo.events.numbers import Count
from geo.model.spans import Resolved

__all__ = ["event_fatalities", "event_troops"]


def event_troops(doc: Document, number: int, place: Resolved, *, cue: Cue | None = None) -> int | None:
    """The troop count nearest before the name in its sentence, else the first one after it; with a
    ``cue`` in another clause than the name (a frame), the count of the cue's clause first."""
    usable: list[Count] = []
    for count in doc.counts[number]:
        if count.kind == "troops" or (count.kind == "ellipsis" and usable):
            usable.append(count)
    if not usable:
        return None
    own = _of_clause(doc, usable, place, cue)
    if own:
        return own[0].value
    before = [c for c in usable if c.start < place.toponym.start]
    return before[-1].value if before else usable[0].value


def event_fatalities(doc: Document, number: int, place: Resolved, *, cue: Cue | None = None) -> int | None:
    """The death toll in the sentence nearest the name; with a ``cue`` in another clause than the name
    (a frame), the toll of the cue's clause first."""
    dead = [c for c in doc.counts[number] if c.kind == "fatalities"]
    if not dead:
        return None
    own = _of_clause(doc, dead, place, cue)
    if own:
        return own[0].value
    return min(dead, key=lambda c: abs(c.start - place.toponym.start)).value


def _of_clause(doc: Document, counts: list[Count], place: Resolved, cue: Cue | None) -> list[Count]:
    """The counts of the cue's clause when the cue lies in another clause than the place."""
    if cue is None or doc.clause(cue.start) == doc.clause(place.toponym.start):
        return []
    clause = doc.clause(cue.start)
    return [c for c in counts if doc.clause(c.start) == clause]
