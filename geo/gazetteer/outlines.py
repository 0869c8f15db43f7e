"""Country outlines for offline basemaps and report figures, from the ``countryinfo`` package.

``countryinfo`` ships one simplified outline (Natural Earth 1:110m-like) for 173 countries; the
83 entries without one are small islands and city states (Bahrain, Singapore, Malta, …), which
are invisible at the scale of a world or regional overview anyway. Two entries (Palestine,
Andorra) are mere bounding boxes in that data and are left out. The outlines are read once,
simplified with :mod:`shapely` (topology-preserving) and rounded, so that an offline map page
carries them in about 150 kB. Nothing is fetched; the data comes with the installed package.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from typing import Any

from geo.errors import GeoIOError

__all__ = ["DEFAULT_PRECISION", "DEFAULT_TOLERANCE", "country_outlines", "outline_rings"]

log = logging.getLogger(__name__)

#: Simplification tolerance in degrees (about 2 km at the equator), well under a pixel at zoom 5.
DEFAULT_TOLERANCE: float = 0.02
#: Decimals kept in outline coordinates (about 100 m).
DEFAULT_PRECISION: int = 3


def _round_coords(node: Any, precision: int) -> Any:
    if node and isinstance(node[0], int | float):
        return [round(float(node[0]), precision), round(float(node[1]), precision)]
    return [_round_coords(child, precision) for child in node]


def _without_boxes(geometry: Any) -> Any:
    """Drop axis-aligned rectangles (placeholders in the data, e.g. Palestine's); None if nothing is left."""
    from shapely.geometry import MultiPolygon

    parts = list(getattr(geometry, "geoms", [geometry]))
    kept = []
    for part in parts:
        ring = list(part.exterior.coords)
        if len({x for x, _ in ring}) == 2 and len({y for _, y in ring}) == 2:
            continue
        kept.append(part)
    if not kept:
        return None
    if len(kept) == len(parts):
        return geometry
    return kept[0] if len(kept) == 1 else MultiPolygon(kept)


@functools.cache
def _outlines(tolerance: float, precision: int) -> tuple[tuple[str, str, dict[str, Any]], ...]:
    try:
        from countryinfo import all_countries
    except ImportError as exc:  # pragma: no cover - a declared dependency
        raise GeoIOError(f"country outlines need the 'countryinfo' package: {exc}") from exc
    from shapely.geometry import mapping, shape

    result = []
    for country in all_countries():
        try:
            outline = country.geo_json()
            code = str(country.iso(2))
            name = str(country.name())
        except Exception as exc:  # countryinfo raises several types for partial entries
            log.debug("no outline for %r: %s", country, exc)
            continue
        for feature in (outline or {}).get("features", []):
            try:
                geometry = shape(feature["geometry"])
            except Exception as exc:  # shapely raises several types for broken input
                log.debug("unreadable outline of %r: %s", code, exc)
                continue
            geometry = _without_boxes(geometry)
            if geometry is None:
                log.debug("outline of %r is only a bounding box; left out", code)
                continue
            if tolerance > 0:
                geometry = geometry.simplify(tolerance, preserve_topology=True)
            if geometry.is_empty:
                continue
            geojson = mapping(geometry)
            result.append(
                (
                    code,
                    name,
                    {
                        "type": geojson["type"],
                        "coordinates": _round_coords(geojson["coordinates"], precision),
                    },
                )
            )
    if not result:
        raise GeoIOError("the installed 'countryinfo' package has no country outlines")
    result.sort(key=lambda item: item[0])
    return tuple(result)


def country_outlines(
    *, tolerance: float = DEFAULT_TOLERANCE, precision: int = DEFAULT_PRECISION
) -> dict[str, Any]:
    """Return the country outlines as a GeoJSON FeatureCollection (``[lon, lat]``, WGS84).

    Parameters
    ----------
    tolerance
        Douglas–Peucker tolerance in degrees for :meth:`shapely.Geometry.simplify` (topology
        preserved); 0 keeps the outlines as shipped.
    precision
        Decimals kept in the coordinates.

    Returns
    -------
    dict
        A new FeatureCollection of Polygon/MultiPolygon features with properties ``iso_a2`` and
        ``name``, sorted by code. The result is computed once per argument pair and copied.

    Raises
    ------
    GeoIOError
        If the outlines cannot be read from the installed package.
    """
    features = [
        {
            "type": "Feature",
            "properties": {"iso_a2": code, "name": name},
            "geometry": {"type": geometry["type"], "coordinates": geometry["coordinates"]},
        }
        for code, name, geometry in _outlines(float(tolerance), int(precision))
    ]
    return {"type": "FeatureCollection", "features": features}


def outline_rings(
    *, tolerance: float = DEFAULT_TOLERANCE, precision: int = DEFAULT_PRECISION
) -> Iterator[list[list[float]]]:
    """Yield every exterior and interior ring of the outlines as a list of ``[lon, lat]``.

    Parameters
    ----------
    tolerance, precision
        As for :func:`country_outlines`.
    """
    for _, _, geometry in _outlines(float(tolerance), int(precision)):
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        for polygon in polygons:
            yield from polygon
