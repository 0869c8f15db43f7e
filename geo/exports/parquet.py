"""GeoParquet through geopandas (``to_parquet``, pyarrow underneath).

Parquet holds nested values, so nothing is flattened: ``actors`` is a list of strings, ``source`` a
struct, ``mentions`` a list of ``{start, end}`` structs, ``date_start``/``date_end`` are dates. The
geometry column ``geometry`` is WKB with the GeoParquet ``geo`` metadata (version 1.0.0, CRS as
PROJJSON for EPSG:4326, geometry type Point, bbox). Compression is zstd.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import GeoIOError
from geo.exports._atomic import publish, staging

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports import ExportOptions

__all__ = ["GEOPARQUET_VERSION", "write_parquet"]

GEOPARQUET_VERSION = "1.0.0"


def write_parquet(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a GeoParquet file with one row per event."""
    import geopandas

    pandas = importlib.import_module("pandas")  # untyped; comes with geopandas
    frame = table.drop_columns(["lon", "lat"]).to_pandas(types_mapper=pandas.ArrowDtype)
    points = geopandas.points_from_xy(table.column("lon").to_numpy(), table.column("lat").to_numpy())
    gdf = geopandas.GeoDataFrame(frame, geometry=points, crs="EPSG:4326")
    with staging(path) as folder:
        staged = folder / path.name
        try:
            gdf.to_parquet(staged, index=False, compression="zstd", schema_version=GEOPARQUET_VERSION)
        except (OSError, ValueError) as exc:
            raise GeoIOError(f"cannot write {str(path)!r} as GeoParquet: {exc}") from exc
        return publish([staged], path.parent)
