"""Validate GeoJSON text and objects of events against the event feature contract.

Three layers, each reporting every problem it finds (never only the first):

1. bytes: readable file, not empty, UTF-8, no byte order mark, JSON without NaN/Infinity, without
   numbers too large for an IEEE double or beyond 2**53 for integers, without duplicate member names;
2. structure and properties: the shipped JSON Schema (``geo/model/event-feature-collection.schema.json``,
   Draft 2020-12): a FeatureCollection (or one Feature), Point geometries ``[lon, lat]`` in range,
   no ``crs`` or other foreign members, every property present, typed and from its vocabulary;
3. meaning (:mod:`geo.model.checks`): EDTF dates and their bounds, ISO country codes,
   ``geo_precision`` against ``feature_class``, mention offsets, at most 6 decimals, swapped or
   misplaced coordinates, ``id`` equal to ``properties.id`` and unique in the file.

``docs/schema.md`` lists the checks.
"""

from __future__ import annotations

import functools
import json
import math
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator, ValidationError

from geo.errors import GeoIOError, InputError
from geo.io import MAX_DEPTH, gc_paused, nested_too_deep, read_bounded
from geo.model.checks import check_coordinates, check_properties
from geo.model.fastcheck import ecma_regex as _ecma_regex
from geo.model.fastcheck import parse_valid
from geo.model.lines import as_document
from geo.model.messages import describe, short_repr
from geo.model.schema import SCHEMA_PATH

__all__ = [
    "FileReport",
    "Problem",
    "parse_checked",
    "validate_bytes",
    "validate_geojson_file",
    "validate_object",
]


#: Largest integer accepted (2**53 - 1, exact in every JSON implementation, RFC 8259 section 6).
MAX_SAFE_INTEGER = 2**53 - 1


@dataclass(frozen=True)
class Problem:
    """One way in which a file or object breaks the contract.

    Attributes
    ----------
    index
        Position of the feature in ``features`` (0 for a lone Feature), ``None`` for file-level problems.
    feature_id
        The feature's ``id`` when it has one.
    field
        Dotted path inside the feature (``"properties.date"``), or inside the file for top-level
        problems; ``None`` when the problem concerns the whole thing.
    message
        What is wrong, quoting the bad value.
    """

    index: int | None
    feature_id: str | None
    field: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.index is not None:
            ident = f" (id {self.feature_id!r})" if self.feature_id is not None else ""
            where.append(f"feature #{self.index}{ident}")
        if self.field:
            where.append(self.field)
        return ": ".join([*where, self.message])

    def as_dict(self) -> dict[str, Any]:
        """The problem as a JSON-ready mapping."""
        return {
            "index": self.index,
            "feature_id": self.feature_id,
            "field": self.field,
            "message": self.message,
        }


@dataclass(frozen=True)
class FileReport:
    """The outcome of validating one file: how many features it holds and its problems."""

    path: str
    features: int | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether the file has no problem."""
        return not self.problems


class _BadNumber:
    """Placeholder for a number literal the contract does not accept (NaN, 1e999, 10**5000)."""

    def __init__(self, text: str, reason: str) -> None:
        self.text, self.reason = text, reason

    def __repr__(self) -> str:
        return short_repr(self.text, 40)


@functools.cache
def _validators() -> tuple[Draft202012Validator, Draft202012Validator]:
    # deferred: jsonschema (~50 ms to import) loads only when a file is validated, not for `geo extract`
    from jsonschema import Draft202012Validator, validators

    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    feature = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/EventFeature"}
    ecma = validators.extend(Draft202012Validator, {"pattern": _pattern})  # type: ignore[no-untyped-call]
    return ecma(schema), ecma(feature)


def _pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Iterator[ValidationError]:
    """The ``pattern`` keyword with :func:`_ecma_regex` (jsonschema's own uses Python's ``$``)."""
    from jsonschema import ValidationError  # deferred (see _validators); loaded by then

    if validator.is_type(instance, "string") and not _ecma_regex(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def validate_geojson_file(path: str | os.PathLike[str]) -> FileReport:
    """Validate a GeoJSON file and count its features (``None`` when it could not be parsed).

    A missing, unreadable or folder path is a problem in the report, not an exception. Other formats
    are read by :func:`geo.validation.validate_file`.
    """
    name = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            return FileReport(name, None, [Problem(None, None, None, f"{name!r} is a folder, not a file")])
        data = read_bounded(file)
    except (GeoIOError, InputError) as exc:  # unreadable, or larger than geo.io.MAX_FILE_BYTES
        return FileReport(name, None, [Problem(None, None, None, str(exc))])
    return _check_bytes(name, as_document(data))  # GeoJSON lines named .geojson too


def validate_bytes(data: bytes) -> list[Problem]:
    """Validate raw file content (encoding, JSON syntax and numbers, then :func:`validate_object`)."""
    return _check_bytes("<bytes>", data).problems


def parse_checked(name: str, data: bytes) -> tuple[Any | None, FileReport]:
    """Validate raw file content and return the parsed document when it has no problem.

    The fast path (:func:`geo.model.fastcheck.parse_valid`) proves most valid files valid in a
    fraction of the time; anything it cannot vouch for is validated in full. The document is None
    when there are problems (and, rarely, for a valid file the fast path could not vouch for: parse
    it again with :func:`json.loads`).
    """
    obj = parse_valid(data)
    if obj is not None:
        count = 1 if obj.get("type") == "Feature" else len(obj["features"])
        return obj, FileReport(name, count, [])
    with gc_paused():
        return None, _check_full(name, data)


def _check_bytes(name: str, data: bytes) -> FileReport:
    return parse_checked(name, data)[1]


def _check_full(name: str, data: bytes) -> FileReport:
    problems: list[Problem] = []

    def file_problem(message: str) -> FileReport:
        return FileReport(name, None, [*problems, Problem(None, None, None, message)])

    if not data.strip():
        return file_problem("file is empty" if not data else "file holds only whitespace")
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(
            Problem(None, None, None, "file starts with a UTF-8 byte order mark (RFC 8259 forbids it)")
        )
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1]
        return file_problem(f"file is not UTF-8: byte {bad!r} at offset {exc.start} ({exc.reason})")
    duplicates: list[str] = []
    try:
        obj = json.loads(
            text,
            parse_constant=lambda s: _BadNumber(s, "is not a number JSON allows"),
            parse_float=_parse_float,
            parse_int=_parse_int,
            object_pairs_hook=functools.partial(_pairs, duplicates=duplicates),
        )
    except json.JSONDecodeError as exc:
        return file_problem(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}")
    except RecursionError:
        return file_problem("not usable JSON: nested too deeply")
    if nested_too_deep(obj):
        return file_problem(f"not usable JSON: nested more than {MAX_DEPTH} levels deep")
    problems += [
        Problem(None, None, None, f"duplicate member name {key!r} in one object") for key in duplicates
    ]
    problems += _bad_numbers(obj)
    problems += validate_object(obj)
    count = len(obj["features"]) if isinstance(obj, dict) and isinstance(obj.get("features"), list) else None
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        count = 1
    return FileReport(name, count, problems)


def _parse_float(text: str) -> float | _BadNumber:
    value = float(text)
    return value if math.isfinite(value) else _BadNumber(text, "is too large for a double-precision number")


def _parse_int(text: str) -> int | _BadNumber:
    if len(text.lstrip("-")) > 16:
        return _BadNumber(text, f"is too large: integers must lie within ±{MAX_SAFE_INTEGER}")
    value = int(text)
    return (
        value
        if abs(value) <= MAX_SAFE_INTEGER
        else _BadNumber(text, f"is too large: beyond ±{MAX_SAFE_INTEGER}")
    )


def _pairs(pairs: list[tuple[str, Any]], *, duplicates: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            duplicates.append(key)
        out[key] = value
    return out


def _walk(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _walk(item, (*path, i))


def _bad_numbers(obj: Any) -> list[Problem]:
    problems = []
    for path, value in _walk(obj):
        if isinstance(value, _BadNumber):
            index, fid, inner = _locate(obj, path)
            problems.append(
                Problem(index, fid, ".".join(map(str, inner)) or None, f"number {value!r} {value.reason}")
            )
    return problems


def _feature_id(feature: Any) -> str | None:
    if not isinstance(feature, Mapping):
        return None
    fid = feature.get("id")
    if isinstance(fid, str):
        return fid
    props = feature.get("properties")
    pid = props.get("id") if isinstance(props, Mapping) else None
    return pid if isinstance(pid, str) else None


def _locate(obj: Any, path: tuple[Any, ...]) -> tuple[int | None, str | None, tuple[Any, ...]]:
    """Split an instance path into (feature index, feature id, path inside the feature)."""
    if isinstance(obj, Mapping) and obj.get("type") == "Feature":
        return 0, _feature_id(obj), path
    if len(path) >= 2 and path[0] == "features" and isinstance(path[1], int):
        features = obj.get("features") if isinstance(obj, Mapping) else None
        feature = features[path[1]] if isinstance(features, list) and path[1] < len(features) else None
        return path[1], _feature_id(feature), path[2:]
    return None, None, path


def validate_object(obj: Any) -> list[Problem]:
    """Validate a parsed JSON value: a FeatureCollection of events or a single event Feature."""
    if isinstance(obj, list):
        return [
            Problem(
                None,
                None,
                None,
                "expected a GeoJSON FeatureCollection or Feature object, got a JSON array "
                '(wrap a list of features as {"type": "FeatureCollection", "features": [...]})',
            )
        ]
    if not isinstance(obj, dict):
        return [
            Problem(None, None, None, f"expected a GeoJSON FeatureCollection object, got {short_repr(obj)}")
        ]
    kind = obj.get("type")
    if kind not in ("FeatureCollection", "Feature"):
        return [
            Problem(None, None, "type", f"expected 'FeatureCollection' or 'Feature', got {short_repr(kind)}")
        ]
    collection_validator, feature_validator = _validators()
    validator = feature_validator if kind == "Feature" else collection_validator
    features = [obj] if kind == "Feature" else obj.get("features")
    features = features if isinstance(features, list) else []

    by_feature: dict[int | None, list[Problem]] = {}
    non_point = {i for i, f in enumerate(features) if _non_point(f)}
    for error in validator.iter_errors(obj):
        if isinstance(error.instance, _BadNumber):
            continue  # reported by _bad_numbers
        index, fid, inner = _locate(obj, tuple(error.absolute_path))
        if index in non_point and inner[:1] == ("geometry",):
            continue
        for name, message in describe(error, inner):
            by_feature.setdefault(index, []).append(Problem(index, fid, name, message))

    seen: dict[str, int] = {}
    for index, feature in enumerate(features):
        found = by_feature.setdefault(index, [])
        fid = _feature_id(feature)
        found += [
            Problem(index, fid, name, msg) for name, msg in _feature_checks(feature, index in non_point)
        ]
        if fid is not None:
            if fid in seen:
                found.append(Problem(index, fid, "id", f"duplicate id {fid!r} (also feature #{seen[fid]})"))
            else:
                seen.setdefault(fid, index)
    problems = by_feature.pop(None, [])
    for index in sorted(i for i in by_feature if i is not None):
        problems += by_feature[index]
    return problems


def _non_point(feature: Any) -> bool:
    """Whether a feature has a geometry member that is null or not a Point (reported once, by us)."""
    if not isinstance(feature, Mapping) or "geometry" not in feature:
        return False
    geometry = feature["geometry"]
    return geometry is None or (isinstance(geometry, Mapping) and geometry.get("type") != "Point")


def _feature_checks(feature: Any, non_point: bool) -> list[tuple[str | None, str]]:
    if not isinstance(feature, Mapping):
        return []
    found: list[tuple[str | None, str]] = []
    props = feature.get("properties")
    props = props if isinstance(props, Mapping) else {}
    fid, pid = feature.get("id"), props.get("id")
    if isinstance(fid, str) and isinstance(pid, str) and fid != pid:
        found.append(("id", f"feature id {fid!r} differs from properties.id {pid!r}"))
    found += check_properties(props)
    geometry = feature.get("geometry")
    if geometry is None and non_point:
        found.append(("geometry", "geometry is null; every event needs a Point"))
    elif non_point and isinstance(geometry, Mapping):
        kind = short_repr(geometry.get("type"))
        found.append(("geometry.type", f"geometry type {kind} is not allowed: events are Points"))
    elif isinstance(geometry, Mapping):
        found += check_coordinates(geometry.get("coordinates"), props.get("country"))
    return found
