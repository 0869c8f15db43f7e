"""Score a FeatureCollection of extracted events against a curated one (``geo eval --against``).

Only the articles present in the extracted collection are scored (``source.article_id``).

Places
    A curated place (one per article and ``gazetteer_id``) is *found* when an extracted feature of the same
    article has the same ``gazetteer_id``, or lies within the tolerance of the place's feature class and
    has the same geo precision (a city never stands in for its airport) and country: sites (airport,
    military base, facility) 5 km, cities :data:`geo.settings.override_tolerance_km` (25 km), admin
    regions and water bodies 150 km, other regions 300 km; a country needs a country feature with the
    same country code.
    These are the tolerances of the seed-place tests, rounded up to one figure per class.
Events
    Curated events other than ``mention`` are matched by place (as above), ``event_type`` and date:
    ``exact`` when the EDTF strings are equal, ``overlap`` when the days they cover overlap (an open end
    counts as unbounded). Both count as matched; ``type_only`` (right place and type, dates apart) and
    ``missing`` do not.
Extras
    Extracted places that match no curated place of their article are listed: each is either a place the
    curation left out or a false positive (a person or organisation taken for a place).
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from geo import settings
from geo.errors import InputError
from geo.gazetteer.distance import haversine_km
from geo.model.vocab import GEO_PRECISION_BY_CLASS
from geo.temporal.edtf import parse_edtf

__all__ = ["AgainstReport", "EventMatch", "PlaceMatch", "compare_collections", "tolerance_km"]

_SITE_KM = 5.0
_REGION_KM = 150.0
_WIDE_REGION_KM = 300.0


def tolerance_km(feature_class: str) -> float | None:
    """Distance within which an extracted point stands for a curated place of this class (None: countries)."""
    if feature_class == "country":
        return None
    if GEO_PRECISION_BY_CLASS.get(feature_class) == 1:
        return _SITE_KM
    if feature_class == "city":
        return float(settings.override_tolerance_km)
    if feature_class == "region":
        return _WIDE_REGION_KM
    return _REGION_KM


@dataclass(frozen=True, slots=True)
class _Place:
    article_id: str
    gazetteer_id: str
    place: str
    names: tuple[str, ...]
    feature_class: str
    country: str | None
    point: tuple[float, float]


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    """A curated place and the extracted place that stands for it (None when missing)."""

    article_id: str
    place: str
    gazetteer_id: str
    feature_class: str
    found: str | None
    distance_km: float | None


@dataclass(frozen=True, slots=True)
class EventMatch:
    """A curated event and how well the extraction reproduced it."""

    article_id: str
    place: str
    event_type: str
    date: str
    status: str
    found_date: str | None


@dataclass(slots=True)
class AgainstReport:
    """The outcome of :func:`compare_collections`."""

    articles: list[str]
    places: list[PlaceMatch] = field(default_factory=list)
    events: list[EventMatch] = field(default_factory=list)
    extras: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def places_found(self) -> int:
        """Curated places found."""
        return sum(1 for p in self.places if p.found is not None)

    @property
    def events_matched(self) -> int:
        """Curated events matched (exact or overlapping date)."""
        return sum(1 for e in self.events if e.status in ("exact", "overlap"))

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready summary and details."""
        return {
            "articles": self.articles,
            "places": {"curated": len(self.places), "found": self.places_found},
            "events": {
                "curated": len(self.events),
                "matched": self.events_matched,
                "exact": sum(1 for e in self.events if e.status == "exact"),
            },
            "place_matches": [
                {
                    "article_id": p.article_id,
                    "place": p.place,
                    "gazetteer_id": p.gazetteer_id,
                    "found": p.found,
                    "distance_km": None if p.distance_km is None else round(p.distance_km, 1),
                }
                for p in self.places
            ],
            "event_matches": [
                {
                    "article_id": e.article_id,
                    "place": e.place,
                    "event_type": e.event_type,
                    "date": e.date,
                    "status": e.status,
                    "found_date": e.found_date,
                }
                for e in self.events
            ],
            "extras": [{"article_id": a, "name": n, "gazetteer_id": g} for a, n, g in self.extras],
        }


def _places(collection: Mapping[str, Any]) -> dict[tuple[str, str], _Place]:
    out: dict[tuple[str, str], _Place] = {}
    for feature in collection["features"]:
        p = feature["properties"]
        key = (p["source"]["article_id"], p["gazetteer_id"])
        lon, lat = feature["geometry"]["coordinates"]
        known = out.get(key)
        names = (*known.names, p["name"]) if known else (p["name"],)
        out[key] = _Place(key[0], key[1], p["place"], names, p["feature_class"], p["country"], (lon, lat))
    return out


def _stands_for(found: _Place, curated: _Place) -> float | None:
    """Distance in km when ``found`` stands for ``curated`` (0 for the same entry), else None."""
    if found.gazetteer_id == curated.gazetteer_id:
        return 0.0
    if curated.feature_class == "country":
        ok = found.feature_class == "country" and found.country == curated.country
        return haversine_km(found.point, curated.point) if ok else None
    if GEO_PRECISION_BY_CLASS.get(found.feature_class) != GEO_PRECISION_BY_CLASS.get(curated.feature_class):
        return None
    if found.country and curated.country and found.country != curated.country:
        return None  # Iran's Kurdistan province never stands for Iraq's Kurdistan Region
    distance = haversine_km(found.point, curated.point)
    limit = tolerance_km(curated.feature_class)
    return distance if limit is not None and distance <= limit else None


def _bounds(date: str) -> tuple[datetime.date, datetime.date]:

    bounds = parse_edtf(date)
    return (bounds.start or datetime.date.min, bounds.end or datetime.date.max)


def compare_collections(curated: Mapping[str, Any], extracted: Mapping[str, Any]) -> AgainstReport:
    """Score ``extracted`` events against ``curated`` ones (see the module docstring).

    Parameters
    ----------
    curated, extracted
        Validated FeatureCollections (:func:`geo.model.geojson.load_feature_collection`).

    Returns
    -------
    AgainstReport
        Place and event matches for the articles both collections share, and the extra places.

    Raises
    ------
    InputError
        If the collections have no article in common.
    """
    wanted = sorted({f["properties"]["source"]["article_id"] for f in extracted["features"]})
    shared = [
        a for a in wanted if any(f["properties"]["source"]["article_id"] == a for f in curated["features"])
    ]
    if not shared:
        raise InputError(
            f"the extracted collection shares no article with the curated one (it has {wanted!r})"
        )
    report = AgainstReport(articles=shared)
    cur_places = {k: v for k, v in _places(curated).items() if k[0] in shared}
    ext_places = {k: v for k, v in _places(extracted).items() if k[0] in shared}
    standing: dict[tuple[str, str], list[str]] = {}  # curated place key -> extracted gazetteer ids
    used: set[tuple[str, str]] = set()
    for key, place in sorted(cur_places.items()):
        best: tuple[float, _Place] | None = None
        for ekey, found in ext_places.items():
            if ekey[0] != key[0]:
                continue
            distance = _stands_for(found, place)
            if distance is not None:
                standing.setdefault(key, []).append(found.gazetteer_id)
                used.add(ekey)
                if best is None or distance < best[0]:
                    best = (distance, found)
        report.places.append(
            PlaceMatch(
                key[0],
                place.place,
                place.gazetteer_id,
                place.feature_class,
                None if best is None else f"{best[1].names[0]} ({best[1].gazetteer_id})",
                None if best is None else best[0],
            )
        )
    report.extras = sorted((k[0], v.names[0], v.gazetteer_id) for k, v in ext_places.items() if k not in used)
    extracted_events = [f["properties"] for f in extracted["features"]]
    for feature in curated["features"]:
        p = feature["properties"]
        article = p["source"]["article_id"]
        if article not in shared or p["event_type"] == "mention":
            continue
        ids = set(standing.get((article, p["gazetteer_id"]), ()))
        same_type = [
            e
            for e in extracted_events
            if e["source"]["article_id"] == article
            and e["gazetteer_id"] in ids
            and e["event_type"] == p["event_type"]
        ]
        status, found_date = ("missing", None)
        if same_type:
            status, found_date = "type_only", same_type[0]["date"]
            lo, hi = _bounds(p["date"])
            for e in same_type:
                if e["date"] == p["date"]:
                    status, found_date = "exact", e["date"]
                    break
                elo, ehi = _bounds(e["date"])
                if elo <= hi and lo <= ehi and status != "overlap":
                    status, found_date = "overlap", e["date"]
        report.events.append(EventMatch(article, p["name"], p["event_type"], p["date"], status, found_date))
    return report
