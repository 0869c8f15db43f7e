"""Event tags on resolved places -> event features of the contract (pure, deterministic).

One feature per article, place, event type and date (:func:`geo.model.feature.event_id`): tags that share
these four are merged (mentions and actors joined, the largest troop and fatality counts kept, the
highest confidence kept). Places named without an event arrive as ``mention`` tags from
:func:`geo.events.tag_events`.

Confidence of a feature = confidence of the event tag, rounded to 3 decimals (:func:`geo.events.tag_events`
already weighs the resolver's score for the place into it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from geo.model.article import Article
from geo.model.build import Draft, EventPlace, When, build_event
from geo.model.feature import EventFeature, Source, event_id
from geo.model.spans import Resolved

__all__ = ["EventDraft", "build_features"]

log = logging.getLogger(__name__)


@dataclass(slots=True)
class EventDraft:
    """What the feature builder needs from an event tag, in one flat, mutable record."""

    place: Resolved
    event_type: str
    date: str | None
    sub_event_type: str | None = None
    mission: str | None = None
    actors: list[str] = field(default_factory=list)
    troops: int | None = None
    fatalities: int | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    confidence: float = 1.0
    time_precision: str | None = None
    notes: str | None = None


def build_features(article: Article, drafts: Iterable[EventDraft]) -> list[EventFeature]:
    """Turn drafts into validated features, merged by event id and sorted by first mention.

    Drafts without a date (no date in the text and no publication date) are skipped with a warning.
    Each feature is made by the one event builder, :func:`geo.model.build.build_event`.

    Raises
    ------
    pydantic.ValidationError
        If a draft breaks the feature contract (a bug in a stage, not a user error).
    """
    merged: dict[str, _Merged] = {}
    skipped = 0
    for draft in drafts:
        if draft.date is None:
            skipped += 1
            continue
        candidate = draft.place.candidate
        fid = event_id(
            article_id=article.id, place_id=candidate.id, event_type=draft.event_type, date=draft.date
        )
        spans = {(draft.place.toponym.start, draft.place.toponym.end), *draft.mentions}
        confidence = round(max(0.0, min(1.0, draft.confidence)), 3)
        known = merged.get(fid)
        if known is None:
            merged[fid] = _Merged(draft, spans, sorted(set(draft.actors)), confidence)
            continue
        known.spans |= spans
        known.actors = sorted({*known.actors, *draft.actors})
        known.troops = _larger(known.troops, draft.troops)
        known.fatalities = _larger(known.fatalities, draft.fatalities)
        known.confidence = max(known.confidence, confidence)
        known.mission = known.mission or draft.mission
        known.sub_event_type = known.sub_event_type or draft.sub_event_type
    if skipped:
        log.warning("%s: %d event(s) without a date skipped; give a publication date", article.id, skipped)
    if not merged:
        return []
    source_props = article.source()  # once: it hashes the text
    try:  # validated once per article, shared by its features
        source: Source | dict[str, Any] = Source.model_validate(source_props)
    except ValidationError:
        source = source_props  # the builder's full validation names the problem
    features = [build_event(*item.parts(), source, id=fid) for fid, item in merged.items()]
    features.sort(
        key=lambda f: (f.properties.mentions[0].start if f.properties.mentions else -1, f.properties.id)
    )
    return features


@dataclass(slots=True)
class _Merged:
    """The drafts of one event id, merged: the first draft and what later ones add."""

    draft: EventDraft
    spans: set[tuple[int, int]]
    actors: list[str]
    confidence: float
    troops: int | None = None
    fatalities: int | None = None
    mission: str | None = None
    sub_event_type: str | None = None

    def __post_init__(self) -> None:
        first = self.draft
        self.troops, self.fatalities = first.troops, first.fatalities
        self.mission, self.sub_event_type = first.mission, first.sub_event_type

    def parts(self) -> tuple[EventPlace, Draft]:
        first = self.draft
        candidate = first.place.candidate
        assert first.date is not None  # drafts without a date are skipped before
        place = EventPlace(
            name=first.place.toponym.surface,
            place=candidate.name,
            gazetteer_id=candidate.id,
            feature_class=candidate.feature_class,
            country=candidate.country,
            geo_precision=candidate.geo_precision,
            lon=candidate.lon,
            lat=candidate.lat,
        )
        draft = Draft(
            event_type=first.event_type,
            when=When.of(first.date, week=first.time_precision == "week"),
            sub_event_type=self.sub_event_type,
            mission=self.mission,
            actors=self.actors,
            troops=self.troops,
            fatalities=self.fatalities,
            mentions=sorted(self.spans),
            notes=first.notes,
            confidence=self.confidence,
        )
        return place, draft


def _larger(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
