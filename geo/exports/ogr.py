"""GeoPackage and FlatGeobuf through GDAL (pyogrio's Arrow writer: no Python loop per feature).

Both get the flat table (:func:`geo.exports.table.flatten`): ``source_*`` columns, ``actors`` and
``mentions`` as JSON text, ``date_start``/``date_end`` as dates, a Point geometry in EPSG:4326.
The GeoPackage also carries a QGIS style in its ``layer_styles`` table (QML and SLD, categorised by
``event_type``), which QGIS applies when it opens the layer.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import uuid
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import GeoIOError
from geo.exports.reproducible import gdal_time_options, iso_milliseconds, output_time
from geo.exports.styles import qml_style, sld_style
from geo.exports.table import flatten, point_wkb
from geo.io import publish, staging

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = [
    "GEOMETRY_COLUMN",
    "STYLE_NAME",
    "fgb_memory_budget",
    "fgb_temporary_bytes",
    "gdal_path",
    "geometry_table",
    "write_fgb",
    "write_gpkg",
    "write_ogr",
]

GEOMETRY_COLUMN = "geometry"
STYLE_NAME = "geo event types"


def geometry_table(table: pa.Table) -> pa.Table:
    """The flat table with ``lon``/``lat`` replaced by a WKB ``geometry`` column."""
    return flatten(table).drop_columns(["lon", "lat"]).append_column(GEOMETRY_COLUMN, point_wkb(table))


def gdal_path(path: str | os.PathLike[str]) -> str:
    """``path`` as pyogrio passes it to GDAL unchanged, for reading.

    pyogrio reads a path as a URI (``urllib.parse.urlparse``), which cuts a last segment at ``;``
    (URI "parameters"): ``a;b.gpkg`` would open ``a``. A path starting with ``/vsi`` is left as it
    is, so such a name is read through GDAL's ``/vsisubfile/0,`` (the whole file from offset 0);
    GDAL finds a Shapefile's other parts the same way.
    """
    text = os.fspath(path)
    if text.startswith("/vsi") or ";" not in os.path.basename(text):
        return text
    return f"/vsisubfile/0,{os.path.abspath(text)}"


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

    if ";" in path.name:
        # pyogrio would cut the name at ";" (see gdal_path): write under a plain name, then rename
        # every file GDAL made (a Shapefile's parts too) in the fresh staging folder.
        plain = path.with_name(path.name.replace(";", "_"))
        before = set(path.parent.iterdir())
        write_ogr(
            table,
            plain,
            driver=driver,
            layer=layer,
            dataset_options=dataset_options,
            layer_options=layer_options,
            encoding=encoding,
        )
        prefix, stem = plain.stem + ".", path.stem + "."
        for made in set(path.parent.iterdir()) - before:
            if made.name.startswith(prefix):
                made.rename(made.with_name(stem + made.name[len(prefix) :]))
        return
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
    with staging(path) as folder, gdal_time_options():
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
    """Write a FlatGeobuf, with a packed Hilbert R-tree spatial index unless switched off.

    With the index, GDAL first writes the features to a temporary file, then sorts them in Hilbert
    order and copies them, one by one in that order, behind the tree into the final file. That
    temporary file is kept in memory (``/vsimem/``) when it fits in :func:`fgb_memory_budget`:
    on disk, the copy reads the features back in an order unrelated to the one they were written in,
    and those scattered reads took most of the time (see ``docs/exports.md``). Otherwise it goes in
    the staging folder beside the target, which GDAL removes when done.
    """
    flat = geometry_table(table)
    layer_options = {"SPATIAL_INDEX": "YES" if options.spatial_index else "NO", "TITLE": options.layer}
    memory_dir = None
    if options.spatial_index and fgb_temporary_bytes(flat) <= fgb_memory_budget():
        memory_dir = f"/vsimem/geo-fgb-{uuid.uuid4().hex}"
        layer_options["TEMPORARY_DIR"] = memory_dir
    with staging(path) as folder:
        staged = folder / path.name
        try:
            write_ogr(flat, staged, driver="FlatGeobuf", layer=options.layer, layer_options=layer_options)
        finally:
            if memory_dir is not None:
                _remove_memory_dir(memory_dir)
        return publish([staged], path.parent)


def fgb_temporary_bytes(flat: pa.Table) -> int:
    """Estimate the size of GDAL's temporary FlatGeobuf file for the flat ``flat`` table.

    A FlatGeobuf feature holds the values plus a few bytes per value (a column number, a length):
    1.5 times the Arrow buffers is on the safe side (1,000,000 synthetic events: 454 MB of
    buffers, a 553 MB temporary file).
    """
    return int(flat.nbytes * 1.5)


def fgb_memory_budget() -> int:
    """Bytes GDAL's temporary FlatGeobuf file may take in memory: a quarter of the available memory."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024 // 4
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 4
    except (OSError, ValueError, AttributeError):
        return 0  # unknown: keep the temporary file on disk


def _remove_memory_dir(folder: str) -> None:
    """Remove GDAL's in-memory temporary folder (GDAL deletes its file; the folder entry stays)."""
    import pyogrio

    with contextlib.suppress(OSError):  # already gone
        pyogrio.vsi_rmtree(folder)


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
    stamp = iso_milliseconds(output_time())  # reproducible, see geo.exports.reproducible
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
