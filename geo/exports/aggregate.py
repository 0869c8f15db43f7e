"""Event counts per place cell and time bucket (``geo aggregate``), written as GeoParquet.

For outputs too big to map event by event: events are counted per cell and per period, and the
fatalities and troops they report are summed. A cell is

- ``h3:RES`` — an H3 hexagon of resolution 0-15 (the ``h3`` package; resolution 5 is about 250 km²,
  7 about 5 km²), id the H3 index;
- ``grid:DEG`` — a square of ``DEG`` degrees aligned on 0°, id ``"<west>_<south>"`` of its corner;
- ``admin1`` — the first-level region the data names: an ``admin1`` property on the events (ACLED,
  UCDP and other imports carry one), else the admin1 code of the event's gazetteer entry
  (``IQ.07``), else ``unknown`` (no polygon); its polygon is the convex hull of its events' points
  (buffered by 0.01° so that one point still covers an area), not the region's outline, which geo
  does not ship.

The period of an event is that of its ``date_start`` (``day``: ``2007-02-23``; ``week``: ISO week
``2007-W08``; ``month``: ``2007-02``); without ``--period`` every event is in period ``all``, and an
event without a start date in period ``undated``. ``fields`` split the counts further by the values
of event properties (``event_type``, ``mission``...).

The file has one row per (cell, period, field values): ``cell``, ``cell_kind`` (``h3:5``),
``cell_area_km2``, ``period``, the fields, ``events``, ``fatalities``, ``troops`` (sums of the known
values; null when no event of the row reports one) and ``geometry`` (the cell polygon, WGS84), with
GeoParquet metadata (written by geopandas).
"""

from __future__ import annotations

import datetime
import importlib
import math
import re
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoIOError, InputError
from geo.io import publish, staging

__all__ = ["AGGREGATE_COLUMNS", "PERIODS", "aggregate_events", "parse_cells", "write_aggregate"]

#: Time buckets.
PERIODS: Final = ("day", "week", "month")
#: The columns every aggregate file has (the ``fields`` come after ``period``).
AGGREGATE_COLUMNS: Final = ("cell", "cell_kind", "cell_area_km2", "period", "events", "fatalities", "troops")
_CELLS: Final = re.compile(r"(h3):([0-9]|1[0-5])|(grid):([0-9]*\.?[0-9]+)|(admin1)")
#: Buffer of an admin1 hull, in degrees (a region with one event still covers an area).
HULL_BUFFER_DEG: Final = 0.01


def parse_cells(spec: str) -> tuple[str, float]:
    """``("h3", res)``, ``("grid", degrees)`` or ``("admin1", 0)`` from a ``--by`` value.

    Raises
    ------
    InputError
        For anything else, or a grid size outside (0, 90].
    """
    match = _CELLS.fullmatch(spec.strip().lower())
    if match is None:
        raise InputError(f"unknown cells {spec!r}: use h3:RES (0-15), grid:DEGREES or admin1")
    if match.group(1):
        return "h3", float(match.group(2))
    if match.group(3):
        size = float(match.group(4))
        if not 0 < size <= 90:
            raise InputError(f"grid cell size {size:g}° is out of range: use more than 0 and at most 90")
        return "grid", size
    return "admin1", 0.0


def _period(start: Any, period: str | None) -> str:
    if period is None:
        return "all"
    if not isinstance(start, str) or len(start) < 10:
        return "undated"
    if period == "day":
        return start[:10]
    if period == "month":
        return start[:7]
    year, week, _ = datetime.date.fromisoformat(start[:10]).isocalendar()
    return f"{year}-W{week:02d}"


def _grid_cell(lon: float, lat: float, size: float) -> str:
    west = math.floor(lon / size) * size
    south = math.floor(lat / size) * size
    return f"{west:.6g}_{south:.6g}"


def _grid_polygon(cell: str, size: float) -> Any:
    from shapely.geometry import box

    west, south = (float(part) for part in cell.split("_"))
    return box(west, south, min(west + size, 180.0), min(south + size, 90.0))


def _h3_polygon(cell: str) -> Any:
    h3 = importlib.import_module("h3")  # heavy optional dependency, for h3 cells only
    from shapely.geometry import Polygon

    return Polygon([(lng, lat) for lat, lng in h3.cell_to_boundary(cell)])


def _cell_function(kind: str, size: float, admin1_of: Callable[[Mapping[str, Any]], Any] | None) -> Any:
    if kind == "h3":
        h3 = importlib.import_module("h3")  # heavy optional dependency, for h3 cells only
        res = int(size)
        return lambda lon, lat, props: h3.latlng_to_cell(lat, lon, res)
    if kind == "grid":
        return lambda lon, lat, props: _grid_cell(lon, lat, size)
    lookup = admin1_of or (lambda props: None)
    return lambda lon, lat, props: props.get("admin1") or lookup(props)


def aggregate_events(
    features: Sequence[Mapping[str, Any]],
    *,
    by: str,
    period: str | None = None,
    fields: Sequence[str] = (),
    admin1_of: Callable[[Mapping[str, Any]], Any] | None = None,
) -> Any:
    """Count ``features`` per cell, period and ``fields`` values (see the module documentation).

    Parameters
    ----------
    features
        GeoJSON Point features of events.
    by
        ``h3:RES``, ``grid:DEGREES`` or ``admin1``.
    period
        ``day``, ``week``, ``month`` or None (one period, ``all``).
    fields
        Event properties to split the counts by.
    admin1_of
        For ``admin1``: the admin1 name or code of an event without an ``admin1`` property (the
        CLI looks its gazetteer entry up); events with neither are counted in cell ``unknown``.

    Returns
    -------
    geopandas.GeoDataFrame
        One row per group, sorted by cell, period and fields; columns as documented above.

    Raises
    ------
    InputError
        For an unknown ``by`` or ``period``.
    """
    import geopandas

    pd: Any = importlib.import_module("pandas")  # heavy; untyped (no stubs)
    kind, size = parse_cells(by)
    if period is not None and period not in PERIODS:
        raise InputError(f"unknown period {period!r}: use one of {', '.join(PERIODS)}")
    cell_of = _cell_function(kind, size, admin1_of)
    rows = []
    for feature in features:
        lon, lat = feature["geometry"]["coordinates"][:2]
        props = feature.get("properties") or {}
        row = {
            "cell": str(cell_of(lon, lat, props) or "unknown"),
            "period": _period(props.get("date_start"), period),
            "lon": lon,
            "lat": lat,
            "fatalities": props.get("fatalities"),
            "troops": props.get("troops"),
        }
        for name in fields:
            value = props.get(name)
            row[name] = value if value is None or isinstance(value, str | int | float) else str(value)
        rows.append(row)
    keys = ["cell", "period", *fields]
    columns = [*keys, "lon", "lat", "fatalities", "troops"]
    frame = pd.DataFrame(rows, columns=columns)
    for name in ("fatalities", "troops"):
        frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("Int64")
    grouped = frame.groupby(keys, dropna=False, sort=True)
    out = grouped.agg(
        events=("cell", "size"),
        fatalities=("fatalities", lambda s: s.sum() if s.notna().any() else pd.NA),
        troops=("troops", lambda s: s.sum() if s.notna().any() else pd.NA),
    ).reset_index()
    for name in ("fatalities", "troops"):
        out[name] = out[name].astype("Int64")
    out["events"] = out["events"].astype("int64")
    out.insert(1, "cell_kind", by.strip().lower() if kind != "admin1" else "admin1")
    geometry = _polygons(out["cell"].tolist(), kind, size, frame)
    result = geopandas.GeoDataFrame(out, geometry=geometry, crs="EPSG:4326")
    area = result.geometry.to_crs("+proj=cea +datum=WGS84 +units=m").area / 1e6
    result.insert(2, "cell_area_km2", area.round(1))
    ordered = ["cell", "cell_kind", "cell_area_km2", "period", *fields, "events", "fatalities", "troops"]
    return result[[*ordered, "geometry"]]


def _polygons(cells: list[str], kind: str, size: float, frame: Any) -> list[Any]:
    cache: dict[str, Any] = {}
    if kind == "admin1":
        from shapely.geometry import MultiPoint

        cache["unknown"] = None  # events without an admin1: counted, not drawn
        for cell, part in frame[frame["cell"] != "unknown"].groupby("cell", sort=False):
            points = MultiPoint(list(zip(part["lon"], part["lat"], strict=True)))
            cache[str(cell)] = points.convex_hull.buffer(HULL_BUFFER_DEG)
    out = []
    for cell in cells:
        if cell not in cache:
            cache[cell] = _h3_polygon(cell) if kind == "h3" else _grid_polygon(cell, size)
        out.append(cache[cell])
    return out


def write_aggregate(frame: Any, path: Path) -> Path:
    """Write an :func:`aggregate_events` frame as GeoParquet at ``path``, atomically.

    Raises
    ------
    GeoIOError
        If the file cannot be written.
    """
    with staging(path) as folder:
        staged = folder / path.name
        try:
            frame.to_parquet(staged, compression="zstd", index=False)
        except (OSError, ValueError) as exc:
            raise GeoIOError(f"cannot write {str(path)!r} as GeoParquet: {exc}") from exc
        return publish([staged], path.parent)[0]
