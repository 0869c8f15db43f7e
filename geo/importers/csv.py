"""Generic CSV and GeoJSON tables → event features, through a :class:`ColumnMapping`.

Each row (or GeoJSON feature) gives the values of the mapped columns; value tables and constants
apply; then the rules below fill what is still missing, and the feature is checked against the
contract like every other import:

- point: ``lon``/``lat`` columns (or ``wkt`` ``POINT (lon lat)``; a GeoJSON feature's Point);
- ``date``: EDTF as given, or made from ``date_start``/``date_end`` (a day, a month, a year or an
  interval); ``date_start``, ``date_end`` and ``time_precision`` are derived from ``date`` when absent;
- ``name`` and ``place`` stand in for each other, else the coordinates are the name;
  ``gazetteer_id`` defaults to ``<prefix>:<place>``, ``feature_class`` to ``city`` and
  ``geo_precision`` to the class's default;
- ``country`` may be a name or ISO code (alpha-2, alpha-3, numeric);
- ``source``: a JSON object, or the flat ``source_*`` columns of ``geo export``; ``article_id``
  defaults to ``<prefix>:<file name>``;
- ``actors`` and ``mentions``: JSON lists (as ``geo export`` writes them), or ``;``-separated actors;
- ``id``: an ``id`` column of the file is kept as it is; a column mapped to ``id`` explicitly gets
  the ``<prefix>:`` in front; without one, the id is :func:`geo.model.feature.event_id` of the file, the
  row's line, the place, the type and the date (the same file gives the same ids).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any, Final

from geo.codebooks.countries import country_code
from geo.errors import InputError
from geo.importers._rows import (
    ImportResult,
    RowError,
    RowValueError,
    build_feature,
    convert_rows,
    edtf_between,
    gather,
    place_id,
    read_csv,
    split_list,
)
from geo.importers.mapping import LAT_NAMES, LON_NAMES, SOURCE_KEYS, ColumnMapping
from geo.io import load_json_text, read_bounded
from geo.model.build import Draft, EventPlace, When
from geo.model.feature import EventFeature, event_id
from geo.model.vocab import GEO_PRECISION_BY_CLASS
from geo.temporal.edtf import parse_edtf

__all__ = ["import_csv", "import_table"]

_INTEGERS: Final = frozenset({"geo_precision", "troops", "fatalities"})
_WKT = re.compile(r"^\s*POINT\s*Z?\s*\(\s*([-+0-9.eE]+)\s+([-+0-9.eE]+)(?:\s+[-+0-9.eE]+)?\s*\)\s*\Z", re.I)


def import_csv(path: str | Path, *, mapping: ColumnMapping | None = None) -> ImportResult:
    """Import a CSV file, or a GeoJSON file (``.geojson``/``.json``), with a column mapping.

    Raises
    ------
    InputError
        If the file cannot be parsed as a whole, or a mapped column is missing.
    """
    return gather(iter_csv(path, mapping=mapping))


def iter_csv(path: str | Path, *, mapping: ColumnMapping | None = None) -> Iterator[EventFeature | RowError]:
    """Yield a feature or a :class:`~geo.importers.RowError` per row of a CSV file, one row at a time (a
    GeoJSON file is read whole: its features, then its errors); see :func:`import_csv`. The header and
    the mapping are checked before this returns."""
    file = Path(path)
    mapping = mapping or ColumnMapping()
    if file.suffix.lower() in (".geojson", ".json"):
        result = _import_geojson(file, mapping)
        return iter([*result.features, *result.errors])
    columns, rows = read_csv(file, normalise=str.strip)
    missing = sorted({column for column in mapping.columns.values() if column not in columns})
    if missing:
        raise InputError(
            f"{str(file)!r}: mapped column{'s' if len(missing) > 1 else ''} {', '.join(map(repr, missing))} "
            f"not in the file (found: {', '.join(columns)})"
        )
    if not {"lon", "lat", "wkt"} & set(mapping.columns):
        has_point = any(c in columns for c in LON_NAMES) and any(c in columns for c in LAT_NAMES)
        if not has_point and "wkt" not in columns:
            raise InputError(
                f"{str(file)!r}: no coordinate columns (lon/lat, longitude/latitude, x/y or wkt); "
                "map them with --column lon=COLUMN --column lat=COLUMN"
            )
    return convert_rows(rows, import_table(mapping, source_name=file.name))


def import_table(
    mapping: ColumnMapping, *, source_name: str
) -> Callable[[Mapping[str, Any], int | None], EventFeature]:
    """Return the row converter of a mapping: ``convert(values, line) -> EventFeature``.

    ``values`` maps column names to raw values (strings from CSV, JSON values from GeoJSON
    properties, plus ``__lon__``/``__lat__`` for a GeoJSON Point); ``line`` numbers the row for
    generated ids.
    """

    def convert(values: Mapping[str, Any], line: int | None) -> EventFeature:
        return _convert(values, line, mapping, source_name)

    return convert


def _raw(values: Mapping[str, Any], key: str, mapping: ColumnMapping) -> Any:
    column = mapping.columns.get(key, key)
    value = values.get(column)
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            value = None
    if key in mapping.values and value is not None:
        table = mapping.values[key]
        value = table.get(str(value), value)
    if value is None and key in mapping.constants:
        value = mapping.constants[key]
    return value


def _point(values: Mapping[str, Any], mapping: ColumnMapping) -> tuple[float, float]:
    if "__lon__" in values:
        return values["__lon__"], values["__lat__"]
    wkt = _raw(values, "wkt", mapping)
    lon = _raw(values, "lon", mapping) if "lon" in mapping.columns else _first(values, LON_NAMES)
    lat = _raw(values, "lat", mapping) if "lat" in mapping.columns else _first(values, LAT_NAMES)
    if (lon is None or lat is None) and wkt is not None:
        match = _WKT.match(str(wkt))
        if match is None:
            raise RowValueError(f"wkt {wkt!r} is not a POINT (lon lat)")
        lon, lat = match.group(1), match.group(2)
    if lon is None or lat is None:
        raise RowValueError("longitude or latitude is empty")
    return _float(lon, "longitude"), _float(lat, "latitude")


def _first(values: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = values.get(name)
        if value is not None and str(value).strip():
            return value
    return None


def _float(value: Any, what: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise RowValueError(f"{what} {value!r} is not a number") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RowValueError(f"{what} {value!r} is not a finite number")
    return number


def _text(value: Any) -> str | None:
    if value is None:
        return None
    return (
        value
        if isinstance(value, str)
        else json.dumps(value)
        if isinstance(value, list | dict)
        else str(value)
    )


def _integer(value: Any, key: str) -> int | None:
    if value is None or (isinstance(value, int) and not isinstance(value, bool)):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    if re.fullmatch(r"[+-]?\d+(\.0*)?", text):
        return int(text.split(".")[0])
    raise RowValueError(f"{key} {value!r} is not a whole number")


def _json_list(value: Any, key: str) -> list[Any] | None:
    if value is None or isinstance(value, list):
        return value
    text = str(value).strip()
    if text.startswith("["):
        try:
            parsed = load_json_text(text, name=key)
        except InputError:
            raise RowValueError(f"{key} {text!r} is not a JSON list") from None
        if not isinstance(parsed, list):
            raise RowValueError(f"{key} {text!r} is not a JSON list")
        return parsed
    if key == "actors":
        return split_list(text)
    raise RowValueError(f"{key} {text!r} is not a JSON list")


def _day(value: Any, key: str, date_format: str | None) -> str | None:
    """A day value as ``YYYY-MM-DD`` (with ``date_format``, or ISO with an optional time)."""
    text = _text(value)
    if text is None:
        return None
    try:
        if date_format:
            return datetime.datetime.strptime(text, date_format).date().isoformat()
        return datetime.date.fromisoformat(text[:10]).isoformat() if len(text) >= 10 else text
    except ValueError:
        expected = f"format {date_format!r}" if date_format else "YYYY-MM-DD"
        raise RowValueError(f"{key} {text!r} is not a date ({expected})") from None


def _dates(values: Mapping[str, Any], mapping: ColumnMapping) -> dict[str, Any]:
    date = _raw(values, "date", mapping)
    start = _day(_raw(values, "date_start", mapping), "date_start", mapping.date_format)
    end = _day(_raw(values, "date_end", mapping), "date_end", mapping.date_format)
    precision = _text(_raw(values, "time_precision", mapping))
    if date is None:
        if start is None and end is None:
            raise RowValueError("no date: date, date_start and date_end are all empty")
        first = datetime.date.fromisoformat(start or end or "")
        last = datetime.date.fromisoformat(end or start or "")
        date, derived = edtf_between(first, last)
        precision = precision or derived
    else:
        date = _text(date) or ""
        if mapping.date_format:
            date = _day(date, "date", mapping.date_format) or ""
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*", date):
            date = date[:10]
        try:
            bounds = parse_edtf(date)
        except InputError as exc:
            raise RowValueError(str(exc)) from None
        start = start if start is not None else bounds.iso_start
        end = end if end is not None else bounds.iso_end
        precision = precision or bounds.precision
    return {"date": date, "date_start": start, "date_end": end, "time_precision": precision}


def _source(values: Mapping[str, Any], mapping: ColumnMapping, source_name: str) -> dict[str, Any]:
    raw = _raw(values, "source", mapping)
    if isinstance(raw, str):
        try:
            raw = load_json_text(raw, name="source")
        except InputError:
            raw = {"article_id": raw}
    source: dict[str, Any] = dict(raw) if isinstance(raw, Mapping) else {}
    if raw is not None and not isinstance(raw, Mapping):
        raise RowValueError(f"source {raw!r} is not an object")
    for key in SOURCE_KEYS:
        value = _text(_raw(values, key, mapping))
        if value is not None:
            source[key.removeprefix("source_")] = value
    source.setdefault("article_id", f"{mapping.prefix}:{source_name}")
    return source


def _country(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    if len(text) == 2 and text.isalpha():
        return text.upper()
    code = country_code(text)
    if code is None:
        raise RowValueError(f"unknown country {text!r}")
    return code


def _convert(
    values: Mapping[str, Any], line: int | None, mapping: ColumnMapping, source_name: str
) -> EventFeature:
    lon, lat = _point(values, mapping)
    props: dict[str, Any] = {}
    for key in ("name", "place", "gazetteer_id", "feature_class", "event_type", "sub_event_type",
                "mission", "notes"):  # fmt: skip
        props[key] = _text(_raw(values, key, mapping))
    if props["event_type"] is None:
        raise RowValueError("event_type is empty (map a column or set a constant)")
    props["name"] = props["name"] or props["place"] or f"{lat:.4f}, {lon:.4f}"
    props["place"] = props["place"] or props["name"]
    props["gazetteer_id"] = props["gazetteer_id"] or place_id(mapping.prefix, props["place"])
    props["feature_class"] = props["feature_class"] or "city"
    for key in sorted(_INTEGERS):
        props[key] = _integer(_raw(values, key, mapping), key)
    if props["geo_precision"] is None:
        props["geo_precision"] = GEO_PRECISION_BY_CLASS.get(props["feature_class"], 2)
    props["country"] = _country(_raw(values, "country", mapping))
    props["actors"] = [str(a) for a in _json_list(_raw(values, "actors", mapping), "actors") or []]
    props["mentions"] = _json_list(_raw(values, "mentions", mapping), "mentions") or []
    confidence = _raw(values, "confidence", mapping)
    if confidence is not None:
        props["confidence"] = _float(confidence, "confidence")
    props.update(_dates(values, mapping))
    props["source"] = _source(values, mapping, source_name)
    props["id"] = _id(values, line, mapping, props)
    place = EventPlace(
        name=props["name"],
        place=props["place"],
        gazetteer_id=props["gazetteer_id"],
        feature_class=props["feature_class"],
        country=props["country"],
        geo_precision=props["geo_precision"],
        lon=lon,
        lat=lat,
    )
    draft = Draft(
        event_type=props["event_type"],
        when=When(props["date"], props["date_start"], props["date_end"], props["time_precision"]),
        sub_event_type=props["sub_event_type"],
        mission=props["mission"],
        actors=props["actors"],
        troops=props["troops"],
        fatalities=props["fatalities"],
        mentions=props["mentions"],
        notes=props["notes"],
        confidence=props.get("confidence", 1.0),
    )
    return build_feature(place, draft, props["source"], id=props["id"])


def _id(values: Mapping[str, Any], line: int | None, mapping: ColumnMapping, props: Mapping[str, Any]) -> str:
    raw = _text(_raw(values, "id", mapping))
    if raw is not None:
        return f"{mapping.prefix}:{raw}" if "id" in mapping.columns else raw
    return event_id(
        article_id=f"{props['source']['article_id']}#{line}",
        place_id=props["gazetteer_id"],
        event_type=props["event_type"],
        date=props["date"],
    )


def _import_geojson(file: Path, mapping: ColumnMapping) -> ImportResult:
    try:
        text = read_bounded(file).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{str(file)!r} is not GeoJSON: {exc}") from None
    try:
        obj = load_json_text(text, name=repr(str(file)))
    except InputError as exc:
        raise InputError(f"{str(file)!r} is not GeoJSON: {str(exc).split(': ', 1)[1]}") from None
    if isinstance(obj, Mapping) and obj.get("type") == "Feature":
        obj = {"type": "FeatureCollection", "features": [obj]}
    if not isinstance(obj, Mapping) or not isinstance(obj.get("features"), list):
        raise InputError(f"{str(file)!r} is not a GeoJSON FeatureCollection")
    result = ImportResult()
    seen: dict[str, int] = {}
    for index, feature in enumerate(obj["features"]):
        result.read += 1
        where = f"feature #{index}"
        try:
            values = _feature_values(feature)
            built = _convert(values, index, mapping, file.name)
            if built.id in seen:
                raise RowValueError(f"duplicate id {built.id!r} (also feature #{seen[built.id]})")
        except RowValueError as exc:
            result.errors.append(RowError(None, str(exc), where))
            continue
        seen[built.id] = index
        result.features.append(built)
    return result


def _feature_values(feature: Any) -> dict[str, Any]:
    if not isinstance(feature, Mapping):
        raise RowValueError(f"not a GeoJSON feature: {feature!r:.60}")
    geometry = feature.get("geometry")
    if not isinstance(geometry, Mapping) or geometry.get("type") != "Point":
        kind = geometry.get("type") if isinstance(geometry, Mapping) else geometry
        raise RowValueError(f"geometry {kind!r} is not a Point")
    coordinates = geometry.get("coordinates")
    if not (isinstance(coordinates, list) and len(coordinates) >= 2):
        raise RowValueError(f"Point coordinates {coordinates!r} are not [lon, lat]")
    props = feature.get("properties")
    values = dict(props) if isinstance(props, Mapping) else {}
    if "id" not in values and isinstance(feature.get("id"), str | int):
        values["id"] = str(feature["id"])
    values["__lon__"] = _float(coordinates[0], "longitude")
    values["__lat__"] = _float(coordinates[1], "latitude")
    return values
