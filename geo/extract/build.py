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

from geo import settings
from geo.extract.conform import (
    construct,
    date_conforms,
    event_conforms,
    mentions_or_none,
    place_conforms,
    point_or_none,
    source_conforms,
)
from geo.model.article import Article
from geo.model.feature import EventFeature, EventProperties, Point, Source, event_id
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

    Raises
    ------
    pydantic.ValidationError
        If a draft breaks the feature contract (a bug in a stage, not a user error).
    """
    from geo.temporal.edtf import parse_edtf

    merged: dict[str, tuple[EventDraft, dict[str, Any]]] = {}
    skipped = 0
    source_props = article.source()  # once: it hashes the text
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
        if known is not None:
            _, props = known
            props["mentions"] |= spans
            props["actors"] = sorted({*props["actors"], *draft.actors})
            props["troops"] = _larger(props["troops"], draft.troops)
            props["fatalities"] = _larger(props["fatalities"], draft.fatalities)
            props["confidence"] = max(props["confidence"], confidence)
            props["mission"] = props["mission"] or draft.mission
            props["sub_event_type"] = props["sub_event_type"] or draft.sub_event_type
            continue
        bounds = parse_edtf(draft.date)
        precision = bounds.precision
        if (
            draft.time_precision == "week"
            and bounds.start is not None
            and bounds.end is not None
            and (bounds.end - bounds.start).days < 7
        ):
            precision = "week"  # the contract allows "week" for an interval within seven days
        merged[fid] = (
            draft,
            {
                "id": fid,
                "name": draft.place.toponym.surface,
                "place": candidate.name,
                "gazetteer_id": candidate.id,
                "feature_class": candidate.feature_class,
                "country": candidate.country,
                "event_type": draft.event_type,
                "sub_event_type": draft.sub_event_type,
                "mission": draft.mission,
                "actors": sorted(set(draft.actors)),
                "date": bounds.edtf,
                "date_start": bounds.iso_start,
                "date_end": bounds.iso_end,
                "time_precision": precision,
                "geo_precision": candidate.geo_precision,
                "troops": draft.troops,
                "fatalities": draft.fatalities,
                "source": source_props,
                "mentions": spans,
                "notes": draft.notes,
                "confidence": confidence,
            },
        )
    if skipped:
        log.warning("%s: %d event(s) without a date skipped; give a publication date", article.id, skipped)
    if not merged:
        return []
    source = Source.model_validate(source_props)  # validated once per article, shared by its features
    source_ok = source_conforms(source_props)
    features = []
    digits = settings.coordinate_precision
    for draft, props in merged.values():
        candidate = draft.place.candidate
        properties = _properties(props, source, source_ok)
        lon, lat = round(candidate.lon, digits), round(candidate.lat, digits)
        point = point_or_none(lon, lat) or Point(type="Point", coordinates=(lon, lat))
        # The id agrees with properties.id by construction.
        features.append(
            construct(
                EventFeature,
                {"type": "Feature", "id": properties.id, "geometry": point, "properties": properties},
            )
        )
    features.sort(
        key=lambda f: (f.properties.mentions[0].start if f.properties.mentions else -1, f.properties.id)
    )
    return features


def _properties(props: dict[str, Any], source: Source, source_ok: bool) -> EventProperties:
    """Return the properties as a model, validated by checks equivalent to the contract's.

    The values here are built by the pipeline, so :mod:`geo.extract.conform` checks the contract's
    constraints directly and the model is constructed without validating again (``source`` is validated
    already and ``source_ok`` says whether it passes the cross-field checks). Anything not vouched for goes
    through the model's own validation, which raises the contract's error.
    """
    spans = sorted(props["mentions"])
    mentions = mentions_or_none(spans)
    if (
        mentions is not None
        and source_ok
        and event_conforms(props)
        and place_conforms(
            props["gazetteer_id"],
            props["place"],
            props["feature_class"],
            props["country"],
            props["geo_precision"],
        )
        and date_conforms(props["date"], props["date_start"], props["date_end"], props["time_precision"])
    ):
        props["source"], props["mentions"] = source, mentions  # the keys are in place: field order kept
        return construct(EventProperties, props)
    return EventProperties(**{**props, "mentions": [{"start": s, "end": e} for s, e in spans]})


def _larger(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
