"""GeoParquet 1.0.0, written with pyarrow from the event table (no per-feature Python work).

Parquet holds nested values, so nothing is flattened: ``actors`` is a list of strings, ``source`` a
struct, ``mentions`` a list of ``{start, end}`` structs, ``date_start``/``date_end`` are dates. The
geometry column ``geometry`` holds little-endian WKB Points, described by the GeoParquet ``geo``
file metadata: version 1.0.0, primary column, encoding WKB, geometry type Point, the CRS as PROJJSON
(EPSG:4326, longitude first as in every GeoParquet file) and the bounding box. That is the metadata
``geopandas.to_parquet`` writes; writing it ourselves skips building a million Shapely points.
Compression is zstd.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import GeoIOError
from geo.exports.table import point_wkb
from geo.io import publish, staging

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = ["GEOPARQUET_VERSION", "geo_metadata", "write_parquet"]

GEOPARQUET_VERSION = "1.0.0"


@cache
def _crs_projjson() -> dict[str, Any]:
    from pyproj import CRS

    projjson: dict[str, Any] = CRS.from_epsg(4326).to_json_dict()
    return projjson


def geo_metadata(table: pa.Table) -> dict[str, Any]:
    """The GeoParquet ``geo`` metadata of an event table (bbox from its ``lon``/``lat``)."""
    import pyarrow.compute as pc

    column: dict[str, Any] = {
        "encoding": "WKB",
        "geometry_types": ["Point"],
        "crs": _crs_projjson(),
    }
    if table.num_rows:
        lon = pc.min_max(table.column("lon"))
        lat = pc.min_max(table.column("lat"))
        column["bbox"] = [lon["min"].as_py(), lat["min"].as_py(), lon["max"].as_py(), lat["max"].as_py()]
    return {"version": GEOPARQUET_VERSION, "primary_column": "geometry", "columns": {"geometry": column}}


def write_parquet(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a GeoParquet file with one row per event."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = table.drop_columns(["lon", "lat"]).append_column(
        pa.field("geometry", pa.binary()), point_wkb(table)
    )
    metadata = {b"geo": json.dumps(geo_metadata(table)).encode("utf-8")}
    out = out.replace_schema_metadata({**(out.schema.metadata or {}), **metadata})
    with staging(path) as folder:
        staged = folder / path.name
        try:
            pq.write_table(out, staged, compression="zstd")
        except (OSError, pa.ArrowException) as exc:
            raise GeoIOError(f"cannot write {str(path)!r} as GeoParquet: {exc}") from exc
        return publish([staged], path.parent)
