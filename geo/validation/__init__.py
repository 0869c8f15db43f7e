"""``geo validate``: any file geo reads, checked against the event feature contract.

GeoJSON goes through :mod:`geo.model.validate` (bytes, JSON Schema, meaning); CSV and the GIS formats
are read through the importers and :func:`geo.exports.read_export` first (:mod:`geo.validation.formats`).
This package sits above the exports and importers; the contract checks themselves live in the model.
"""

from __future__ import annotations

import os

from geo.model.validate import FileReport, Problem, validate_bytes, validate_geojson_file, validate_object
from geo.validation.formats import other_format, validate_other_file

__all__ = ["FileReport", "Problem", "validate_bytes", "validate_file", "validate_object", "validate_path"]


def validate_file(path: str | os.PathLike[str]) -> FileReport:
    """Validate a file of any format geo reads and count its features (``None`` when unparsable).

    Files in other formats than GeoJSON (CSV, GeoPackage, GeoParquet, FlatGeobuf, Shapefile, KML...,
    chosen by the file name's ending) are read through the importers and readers of
    :mod:`geo.validation.formats`; a missing, unreadable or folder path is a problem, not an exception.
    """
    fmt = other_format(path)
    if fmt is not None:
        return validate_other_file(path, fmt)
    return validate_geojson_file(path)


def validate_path(path: str | os.PathLike[str]) -> list[Problem]:
    """Validate a file; a missing, unreadable or folder path is a problem, not an exception."""
    return validate_file(path).problems
