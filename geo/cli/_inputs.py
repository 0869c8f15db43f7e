"""Event files for the commands that read them (``map``, ``figure``, ``export``): any format geo writes.

GeoJSON is read and checked against the contract as before; GeoJSON lines and sequences, CSV,
GeoPackage, FlatGeobuf, GeoParquet, Shapefile and KML/KMZ go through the exports' read-back
(:func:`geo.exports.read.read_plain`), chosen by the file name's ending. A name with no known ending
is read as GeoJSON, as it always was.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.exports import format_for_path
from geo.exports.read import read_plain
from geo.model.coerce import merge_collections
from geo.model.geojson import load_feature_collection

__all__ = ["load_events"]


def load_events(paths: Sequence[Path]) -> dict[str, Any]:
    """Read every file of ``paths`` (any format geo writes) into one FeatureCollection mapping."""
    return merge_collections([_load(path) for path in paths])


def _load(path: Path) -> Any:
    try:
        format_for_path(path)
    except InputError:
        return load_feature_collection(path)  # an unknown ending: GeoJSON, as before
    return read_plain(path)  # GeoJSON by its ending goes to load_feature_collection there too
