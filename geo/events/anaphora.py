"""Places a sentence refers back to: "there", "the city", "the base" after a sentence that named them.

An event is often told in the sentence after the one that names its place ("Northampton is a town in
Fulton County. Two soldiers were killed there on Friday."). A sentence with a physical event cue and no
place of its own is linked to the place its back-reference means, in the nearest of the one or two
sentences before it in the same paragraph that names a place of a fitting class: "the city", "the town"
and "the village" a city; "the base" and "the camp" a military base or airport; "the airport" an
airport; "there" any place but a country or a sea. In that sentence the first town or site named is
taken, else the first place (the one the sentence is about: "X is a town in Y County, Z"). Not the
"there" of "there was", nor vaguer words such as "the area", "the region" or "the country", which name
a neighbourhood or a nation as often as the place. The event keeps the place's own mention and adds the
back-reference's offsets, so its mentions point at what the text says.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from geo.events.document import Document
from geo.model.spans import Resolved

__all__ = ["LOOKBACK", "ReferredPlace", "referred_place", "referring_sentences"]

#: Sentences before the one with the back-reference searched for the place it means.
LOOKBACK: Final = 2
#: How much less sure a place reached through a back-reference is.
REFERENCE_FACTOR: Final = 0.8
_REFERENCE: Final = re.compile(
    r"\b(?:(?P<any>there)(?!\s+(?:is|are|was|were|has|have|had|will|would|seem|seems|seemed|may|might"
    r"|must|could|should|remain|remains|remained|appear|appears|appeared|exist|exists|existed)\b)(?!['’])"
    r"|[Tt]he (?:(?P<city>city|town|village)|(?P<base>base|camp)|(?P<airport>airport)))\b"
)
_POINTS: Final = frozenset({"city", "airport", "military_base", "facility"})
#: Feature classes each back-reference can mean.
_FITS: Final[dict[str, frozenset[str]]] = {
    "any": frozenset({"city", "airport", "military_base", "facility", "admin_region", "region"}),
    "city": frozenset({"city"}),
    "base": frozenset({"military_base", "airport"}),
    "airport": frozenset({"airport"}),
}


@dataclass(frozen=True, slots=True)
class ReferredPlace:
    """A back-reference and the place it means: ``place`` is a synthetic mention on the reference's
    words (name and candidate of the antecedent), ``antecedent`` the mention it was taken from."""

    place: Resolved
    antecedent: Resolved


def referred_place(
    doc: Document, number: int, spots: list[Resolved], physical: frozenset[str]
) -> ReferredPlace | None:
    """The place sentence ``number`` refers back to, when it has a physical cue and a back-reference.

    Parameters
    ----------
    doc
        The prepared document.
    number
        Index of a sentence that names no place itself.
    spots
        The document's place mentions in text order (nested ones left out).
    physical
        Event types that happen at a place.
    """
    if not any(cue.event_type in physical for cue in doc.cues[number]):
        return None
    sentence = doc.sentences[number]
    found = _REFERENCE.search(doc.text, sentence.start, sentence.end)
    if found is None or found.lastgroup is None:
        return None
    fits = _FITS[found.lastgroup]
    low = max(0, number - LOOKBACK)
    paragraph = sentence.paragraph
    by_sentence: dict[int, list[Resolved]] = {}
    for place in reversed(spots):
        where = doc.index(place.toponym.start)
        if where >= number:
            continue
        if where < low or doc.sentences[where].paragraph != paragraph:
            break
        if place.candidate.feature_class in fits:
            by_sentence.setdefault(where, []).insert(0, place)
    if not by_sentence:
        return None
    # The nearest sentence that names a fitting place; in it, the first point (town, site) named, else
    # the first place: the one that sentence is about ("X is a town in Y County, Z").
    nearest = by_sentence[max(by_sentence)]
    antecedent = next((p for p in nearest if p.candidate.feature_class in _POINTS), nearest[0])
    start, end = found.span()
    toponym = replace(antecedent.toponym, start=start, end=end, surface=doc.text[start:end])
    synthetic = Resolved(toponym, antecedent.candidate, round(REFERENCE_FACTOR * antecedent.score, 4))
    return ReferredPlace(synthetic, antecedent)


def referring_sentences(
    doc: Document,
    spots: Sequence[Resolved],
    nested: set[tuple[int, int]],
    by_sentence: dict[int, list[Resolved]],
    physical: frozenset[str],
) -> dict[int, ReferredPlace]:
    """Sentences without a place that refer back to one ("killed there"), with the place they mean."""
    plain = [p for p in spots if (p.toponym.start, p.toponym.end) not in nested]
    out = {}
    for number in range(1, len(doc.sentences)):
        if number not in by_sentence and doc.cues[number]:
            found = referred_place(doc, number, plain, physical)
            if found is not None:
                out[number] = found
    return out
