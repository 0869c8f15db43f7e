"""Places chosen on the review page's map: a dropped point with the precision the analyst states.

A point has no gazetteer entry; its id is ``point:LON,LAT`` (6 decimals, as the coordinates), its
country the one whose outline holds it (:mod:`geo.gazetteer.outlines`; none at sea) and its feature
class follows the stated precision: 1 exact site → ``facility``, 2 town → ``city``, 3 district or
region → ``region``, 4 larger area → ``region`` (the contract's loose rule allows one level apart).
"""

from __future__ import annotations

import functools
import re
from typing import Any, Final

from geo import settings
from geo.errors import InputError
from geo.gazetteer.layers import LayerInfo
from geo.gazetteer.outlines import country_outlines
from geo.gazetteer.user import UserPlace, add_places
from geo.model.feature import EventFeatureCollection

__all__ = ["CLASS_BY_PRECISION", "country_at", "point_place", "remember_points"]

#: The label a point dropped without a name gets ("Point 36.1900°N 44.0100°E"): not a place name.
_UNNAMED: Final = re.compile(r"Point \d+\.\d+°[NS] \d+\.\d+°[EW]")

#: Feature class of a dropped point by its stated precision (``geo.model.vocab`` precisions).
CLASS_BY_PRECISION = {1: "facility", 2: "city", 3: "region", 4: "region"}


@functools.cache
def _shapes() -> tuple[tuple[str, Any], ...]:
    # deferred: shapely loads only when a point is dropped on the map
    from shapely.geometry import shape
    from shapely.prepared import prep

    return tuple(
        (feature["properties"]["iso_a2"], prep(shape(feature["geometry"])))
        for feature in country_outlines()["features"]
    )


def country_at(lon: float, lat: float) -> str | None:
    """The ISO code of the country whose outline holds ``(lon, lat)``, or None (sea, small islands)."""
    from shapely.geometry import Point  # deferred: see _shapes

    point = Point(lon, lat)
    for code, outline in _shapes():
        if outline.contains(point):
            return str(code)
    return None


def point_place(
    lon: float, lat: float, *, precision: int, name: str | None = None, country: str | None = None
) -> dict[str, Any]:
    """The place fields of a point dropped at ``(lon, lat)`` with the stated ``precision`` (1–4).

    Raises
    ------
    InputError
        If the point is outside [-180, 180] × [-90, 90] or the precision is not 1–4.
    """
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise InputError(f"point ({lon!r}, {lat!r}) is outside [-180, 180] x [-90, 90]")
    if precision not in CLASS_BY_PRECISION:
        raise InputError(f"precision {precision!r} is not one of 1, 2, 3, 4")
    digits = settings.coordinate_precision
    lon, lat = round(lon, digits), round(lat, digits)
    north, east = "N" if lat >= 0 else "S", "E" if lon >= 0 else "W"
    label = name or f"Point {abs(lat):.4f}°{north} {abs(lon):.4f}°{east}"
    return {
        "place": label,
        "gazetteer_id": f"point:{lon:.{digits}f},{lat:.{digits}f}",
        "feature_class": CLASS_BY_PRECISION[precision],
        "country": country,
        "geo_precision": precision,
        "lon": lon,
        "lat": lat,
    }


def remember_points(collection: EventFeatureCollection, *, layer: str) -> LayerInfo | None:
    """Add the named points dropped in review at site or town precision (1–2) to user gazetteer layer
    ``layer`` (:func:`geo.gazetteer.user.add_places`), so later extractions find them; None when there
    are none. A point saved with its generated label ("Point 36.19°N …") is not a name and is left out."""
    places: dict[str, UserPlace] = {}
    for feature in collection.features:
        props = feature.properties
        if not props.gazetteer_id.startswith("point:") or props.geo_precision not in (1, 2):
            continue
        if _UNNAMED.fullmatch(props.place):
            continue
        lon, lat = feature.geometry.coordinates
        places.setdefault(
            props.gazetteer_id,
            UserPlace(props.place, lon, lat, feature_class=props.feature_class, country=props.country),
        )
    if not places:
        return None
    return add_places(list(places.values()), layer=layer, source="geo review")
