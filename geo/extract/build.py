"""Event tags on resolved places -> event features of the contract (pure, deterministic).

One feature per article, place, event type and date (:func:`geo.features.event_id`): tags that share
these four are merged (mentions and actors joined, the largest troop and fatality counts kept, the
highest confidence kept). Places named without an event arrive as ``mention`` tags from
:func:`geo.events.tag_events`.

Confidence of a feature = confidence of the event tag, rounded to 3 decimals (:func:`geo.events.tag_events`
already weighs the resolver's score for the place into it).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from geo import settings
from geo.articles import Article
from geo.features import EventFeature, EventProperties, Mention, Point, Source, event_id
from geo.toponyms import Resolved
from geo.vocab import EVENT_TYPES, FEATURE_CLASSES, TIME_PRECISIONS

__all__ = ["EventDraft", "build_features"]

log = logging.getLogger(__name__)

# The patterns of :class:`geo.features.EventProperties`, matched whole (``fullmatch``).
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]*")
_GAZETTEER_ID = re.compile(r"[a-z0-9_]+:.+")
_COUNTRY = re.compile(r"[A-Z]{2}")
_SUB_EVENT_TYPE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
_EDTF = re.compile(r"[0-9./~?%X-]+")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


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
    from geo.dates import parse_edtf

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
    features = []
    source: Source | None = None
    digits = settings.coordinate_precision
    for draft, props in merged.values():
        props["mentions"] = [{"start": s, "end": e} for s, e in sorted(props["mentions"])]
        candidate = draft.place.candidate
        if source is None:
            source = Source.model_validate(source_props)  # validated once per article, shared by its features
        properties = _properties(props, source)
        point = Point(type="Point", coordinates=(round(candidate.lon, digits), round(candidate.lat, digits)))
        # The id agrees with properties.id by construction.
        features.append(
            EventFeature.model_construct(
                type="Feature", id=properties.id, geometry=point, properties=properties
            )
        )
    features.sort(
        key=lambda f: (f.properties.mentions[0].start if f.properties.mentions else -1, f.properties.id)
    )
    return features


def _properties(props: dict[str, Any], source: Source) -> EventProperties:
    """Return the properties as a model, validated by checks equivalent to the contract's.

    Full pydantic validation costs about as much as the rest of the feature; the values here are built by
    the pipeline, so :func:`_conforms` checks the same constraints (types, patterns, vocabularies,
    ranges and :func:`geo.validation.checks.check_properties`) directly and the model is constructed
    without validating again. Anything :func:`_conforms` does not vouch for goes through the model's
    own validation, which raises the contract's error. ``tests/test_extract_build_fast.py`` checks
    that both paths give the same features.
    """
    if _conforms(props):
        mentions = [Mention(**m) for m in props["mentions"]]  # validated: cheaper than constructing
        return EventProperties.model_construct(**{**props, "source": source, "mentions": mentions})
    return EventProperties(**props)


def _conforms(props: dict[str, Any]) -> bool:
    """True when ``props`` (source and mentions as plain mappings) meets :class:`EventProperties`."""
    from geo.validation.checks import check_properties

    confidence = props["confidence"]
    geo_precision = props["geo_precision"]
    for name in ("id", "name", "place", "gazetteer_id", "date"):
        if type(props[name]) is not str or not props[name]:
            return False
    for name in ("country", "sub_event_type", "mission", "date_start", "date_end", "notes"):
        value = props[name]
        if value is not None and (type(value) is not str or (not value and name != "notes")):
            return False
    for name in ("troops", "fatalities"):
        value = props[name]
        if value is not None and (type(value) is not int or value < 0):
            return False
    return (
        _ID.fullmatch(props["id"]) is not None
        and _GAZETTEER_ID.fullmatch(props["gazetteer_id"]) is not None
        and props["feature_class"] in FEATURE_CLASSES
        and (props["country"] is None or _COUNTRY.fullmatch(props["country"]) is not None)
        and props["event_type"] in EVENT_TYPES
        and (
            props["sub_event_type"] is None or _SUB_EVENT_TYPE.fullmatch(props["sub_event_type"]) is not None
        )
        and type(props["actors"]) is list
        and all(type(actor) is str and actor for actor in props["actors"])
        and _EDTF.fullmatch(props["date"]) is not None
        and (props["date_start"] is None or _ISO_DATE.fullmatch(props["date_start"]) is not None)
        and (props["date_end"] is None or _ISO_DATE.fullmatch(props["date_end"]) is not None)
        and props["time_precision"] in TIME_PRECISIONS
        and type(geo_precision) is int
        and 1 <= geo_precision <= 4
        and type(confidence) is float
        and 0.0 <= confidence <= 1.0
        and not check_properties(props)
    )


def _larger(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
