"""Exports of event features to the formats GIS tools, spreadsheets and data tools open.

Every format is written from the event table (:mod:`geo.exports.table`) by one module per format
family, atomically: the output is written beside the target and renamed into place, so a failure
never leaves a partial file. ``docs/exports.md`` describes each format, its field mapping and limits.

>>> from geo.exports import export                                   # doctest: +SKIP
>>> export(collection, "events.gpkg")                                # format from the extension
>>> export(collection, "out/events.dat", format="csv", wkt=True)
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from geo.errors import InputError
from geo.exports.options import ExportOptions
from geo.model.coerce import as_plain, is_path

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = [
    "FORMATS",
    "ExportFormat",
    "ExportOptions",
    "ExportResult",
    "export",
    "format_for_path",
    "read_export",
]


class _Writer(Protocol):
    def __call__(self, table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]: ...


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One output format: its name, the file endings that select it and where its writer lives."""

    name: str
    extensions: tuple[str, ...]
    label: str
    module: str
    writer: str

    def load(self) -> _Writer:
        """Import and return the writer function."""
        function: _Writer = getattr(importlib.import_module(self.module), self.writer)
        return function


#: Every format by name; the first extension is the usual one.
FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat(
            "geojson", (".geojson", ".json"), "GeoJSON (RFC 7946)", "geo.exports.text", "write_geojson"
        ),
        ExportFormat(
            "geojsons",
            (".geojsons", ".geojsonseq"),
            "GeoJSON text sequence (RFC 8142, RS-separated)",
            "geo.exports.text",
            "write_geojson_seq",
        ),
        ExportFormat(
            "geojsonl",
            (".geojsonl", ".ndjson", ".jsonl"),
            "newline-delimited GeoJSON (one feature per line)",
            "geo.exports.text",
            "write_geojson_lines",
        ),
        ExportFormat("gpkg", (".gpkg",), "GeoPackage with a QGIS style", "geo.exports.ogr", "write_gpkg"),
        ExportFormat("fgb", (".fgb",), "FlatGeobuf", "geo.exports.ogr", "write_fgb"),
        ExportFormat(
            "shapefile",
            (".shp", ".shp.zip", ".zip"),
            "ESRI Shapefile (.shp beside its sidecars, or zipped)",
            "geo.exports.shapefile",
            "write_shapefile",
        ),
        ExportFormat(
            "parquet", (".parquet", ".geoparquet"), "GeoParquet 1.0", "geo.exports.parquet", "write_parquet"
        ),
        ExportFormat("csv", (".csv",), "CSV with lon/lat columns", "geo.exports.delimited", "write_csv"),
        ExportFormat("kml", (".kml",), "KML for Google Earth", "geo.exports.kml", "write_kml"),
        ExportFormat("kmz", (".kmz",), "KMZ (zipped KML)", "geo.exports.kml", "write_kmz"),
        ExportFormat(
            "acled", (".acled.csv",), "ACLED-style CSV (+ .lossy.csv)", "geo.exports.acled_csv", "write_acled"
        ),
    )
}


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export wrote."""

    format: str
    features: int
    files: tuple[Path, ...]


def format_for_path(path: str | Path) -> str:
    """Return the format name selected by the file name's ending (longest match wins).

    Raises
    ------
    InputError
        If no format uses that ending.
    """
    name = Path(path).name.lower()
    matches = [
        (len(ext), fmt.name) for fmt in FORMATS.values() for ext in fmt.extensions if name.endswith(ext)
    ]
    if not matches:
        known = ", ".join(ext for fmt in FORMATS.values() for ext in fmt.extensions)
        raise InputError(
            f"cannot tell the format of {str(path)!r} from its name; use one of {known} or --format"
        )
    return max(matches)[1]


def _table(data: Any) -> pa.Table:
    import pyarrow as pa

    from geo.exports.table import EVENT_SCHEMA, table_from_collection, table_from_geodataframe

    if isinstance(data, pa.Table):
        return data.select(list(EVENT_SCHEMA.names)).cast(EVENT_SCHEMA)
    data = read_export(Path(data)) if is_path(data) else as_plain(data)  # read.read_plain, without a cycle
    if isinstance(data, Mapping):
        return table_from_collection(data)
    if hasattr(data, "geometry") and hasattr(data, "crs"):
        return table_from_geodataframe(data)
    raise InputError(
        f"cannot export a {type(data).__name__!r}: give a FeatureCollection, GeoDataFrame or Table"
    )


def export(
    data: Mapping[str, Any] | Any,
    path: str | Path,
    *,
    format: str | None = None,
    layer: str = "events",
    wkt: bool = False,
    spatial_index: bool = True,
    csv_guard: bool = True,
) -> ExportResult:
    """Write events to ``path`` in one format, atomically.

    Parameters
    ----------
    data
        Events of any kind :func:`geo.model.coerce.as_collection` takes (an
        :class:`~geo.model.feature.EventFeatureCollection`, features, a FeatureCollection mapping, a
        GeoDataFrame such as ``geo.model.frames.to_geodataframe`` or ``geopandas.read_file`` gives),
        the path of a file of any export format, or an event table
        (:data:`geo.exports.table.EVENT_SCHEMA`).
    path
        The output file (for a Shapefile: the ``.shp``, whose sidecars go beside it, or a ``.zip``).
    format
        A name from :data:`FORMATS`; by default chosen by the file name's ending.
    layer
        Layer name (GeoPackage, FlatGeobuf, KML document).
    wkt
        CSV only: add a ``wkt`` column.
    spatial_index
        FlatGeobuf only: write a spatial index (default); without it the file keeps the input order
        and is written faster.
    csv_guard
        CSV and ACLED CSV: prefix ``'`` to a text cell starting with ``= + - @``, tab or carriage
        return (not a number), so that a spreadsheet shows it instead of running it
        (:func:`geo.io.csv_guard`; our readers remove the quote).

    Returns
    -------
    ExportResult
        The format, the number of features and the files written.

    Raises
    ------
    InputError
        For an unknown format or data that does not fit the event table.
    GeoIOError
        If the output cannot be written; nothing is left behind then.
    """
    name = format_for_path(path) if format is None else format.lower()
    if name not in FORMATS:
        raise InputError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    if not layer or not layer.isprintable() or any(ch in layer for ch in "\"'/\\"):
        raise InputError(
            f"layer name {layer!r} must be non-empty, without quotes, slashes or control characters"
        )
    table = _table(data)
    writer = FORMATS[name].load()
    options = ExportOptions(layer=layer, wkt=wkt, spatial_index=spatial_index, csv_guard=csv_guard)
    files = writer(table, Path(path), options=options)
    return ExportResult(format=name, features=table.num_rows, files=tuple(files))


def read_export(path: str | Path, *, format: str | None = None, layer: str | None = None) -> dict[str, Any]:
    """Read a file written by :func:`export` back into a FeatureCollection (the round trip).

    Flattened values (``source_*`` columns, JSON lists, Shapefile short names) are put back, so
    ``read_export(export(fc, p).files[0]) == fc`` within each format's documented limits.
    """
    from geo.exports.readback import read_back

    name = format_for_path(path) if format is None else format.lower()
    if name not in FORMATS:
        raise InputError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    return read_back(Path(path), name, layer=layer)
