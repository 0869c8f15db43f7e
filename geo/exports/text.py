"""GeoJSON writers: a FeatureCollection file and two one-feature-per-record sequences.

- ``geojson``: the same deterministic text as :func:`geo.model.geojson.dumps` (``.geojson``), written in
  batches so a million features never sit in memory as one string.
- ``geojsons``: GeoJSON text sequence, RFC 8142 (``.geojsons``, media type
  ``application/geo+json-seq``): every feature is preceded by the record separator ``0x1E`` and
  followed by a line feed.
- ``geojsonl``: newline-delimited GeoJSON (``.geojsonl``, ``.ndjson``, ``.jsonl``): one feature per
  line, no separator byte; what ``jq -c``, pandas ``read_json(lines=True)`` and most tools stream.

Both sequences write compact JSON (no spaces) with keys in contract order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from geo.errors import GeoIOError, SchemaError
from geo.exports.jsontext import feature_texts
from geo.exports.table import MENTION_FIELDS, SOURCE_FIELDS
from geo.io import publish, staging
from geo.model.feature import PROPERTY_ORDER
from geo.model.geojson import dumps

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = ["feature_line", "write_geojson", "write_geojson_lines", "write_geojson_seq"]

_BATCH = 20_000
RS = "\x1e"


def batch_table(batch: pa.RecordBatch) -> pa.Table:
    """A record batch as a one-chunk table."""
    import pyarrow as pa

    return pa.Table.from_batches([batch])


def _write(path: Path, emit: Any) -> list[Path]:
    with staging(path) as folder:
        staged = folder / path.name
        try:
            with staged.open("w", encoding="utf-8", newline="\n") as handle:
                emit(handle)
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        return publish([staged], path.parent)


def _texts(table: pa.Table, indent: int | None) -> Iterator[list[str]]:

    for batch in table.to_batches(max_chunksize=_BATCH):
        yield feature_texts(batch_table(batch), indent=indent).to_pylist()


def write_geojson(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a FeatureCollection identical to ``geo.model.geojson.dumps`` of the same features."""

    def emit(handle: IO[str]) -> None:
        if table.num_rows == 0:
            handle.write(dumps({"type": "FeatureCollection", "features": []}))
            return
        handle.write('{\n  "type": "FeatureCollection",\n  "features": [\n')
        for i, texts in enumerate(_texts(table, 2)):
            handle.write((",\n" if i else "") + ",\n".join(texts))
        handle.write("\n  ]\n}\n")

    return _write(path, emit)


def feature_line(feature: dict[str, Any]) -> str:
    """Compact JSON of one feature, keys in contract order (no trailing newline).

    The reference for the vectorised writer (:func:`geo.exports.jsontext.feature_texts`).

    Raises
    ------
    SchemaError
        If a number is NaN or infinite.
    """
    props = feature["properties"]
    ordered_props = {name: props[name] for name in PROPERTY_ORDER if name in props}
    ordered_props["source"] = {k: props["source"][k] for k in SOURCE_FIELDS if k in props["source"]}
    ordered_props["mentions"] = [{k: m[k] for k in MENTION_FIELDS} for m in props["mentions"]]
    ordered = {
        "type": "Feature",
        "id": feature["id"],
        "geometry": {"type": "Point", "coordinates": feature["geometry"]["coordinates"]},
        "properties": ordered_props,
    }
    try:
        return json.dumps(ordered, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except ValueError as exc:
        raise SchemaError(f"cannot write feature {feature['id']!r}: {exc}") from exc


def write_geojson_seq(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write an RFC 8142 GeoJSON text sequence: ``RS feature LF`` per feature."""

    def emit(handle: IO[str]) -> None:
        for texts in _texts(table, None):
            handle.write("".join(f"{RS}{text}\n" for text in texts))

    return _write(path, emit)


def write_geojson_lines(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write newline-delimited GeoJSON: one feature per line."""

    def emit(handle: IO[str]) -> None:
        for texts in _texts(table, None):
            handle.write("".join(f"{text}\n" for text in texts))

    return _write(path, emit)
