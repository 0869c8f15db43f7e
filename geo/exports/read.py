"""Events from a file of any format ``geo export`` writes, or from any in-memory kind.

:func:`read` is the everyday entry (``geo.read``); :func:`read_plain` is its JSON form for the bulk
readers above the exports (the map and the figure). Both hand everything but a path to
:mod:`geo.model.coerce`, so the kinds accepted are those of :func:`geo.model.coerce.as_collection` plus
a path of any export format (GeoJSON, GeoJSON lines or sequences, CSV, GeoPackage, FlatGeobuf,
GeoParquet, Shapefile, KML/KMZ), chosen by its ending.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final

from geo.errors import InputError, SchemaError
from geo.exports import read_export
from geo.io import gc_paused, load_json_text
from geo.model.coerce import as_collection, as_plain, is_path
from geo.model.feature import EventFeatureCollection
from geo.model.lines import text_kind
from geo.model.validate import parse_checked

__all__ = ["read", "read_bytes", "read_plain", "sniff_text"]

#: Leading bytes of the binary formats geo writes, which standard input cannot carry here.
_MAGIC: Final = (
    (b"SQLite format 3\x00", "a GeoPackage"),
    (b"fgb\x03", "a FlatGeobuf file"),
    (b"PAR1", "a GeoParquet file"),
    (b"PK\x03\x04", "a zip archive (KMZ or zipped Shapefile)"),
)


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


def sniff_text(data: bytes, *, name: str = "standard input") -> str:
    """The format of event text: ``"geojson"`` (one document), ``"geojsons"`` (RFC 8142 records
    starting with the RS character) or ``"geojsonl"`` (one feature per line).

    Raises
    ------
    InputError
        For a binary format (which needs a file: GDAL and pyarrow read files), or text that is none of
        the three (CSV and KML need a file too).
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name} holds {what}; binary formats must be given as a file name")
    text = data.lstrip(b" \t\r\n\xef\xbb\xbf")
    if not text.startswith((b"{", b"\x1e")):
        start = text[:20].decode("utf-8", "replace")
        raise InputError(
            f"{name} is not GeoJSON (it starts with {start!r}); GeoJSON, GeoJSON lines and sequences "
            "are read from standard input, other formats must be given as a file name"
        )
    return text_kind(text)


def read_bytes(data: bytes, *, name: str = "standard input") -> dict[str, Any]:
    """The FeatureCollection of event text in any of the forms :func:`sniff_text` tells apart.

    A GeoJSON document is validated against the contract (as a file is); GeoJSON lines and sequences
    are parsed record by record (as their files are) and checked by the reader that uses them.

    Raises
    ------
    InputError
        For text in no known form, or a record that is not JSON.
    SchemaError
        If a GeoJSON document breaks the event feature contract.
    """
    kind = sniff_text(data, name=name)
    if kind == "geojson":
        obj, report = parse_checked(name, data)
        if report.problems:
            shown = "\n".join(f"  {p}" for p in report.problems[:20])
            more = f"\n  ... and {len(report.problems) - 20} more" if len(report.problems) > 20 else ""
            raise SchemaError(f"{name} breaks the event feature contract:\n{shown}{more}")
        if obj is None:
            obj = json.loads(data.decode("utf-8-sig"))
        return obj if obj.get("type") != "Feature" else {"type": "FeatureCollection", "features": [obj]}
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text: {exc.reason} at byte {exc.start}") from exc
    features = []
    with gc_paused():
        for number, line in enumerate(text.split("\n"), start=1):
            record = line.lstrip("\x1e").strip()
            if record:
                features.append(load_json_text(record, name=f"{name} line {number}"))
    return {"type": "FeatureCollection", "features": features}
