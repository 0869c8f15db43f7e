"""The event table: events as one pyarrow Table, the shared input of every exporter.

Every exporter works on columns, not on feature dicts, so that a million events are written without a
Python loop per feature. The table has the properties in contract order (typed: ``date_start`` and
``date_end`` are dates, counts are 64-bit integers, ``actors`` a list of strings, ``source`` a struct,
``mentions`` a list of ``{start, end}`` structs) followed by ``lon`` and ``lat`` (float64, WGS84).

Formats that cannot hold nested values get the *flat* table (:func:`flatten`): ``source`` becomes the
six columns ``source_article_id`` ... ``source_sha256`` in its place, and ``actors`` and ``mentions``
become compact JSON text (``["Netherlands","United States"]``, ``[{"start":120,"end":135}]``).
:func:`unflatten` reverses it exactly.
"""

from __future__ import annotations

import datetime as dt
import json
import reprlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.compute as pc

from geo.errors import InputError, SchemaError
from geo.io import load_json_text
from geo.model.feature import PROPERTY_ORDER, Mention, Source
from geo.model.frame_rows import plain_frame

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "EVENT_SCHEMA",
    "FLAT_SCHEMA",
    "JSON_COLUMNS",
    "SOURCE_COLUMNS",
    "SOURCE_FIELDS",
    "collection_from_table",
    "flatten",
    "json_escape",
    "list_parts",
    "one_array",
    "point_wkb",
    "table_from_collection",
    "table_from_geodataframe",
    "unflatten",
]

SOURCE_FIELDS: tuple[str, ...] = tuple(Source.model_fields)
MENTION_FIELDS: tuple[str, ...] = tuple(Mention.model_fields)
#: Flat column names of the ``source`` object, in its field order.
SOURCE_COLUMNS: tuple[str, ...] = tuple(f"source_{name}" for name in SOURCE_FIELDS)
#: List-valued properties written as JSON text in flat formats.
JSON_COLUMNS: tuple[str, ...] = ("actors", "mentions")

_STRING = pa.string()
_SOURCE_TYPE = pa.struct([pa.field(name, _STRING, nullable=name != "article_id") for name in SOURCE_FIELDS])
_MENTION_TYPE = pa.struct([pa.field(name, pa.int64(), nullable=False) for name in MENTION_FIELDS])

_PROPERTY_TYPES: dict[str, pa.DataType] = {
    "actors": pa.list_(pa.field("item", _STRING, nullable=False)),
    "date_start": pa.date32(),
    "date_end": pa.date32(),
    "geo_precision": pa.int32(),
    "troops": pa.int64(),
    "fatalities": pa.int64(),
    "source": _SOURCE_TYPE,
    "mentions": pa.list_(pa.field("item", _MENTION_TYPE, nullable=False)),
    "confidence": pa.float64(),
}
_NOT_NULL = frozenset(
    {"id", "name", "place", "gazetteer_id", "feature_class", "event_type", "actors", "date"}
    | {"time_precision", "geo_precision", "source", "mentions", "confidence"}
)

#: Schema of the event table: properties in contract order, then ``lon`` and ``lat``.
EVENT_SCHEMA = pa.schema(
    [
        pa.field(name, _PROPERTY_TYPES.get(name, _STRING), nullable=name not in _NOT_NULL)
        for name in PROPERTY_ORDER
    ]
    + [pa.field("lon", pa.float64(), nullable=False), pa.field("lat", pa.float64(), nullable=False)]
)


def _flat_fields() -> list[pa.Field]:
    fields: list[pa.Field] = []
    for field in EVENT_SCHEMA:
        if field.name == "source":
            fields.extend(
                pa.field(f"source_{sub.name}", _STRING, nullable=sub.nullable) for sub in _SOURCE_TYPE
            )
        elif field.name in JSON_COLUMNS:
            fields.append(pa.field(field.name, _STRING, nullable=False))
        else:
            fields.append(field)
    return fields


#: Schema of the flat table made by :func:`flatten`.
FLAT_SCHEMA = pa.schema(_flat_fields())


# --- building the table -----------------------------------------------------------------------------


def table_from_collection(fc: Mapping[str, Any]) -> pa.Table:
    """Return the event table of a FeatureCollection (already validated, e.g. by ``load_feature_collection``).

    Raises
    ------
    SchemaError
        If a feature lacks a property or a value does not fit its column type.
    """
    features = list(fc.get("features", []))
    columns: dict[str, list[Any]] = {name: [] for name in EVENT_SCHEMA.names}
    try:
        for feature in features:
            props = feature["properties"]
            for name in PROPERTY_ORDER:
                columns[name].append(props[name])
            lon, lat = feature["geometry"]["coordinates"]
            columns["lon"].append(lon)
            columns["lat"].append(lat)
    except (KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"feature #{len(columns['lon'])} is not an event feature: missing {exc!s}") from exc
    for name in ("date_start", "date_end"):
        columns[name] = [None if v is None else dt.date.fromisoformat(v) for v in columns[name]]
    return _table(columns)


def _table(columns: Mapping[str, Sequence[Any] | pa.Array | pa.ChunkedArray]) -> pa.Table:
    arrays = []
    for field in EVENT_SCHEMA:
        try:
            values = columns[field.name]
            arrays.append(
                values.cast(field.type)
                if isinstance(values, pa.Array | pa.ChunkedArray)
                else pa.array(values, type=field.type)
            )
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, KeyError) as exc:
            raise SchemaError(f"column {field.name!r} does not fit {field.type}: {exc}") from exc
    return pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)


def table_from_geodataframe(gdf: geopandas.GeoDataFrame) -> pa.Table:
    """Return the event table of a GeoDataFrame shaped like ``geo.model.frames.to_geodataframe`` makes it.

    The frame is reprojected to EPSG:4326 if needed; its geometries must be points. Typed columns
    (datetimes, ``Int64``, categories, ``source_*``) are read through :func:`geo.model.frames.plain_frame`.
    """
    gdf = plain_frame(gdf)
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    kinds = set(gdf.geometry.geom_type.unique()) if len(gdf) else set()
    if kinds - {"Point"}:
        raise SchemaError(f"only Point geometries can be exported, not {sorted(kinds - {'Point'})!r}")
    columns: dict[str, Any] = {}
    for name in PROPERTY_ORDER:
        if name not in gdf.columns:
            raise SchemaError(f"the frame has no column {name!r}")
        values = [None if _missing(v) else v for v in gdf[name].tolist()]
        if name in ("date_start", "date_end"):
            values = [dt.date.fromisoformat(v) if isinstance(v, str) else v for v in values]
        columns[name] = values
    columns["lon"] = pa.array(gdf.geometry.x.to_numpy(), type=pa.float64())
    columns["lat"] = pa.array(gdf.geometry.y.to_numpy(), type=pa.float64())
    return _table(columns)


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and value != value)


# --- back to features --------------------------------------------------------------------------------


def collection_from_table(table: pa.Table) -> dict[str, Any]:
    """Return the FeatureCollection (plain JSON values, contract key order) of an event table."""
    table = table.select(list(EVENT_SCHEMA.names)).cast(EVENT_SCHEMA)
    features = []
    for row in table.to_pylist():
        props = {name: row[name] for name in PROPERTY_ORDER}
        for name in ("date_start", "date_end"):
            if props[name] is not None:
                props[name] = props[name].isoformat()
        props["source"] = {name: props["source"][name] for name in SOURCE_FIELDS}
        props["mentions"] = [{name: m[name] for name in MENTION_FIELDS} for m in props["mentions"]]
        features.append(
            {
                "type": "Feature",
                "id": props["id"],
                "geometry": {"type": "Point", "coordinates": [row["lon"], row["lat"]]},
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


# --- geometry ----------------------------------------------------------------------------------------

_WKB_POINT = [("order", "u1"), ("kind", "<u4"), ("x", "<f8"), ("y", "<f8")]


def point_wkb(table: pa.Table) -> pa.Array:
    """Return little-endian WKB Points (21 bytes each) of the ``lon``/``lat`` columns, built with numpy."""
    import numpy as np

    count = table.num_rows
    records = np.empty(count, dtype=np.dtype(_WKB_POINT, align=False))
    records["order"] = 1
    records["kind"] = 1
    records["x"] = table.column("lon").to_numpy()
    records["y"] = table.column("lat").to_numpy()
    data = pa.py_buffer(records.tobytes())
    offsets = pa.py_buffer((np.arange(count + 1, dtype=np.int32) * 21).tobytes())
    return pa.Array.from_buffers(pa.binary(), count, [None, offsets, data])


# --- flat table --------------------------------------------------------------------------------------


def flatten(table: pa.Table) -> pa.Table:
    """Return the flat table: ``source`` split into ``source_*`` columns, lists as compact JSON text."""
    arrays: list[pa.Array | pa.ChunkedArray] = []
    for name in EVENT_SCHEMA.names:
        column = table.column(name)
        if name == "source":
            combined = one_array(column)
            arrays.extend(pc.struct_field(combined, sub) for sub in SOURCE_FIELDS)
        elif name == "actors":
            arrays.append(_json_string_lists(column))
        elif name == "mentions":
            arrays.append(_json_mentions(column))
        else:
            arrays.append(column)
    return pa.Table.from_arrays(arrays, schema=FLAT_SCHEMA)


def unflatten(table: pa.Table) -> pa.Table:
    """Return the event table of a flat table (inverse of :func:`flatten`).

    Raises
    ------
    SchemaError
        If a column is missing or a JSON column does not hold a list.
    """
    missing = [name for name in FLAT_SCHEMA.names if name not in table.column_names]
    if missing:
        raise SchemaError(f"the table lacks the columns {missing!r}")
    columns: dict[str, Any] = {}
    for name in EVENT_SCHEMA.names:
        if name == "source":
            parts = [table.column(col).combine_chunks().cast(_STRING) for col in SOURCE_COLUMNS]
            columns[name] = pa.StructArray.from_arrays(parts, fields=list(_SOURCE_TYPE))
        elif name in JSON_COLUMNS:
            columns[name] = [_json_list(text, name) for text in table.column(name).to_pylist()]
        else:
            columns[name] = table.column(name)
    return _table(columns)


def _json_list(text: Any, name: str) -> list[Any]:
    if text is None or text == "":
        return []
    if not isinstance(text, str):
        raise SchemaError(f"column {name!r} holds {text!r}, which is not JSON")
    try:
        value = load_json_text(text, name=f"column {name!r}")
    except InputError as exc:
        reason = str(exc).split(": ", 1)[-1]
        shown = reprlib.repr(text)
        raise SchemaError(f"column {name!r} holds {shown}, which is not usable JSON: {reason}") from exc
    if not isinstance(value, list):
        raise SchemaError(f"column {name!r} holds {text!r}, which is not a JSON list")
    return value


_CONTROL_ESCAPES = {"\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def json_escape(values: pa.Array) -> pa.Array:
    """Escape strings for JSON exactly as ``json.dumps(..., ensure_ascii=False)`` does, vectorised.

    One scan finds whether anything needs escaping at all (it rarely does); only then are the
    replacements made.
    """
    if not len(values) or not pc.any(pc.match_substring_regex(values, '[\\x00-\\x1f"\\\\]')).as_py():
        return values
    values = pc.replace_substring(values, "\\", "\\\\")
    values = pc.replace_substring(values, '"', '\\"')
    if len(values) and pc.any(pc.match_substring_regex(values, "[\\x00-\\x1f]")).as_py():
        for code in range(0x20):
            char = chr(code)
            values = pc.replace_substring(values, char, _CONTROL_ESCAPES.get(char, f"\\u{code:04x}"))
    return values


def one_array(column: pa.Array | pa.ChunkedArray) -> pa.Array:
    """The column as one array: its only chunk as it is (``combine_chunks`` would copy it), or combined."""
    if isinstance(column, pa.ChunkedArray):
        return column.chunk(0) if column.num_chunks == 1 else column.combine_chunks()
    return column


def list_parts(column: pa.Array | pa.ChunkedArray) -> tuple[pa.Array, pa.Array]:
    """The offsets (from 0) and the flat values of a list column."""
    array = one_array(column)
    offsets = pc.subtract(array.offsets, array.offsets[0])
    return offsets, array.flatten()


def _join_lists(offsets: pa.Array, items: pa.Array, *, left: str, separator: str, right: str) -> pa.Array:
    """``left + item + separator + item ... + right`` for each list, ``[]`` for an empty one."""
    lists = pa.ListArray.from_arrays(offsets, items)
    joined = pc.binary_join_element_wise(left, pc.binary_join(lists, separator), right, "")
    return pc.if_else(pc.equal(pc.list_value_length(lists), 0), pa.scalar("[]", _STRING), joined)


def _json_string_lists(column: pa.Array | pa.ChunkedArray) -> pa.Array:
    """``["a","b"]`` for each list of strings, identical to ``json.dumps(separators=(",", ":"))``."""
    offsets, values = list_parts(column)
    return _join_lists(offsets, json_escape(values), left='["', separator='","', right='"]')


def _json_mentions(column: pa.Array | pa.ChunkedArray) -> pa.Array:
    """``[{"start":1,"end":2}]`` for each list of mentions, keys in contract order."""
    offsets, values = list_parts(column)
    pieces: list[Any] = []
    for i, name in enumerate(MENTION_FIELDS):
        pieces.append(("" if i == 0 else ",") + json.dumps(name) + ":")
        pieces.append(pc.cast(pc.struct_field(values, name), _STRING))
    members = pc.binary_join_element_wise(*pieces, "")
    return _join_lists(offsets, members, left="[{", separator="},{", right="}]")
