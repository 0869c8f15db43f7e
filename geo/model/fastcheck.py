"""The fast path of :mod:`geo.model.validate`: prove that a GeoJSON file has no problem at all, quickly.

Full validation (:func:`geo.model.validate.validate_bytes`) parses with Python's ``json`` and hooks for
every number and object, walks every value and runs jsonschema, which for 100,000 events takes tens of
seconds. Most files geo reads are geo's own and valid, so :func:`parse_valid` first tries to *prove*
validity cheaply and returns the parsed document when it can; whenever it cannot (any doubt at all), it
returns None and the caller runs the full validation, which then reports the problems with its usual
messages. The fast path never accepts what the full path rejects:

- bytes: orjson parses the text; it refuses what the full path reports as a syntax or number problem
  (NaN, Infinity, numbers beyond a double, lone surrogates, invalid UTF-8, raw control characters in
  strings); a byte order mark, an empty file and integers beyond 2**53 go to the full path;
- duplicate member names (orjson keeps the last silently): the text holds as many ``:`` as the
  document re-serialised by orjson, unless a member is repeated (a ``:`` in a string written as
  ``\\u003a`` sends the file to the full path, so the counts cannot cancel out);
- the JSON Schema: compiled by :func:`compile_schema` into plain predicates for the keywords the
  shipped schema uses (a keyword it does not know disables the fast path), with stricter types than
  jsonschema's (``1.0`` is not an integer here) so that a predicate passes only what the schema passes;
- meaning: the same functions as the full path (:mod:`geo.model.checks`), with answers for places and
  dates remembered (:mod:`geo.model.conform`) and the control-character walk skipped when the text
  holds no escape that could produce such a character.

``tests/test_validate_fast.py`` checks both paths agree on valid files and on many broken ones.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any, Final

import orjson

from geo.io import gc_paused
from geo.model.checks import check_coordinates, check_properties, check_text
from geo.model.conform import date_conforms, source_conforms
from geo.model.schema import SCHEMA_PATH

__all__ = ["UnsupportedSchemaError", "compile_schema", "ecma_regex", "parse_valid"]

Predicate = Callable[[Any], bool]

#: Largest integer accepted (2**53 - 1), as in :mod:`geo.model.validate`.
MAX_SAFE_INTEGER: Final = 2**53 - 1
#: Keywords that only annotate a schema.
_ANNOTATIONS: Final = frozenset({"description", "title", "$schema", "$id", "$defs", "$comment"})
#: Escapes after which a string might hold a character :func:`geo.model.checks.check_text` refuses,
#: and the UTF-8 of U+FFFE and U+FFFF (raw control characters and surrogates are not valid JSON).
_MAYBE_NOT_TEXT: Final = (b"\\u", b"\\b", b"\\f", b"\xef\xbf\xbe", b"\xef\xbf\xbf")


class UnsupportedSchemaError(ValueError):
    """A schema keyword or value :func:`compile_schema` does not compile."""


@functools.cache
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` with ECMA-262 anchors: ``$`` (outside a class) is the end of the text, ``\\Z``.

    JSON Schema patterns are ECMA-262 regular expressions, where ``$`` does not match before a final
    line break as Python's does; pydantic's Rust engine agrees with ECMA, so this keeps ``"abc\\n"``
    out of an id in files as in Python-built features.
    """
    out: list[str] = []
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "$" and not in_class:
            char = r"\Z"
        out.append(char)
    return re.compile("".join(out))


_TYPES: Final[dict[str, str]] = {
    "string": "type({v}) is str",
    "integer": "type({v}) is int",
    "number": "(type({v}) is int or (type({v}) is float and isfinite({v})))",
    "null": "{v} is None",
    "array": "type({v}) is list",
    "object": "type({v}) is dict",
    "boolean": "type({v}) is bool",
}
_NUMBER: Final = _TYPES["number"]


class _Emitter:
    """Writes the source of one predicate function: one ``if not (...): return False`` per constraint."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.lines: list[str] = []
        self.names: dict[str, Any] = {"isfinite": math.isfinite}
        self.counter = 0

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"{stem}{self.counter}"

    def constant(self, value: Any) -> str:
        name = self.fresh("k")
        self.names[name] = value
        return name

    def fail_unless(self, condition: str, pad: str) -> None:
        self.lines.append(f"{pad}if not ({condition}): return False")

    def emit(self, schema: Mapping[str, Any], v: str, pad: str) -> None:
        if len(pad) > 4 * 40:
            raise UnsupportedSchemaError("schema nested more than 40 levels (a recursive $ref?)")
        unknown = set(schema) - _ANNOTATIONS - _KEYWORDS
        if unknown:
            raise UnsupportedSchemaError(f"schema keyword(s) {sorted(unknown)!r}")
        if "$ref" in schema:
            self.emit(self._resolve(schema["$ref"]), v, pad)
        if "type" in schema:
            names = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
            if not names or any(name not in _TYPES for name in names):
                raise UnsupportedSchemaError(f"type {schema['type']!r}")
            self.fail_unless(" or ".join(_TYPES[name].format(v=v) for name in names), pad)
        if "const" in schema:
            value = _string(schema["const"], "const")
            self.fail_unless(f"type({v}) is str and {v} == {self.constant(value)}", pad)
        if "enum" in schema:
            values = frozenset(_string(item, "enum") for item in schema["enum"])
            self.fail_unless(f"type({v}) is str and {v} in {self.constant(values)}", pad)
        if "pattern" in schema:
            search = self.constant(ecma_regex(schema["pattern"]).search)
            self.fail_unless(f"type({v}) is not str or {search}({v}) is not None", pad)
        if "minLength" in schema:
            self.fail_unless(f"type({v}) is not str or len({v}) >= {int(schema['minLength'])}", pad)
        for keyword, op in (("minimum", ">="), ("maximum", "<=")):
            if keyword in schema:
                bound = self.constant(schema[keyword])
                self.fail_unless(f"not {_NUMBER.format(v=v)} or {v} {op} {bound}", pad)
        if {"prefixItems", "items", "minItems", "maxItems"} & set(schema):
            self._array(schema, v, pad)
        if {"properties", "required", "additionalProperties"} & set(schema):
            self._object(schema, v, pad)

    def _resolve(self, ref: Any) -> Mapping[str, Any]:
        prefix = "#/$defs/"
        name = ref[len(prefix) :] if isinstance(ref, str) and ref.startswith(prefix) else None
        defs = self.root.get("$defs", {})
        if name is None or name not in defs:
            raise UnsupportedSchemaError(f"$ref {ref!r}")
        resolved: Mapping[str, Any] = defs[name]
        return resolved

    def _array(self, schema: Mapping[str, Any], v: str, pad: str) -> None:
        self.lines.append(f"{pad}if type({v}) is list:")
        inner = pad + "    "
        self.lines.append(f"{inner}pass")
        if "minItems" in schema:
            self.fail_unless(f"len({v}) >= {int(schema['minItems'])}", inner)
        if "maxItems" in schema:
            self.fail_unless(f"len({v}) <= {int(schema['maxItems'])}", inner)
        prefix = list(schema.get("prefixItems", ()))
        for index, sub in enumerate(prefix):
            self.lines.append(f"{inner}if len({v}) > {index}:")
            item = self.fresh("i")
            self.lines.append(f"{inner}    {item} = {v}[{index}]")
            self.emit(sub, item, inner + "    ")
        if "items" in schema:
            item = self.fresh("i")
            self.lines.append(f"{inner}for {item} in {v}[{len(prefix)}:]:")
            self.lines.append(f"{inner}    pass")
            self.emit(schema["items"], item, inner + "    ")

    def _object(self, schema: Mapping[str, Any], v: str, pad: str) -> None:
        properties = dict(schema.get("properties", {}))
        required = frozenset(schema.get("required", ()))
        closed = schema.get("additionalProperties", True)
        if closed not in (True, False):
            raise UnsupportedSchemaError("additionalProperties other than true or false")
        self.lines.append(f"{pad}if type({v}) is dict:")
        inner = pad + "    "
        self.lines.append(f"{inner}pass")
        if closed is False and required == frozenset(properties):
            self.fail_unless(f"{v}.keys() == {self.constant(frozenset(properties))}", inner)
        else:
            if required:
                self.fail_unless(f"{self.constant(required)} <= {v}.keys()", inner)
            if closed is False:
                self.fail_unless(f"{v}.keys() <= {self.constant(frozenset(properties))}", inner)
        for name, sub in properties.items():
            item = self.fresh("p")
            key = self.constant(name)
            if name in required and closed is False and required == frozenset(properties):
                self.lines.append(f"{inner}{item} = {v}[{key}]")
                self.emit(sub, item, inner)
            else:
                self.lines.append(f"{inner}if {key} in {v}:")
                self.lines.append(f"{inner}    {item} = {v}[{key}]")
                self.emit(sub, item, inner + "    ")


#: The keywords :class:`_Emitter` compiles.
_KEYWORDS: Final = frozenset(
    {
        "$ref",
        "type",
        "const",
        "enum",
        "pattern",
        "minLength",
        "minimum",
        "maximum",
        "prefixItems",
        "items",
        "minItems",
        "maxItems",
        "properties",
        "required",
        "additionalProperties",
    }
)


def _string(value: Any, keyword: str) -> str:
    if type(value) is not str:
        raise UnsupportedSchemaError(f"{keyword} with a value other than a string: {value!r}")
    return value


def compile_schema(schema: Mapping[str, Any], root: Mapping[str, Any] | None = None) -> Predicate:
    """A predicate that is true only for values ``schema`` accepts (a subset of JSON Schema 2020-12).

    The predicate is generated Python source (one test per constraint, no call per keyword), about
    twenty times as fast as walking the schema for every value. Types are stricter than jsonschema's
    (``1.0`` is not an integer, a non-finite float not a number), so it may refuse what the schema
    accepts, never the reverse.

    Parameters
    ----------
    schema
        The (sub)schema to compile.
    root
        The document ``$ref`` pointers (``#/$defs/NAME``) resolve in; ``schema`` itself by default.

    Raises
    ------
    UnsupportedSchemaError
        For a keyword or value outside the subset (the caller then always validates in full).
    """
    emitter = _Emitter(schema if root is None else root)
    emitter.emit(schema, "value", "    ")
    source = "\n".join(["def check(value):", *emitter.lines, "    return True"])
    namespace = dict(emitter.names)
    exec(compile(source, "<geo.model.fastcheck>", "exec"), namespace)  # our own generated source
    check: Predicate = namespace["check"]
    return check


@functools.cache
def _feature_check() -> Predicate | None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    top = set(schema) - _ANNOTATIONS
    expected = {"type", "properties", "required", "additionalProperties"}
    if top != expected or set(schema["properties"]) != {"type", "features"}:
        return None  # a collection schema of another shape: always validate in full
    try:
        return compile_schema({"$ref": "#/$defs/EventFeature"}, schema)
    except UnsupportedSchemaError:
        return None


def _counts_fit(props: Mapping[str, Any]) -> bool:
    """Integers where the full path's parser refuses values beyond 2**53 (the schema keeps others out)."""
    for name in ("troops", "fatalities"):
        value = props[name]
        if value is not None and value > MAX_SAFE_INTEGER:
            return False
    return all(m["end"] <= MAX_SAFE_INTEGER and m["start"] < m["end"] for m in props["mentions"])


def _meaning_ok(feature: Mapping[str, Any], props: Mapping[str, Any], maybe_controls: bool) -> bool:
    """The checks of :func:`geo.model.validate._feature_checks` on a feature that passed the schema."""
    if feature["id"] != props["id"] or not _counts_fit(props):
        return False
    if maybe_controls and check_text(props, "properties"):
        return False
    country = props["country"]
    return (
        date_conforms(props["date"], props["date_start"], props["date_end"], props["time_precision"])
        and _place_ok(props["feature_class"], country, props["geo_precision"])
        and _published_ok(props["source"])
        and not check_coordinates(feature["geometry"]["coordinates"], country)
    )


_PUBLISHED: Final[dict[Any, bool]] = {}
_PLACES: Final[dict[tuple[Any, ...], bool]] = {}


def _place_ok(feature_class: str, country: str | None, geo_precision: int) -> bool:
    """The country code and ``geo_precision`` against ``feature_class`` (remembered; types are the
    schema's)."""
    key = (feature_class, country, geo_precision)
    found = _PLACES.get(key)
    if found is None:
        if len(_PLACES) >= 4096:
            _PLACES.clear()
        values = {"feature_class": feature_class, "country": country, "geo_precision": geo_precision}
        found = _PLACES[key] = not check_properties(values)
    return found


def _published_ok(source: Mapping[str, Any]) -> bool:
    published = source["published"]
    found = _PUBLISHED.get(published)
    if found is None:
        if len(_PUBLISHED) >= 4096:
            _PUBLISHED.clear()
        found = _PUBLISHED[published] = source_conforms({"published": published})
    return found


def parse_valid(data: bytes) -> Any | None:
    """The parsed document when ``data`` is an event file with no problem at all, else None.

    None means "not proven": the caller runs the full validation, which finds the problems (or, rarely,
    none: a valid file the fast path cannot vouch for, such as one with escaped ``:``).
    """
    with gc_paused():
        return _parse_valid(data)


def _parse_valid(data: bytes) -> Any | None:
    check = _feature_check()
    if check is None or not data or data.startswith(b"\xef\xbb\xbf"):
        return None
    if b"\\u003a" in data or b"\\u003A" in data:
        return None  # an escaped ":" would upset the count of member names below
    try:
        obj = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    if type(obj) is not dict:
        return None
    kind = obj.get("type")
    if kind == "Feature":
        features = [obj]
    elif kind == "FeatureCollection" and obj.keys() == {"type", "features"} and type(obj["features"]) is list:
        features = obj["features"]
    else:
        return None
    if data.count(b":") != orjson.dumps(obj).count(b":"):
        return None  # a repeated member name (orjson kept the last)
    maybe_controls = any(marker in data for marker in _MAYBE_NOT_TEXT)
    seen: set[str] = set()
    for feature in features:
        if not check(feature):
            return None
        props = feature["properties"]
        if not _meaning_ok(feature, props, maybe_controls) or feature["id"] in seen:
            return None
        seen.add(feature["id"])
    return obj
