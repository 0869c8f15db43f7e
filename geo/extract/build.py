"""Event tags on resolved places -> event features of the contract (pure, deterministic).

One feature per article, place, event type and date (:func:`geo.model.feature.event_id`): tags that share
these four are merged (mentions and actors joined, the troop and fatality counts one of them states kept,
the highest confidence kept), unless they state different numbers of troops or dead: two contingents or
two attacks at one place on one day stay two events, the second with ``-2`` after the id (then ``-3``...),
in the order the tags come. Places named without an event arrive as ``mention`` tags from
:func:`geo.events.tag_events`.

Confidence of a feature = confidence of the event tag, rounded to 3 decimals (:func:`geo.events.tag_events`
already weighs the resolver's score for the place into it).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from pydantic import ValidationError

from geo.model.article import Article
from geo.model.build import Draft, EventPlace, When, build_event
from geo.model.feature import EventFeature, Source, event_id
from geo.model.spans import Resolved
from geo.temporal.edtf import UNKNOWN_DATE

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

    Drafts without a date (no date in the text and no publication date) get the unknown date ``XXXX``
    (no bounds, ``time_precision`` ``unknown``; docs/schema.md), so an undated article keeps its events.
    Each feature is made by the one event builder, :func:`geo.model.build.build_event`.

    Raises
    ------
    pydantic.ValidationError
        If a draft breaks the feature contract (a bug in a stage, not a user error).
    """
    merged: dict[str, _Merged] = {}
    undated = 0
    for draft in drafts:
        if draft.date is None:
            undated += 1
            draft = replace(draft, date=UNKNOWN_DATE)  # the caller's draft stays as it was
        candidate = draft.place.candidate
        fid = event_id(
            article_id=article.id,
            place_id=candidate.id,
            event_type=draft.event_type,
            date=draft.date or UNKNOWN_DATE,
        )
        spans = {(draft.place.toponym.start, draft.place.toponym.end), *draft.mentions}
        confidence = round(max(0.0, min(1.0, draft.confidence)), 3)
        fid, known = _same_event(merged, fid, draft)
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
    if undated:
        log.warning(
            "%s: %d event(s) dated XXXX (unknown): no date in the text and no publication date",
            article.id,
            undated,
        )
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


def _same_event(merged: dict[str, _Merged], fid: str, draft: EventDraft) -> tuple[str, _Merged | None]:
    """The id of the event ``draft`` tells and its merged drafts so far (None when it is new): ``fid``,
    else ``fid-2``, ``fid-3``... when an event of that id states other numbers of troops or dead."""
    key, known, number = fid, merged.get(fid), 1
    while known is not None and not _agree(known, draft):
        number += 1
        key = f"{fid}-{number}"
        known = merged.get(key)
    return key, known


def _agree(known: _Merged, draft: EventDraft) -> bool:
    """Whether a draft states no other number of troops or of dead than the event merged so far."""
    return all(
        a is None or b is None or a == b
        for a, b in ((known.troops, draft.troops), (known.fatalities, draft.fatalities))
    )


class _Merged:
    """The drafts of one event id, merged: the first draft and what later ones add."""

    __slots__ = (
        "actors",
        "confidence",
        "draft",
        "fatalities",
        "mission",
        "spans",
        "sub_event_type",
        "troops",
    )

    def __init__(
        self, draft: EventDraft, spans: set[tuple[int, int]], actors: list[str], confidence: float
    ) -> None:
        self.draft, self.spans, self.actors, self.confidence = draft, spans, actors, confidence
        self.troops, self.fatalities = draft.troops, draft.fatalities
        self.mission, self.sub_event_type = draft.mission, draft.sub_event_type

    def parts(self) -> tuple[EventPlace, Draft]:
        first = self.draft
        candidate = first.place.candidate
        assert first.date is not None  # drafts without a date have the unknown date by now
        place = EventPlace(
            first.place.toponym.surface,
            candidate.name,
            candidate.id,
            candidate.feature_class,
            candidate.country,
            candidate.geo_precision,
            candidate.lon,
            candidate.lat,
        )
        draft = Draft(
            first.event_type,
            When.of(first.date, week=first.time_precision == "week"),
            self.sub_event_type,
            self.mission,
            self.actors,
            self.troops,
            self.fatalities,
            sorted(self.spans),
            first.notes,
            self.confidence,
        )
        return place, draft


def _larger(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b)
