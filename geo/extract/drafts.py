"""Drafts for the feature builder from the stages' output: event tags, and countries named by demonyms."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from typing import TYPE_CHECKING, Final

from geo.errors import PlaceNotFoundError
from geo.extract.build import EventDraft
from geo.model.spans import Resolved, Toponym

if TYPE_CHECKING:
    from geo.events import EventTag
    from geo.gazetteer import Gazetteer
    from geo.gazetteer.index import Candidate

__all__ = ["COUNTRY_MEMO_SIZE", "demonym_mentions", "tag_draft"]

#: Most country entries a memo of :func:`demonym_mentions` keeps (there are a few hundred codes).
COUNTRY_MEMO_SIZE: Final = 1024


def demonym_mentions(
    toponyms: Sequence[Toponym],
    gazetteer: Gazetteer,
    *,
    covered: set[str],
    published: str | None,
    countries: MutableMapping[str, Candidate | None] | None = None,
) -> list[EventDraft]:
    """Return ``mention`` drafts for countries the article names only through demonyms.

    "Syrian officials" names Syria; the resolver places only ``place`` toponyms and the event tagger uses
    demonyms as actor context, so a country that appears nowhere else would drop off the record. Such a
    country (the demonym's ``country``, gazetteer entry ``iso:<code>``) gets one ``mention`` draft with
    every demonym span as evidence, dated with the publication date, at half the recogniser's score.

    Parameters
    ----------
    toponyms
        The article's toponyms; only ``kind="demonym"`` ones with a ``country`` count.
    gazetteer
        The index the country entries come from.
    covered
        Gazetteer ids that have a feature already (their countries get no draft).
    published
        The date of the drafts.
    countries
        Country entries of ``gazetteer`` by key (``iso:<code>``, None for a code it lacks), filled as they
        are looked up: pass the same mapping for every article of one gazetteer (a
        :class:`geo.Geoparser` keeps one). None looks them up for this call only.
    """
    known: MutableMapping[str, Candidate | None] = {} if countries is None else countries
    out: dict[str, EventDraft] = {}
    for toponym in toponyms:
        if toponym.kind != "demonym" or toponym.country is None:
            continue
        span = (toponym.start, toponym.end)
        key = f"iso:{toponym.country}"
        if key in covered:
            continue
        draft = out.get(key)
        if draft is not None:
            draft.mentions.append(span)
            continue
        candidate = _country_entry(gazetteer, key, known)
        if candidate is None or candidate.id in covered:
            continue
        out[key] = EventDraft(
            place=Resolved(toponym=toponym, candidate=candidate, score=toponym.score),
            event_type="mention",
            date=published,
            mentions=[span],
            confidence=0.5 * toponym.score,
            notes=f"{candidate.name} is named only through a demonym ({toponym.surface}).",
        )
    return list(out.values())


def _country_entry(
    gazetteer: Gazetteer, key: str, known: MutableMapping[str, Candidate | None]
) -> Candidate | None:
    """``gazetteer.get(key)`` for a country key, remembered in ``known``; None when there is none."""
    if key in known:
        return known[key]
    try:
        found: Candidate | None = gazetteer.get(key)
    except PlaceNotFoundError:
        found = None
    if len(known) < COUNTRY_MEMO_SIZE:
        known[key] = found
    return found


def tag_draft(tag: EventTag) -> EventDraft:
    """Adapt an event tag of :mod:`geo.events` to the builder's draft."""
    place: Resolved = tag.place
    return EventDraft(
        place=place,
        event_type=tag.event_type,
        date=tag.date,
        sub_event_type=tag.sub_event_type,
        mission=tag.mission,
        actors=list(tag.actors),
        troops=tag.troops,
        fatalities=tag.fatalities,
        mentions=[(m[0], m[1]) for m in tag.mentions],
        confidence=float(tag.confidence),
        time_precision=tag.time_precision,
        notes=tag.notes,
    )
