"""The fast validation path (:mod:`geo.model.fastcheck`) against full jsonschema validation.

The fast path may only vouch for a file the full validation finds no problem in: for every input
below, ``parse_valid(data) is not None`` implies ``_check_full(data)`` reports nothing; and the
valid files geo writes are vouched for (else the fast path would be useless).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.model.fastcheck import UnsupportedSchemaError, compile_schema, parse_valid
from geo.model.validate import _check_full, validate_bytes

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
VALID: dict[str, Any] = json.loads(SEED.read_text(encoding="utf-8"))
FAST = settings(max_examples=200, deadline=None, database=None)


def _full_problems(data: bytes) -> list[Any]:
    return _check_full("<test>", data).problems


def _agree(data: bytes) -> tuple[bool, int]:
    """(fast vouches, number of full problems), asserting the fast path is sound."""
    vouched = parse_valid(data) is not None
    problems = _full_problems(data)
    if vouched:
        assert problems == [], f"fast path accepted a file with problems: {problems[:3]}"
    assert validate_bytes(data) == problems  # the public entry gives the full path's answer
    return vouched, len(problems)


def _dump(obj: Any) -> bytes:
    return json.dumps(obj, ensure_ascii=False, indent=1).encode("utf-8")


def _props(fc: dict[str, Any], i: int = 0) -> dict[str, Any]:
    props: dict[str, Any] = fc["features"][i]["properties"]
    return props


def test_valid_files_are_vouched_for_and_parsed_the_same() -> None:
    data = SEED.read_bytes()
    assert parse_valid(data) == json.loads(data)
    assert _agree(data) == (True, 0)
    compact = json.dumps(VALID, separators=(",", ":")).encode()
    assert _agree(compact) == (True, 0)
    lone = _dump(VALID["features"][3])
    assert _agree(lone) == (True, 0)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(fc: dict[str, Any]) -> None:
        keys = path.split(".")
        target: Any = fc["features"][1]
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        last = keys[-1]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(fc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = fc["features"][1]
        for key in parents:
            target = target[key]
        del target[last]

    return change


OBJECT_CHANGES: dict[str, Callable[[dict[str, Any]], None]] = {
    "extra property": _set("properties.admin1", "Anbar"),
    "seven decimals": _set("geometry.coordinates.0", 44.1234567),
    "huge count": _set("properties.troops", 2**60),
    "count as bool": _set("properties.fatalities", True),
    "precision as float": _set("properties.geo_precision", 4.0),
    "missing field": _delete("properties.notes"),
    "bad date": _set("properties.date", "2020-13-45"),
    "bounds disagree": _set("properties.date_start", "1999-01-01"),
    "unknown country": _set("properties.country", "XX"),
    "bad url": _set("properties.source.url", "ftp://example.org/a"),
    "bad published": _set("properties.source.published", "yesterday"),
    "non-point": _set("geometry", {"type": "LineString", "coordinates": [[44, 33], [45, 34]]}),
    "null geometry": _set("geometry", None),
    "swapped": _set("geometry.coordinates", [33.3, 44.4]),
    "out of range": _set("geometry.coordinates", [200.0, 33.0]),
    "confidence": _set("properties.confidence", 1.5),
    "control character": _set("properties.notes", "bad \x01 text"),
    "mention backwards": _set("properties.mentions", [{"start": 9, "end": 3}]),
    "ids differ": _set("id", "other-id"),
    "duplicate id": lambda fc: (
        fc["features"][1].update(id=fc["features"][0]["id"])
        or _props(fc, 1).update(id=fc["features"][0]["id"])
    ),
    "foreign member": lambda fc: fc.update(bbox=[0, 0, 1, 1]),
    "crs": lambda fc: fc.update(crs={"type": "name"}),
    "precision misfit": _set("properties.geo_precision", 1),
    "empty actor": _set("properties.actors", [""]),
    "pattern newline": _set("properties.id", VALID["features"][1]["id"] + "\n"),
}


@pytest.mark.parametrize("name", sorted(OBJECT_CHANGES))
def test_broken_objects_go_to_the_full_path(name: str) -> None:
    fc = copy.deepcopy(VALID)
    OBJECT_CHANGES[name](fc)
    vouched, problems = _agree(_dump(fc))
    assert not vouched, name
    if name != "precision as float":  # jsonschema takes 4.0 as an integer; the fast path does not
        assert problems > 0, name


TEXT = SEED.read_text(encoding="utf-8")
FIRST_NAME = '"name": "Iraq"'
TEXT_CHANGES: dict[str, tuple[str, bytes]] = {
    "duplicate member": ("", TEXT.replace(FIRST_NAME, f'{FIRST_NAME}, "name": "Iraq"', 1).encode()),
    "duplicate member with escaped colon": (
        "",
        TEXT.replace(FIRST_NAME, '"name": "Iraq", "name": "Iraq \\u003a"', 1).encode(),
    ),
    "NaN": ("", TEXT.replace('"confidence": 1.0', '"confidence": NaN', 1).encode()),
    "huge float": ("", TEXT.replace('"confidence": 1.0', '"confidence": 1e999', 1).encode()),
    "huge integer": ("", TEXT.replace('"troops": null', '"troops": 12345678901234567', 1).encode()),
    "byte order mark": ("", b"\xef\xbb\xbf" + TEXT.encode()),
    "not UTF-8": ("", TEXT.encode().replace(b"Iraq", b"Ir\xffq", 1)),
    "truncated": ("", TEXT.encode()[:-40]),
    "empty": ("", b""),
    "escaped control": ("", TEXT.replace(FIRST_NAME, '"name": "Ir\\u0007aq"', 1).encode()),
    "escaped form feed": ("", TEXT.replace(FIRST_NAME, '"name": "Ir\\faq"', 1).encode()),
    "non-character": ("", TEXT.replace(FIRST_NAME, '"name": "Ir\ufffeaq"', 1).encode()),
    "lone surrogate": ("", TEXT.replace(FIRST_NAME, '"name": "Ir\\ud800aq"', 1).encode()),
    "a list": ("", ("[" + TEXT + "]").encode()),
    "escaped colon, valid": ("valid", TEXT.replace(FIRST_NAME, '"name": "Ira\\u003aq"', 1).encode()),
    "escaped letters, valid": ("valid", TEXT.replace(FIRST_NAME, '"name": "\\u0049raq"', 1).encode()),
}


@pytest.mark.parametrize("name", sorted(TEXT_CHANGES))
def test_broken_texts_go_to_the_full_path(name: str) -> None:
    expect, data = TEXT_CHANGES[name]
    vouched, problems = _agree(data)
    if expect == "valid":
        assert problems == 0
    else:
        assert not vouched, name
        assert problems > 0, name


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**63), 2**63)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
PATHS = st.sampled_from(
    [
        "id",
        "geometry",
        "geometry.type",
        "geometry.coordinates",
        "geometry.coordinates.1",
        *(f"properties.{name}" for name in _props(VALID)),
        "properties.source.article_id",
        "properties.source.sha256",
        "properties.source.published",
    ]
)


@FAST
@given(path=PATHS, value=JSON_VALUES)
def test_random_values_never_fool_the_fast_path(path: str, value: Any) -> None:
    fc = copy.deepcopy(VALID)
    _set(path, value)(fc)
    _agree(_dump(fc))


def test_the_compiler_refuses_keywords_it_does_not_know() -> None:
    with pytest.raises(UnsupportedSchemaError):
        compile_schema({"type": "string", "format": "email"})
    with pytest.raises(UnsupportedSchemaError):
        compile_schema({"$ref": "#/$defs/Missing"})
    with pytest.raises(UnsupportedSchemaError):
        compile_schema({"enum": [1, 2]})
    check = compile_schema({"type": ["string", "null"], "pattern": "^a+$", "minLength": 2})
    assert check("aa")
    assert check(None)
    assert [check("a"), check("aa\n"), check(3)] == [False, False, False]
