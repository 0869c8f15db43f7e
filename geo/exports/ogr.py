"""GeoPackage and FlatGeobuf through GDAL (pyogrio's Arrow writer: no Python loop per feature).

Both get the flat table (:func:`geo.exports.table.flatten`): ``source_*`` columns, ``actors`` and
``mentions`` as JSON text, ``date_start``/``date_end`` as dates, a Point geometry in EPSG:4326.
The GeoPackage also carries a QGIS style in its ``layer_styles`` table (QML and SLD, categorised by
``event_type``), which QGIS applies when it opens the layer.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import GeoIOError
from geo.exports._atomic import publish, staging
from geo.exports.styles import qml_style, sld_style
from geo.exports.table import flatten, point_wkb

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports import ExportOptions

__all__ = ["GEOMETRY_COLUMN", "STYLE_NAME", "geometry_table", "write_fgb", "write_gpkg", "write_ogr"]

GEOMETRY_COLUMN = "geometry"
STYLE_NAME = "geo event types"


def geometry_table(table: pa.Table) -> pa.Table:
    """The flat table with ``lon``/``lat`` replaced by a WKB ``geometry`` column."""
    return flatten(table).drop_columns(["lon", "lat"]).append_column(GEOMETRY_COLUMN, point_wkb(table))


def write_ogr(
    table: pa.Table,
    path: Path,
    *,
    driver: str,
    layer: str,
    dataset_options: dict[str, str] | None = None,
    layer_options: dict[str, str] | None = None,
    encoding: str | None = None,
) -> None:
    """Write an Arrow table with a WKB ``geometry`` column to a new file with GDAL.

    Raises
    ------
    GeoIOError
        If GDAL cannot write the file.
    """
    import pyogrio
    import pyogrio.errors

    try:
        with warnings.catch_warnings():
            # GDAL reports Shapefile name laundering as a warning; our names already fit.
            warnings.simplefilter("ignore", RuntimeWarning)
            pyogrio.write_arrow(
                table,
                str(path),
                layer=layer,
                driver=driver,
                geometry_name=GEOMETRY_COLUMN,
                geometry_type="Point",
                crs="EPSG:4326",
                encoding=encoding,
                dataset_options=dataset_options,
                layer_options=layer_options,
            )
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, pyogrio.errors.FieldError) as exc:
        raise GeoIOError(f"cannot write {str(path)!r} as {driver}: {exc}") from exc
    except RuntimeError as exc:
        raise GeoIOError(f"cannot write {str(path)!r} as {driver}: {exc}") from exc


def write_gpkg(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a GeoPackage 1.2 with one point layer and its QGIS style (``layer_styles``)."""
    with staging(path) as folder:
        staged = folder / path.name
        write_ogr(
            geometry_table(table),
            staged,
            driver="GPKG",
            layer=options.layer,
            # 1.2 is what GDAL < 3.7 and older QGIS releases read without a warning.
            dataset_options={"VERSION": "1.2"},
            layer_options={"GEOMETRY_NAME": GEOMETRY_COLUMN, "FID": "fid"},
        )
        add_layer_style(staged, layer=options.layer)
        return publish([staged], path.parent)


def write_fgb(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a FlatGeobuf, with a packed Hilbert R-tree spatial index unless switched off."""
    with staging(path) as folder:
        staged = folder / path.name
        write_ogr(
            geometry_table(table),
            staged,
            driver="FlatGeobuf",
            layer=options.layer,
            layer_options={"SPATIAL_INDEX": "YES" if options.spatial_index else "NO", "TITLE": options.layer},
        )
        return publish([staged], path.parent)


# --- QGIS style in the GeoPackage ----------------------------------------------------------------------

#: The ``layer_styles`` table as QGIS creates it in a GeoPackage (QgsOgrProvider saveStyle).
LAYER_STYLES_SQL = """
CREATE TABLE IF NOT EXISTS "layer_styles" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "f_table_catalog" TEXT(256),
    "f_table_schema" TEXT(256),
    "f_table_name" TEXT(256),
    "f_geometry_column" TEXT(256),
    "styleName" TEXT(30),
    "styleQML" TEXT,
    "styleSLD" TEXT,
    "useAsDefault" BOOLEAN,
    "description" TEXT,
    "owner" TEXT(30),
    "ui" TEXT(30),
    "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)
"""


def add_layer_style(path: Path, *, layer: str, description: str | None = None) -> None:
    """Store our QML and SLD as the default style of ``layer`` in the GeoPackage at ``path``.

    The table is registered in ``gpkg_contents`` as an attributes table, as QGIS does, so GDAL lists
    it as a layer and GeoPackage validators accept it.
    """
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    row: dict[str, Any] = {
        "f_table_catalog": "",
        "f_table_schema": "",
        "f_table_name": layer,
        "f_geometry_column": GEOMETRY_COLUMN,
        "styleName": STYLE_NAME,
        "styleQML": qml_style(),
        "styleSLD": sld_style(layer=layer),
        "useAsDefault": 1,
        "description": description or "Events categorised by event_type (geo, Okabe-Ito colours)",
        "owner": "",
        "ui": None,
        "update_time": stamp,
    }
    try:
        with sqlite3.connect(path) as db:
            db.execute(LAYER_STYLES_SQL)
            names = ", ".join(f'"{k}"' for k in row)
            db.execute(
                f"INSERT INTO layer_styles ({names}) VALUES ({', '.join('?' * len(row))})", list(row.values())
            )
            db.execute(
                "INSERT OR REPLACE INTO gpkg_contents (table_name, data_type, identifier, description,"
                " last_change) VALUES ('layer_styles', 'attributes', 'layer_styles', '', ?)",
                (stamp,),
            )
        db.close()
    except sqlite3.Error as exc:
        raise GeoIOError(f"cannot store the layer style in {str(path)!r}: {exc}") from exc
