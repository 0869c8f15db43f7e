"""``geo validate``: any file geo reads, checked against the event feature contract.

GeoJSON goes through :mod:`geo.model.validate` (bytes, JSON Schema, meaning); CSV and the GIS formats
are read through the importers and :func:`geo.exports.read_export` first (:mod:`geo.validation.formats`).
This package sits above the exports and importers; the contract checks themselves live in the model.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from geo.errors import GeoError
from geo.exports.read import read_bytes, sniff_text
from geo.model.coerce import as_collection, is_path
from geo.model.validate import (
    FileReport,
    Problem,
    parse_checked,
    validate_bytes,
    validate_geojson_file,
    validate_object,
)
from geo.validation.formats import other_format, validate_other_file

__all__ = [
    "FileReport",
    "Problem",
    "validate",
    "validate_bytes",
    "validate_file",
    "validate_object",
    "validate_path",
    "validate_text",
]


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


def validate_text(data: bytes, *, name: str = "-") -> FileReport:
    """Validate event text that is not a file (standard input): a GeoJSON document, GeoJSON lines or
    a GeoJSON text sequence (:func:`geo.exports.read.sniff_text`), as their files are validated."""
    try:
        kind = sniff_text(data)
        if kind == "geojson":
            return parse_checked(name, data)[1]
        collection = read_bytes(data)
    except GeoError as exc:
        return FileReport(name, None, [Problem(None, None, None, str(exc))])
    return FileReport(name, len(collection["features"]), validate_object(collection))


def validate_path(path: str | os.PathLike[str]) -> list[Problem]:
    """Validate a file; a missing, unreadable or folder path is a problem, not an exception."""
    return validate_file(path).problems


def validate(data: Any) -> list[Problem]:
    """Check events of any kind against the event feature contract; empty when they pass (``geo.validate``).

    A path is checked as ``geo validate`` checks it (:func:`validate_path`: any format, problems instead
    of exceptions); a mapping by :func:`validate_object` (schema, meaning and plausibility). Models,
    features and GeoDataFrames are made into a collection first (:func:`geo.model.coerce.as_collection`,
    which raises the contract's ``ValueError`` for a row that breaks it) and then checked the same way,
    so the plausibility checks the models do not make (a point far from its country) are reported too.
    """
    if is_path(data):
        return validate_path(data)
    if isinstance(data, Mapping):
        return validate_object(data)
    return validate_object(as_collection(data).model_dump(mode="json"))
