"""Event files for the commands that read them (``map``, ``figure``, ``export``): any format geo writes.

GeoJSON is read and checked against the contract as before; GeoJSON lines and sequences, CSV,
GeoPackage, FlatGeobuf, GeoParquet, Shapefile and KML/KMZ go through the exports' read-back
(:func:`geo.exports.read.read_plain`), chosen by the file name's ending. A name with no known ending
is read as GeoJSON, as it always was. ``-`` is standard input: a GeoJSON document, GeoJSON lines or a
GeoJSON text sequence, told apart by their first bytes (:func:`geo.exports.read.sniff_text`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geo.errors import InputError
from geo.exports import format_for_path
from geo.exports.read import read_bytes, read_plain, sniff_text
from geo.io import MAX_FILE_BYTES, read_bounded
from geo.model.coerce import merge_collections
from geo.model.geojson import load_feature_collection
from geo.validation.lenient import read_lenient

__all__ = ["load_events", "read_stdin"]


def load_events(paths: Sequence[Path], *, lenient: bool = False) -> dict[str, Any]:
    """Read every file of ``paths`` (any format geo writes; ``-`` for standard input) into one
    FeatureCollection mapping.

    With ``lenient`` (``map``, ``figure``), a GeoJSON document that is GeoJSON but not in the event
    contract is read with one warning instead of refused (:func:`geo.validation.lenient.read_lenient`).
    """
    if sum(str(path) == "-" for path in paths) > 1:
        raise InputError("standard input (-) can be read only once")
    return merge_collections([_load(path, lenient=lenient) for path in paths])


def read_stdin() -> bytes:
    """The bytes of standard input (at most :data:`geo.io.MAX_FILE_BYTES`).

    Raises
    ------
    InputError
        If standard input is a terminal (nothing was piped in) or holds more than the limit.
    """
    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("standard input (-) is a terminal: pipe events in, e.g. geo extract ... | geo map -")
    data: bytes = sys.stdin.buffer.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"standard input holds more than {MAX_FILE_BYTES} bytes; write it to a file")
    return data


def _load(path: Path, *, lenient: bool) -> Any:
    if str(path) == "-":
        data = read_stdin()
        if lenient and sniff_text(data) == "geojson":
            return read_lenient(data, name="standard input")
        return read_bytes(data)
    try:
        geojson = format_for_path(path) == "geojson"
    except InputError:
        geojson = True  # an unknown ending: GeoJSON, as before
    if lenient and geojson:
        return read_lenient(read_bounded(path), name=str(path))
    if geojson:
        return load_feature_collection(path)
    return read_plain(path)
