"""A seizure of power told in a clause without a place happens in the state its sentence names.

"Around 1,000 US personnel were deployed in Niger before the army seized power in July 2023", "Burkina
Faso, whose junta chief took over in a coup in September 2022, has seen ...": the coup is told in a clause of
its own (a relative or a clause of sequence) that names no place, and the other clause names the state whose
power was seized. A coup is a strategic development of that state (ACLED codes a successful coup as one, at
the country; the news_events conventions type coups `political`), so it is an event of the one country the
sentence names as a place, dated by the coup's own clause, which must hold a time of its own (without one,
a coup recalled in passing is background; "a year ago" says only how old it is). Political acts otherwise
stay tied to the places of their own clause (a decision is made where it is made,
:func:`geo.events.frames.clause_frames` makes no frame of them); a coup is none of those: it is the state's.
Not when the sentence names several countries as places ("after coups in all three countries"), nor a
country that only says whose forces ("US personnel") or is a counterpart ("cooperation with Russia").

The cue entries read as seizures of power are those of ``events_cues.yaml`` whose provenance is ACLED's
coup (Strategic developments): "coup(s)", "seized/took power", and "toppled/overthrew/ousted/deposed" a
government, president or ruler.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Final

from geo.events.context import modifies
from geo.events.cues import Cue
from geo.events.dating import date_clause
from geo.events.document import Document
from geo.model.spans import Resolved

__all__ = ["seizure_hosts"]

#: The words that begin the coup entries of ``events_cues.yaml`` (political, ACLED Strategic developments).
_SEIZURE: Final = re.compile(
    r"(?:coups?\b|(?:seiz\w*|took|takes?|taken|taking)\s+power\b|toppl\w*|overthr\w*|oust\w*|depos\w*)",
    re.IGNORECASE,
)
#: A word right before a country that makes it a counterpart of a relation, not the state that acts.
_COUNTERPART: Final = frozenset({"with", "against"})


def seizure_hosts(
    doc: Document, number: int, group: Sequence[Resolved], cues: Sequence[Cue], place_clause: Sequence[int]
) -> list[tuple[Resolved, Cue]]:
    """The country of sentence ``number`` (``group``: its places in text order, ``place_clause`` the clause
    of each) that a seizure of power told in a clause without a place (among its usable ``cues``) is an event
    of, with the cue; empty when there is none or the sentence names more than one country as a place."""
    seizures = [c for c in cues if c.event_type == "political" and _SEIZURE.match(doc.text, c.start)]
    if not seizures:
        return []
    clauses = set(place_clause)
    told = [c for c in seizures if _timed(doc, number, bisect.bisect_right(doc.clauses, c.start), clauses)]
    if not told:
        return []
    words, text = doc.tokens.words, doc.text
    states = []
    for place in group:
        if place.candidate.feature_class != "country" or modifies(text, place.toponym.end):
            continue
        before = doc.tokens.before(place.toponym.start)
        if before >= 0 and words[before].lower() in _COUNTERPART:
            continue
        states.append(place)
    if len({p.candidate.id for p in states}) != 1:
        return []
    return [(states[0], told[0])]


def _timed(doc: Document, number: int, clause: int, placed: set[int]) -> bool:
    """Whether ``clause`` of sentence ``number`` names no place (none of ``placed``) and a time of its own
    that dates a past act: not only a year counted back from the publication ("a year ago", "last year"),
    which says how old the act is, no time of it."""
    if clause in placed:
        return False
    own = [d for d in doc.dates[number] if date_clause(doc.text, doc.clauses, d) == clause]
    return any(not (d.relative and d.precision == "year") for d in own)
