"""Events from a file of any format ``geo export`` writes, or from any in-memory kind.

:func:`read` is the everyday entry (``geo.read``); :func:`read_plain` is its JSON form for the bulk
readers above the exports (the map and the figure). Both hand everything but a path to
:mod:`geo.model.coerce`, so the kinds accepted are those of :func:`geo.model.coerce.as_collection` plus
a path of any export format (GeoJSON, GeoJSON lines or sequences, CSV, GeoPackage, FlatGeobuf,
GeoParquet, Shapefile, KML/KMZ), chosen by its ending.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from geo.exports import read_export
from geo.model.coerce import as_collection, as_plain, is_path
from geo.model.feature import EventFeatureCollection

__all__ = ["read", "read_plain"]


def read(data: Any, *, format: str | None = None, layer: str | None = None) -> EventFeatureCollection:
    """Return the events of a file or of an in-memory collection as validated models.

    Parameters
    ----------
    data
        A path (``str`` or ``os.PathLike``) of any export format, or anything
        :func:`geo.model.coerce.as_collection` takes.
    format
        Format name of a path (see :data:`geo.exports.FORMATS`); by default chosen by its ending.
    layer
        Layer to read (GeoPackage).

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    InputError
        For an unknown format or an unsupported kind of ``data``.
    SchemaError
        If the content breaks the event feature contract.
    """
    if is_path(data):
        return as_collection(read_export(Path(data), format=format, layer=layer))
    return as_collection(data)


def read_plain(data: Any) -> Any:
    """Like :func:`read` but in the JSON form of :func:`geo.model.coerce.as_plain` (a mapping or a
    GeoDataFrame of JSON values; neither is validated again)."""
    if is_path(data):
        return read_export(Path(data))
    return as_plain(data)
