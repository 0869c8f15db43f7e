"""Gold events and predicted events for ``geo eval --events``: reading them from files and collections.

Gold comes either from a JSON-lines file in the format of the ``news_events`` set (one document a line with
``doc_id``, ``text``, ``published``, ``places`` and ``events``) or from a curated FeatureCollection (our own
``data/locations.geojson``); predictions come from geo's features or from the baseline.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.evaluation.against import tolerance_km
from geo.readers.jsonlines import iter_json_objects

__all__ = [
    "COUNTRY_TOLERANCE_KM",
    "EventDoc",
    "GoldEvent",
    "GoldPlace",
    "PredictedEvent",
    "gold_from_collection",
    "predictions_from_features",
    "read_event_gold",
    "reference_date",
]

#: Tolerance for a curated country (the middle of the news set's 300/500/700 km by country size).
COUNTRY_TOLERANCE_KM = 500.0


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """A gold place: its point ``(lon, lat)``, tolerance and whether it is optional."""

    name: str
    point: tuple[float, float]
    tol_km: float
    optional: bool = False


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """A gold event; ``types`` holds ``event_type`` first, then ``event_type_also``."""

    id: str
    place: GoldPlace
    types: tuple[str, ...]
    date: str
    fatalities: int | None = None
    fatalities_qualifier: str | None = None
    troops: int | None = None
    troops_qualifier: str | None = None
    mission: str | None = None
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True)
class EventDoc:
    """A gold document: text (empty for curated gold), dates and gold places and events.

    ``reference`` is the date passed to the extractor: ``published`` itself, or the start of an
    interval ``published`` (the extractor takes a day, month or year only).
    """

    doc_id: str
    text: str
    published: str | None
    reference: str | None
    places: tuple[GoldPlace, ...]
    events: tuple[GoldEvent, ...]
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class PredictedEvent:
    """A predicted feature: ``key`` identifies its place (gazetteer id), ``event_type`` may be ``mention``."""

    key: str
    name: str
    point: tuple[float, float]
    event_type: str
    date: str | None
    fatalities: int | None = None
    troops: int | None = None
    mission: str | None = None


def reference_date(published: str | None) -> str | None:
    """Return the date to extract with: ``published`` (a closed interval too: the readers anchor relative
    dates to both its ends), or None for an interval with an open side (extracted as undated)."""
    if published is None or "/" not in published:
        return published
    start, _, end = published.partition("/")
    return None if {start, end} & {"", ".."} else published


def _int(value: Any, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise InputError(f"{where}: expected an integer, got {value!r}")
    return value


def _place(raw: Mapping[str, Any], where: str) -> GoldPlace:
    try:
        lon, lat = raw["coord"]
        return GoldPlace(
            str(raw["name"]), (float(lon), float(lat)), float(raw["tol_km"]), bool(raw.get("optional"))
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{where}: a place needs name, coord [lon, lat] and tol_km ({exc})") from exc


def _event(raw: Mapping[str, Any], places: Mapping[str, GoldPlace], where: str) -> GoldEvent:
    place = places.get(str(raw.get("place")))
    if place is None or not isinstance(raw.get("event_type"), str) or not isinstance(raw.get("date"), str):
        raise InputError(f"{where}: event {raw.get('id')!r} needs a known place, an event_type and a date")
    return GoldEvent(
        id=str(raw.get("id")),
        place=place,
        types=(raw["event_type"], *raw.get("event_type_also", ())),
        date=raw["date"],
        fatalities=_int(raw.get("fatalities"), where),
        fatalities_qualifier=raw.get("fatalities_qualifier"),
        troops=_int(raw.get("troops"), where),
        troops_qualifier=raw.get("troops_qualifier"),
        mission=raw.get("mission"),
        duplicate_of=raw.get("duplicate_of"),
    )


def read_event_gold(path: str | Path, *, limit: int | None = None) -> list[EventDoc]:
    """Read a gold file in the ``news_events`` format (see the module docstring).

    Raises
    ------
    InputError
        For a line without ``doc_id`` and ``text`` or with a malformed place or event.
    GeoIOError
        If the file cannot be read.
    """
    docs: list[EventDoc] = []
    for _, where, data in iter_json_objects(path, what="gold file"):
        if limit is not None and len(docs) >= limit:
            break
        if not isinstance(data.get("doc_id"), str) or not isinstance(data.get("text"), str):
            raise InputError(f"{where}: a gold line needs a string doc_id and text")
        places = {}
        for raw in data.get("places", ()):
            place = _place(raw, where)
            places[place.name] = place
        events = tuple(_event(raw, places, where) for raw in data.get("events", ()))
        published = data.get("published")
        docs.append(
            EventDoc(
                doc_id=data["doc_id"],
                text=data["text"],
                published=published,
                reference=reference_date(published),
                places=tuple(places.values()),
                events=events,
                title=data.get("title"),
                url=data.get("url"),
            )
        )
    return docs


def _curated_tolerance(feature_class: str) -> float:
    found = tolerance_km(feature_class)
    return COUNTRY_TOLERANCE_KM if found is None else found


def gold_from_collection(curated: Mapping[str, Any], *, articles: Sequence[str]) -> list[EventDoc]:
    """Turn a curated FeatureCollection into gold documents, one per article in ``articles``.

    Each distinct ``gazetteer_id`` of an article is a gold place, with the tolerance of
    :func:`geo.evaluation.against.tolerance_km` (countries :data:`COUNTRY_TOLERANCE_KM`); each feature
    other than ``mention`` is a gold event, once per place, type and date (the curated file may list one
    event under two surface forms of its place). The documents have no text.
    """
    out = []
    for article in articles:
        features = [f for f in curated["features"] if f["properties"]["source"]["article_id"] == article]
        places: dict[str, GoldPlace] = {}
        events = []
        seen: set[tuple[str, str, str]] = set()
        published = None
        for number, feature in enumerate(features, start=1):
            p = feature["properties"]
            published = published or p["source"].get("published")
            lon, lat = feature["geometry"]["coordinates"]
            place = places.setdefault(
                p["gazetteer_id"],
                GoldPlace(p["place"], (float(lon), float(lat)), _curated_tolerance(p["feature_class"])),
            )
            key = (p["gazetteer_id"], p["event_type"], p["date"])
            if p["event_type"] != "mention" and key not in seen:
                seen.add(key)
                events.append(
                    GoldEvent(
                        id=f"{article}-e{number:02d}",
                        place=place,
                        types=(p["event_type"],),
                        date=p["date"],
                        fatalities=p.get("fatalities"),
                        troops=p.get("troops"),
                        mission=p.get("mission"),
                    )
                )
        out.append(
            EventDoc(article, "", published, reference_date(published), tuple(places.values()), tuple(events))
        )
    return out


def predictions_from_features(features: Iterable[Mapping[str, Any]]) -> dict[str, list[PredictedEvent]]:
    """Group GeoJSON event features (dicts of the contract) by ``source.article_id`` as predictions.

    A feature repeating the place (``gazetteer_id``), event type and date of an earlier one of its article
    is the same event (the contract's event identity) and is left out.
    """
    out: dict[str, list[PredictedEvent]] = {}
    seen: set[tuple[str, str, str, str]] = set()
    for feature in features:
        p = feature["properties"]
        key = (p["source"]["article_id"], p["gazetteer_id"], p["event_type"], p["date"])
        if key in seen:
            continue
        seen.add(key)
        lon, lat = feature["geometry"]["coordinates"]
        out.setdefault(p["source"]["article_id"], []).append(
            PredictedEvent(
                key=p["gazetteer_id"],
                name=p["name"],
                point=(float(lon), float(lat)),
                event_type=p["event_type"],
                date=p.get("date"),
                fatalities=p.get("fatalities"),
                troops=p.get("troops"),
                mission=p.get("mission"),
            )
        )
    return out
