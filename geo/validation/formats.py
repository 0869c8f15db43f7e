"""``geo validate`` for files that are not GeoJSON: CSV (ours, ACLED, UCDP GED) and the GIS formats.

- CSV (and the ACLED-style ``.acled.csv`` of ``geo export``) goes through an importer chosen by its
  header: UCDP GED (``type_of_violence`` and ``where_prec``), ACLED (``event_type``,
  ``geo_precision`` and ``event_id_cnty`` or ``data_id``), otherwise the generic importer without a
  mapping, which reads the CSV ``geo export`` writes. Each row that cannot become a valid event is a
  problem naming its physical line.
- GeoPackage, GeoParquet, FlatGeobuf, Shapefile, KML/KMZ and GeoJSON sequences are read back with
  :func:`geo.exports.read_export` (their columns must be those of our exports) and the features are
  checked like a GeoJSON file: schema, vocabularies, dates, coordinates, unique ids.

The format comes from the file name's ending (:func:`geo.exports.format_for_path`).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from geo.errors import GeoError, InputError
from geo.exports import format_for_path, read_export
from geo.importers import ImportResult, import_acled, import_csv, import_ucdp
from geo.model.validate import FileReport, Problem, validate_object

__all__ = ["csv_flavour", "other_format", "validate_other_file"]


def other_format(path: str | os.PathLike[str]) -> str | None:
    """The export format name of ``path`` when it is not GeoJSON (``None`` for GeoJSON or unknown)."""

    try:
        name = format_for_path(os.fspath(path))
    except InputError:
        return None
    return None if name == "geojson" else name


def csv_flavour(header: list[str]) -> str:
    """``"ucdp"``, ``"acled"`` or ``"csv"`` (ours or generic) from a CSV header."""
    names = {name.strip().lower() for name in header}
    if {"type_of_violence", "where_prec"} <= names:
        return "ucdp"
    if {"event_type", "geo_precision"} <= names and names & {"event_id_cnty", "data_id"}:
        return "acled"
    return "csv"


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        first = handle.readline()
    delimiter = max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
    return next(csv.reader(io.StringIO(first), delimiter=delimiter), [])


def validate_other_file(path: str | os.PathLike[str], format: str) -> FileReport:
    """Validate a file of a non-GeoJSON ``format`` (see the module documentation)."""

    name = str(path)
    file = Path(path)
    if file.is_dir() and format != "shapefile":
        return FileReport(name, None, [Problem(None, None, None, f"{name!r} is a folder, not a file")])
    if not file.exists():
        return FileReport(name, None, [Problem(None, None, None, f"cannot read {name!r}: no such file")])
    try:
        if format in ("csv", "acled"):
            return _from_import(name, _import_csv(file))

        collection = read_export(file, format=format)
    except (GeoError, OSError) as exc:
        return FileReport(name, None, [Problem(None, None, None, str(exc))])
    except Exception as exc:  # a driver error from pyogrio/pyarrow on a damaged file
        message = f"cannot read {name!r} as {format}: {type(exc).__name__}: {exc}"
        return FileReport(name, None, [Problem(None, None, None, message)])
    features = collection.get("features", [])
    return FileReport(name, len(features), validate_object(collection))


def _import_csv(file: Path) -> ImportResult:

    flavour = csv_flavour(_header(file))
    if flavour == "ucdp":
        return import_ucdp(file)
    if flavour == "acled":
        return import_acled(file)
    return import_csv(file)


def _from_import(name: str, result: ImportResult) -> FileReport:

    problems = [Problem(None, None, None, str(error)) for error in result.errors]
    return FileReport(name, result.read, problems)
