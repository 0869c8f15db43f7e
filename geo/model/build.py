"""The one builder of event features: a place, a draft of the event and a source → an :class:`EventFeature`.

Every stage that makes events (extraction, curation, the ACLED, UCDP and CSV importers) describes the
place (:class:`EventPlace`), what happened when (:class:`Draft`, its date in :class:`When`) and the
source, and calls :func:`build_event`, so the properties are assembled in one place, in contract order.

The values are checked by the contract's own constraints in :mod:`geo.model.conform` and the models are
made without validating again (about half the cost of a feature); anything not vouched for there goes
through the models' full validation (:meth:`EventFeature.from_lonlat`), which raises the contract's
error. ``tests/test_model_build.py`` and ``tests/test_extract_build_fast.py`` check both paths agree.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from geo import settings
from geo.model.conform import (
    construct,
    date_conforms,
    event_conforms,
    mentions_or_none,
    place_conforms,
    point_or_none,
    source_conforms,
)
from geo.model.feature import EventFeature, EventProperties, Source
from geo.temporal.edtf import parse_edtf

__all__ = ["Draft", "EventPlace", "When", "build_event"]


@dataclass(slots=True)
class EventPlace:
    """Where an event happened: the place as written, its gazetteer entry and its point (a plain record,
    not frozen: made once per feature, where a frozen dataclass costs several times more)."""

    name: str
    place: str
    gazetteer_id: str
    feature_class: str
    country: str | None
    geo_precision: int
    lon: float
    lat: float


@dataclass(frozen=True, slots=True)
class When:
    """The date of an event as EDTF, its first and last day (ISO) and its precision."""

    date: str
    date_start: str | None
    date_end: str | None
    time_precision: str

    @classmethod
    def of(cls, date: str, *, week: bool = False) -> When:
        """The normalised EDTF ``date`` with the bounds and precision it implies (remembered: dates repeat).

        With ``week``, an interval of less than seven days has precision ``week`` (the contract allows
        it) instead of ``range``.

        Raises
        ------
        InputError
            If ``date`` is not supported EDTF.
        """
        return _when(date, week)


@functools.lru_cache(maxsize=4096)
def _when(date: str, week: bool) -> When:
    bounds = parse_edtf(date)
    precision = bounds.precision
    if week and bounds.start is not None and bounds.end is not None and (bounds.end - bounds.start).days < 7:
        precision = "week"
    return When(bounds.edtf, bounds.iso_start, bounds.iso_end, precision)


@dataclass(slots=True)
class Draft:
    """What happened at the place: type, date, actors, numbers, evidence and our note.

    ``mentions`` are ``(start, end)`` tuples of character offsets (other items are handed to the
    models' validation as they are).
    """

    event_type: str
    when: When
    sub_event_type: str | None = None
    mission: str | None = None
    actors: list[str] = field(default_factory=list)
    troops: int | None = None
    fatalities: int | None = None
    mentions: Sequence[Any] = ()
    notes: str | None = None
    confidence: float = 1.0


def build_event(
    place: EventPlace, draft: Draft, source: Source | Mapping[str, Any], *, id: str
) -> EventFeature:
    """Return the event feature of ``draft`` at ``place`` from ``source``, with the stable ``id``.

    The point is rounded to :data:`geo.settings.coordinate_precision` decimals. ``source`` may be a
    validated :class:`Source` (shared by the features of one article) or its mapping.

    Raises
    ------
    pydantic.ValidationError
        (a ``ValueError``) if the values break the contract; the same error as
        :meth:`EventFeature.from_lonlat` gives.
    """
    when = draft.when
    props: dict[str, Any] = {
        "id": id,
        "name": place.name,
        "place": place.place,
        "gazetteer_id": place.gazetteer_id,
        "feature_class": place.feature_class,
        "country": place.country,
        "event_type": draft.event_type,
        "sub_event_type": draft.sub_event_type,
        "mission": draft.mission,
        "actors": draft.actors.copy() if type(draft.actors) is list else draft.actors,  # the model owns it
        "date": when.date,
        "date_start": when.date_start,
        "date_end": when.date_end,
        "time_precision": when.time_precision,
        "geo_precision": place.geo_precision,
        "troops": draft.troops,
        "fatalities": draft.fatalities,
        "source": source,
        "mentions": draft.mentions,
        "notes": draft.notes,
        "confidence": draft.confidence,
    }
    feature = _trusted(props, place)
    if feature is not None:
        return feature
    props["source"] = source.model_dump() if isinstance(source, Source) else source
    props["mentions"] = [{"start": m[0], "end": m[1]} if _pair(m) else m for m in draft.mentions]
    return EventFeature.from_lonlat(place.lon, place.lat, props)


def _pair(item: Any) -> bool:
    return type(item) is tuple and len(item) == 2


def _trusted(props: dict[str, Any], place: EventPlace) -> EventFeature | None:
    """The feature made without a second validation when every check of :mod:`geo.model.conform` passes."""
    source = _checked_source(props["source"])
    if source is None:
        return None
    mentions = mentions_or_none(props["mentions"])
    if (
        mentions is None
        or not event_conforms(props)
        or not place_conforms(
            props["gazetteer_id"],
            props["place"],
            props["feature_class"],
            props["country"],
            props["geo_precision"],
        )
        or not date_conforms(props["date"], props["date_start"], props["date_end"], props["time_precision"])
    ):
        return None
    try:
        lon, lat = _rounded(place.lon, place.lat, settings.coordinate_precision)
    except TypeError:
        return None
    point = point_or_none(lon, lat)
    if point is None:
        return None
    props["source"], props["mentions"] = source, mentions  # the keys are in place: field order kept
    properties = construct(EventProperties, props)
    # The id agrees with properties.id by construction.
    return construct(
        EventFeature, {"type": "Feature", "id": props["id"], "geometry": point, "properties": properties}
    )


#: Rounded points by point and digits (the places of an article's features repeat, and so do places across
#: articles; ``round`` to digits is the costly part of a float), emptied when full.
_ROUNDED: dict[tuple[Any, Any, int], tuple[Any, Any]] = {}
_ROUNDED_LIMIT = 4096


def _rounded(lon: Any, lat: Any, digits: int) -> tuple[Any, Any]:
    """``(round(lon, digits), round(lat, digits))``, remembered for floats other than zero (raises
    ``TypeError`` as ``round`` does). Equal keys are the same floats then: no 1 for 1.0, no -0.0 for 0.0."""
    if type(lon) is not float or type(lat) is not float or not lon or not lat:
        return round(lon, digits), round(lat, digits)
    key = (lon, lat, digits)
    found = _ROUNDED.get(key)
    if found is None:
        if len(_ROUNDED) >= _ROUNDED_LIMIT:
            _ROUNDED.clear()
        found = _ROUNDED[key] = (round(lon, digits), round(lat, digits))
    return found


_LAST_SOURCE: list[tuple[Source, bool]] = []


def _checked_source(source: Source | Mapping[str, Any]) -> Source | None:
    """``source`` as a validated :class:`Source` meeting the cross-field checks, else None (the answer
    for the last model is remembered: the features of one article share it; models are immutable)."""
    if isinstance(source, Source):
        if _LAST_SOURCE and _LAST_SOURCE[0][0] is source:
            return source if _LAST_SOURCE[0][1] else None
        ok = source_conforms(source.model_dump())
        _LAST_SOURCE[:] = [(source, ok)]
        return source if ok else None
    try:
        model = Source.model_validate(source)
    except ValidationError:
        return None
    return model if source_conforms(model.model_dump()) else None
