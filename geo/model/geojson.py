"""GeoJSON text in and out: deterministic writing, validated reading (merging: :mod:`geo.model.coerce`)."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping
from json.encoder import encode_basestring as _encode_string  # what json.dumps(ensure_ascii=False) uses
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from geo.errors import SchemaError
from geo.io import read_bounded
from geo.model.feature import PROPERTY_ORDER, Mention, Source

__all__ = ["dumps", "load_feature_collection"]

log = logging.getLogger(__name__)


_KEY_ORDER: dict[str, tuple[str, ...]] = {
    "collection": ("type", "features"),
    "feature": ("type", "id", "geometry", "properties"),
    "geometry": ("type", "coordinates"),
    "properties": PROPERTY_ORDER,
    "source": tuple(Source.model_fields),
    "mention": tuple(Mention.model_fields),
}


def _ordered(value: Mapping[str, Any], kind: str) -> dict[str, Any]:
    order = _KEY_ORDER[kind]
    keys = [k for k in order if k in value] + sorted(k for k in value if k not in order)
    return {k: value[k] for k in keys}


def _normalise(fc: Mapping[str, Any]) -> dict[str, Any]:
    """Return ``fc`` (a collection or a feature) with keys in contract order at every level."""

    def feature(f: Any) -> Any:
        if not isinstance(f, Mapping):
            return f
        out = _ordered(f, "feature")
        if isinstance(out.get("geometry"), Mapping):
            out["geometry"] = _ordered(out["geometry"], "geometry")
        props = out.get("properties")
        if isinstance(props, Mapping):
            props = _ordered(props, "properties")
            if isinstance(props.get("source"), Mapping):
                props["source"] = _ordered(props["source"], "source")
            if isinstance(props.get("mentions"), list):
                props["mentions"] = [
                    _ordered(m, "mention") if isinstance(m, Mapping) else m for m in props["mentions"]
                ]
            out["properties"] = props
        return out

    if fc.get("type") == "Feature":
        return dict(feature(fc))
    out = _ordered(fc, "collection")
    if isinstance(out.get("features"), list):
        out["features"] = [feature(f) for f in out["features"]]
    return out


def dumps(fc: Mapping[str, Any] | BaseModel) -> str:
    """Return deterministic GeoJSON text for a collection (or a single feature), a mapping or a model.

    Keys follow the contract order (unknown keys sorted after the known ones), indentation is two
    spaces, lists of plain values (coordinates, actors) and objects of at most two plain values
    (mentions) stay on one line, non-ASCII characters are
    written as they are, and the text ends with a newline: identical input gives identical bytes.

    Raises
    ------
    SchemaError
        If a number is NaN or infinite, or a value is not JSON-serialisable.
    """
    parts: list[str] = []
    if isinstance(fc, BaseModel):
        fc = fc.model_dump(mode="json")
    try:
        _write(_normalise(fc), 0, parts)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"cannot write GeoJSON: {exc}") from exc
    return "".join(parts) + "\n"


def _scalar(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, allow_nan=False)``, with the common types written the way it
    writes them but without its per-call set-up (a GeoJSON of 100,000 events has millions of scalars)."""
    kind = type(value)
    if kind is str:
        return _encode_string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if not math.isfinite(value):
            raise ValueError(f"number {value!r} is not allowed in JSON")
        return float.__repr__(value)
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"number {value!r} is not allowed in JSON")
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise TypeError(f"object key {key!r} is not a string")
    return key


def _write(value: Any, level: int, out: list[str]) -> None:
    pad, inner = "  " * level, "  " * (level + 1)
    if isinstance(value, Mapping):
        if len(value) <= 2 and all(not isinstance(item, Mapping | list | tuple) for item in value.values()):
            members = (f"{_scalar(_key(k))}: {_scalar(v)}" for k, v in value.items())
            out.append("{" + ", ".join(members) + "}")
            return
        out.append("{\n")
        for i, (key, item) in enumerate(value.items()):
            out.append(f"{inner}{_scalar(_key(key))}: ")
            _write(item, level + 1, out)
            out.append(",\n" if i < len(value) - 1 else "\n")
        out.append(f"{pad}}}")
    elif isinstance(value, list | tuple):
        if all(not isinstance(item, Mapping | list | tuple) for item in value):
            out.append("[" + ", ".join(_scalar(item) for item in value) + "]")
            return
        out.append("[\n")
        for i, item in enumerate(value):
            out.append(inner)
            _write(item, level + 1, out)
            out.append(",\n" if i < len(value) - 1 else "\n")
        out.append(f"{pad}]")
    else:
        out.append(_scalar(value))


def load_feature_collection(path: str | Path) -> dict[str, Any]:
    """Read, parse and validate a GeoJSON file of events.

    Parameters
    ----------
    path
        A file holding a FeatureCollection (or a single Feature, which is wrapped in one).

    Returns
    -------
    dict
        The FeatureCollection as plain JSON values.

    Raises
    ------
    GeoIOError
        If the file cannot be read.
    SchemaError
        If the content breaks the contract; the message lists the problems.
    """
    # the validators load here, not at import: ``geo extract`` writes GeoJSON through :func:`dumps` only
    from geo.model.lines import as_document
    from geo.model.validate import parse_checked

    file = Path(path)
    data = as_document(read_bounded(file))  # GeoJSON lines named .geojson too (geo extract batches)
    obj, report = parse_checked(str(file), data)
    problems = report.problems
    if problems:
        shown = "\n".join(f"  {p}" for p in problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise SchemaError(f"{str(file)!r} breaks the event feature contract:\n{shown}{more}")
    if obj is None:  # valid, but not proven so by the fast path
        obj = json.loads(data.decode("utf-8"))
    if obj.get("type") == "Feature":
        obj = {"type": "FeatureCollection", "features": [obj]}
    return obj
