"""The geoparsing pipeline: article -> toponyms -> resolved places -> event tags -> features."""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from geo.extract.build import EventDraft, build_features
from geo.model.article import Article
from geo.model.feature import EventFeature, EventFeatureCollection
from geo.model.spans import Resolved, Toponym

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer
    from geo.gazetteer.index import Candidate

__all__ = ["demonym_mentions", "extract", "extract_features", "extract_many", "iter_extract"]


def _gazetteer(gazetteer: Gazetteer | None) -> Gazetteer:
    if gazetteer is not None:
        return gazetteer
    from geo.gazetteer import default_gazetteer

    return default_gazetteer()


def extract_features(
    article: Article, *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> list[EventFeature]:
    """Return the event features of one article (see :func:`extract`)."""
    from geo.events import tag_events
    from geo.recognize import recognize
    from geo.resolve import resolve

    gaz = _gazetteer(gazetteer)
    text = article.text
    toponyms = recognize(text, gazetteer=gaz)
    places = resolve(text, toponyms, gazetteer=gaz)
    tags = tag_events(text, places, published=article.published, include_mentions=True)
    drafts = [_draft(tag) for tag in tags]
    covered = {d.place.candidate.id for d in drafts}
    drafts += demonym_mentions(toponyms, gaz, covered=covered, published=article.published)
    features = build_features(article, drafts)
    return [f for f in features if f.properties.confidence >= min_confidence]


def demonym_mentions(
    toponyms: Sequence[Toponym], gazetteer: Gazetteer, *, covered: set[str], published: str | None
) -> list[EventDraft]:
    """Return ``mention`` drafts for countries the article names only through demonyms.

    "Syrian officials" names Syria; the resolver places only ``place`` toponyms and the event tagger uses
    demonyms as actor context, so a country that appears nowhere else would drop off the record. Such a
    country (the demonym's ``country``, gazetteer entry ``iso:<code>``) gets one ``mention`` draft with
    every demonym span as evidence, dated with the publication date, at half the recogniser's score.
    """
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
        candidate = _country_entry(gazetteer, key)
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


#: Country entries (``iso:<code>``) by gazetteer, None for a code the gazetteer lacks. A gazetteer is
#: read-only, so its entries stay valid while it lives; at most a few hundred codes per gazetteer.
_COUNTRIES: weakref.WeakKeyDictionary[Gazetteer, dict[str, Candidate | None]] = weakref.WeakKeyDictionary()


def _country_entry(gazetteer: Gazetteer, key: str) -> Candidate | None:
    """``gazetteer.get(key)`` for a country key, remembered per gazetteer; None when there is none."""
    from geo.errors import PlaceNotFoundError

    known = _COUNTRIES.get(gazetteer)
    if known is None:
        known = _COUNTRIES[gazetteer] = {}
    if key in known:
        return known[key]
    try:
        found: Candidate | None = gazetteer.get(key)
    except PlaceNotFoundError:
        found = None
    if len(known) < 1024:
        known[key] = found
    return found


def _draft(tag: Any) -> EventDraft:
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
        time_precision=getattr(tag, "time_precision", None),
        notes=getattr(tag, "notes", None),
    )


def extract(
    article: Article, *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> EventFeatureCollection:
    """Geoparse one article into a FeatureCollection of event features.

    Parameters
    ----------
    article
        The article; mention offsets in the output index into ``article.text``.
    gazetteer
        The gazetteer to use (default: the process-wide :func:`geo.gazetteer.default_gazetteer`).
        Pass one instance to many calls; opening it is the costly part.
    min_confidence
        Drop features whose confidence is lower.

    Returns
    -------
    EventFeatureCollection
        One feature per place, event type and date, each with ``confidence``, ``source`` (its
        ``article_id`` is the article id) and ``mentions``; sorted by first mention, deterministic.
    """
    features = extract_features(article, gazetteer=gazetteer, min_confidence=min_confidence)
    return EventFeatureCollection(type="FeatureCollection", features=features)


def iter_extract(
    articles: Iterable[Article], *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> Iterator[tuple[Article, list[EventFeature]]]:
    """Yield each article with its features, reusing one gazetteer."""
    gaz = _gazetteer(gazetteer)
    for article in articles:
        yield article, extract_features(article, gazetteer=gaz, min_confidence=min_confidence)


def extract_many(
    articles: Iterable[Article], *, gazetteer: Gazetteer | None = None, min_confidence: float = 0.0
) -> EventFeatureCollection:
    """Geoparse several articles into one FeatureCollection (features in article order)."""
    features = [
        f
        for _, found in iter_extract(articles, gazetteer=gazetteer, min_confidence=min_confidence)
        for f in found
    ]
    return EventFeatureCollection(type="FeatureCollection", features=features)
