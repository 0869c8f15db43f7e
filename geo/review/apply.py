"""Re-apply review decisions to events: the reviewed collection, from an extraction and a decisions file.

The same function makes the file the review page saves and the one ``geo review apply`` writes, so
applying a decisions file to a fresh extraction of the same articles gives the reviewed file byte
for byte. Order is the extraction's: a rejected event is left out, an accepted or edited one stays
in its place, and an article's added events follow its last extracted event (sorted by first
mention), or come at the end for an article without extracted events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import pydantic

from geo.errors import InputError
from geo.model.build import Draft, EventPlace, When, build_event
from geo.model.catalog import MISSIONS
from geo.model.feature import EventFeature, EventFeatureCollection, event_id
from geo.review.decisions import ArticleDecisions, Decision, DecisionsFile, EventFields, fingerprint

__all__ = ["Applied", "apply_decisions", "event_key", "reviewed_feature"]

#: Confidence of an event a person accepted, corrected or added (curated facts are 1.0 too).
REVIEWED_CONFIDENCE = 1.0

Key = tuple[str, tuple[tuple[int, int], ...], str]


@dataclass
class Applied:
    """The reviewed collection and what happened to each decision.

    Attributes
    ----------
    collection
        Extracted events with the decisions applied, plus the added events.
    decided
        Number of extracted events a decision was applied to.
    pending
        Ids of extracted events without a decision (new, or changed since the review).
    stale
        ``(article id, mentions)`` of decisions whose event is not in the extraction any more.
    reviewed
        Ids of the events a person accepted, corrected or added.
    """

    collection: EventFeatureCollection
    decided: int = 0
    pending: list[str] = field(default_factory=list)
    reviewed: list[str] = field(default_factory=list)
    stale: list[tuple[str, list[tuple[int, int]]]] = field(default_factory=list)


def event_key(feature: EventFeature) -> Key:
    """The key a decision finds its event by: article hash, mention offsets and fingerprint."""
    props = feature.properties
    spans = tuple((m.start, m.end) for m in props.mentions)
    return (props.source.sha256 or "", spans, fingerprint(feature))


def _decision_key(article: ArticleDecisions, decision: Decision) -> Key:
    spans = tuple((s, e) for s, e in decision.mentions)
    return (article.sha256, spans, decision.was.fingerprint if decision.was else "")


def apply_decisions(collection: EventFeatureCollection, decisions: DecisionsFile | None) -> Applied:
    """Apply ``decisions`` to ``collection`` (see the module docstring for the order).

    Raises
    ------
    InputError
        If an edited or added event breaks the contract (the message names the article and the
        mentions) or two events would share an id.
    """
    articles = decisions.articles if decisions is not None else []
    wanted: dict[Key, tuple[ArticleDecisions, Decision]] = {}
    added: dict[str, list[EventFeature]] = {}
    for article in articles:
        for decision in article.decisions:
            if decision.action == "add":
                added.setdefault(article.sha256, []).append(_added(article, decision))
            else:
                wanted[_decision_key(article, decision)] = (article, decision)
    for features in added.values():
        features.sort(key=lambda f: (_first(f), f.id))
    last_of: dict[str, int] = {}
    for index, feature in enumerate(collection.features):
        last_of[feature.properties.source.sha256 or ""] = index
    result = Applied(EventFeatureCollection(type="FeatureCollection", features=[]))
    out = result.collection.features
    used: set[Key] = set()
    for index, feature in enumerate(collection.features):
        key = event_key(feature)
        found = wanted.get(key)
        if found is None:
            out.append(feature)
            result.pending.append(feature.id)
        else:
            used.add(key)
            result.decided += 1
            article, decision = found
            if decision.action != "reject":
                out.append(reviewed_feature(feature, decision.set, where=_where(article, decision)))
                result.reviewed.append(out[-1].id)
        sha = key[0]
        if last_of.get(sha) == index:
            result.reviewed.extend(f.id for f in added.get(sha, []))
            out.extend(added.pop(sha, []))
    for article in articles:
        result.reviewed.extend(f.id for f in added.get(article.sha256, []))
        out.extend(added.pop(article.sha256, []))
    result.stale = [
        (article.id, list(decision.mentions))
        for key, (article, decision) in wanted.items()
        if key not in used
    ]
    _unique_ids(out)
    return result


def _first(feature: EventFeature) -> tuple[int, int]:
    mentions = feature.properties.mentions
    return (mentions[0].start, mentions[0].end) if mentions else (0, 0)


def _where(article: ArticleDecisions, decision: Decision) -> str:
    return f"article {article.id!r}, event at {[list(s) for s in decision.mentions]!r}"


def _unique_ids(features: Sequence[EventFeature]) -> None:
    seen: set[str] = set()
    for feature in features:
        if feature.id in seen:
            raise InputError(
                f"two reviewed events share id {feature.id!r}: same article, place, type, sub-type and date"
            )
        seen.add(feature.id)


def _added(article: ArticleDecisions, decision: Decision) -> EventFeature:
    assert decision.set is not None  # checked by Decision
    base: dict[str, Any] = {
        "name": None,
        "event_type": None,
        "sub_event_type": None,
        "mission": None,
        "actors": [],
        "date": None,
        "troops": None,
        "fatalities": None,
        "notes": None,
        "mentions": [tuple(span) for span in decision.mentions],
        "source": {"article_id": article.id, **article.source, "sha256": article.sha256},
    }
    return _build(base, decision.set, where=_where(article, decision))


def reviewed_feature(feature: EventFeature, changes: EventFields | None, *, where: str) -> EventFeature:
    """Return ``feature`` accepted (``changes`` None) or corrected by ``changes``, with confidence 1.

    An accepted event keeps its id; a corrected one gets the id of its new article, place, type and
    sub-type, and date (:func:`geo.model.feature.event_id`, as curated events).

    Raises
    ------
    InputError
        If the corrected event breaks the contract (naming ``where``).
    """
    props = feature.properties
    if changes is None:
        plain = feature.model_dump(mode="json")
        plain["properties"]["confidence"] = REVIEWED_CONFIDENCE
        return EventFeature.model_validate(plain)
    lon, lat = feature.geometry.coordinates
    base: dict[str, Any] = {
        **event_fields(feature),
        "source": props.source.model_dump(),
        "place": {
            "place": props.place,
            "gazetteer_id": props.gazetteer_id,
            "feature_class": props.feature_class,
            "country": props.country,
            "geo_precision": props.geo_precision,
            "lon": lon,
            "lat": lat,
        },
    }
    return _build(base, changes, where=where)


def event_fields(feature: EventFeature) -> dict[str, Any]:
    """The editable fields of an event as plain values, in the curation files' order (mentions as
    ``[start, end]``): what review decisions change and what ``geo curate`` reads back."""
    props = feature.properties
    return {
        "name": props.name,
        "event_type": props.event_type,
        "sub_event_type": props.sub_event_type,
        "mission": props.mission,
        "actors": list(props.actors),
        "date": props.date,
        "troops": props.troops,
        "fatalities": props.fatalities,
        "notes": props.notes,
        "mentions": [[m.start, m.end] for m in props.mentions],
    }


def _build(base: dict[str, Any], changes: EventFields, *, where: str) -> EventFeature:
    values = dict(base)
    for name in changes.model_fields_set:
        value = getattr(changes, name)
        values[name] = value.model_dump() if name == "place" and value is not None else value
    place = values.get("place")
    if place is None or values["event_type"] is None or values["date"] is None:
        raise InputError(f"{where}: an event needs a place, a type and a date")
    if values["name"] is None:
        values["name"] = place["place"]
    mission = values["mission"]
    if mission is not None and mission in MISSIONS:
        mission = MISSIONS.canonical(mission)
    source = values["source"]
    id_type = values["event_type"] + (f".{values['sub_event_type']}" if values["sub_event_type"] else "")
    try:
        when = When.of(values["date"])
        fid = event_id(
            article_id=source["article_id"],
            place_id=place["gazetteer_id"],
            event_type=id_type,
            date=when.date,
        )
        where_ = EventPlace(
            name=values["name"],
            place=place["place"],
            gazetteer_id=place["gazetteer_id"],
            feature_class=place["feature_class"],
            country=place["country"],
            geo_precision=place["geo_precision"],
            lon=place["lon"],
            lat=place["lat"],
        )
        draft = Draft(
            event_type=values["event_type"],
            when=when,
            sub_event_type=values["sub_event_type"],
            mission=mission,
            actors=list(values["actors"]),
            troops=values["troops"],
            fatalities=values["fatalities"],
            mentions=[(s, e) for s, e in values["mentions"]],
            notes=values["notes"],
            confidence=REVIEWED_CONFIDENCE,
        )
        return build_event(where_, draft, source, id=fid)
    except pydantic.ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{where}: {loc}: {first['msg']}" if loc else f"{where}: {first['msg']}") from exc
    except InputError as exc:
        raise InputError(f"{where}: {exc}") from exc
