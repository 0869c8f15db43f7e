"""ESRI Shapefile: the flat table under 10-character field names, within dBase's limits.

- Field names: the fixed mapping :data:`SHAPEFILE_FIELDS` (property → name of at most 10 characters),
  also written as a sidecar ``<stem>.fields.json`` so the file explains itself and reads back.
- Text is UTF-8 (declared in ``<stem>.cpg``); a dBase text field holds at most 254 bytes. Longer
  values are cut at a character boundary; the JSON lists (``actors``, ``mentions``) lose whole items
  from the end instead, so they stay valid JSON. Every cut is logged and counted in the sidecar.
- ``date_start``/``date_end`` are dBase dates; counts are integers; ``confidence`` a real number.
- dBase has no null text: a missing text value reads back as null, and so does an empty string.
- Output: ``OUT.shp`` writes ``.shp .shx .dbf .prj .cpg`` and the sidecar beside each other;
  ``OUT.shp.zip`` (or ``OUT.zip``) writes them into one zip archive (GDAL and QGIS open it directly).
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from geo.errors import GeoIOError
from geo.exports.ogr import geometry_table, write_ogr
from geo.exports.reproducible import gdal_time_options, write_zip
from geo.io import publish, staging

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = [
    "MAX_TEXT_BYTES",
    "SHAPEFILE_FIELDS",
    "SIDECAR_SUFFIX",
    "read_sidecar",
    "shapefile_stem",
    "write_shapefile",
]

log = logging.getLogger(__name__)

#: Flat column → Shapefile field name (at most 10 characters, unique, stable).
SHAPEFILE_FIELDS: Final[dict[str, str]] = {
    "id": "id",
    "name": "name",
    "place": "place",
    "gazetteer_id": "gazetteer",
    "feature_class": "feat_class",
    "country": "country",
    "event_type": "event_type",
    "sub_event_type": "sub_event",
    "mission": "mission",
    "actors": "actors",
    "date": "date",
    "date_start": "date_start",
    "date_end": "date_end",
    "time_precision": "time_prec",
    "geo_precision": "geo_prec",
    "troops": "troops",
    "fatalities": "fatalities",
    "source_article_id": "src_id",
    "source_title": "src_title",
    "source_publisher": "src_pub",
    "source_url": "src_url",
    "source_published": "src_date",
    "source_sha256": "src_sha256",
    "mentions": "mentions",
    "notes": "notes",
    "confidence": "confidence",
}
assert all(len(v) <= 10 for v in SHAPEFILE_FIELDS.values())
assert len(set(SHAPEFILE_FIELDS.values())) == len(SHAPEFILE_FIELDS)

#: Longest text a dBase field holds, in bytes.
MAX_TEXT_BYTES: Final = 254
SIDECAR_SUFFIX: Final = ".fields.json"
_PARTS: Final = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def shapefile_stem(path: Path) -> tuple[str, bool]:
    """Return the base name of the parts and whether ``path`` asks for a zip archive."""
    name = path.name
    lower = name.lower()
    for ending, zipped in ((".shp.zip", True), (".zip", True), (".shp", False)):
        if lower.endswith(ending):
            return name[: -len(ending)] or "events", zipped
    return path.stem or "events", False


def _cut_text(value: str) -> str:
    return value.encode("utf-8")[:MAX_TEXT_BYTES].decode("utf-8", errors="ignore")


def _cut_json_list(value: str) -> str:
    items = json.loads(value)
    while (
        items and len(json.dumps(items, ensure_ascii=False, separators=(",", ":")).encode()) > MAX_TEXT_BYTES
    ):
        items.pop()
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def _fit_text(table: pa.Table) -> tuple[pa.Table, dict[str, int]]:
    """Cut text values longer than :data:`MAX_TEXT_BYTES`; only the long rows go through Python."""
    import pyarrow as pa
    import pyarrow.compute as pc

    cuts: dict[str, int] = {}
    for index, field in enumerate(table.schema):
        if not pa.types.is_string(field.type):
            continue
        column = table.column(index)
        too_long = pc.fill_null(pc.greater(pc.binary_length(column), MAX_TEXT_BYTES), False)
        count = pc.sum(too_long).as_py() or 0
        if not count:
            continue
        cut = _cut_json_list if field.name in ("actors", "mentions") else _cut_text
        values = [
            cut(v) if long and v is not None else v
            for v, long in zip(column.to_pylist(), too_long.to_pylist(), strict=True)
        ]
        table = table.set_column(index, field, pa.array(values, type=field.type))
        cuts[field.name] = count
        log.warning("Shapefile: %d value(s) of %r cut to %d bytes", count, field.name, MAX_TEXT_BYTES)
    return table, cuts


def _field_widths(table: pa.Table) -> dict[str, int]:
    import pyarrow as pa
    import pyarrow.compute as pc

    widths = {}
    for field in table.schema:
        if pa.types.is_string(field.type):
            longest = pc.max(pc.binary_length(table.column(field.name))).as_py() or 1
            widths[field.name] = min(max(longest, 1), MAX_TEXT_BYTES)
    return widths


def write_shapefile(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write the Shapefile parts (and the field sidecar) beside ``path``, or into a zip archive."""
    import pyarrow as pa

    stem, zipped = shapefile_stem(path)
    flat, cuts = _fit_text(geometry_table(table))
    widths = _field_widths(flat)
    renamed = flat.rename_columns([SHAPEFILE_FIELDS.get(n, n) for n in flat.column_names])
    # GDAL takes a text field's width from the Arrow field metadata; the default would be 80.
    fields = [
        f.with_metadata({"GDAL:OGR:width": str(widths[name])}) if name in widths else f
        for f, name in zip(renamed.schema, flat.column_names, strict=True)
    ]
    renamed = renamed.cast(pa.schema(fields))
    sidecar = {
        "format": "geo Shapefile field map",
        "fields": {short: long for long, short in SHAPEFILE_FIELDS.items()},
        "text_limit_bytes": MAX_TEXT_BYTES,
        "cut_values": cuts,
    }
    with staging(path) as folder:
        shp = folder / f"{stem}.shp"
        with gdal_time_options() as dbf_date:
            write_ogr(
                renamed, shp, driver="ESRI Shapefile", layer=stem, encoding="UTF-8", layer_options=dbf_date
            )
        side = folder / f"{stem}{SIDECAR_SUFFIX}"
        side.write_text(json.dumps(sidecar, indent=2) + "\n", encoding="utf-8")
        parts = [folder / f"{stem}{ext}" for ext in _PARTS if (folder / f"{stem}{ext}").exists()]
        missing = {".shp", ".shx", ".dbf"} - {p.suffix for p in parts}
        if missing:
            raise GeoIOError(f"GDAL did not write the {sorted(missing)!r} part(s) of {str(path)!r}")
        parts.append(side)
        if not zipped:
            return publish(parts, path.parent)
        archive = folder / path.name
        try:
            write_zip(archive, [(part.name, part.read_bytes()) for part in parts])
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        return publish([archive], path.parent)


def read_sidecar(path: Path) -> dict[str, Any] | None:
    """The parsed field sidecar of a written Shapefile, or ``None`` when there is none."""
    try:
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data
