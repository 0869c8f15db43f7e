"""Events as columns: the compact form in which a map page receives its data.

A map of 100,000 events cannot carry 100,000 GeoJSON features: the page would be tens of
megabytes and the browser would spend seconds parsing it. :class:`EventTable` holds the events as
columns instead: coordinates and day numbers in numpy arrays, and every property shown in a
popup dictionary-encoded (its distinct values once, plus one small code per event).
:func:`encode_table` writes it as the JSON object the browser runtime (``events.js``) decodes:

``n``
    number of rows (events, or aggregated cells);
``scale``
    coordinates are integers ``round(value * scale)``;
``lon``, ``lat``
    integer coordinates;
``t0``, ``t1``
    first and last day (days since 1970-01-01) each row covers; ``t0`` is null for an open
    start, ``t1`` is null for an open end and otherwise given relative to ``t0`` (when known);
``w``
    (aggregated tables only) how many events each row stands for;
``fields``
    ``{name: {"v": [distinct values], "c": codes}}``; ``c`` is ``0`` when every row has the
    first value, a string of one character of :data:`CODE_ALPHABET` per row when there are at
    most 64 values, else a list of integers;
``lazy``
    (large tables only) the popup's long texts, :data:`LAZY_FIELDS`, when their values take more
    than ``lazy_bytes`` of JSON: ``{"fields": [names], "z": text}``, ``z`` being the base64 of the
    zlib-compressed JSON object ``{name: [distinct values]}``; those fields then carry only their
    codes ``c`` (no ``v``). The browser inflates it (``DecompressionStream``) the first time a popup
    opens, so the page's first render never parses them.
"""

from __future__ import annotations

import base64
import datetime
import importlib
import json
import logging
import math
import zlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from geo.errors import InputError
from geo.maps.columns import Column, FloatArray, IntArray, clean_source, encode_values, plain_value
from geo.temporal.edtf import UNKNOWN_DATE, parse_edtf

__all__ = [
    "CODE_ALPHABET",
    "COORD_SCALE",
    "LAZY_BYTES",
    "LAZY_FIELDS",
    "POPUP_FIELDS",
    "Column",
    "EventTable",
    "encode_table",
    "encode_values",
    "table_from_features",
    "table_from_frame",
]

#: Properties the map shows (popup, tooltip, filters); the others are not shipped to the page.
POPUP_FIELDS: tuple[str, ...] = (
    "place",
    "name",
    "event_type",
    "sub_event_type",
    "date",
    "time_precision",
    "mission",
    "actors",
    "troops",
    "fatalities",
    "notes",
    "source",
    "confidence",
    "geo_precision",
    "country",
)
#: Coordinates are shipped as integers of 1e-5 degrees (about 1 m).
COORD_SCALE = 100_000
#: One character per code when a column has at most 64 distinct values (no character needs escaping).
CODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
#: Popup-only long texts (no filter, search or style reads them) that may be shipped compressed.
LAZY_FIELDS: tuple[str, ...] = ("notes", "source")
#: They are shipped compressed when their distinct values take more than this many bytes of JSON.
LAZY_BYTES = 256 * 1024
_EPOCH = datetime.date(1970, 1, 1).toordinal()

logger = logging.getLogger(__name__)


@dataclass
class EventTable:
    """Events (or aggregated cells) as columns.

    Attributes
    ----------
    lon, lat
        Coordinates in degrees.
    start, end
        First and last day covered, in days since 1970-01-01; NaN for an open or unknown bound.
    columns
        The :data:`POPUP_FIELDS`, dictionary-encoded.
    weight
        Events per row, for aggregated tables; None when every row is one event.
    aggregation
        How an aggregated table was made (cell size in degrees, time bucket), else None.
    """

    lon: FloatArray
    lat: FloatArray
    start: FloatArray
    end: FloatArray
    columns: dict[str, Column]
    weight: IntArray | None = None
    aggregation: dict[str, Any] | None = field(default=None)

    def __len__(self) -> int:
        return int(self.lon.shape[0])

    def undated(self) -> int:
        """Number of events with neither bound nor a ``date``, or the unknown date ``XXXX`` (the map always
        shows them)."""
        date = self.columns.get("date")
        if date is None:
            return 0
        empty = np.array([v is None or v in {"", UNKNOWN_DATE} for v in date.values], dtype=bool)
        rows = np.isnan(self.start) & np.isnan(self.end) & empty[date.codes]
        if self.weight is not None:
            return int(self.weight[rows].sum())
        return int(rows.sum())

    @property
    def events(self) -> int:
        """Number of events the table stands for."""
        return int(self.weight.sum()) if self.weight is not None else len(self)


def _day(text: Any) -> float:
    if not isinstance(text, str) or not text:
        return math.nan
    try:
        return float(datetime.date.fromisoformat(text[:10]).toordinal() - _EPOCH)
    except ValueError as exc:
        raise InputError(f"invalid ISO date {text!r} in date_start/date_end") from exc


def _bounds(date: Any, date_start: Any, date_end: Any) -> tuple[float, float]:
    """Day numbers of an event's bounds; from the EDTF ``date`` when neither bound is given."""
    start, end = _day(date_start), _day(date_end)
    if math.isnan(start) and math.isnan(end) and isinstance(date, str) and date:
        try:
            bounds = parse_edtf(date)
        except InputError as exc:
            logger.warning("%s; the event counts as undated on the map", exc)
            return start, end
        start = _day(bounds.iso_start)
        end = _day(bounds.iso_end)
    return start, end


def table_from_features(features: Sequence[Mapping[str, Any]]) -> EventTable:
    """Build the table of plain Point ``features`` (as :func:`geo.maps.data.as_features` returns).

    Parameters
    ----------
    features
        GeoJSON Point features with event properties.

    Returns
    -------
    EventTable
        One row per feature, in input order.

    Raises
    ------
    InputError
        If a ``date_start``/``date_end`` is not an ISO date, or a ``date`` used instead of them is
        not EDTF.
    """
    n = len(features)
    lon = np.empty(n, dtype=np.float64)
    lat = np.empty(n, dtype=np.float64)
    start = np.empty(n, dtype=np.float64)
    end = np.empty(n, dtype=np.float64)
    props = [f["properties"] for f in features]
    for i, feature in enumerate(features):
        lon[i], lat[i] = feature["geometry"]["coordinates"][:2]
        p = props[i]
        start[i], end[i] = _bounds(p.get("date"), p.get("date_start"), p.get("date_end"))
    columns = {}
    for name in POPUP_FIELDS:
        clean = clean_source if name == "source" else None
        columns[name] = encode_values((p.get(name) for p in props), clean)
    return EventTable(lon, lat, start, end, columns)


def _frame_column(frame: Any, name: str, n: int) -> Column:
    pd: Any = importlib.import_module("pandas")

    if name not in frame.columns:
        return Column([None], np.zeros(n, dtype=np.int64))
    series = frame[name]
    clean = clean_source if name == "source" else None
    try:
        if clean is not None:
            raise TypeError("dicts")
        codes, uniques = pd.factorize(series, use_na_sentinel=False)
    except TypeError:  # unhashable values: dicts (source) or lists (actors)
        # Rows often share one object: encode each distinct object once.
        objects = series.tolist()
        identities = np.fromiter((id(v) for v in objects), dtype=np.int64, count=len(objects))
        _, first, inverse = np.unique(identities, return_index=True, return_inverse=True)
        # np.unique sorts by identity (a memory address): renumber by first occurrence instead.
        order = np.argsort(first, kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(order.size)
        distinct = encode_values([objects[i] for i in first[order].tolist()], clean)
        return Column(distinct.values, distinct.codes[rank[inverse]])
    values = [plain_value(v) for v in (uniques.tolist() if hasattr(uniques, "tolist") else list(uniques))]
    values = [None if v is pd.NA or v is pd.NaT else v for v in values]
    # Merge values that become equal once cleaned (NaN and None).
    merged = encode_values(values)
    return Column(merged.values, merged.codes[np.asarray(codes, dtype=np.int64)])


def _frame_days(frame: Any, name: str) -> FloatArray:
    pd: Any = importlib.import_module("pandas")

    n = len(frame)
    if name not in frame.columns:
        return np.full(n, np.nan)
    series = frame[name]
    codes, uniques = pd.factorize(series, use_na_sentinel=False)
    days = np.array([_day(v) if isinstance(v, str) else math.nan for v in uniques], dtype=np.float64)
    if not len(days):
        return np.full(n, np.nan)
    return days[np.asarray(codes, dtype=np.int64)]


def table_from_frame(frame: Any) -> EventTable:
    """Build the table of a GeoDataFrame of events without converting it to GeoJSON first.

    Parameters
    ----------
    frame
        A GeoDataFrame with the event columns (missing ones count as null) and point geometries;
        reprojected to WGS84 when it has another CRS. Other geometries are drawn at a
        representative point.

    Returns
    -------
    EventTable
        One row per frame row, in frame order.

    Raises
    ------
    SchemaError
        If a geometry is missing or empty.
    InputError
        If a date column holds something other than ISO dates.
    """
    from geo.errors import SchemaError

    if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
        frame = frame.to_crs("EPSG:4326")
    geometry = frame.geometry
    missing = geometry.isna() | geometry.is_empty
    if bool(missing.any()):
        row = int(np.flatnonzero(missing.to_numpy())[0])
        raise SchemaError(f"row {row} (index {frame.index[row]!r}) has no geometry")
    if not bool((geometry.geom_type == "Point").all()):
        geometry = geometry.representative_point()
    lon = np.asarray(geometry.x, dtype=np.float64)
    lat = np.asarray(geometry.y, dtype=np.float64)
    bad = ~((lon >= -180) & (lon <= 180) & (lat >= -90) & (lat <= 90))
    if bool(bad.any()):
        row = int(np.flatnonzero(bad)[0])
        raise SchemaError(f"row {row} has coordinates out of range (lon, lat) = {(lon[row], lat[row])!r}")
    n = len(frame)
    start = _frame_days(frame, "date_start")
    end = _frame_days(frame, "date_end")
    columns = {name: _frame_column(frame, name, n) for name in POPUP_FIELDS}
    # Rows without bounds but with an EDTF date: parse each distinct date once.
    date = columns["date"]
    unbounded = np.isnan(start) & np.isnan(end)
    if bool(unbounded.any()):
        for code in np.unique(date.codes[unbounded]):
            value = date.values[int(code)]
            if isinstance(value, str) and value:
                rows = unbounded & (date.codes == code)
                start[rows], end[rows] = _bounds(value, None, None)
    return EventTable(lon, lat, start, end, columns)


def _codes_json(codes: IntArray, count: int) -> Any:
    if count <= 1:
        return 0
    if count <= len(CODE_ALPHABET):
        lookup = np.frombuffer(CODE_ALPHABET.encode("ascii"), dtype=np.uint8)
        return lookup[codes].tobytes().decode("ascii")
    return codes.tolist()


def _lazy_block(fields: dict[str, Any], lazy_bytes: int) -> dict[str, Any] | None:
    """Move the values of :data:`LAZY_FIELDS` into one compressed block when they are large."""
    names = [name for name in LAZY_FIELDS if name in fields]
    text = json.dumps(
        {name: fields[name]["v"] for name in names}, ensure_ascii=False, separators=(",", ":"), sort_keys=True
    )
    if not names or len(text.encode("utf-8")) <= lazy_bytes:
        return None
    for name in names:
        del fields[name]["v"]
    packed = base64.b64encode(zlib.compress(text.encode("utf-8"), 6)).decode("ascii")
    return {"fields": names, "z": packed}


def encode_table(table: EventTable, *, lazy_bytes: int = LAZY_BYTES) -> dict[str, Any]:
    """Return the JSON-ready object the browser runtime decodes (see the module docstring).

    Parameters
    ----------
    table
        The events.
    lazy_bytes
        Ship the values of :data:`LAZY_FIELDS` as one compressed block (``lazy``) when their JSON
        is larger than this; small maps keep them inline.

    Returns
    -------
    dict
        Plain lists, strings and numbers; the same table always gives the same object.
    """
    lon = np.rint(table.lon * COORD_SCALE).astype(np.int64)
    lat = np.rint(table.lat * COORD_SCALE).astype(np.int64)
    open_start = np.isnan(table.start)
    open_end = np.isnan(table.end)
    start = np.where(open_start, 0, table.start).astype(np.int64)
    end = np.where(open_end, 0, table.end).astype(np.int64)
    relative = np.where(open_start, end, end - start)
    t0: list[Any] = start.tolist()
    t1: list[Any] = relative.tolist()
    for i in np.flatnonzero(open_start).tolist():
        t0[i] = None
    for i in np.flatnonzero(open_end).tolist():
        t1[i] = None
    data: dict[str, Any] = {
        "n": len(table),
        "scale": COORD_SCALE,
        "lon": lon.tolist(),
        "lat": lat.tolist(),
        "t0": t0,
        "t1": t1,
        "fields": {
            name: {"v": column.values, "c": _codes_json(column.codes, len(column.values))}
            for name, column in table.columns.items()
        },
    }
    lazy = _lazy_block(data["fields"], lazy_bytes)
    if lazy is not None:
        data["lazy"] = lazy
    if table.weight is not None:
        data["w"] = table.weight.tolist()
    if table.aggregation is not None:
        data["aggregation"] = table.aggregation
    return data
