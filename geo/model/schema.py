"""The JSON Schema of event files, generated from the models of :mod:`geo.model.feature`.

``event-feature-collection.schema.json`` in this folder is shipped in the package and used by
:mod:`geo.model.validate`; ``python -m geo.model.schema`` (or :func:`write_schema`) regenerates it after a
change to the models, and a test fails while the committed file is stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from geo.io import atomic_write_text
from geo.model.feature import EventFeatureCollection

__all__ = ["SCHEMA_PATH", "json_schema", "write_schema"]

#: The JSON Schema file shipped in the package.
SCHEMA_PATH = Path(__file__).resolve().parent / "event-feature-collection.schema.json"


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema (Draft 2020-12) of an event FeatureCollection, generated from the models.

    Every property is required (files spell out ``null``), pydantic's automatic titles and defaults
    are dropped and ``anyOf [X, null]`` is flattened to ``"type": [X, "null"]`` so validators give
    direct messages.
    """
    schema = EventFeatureCollection.model_json_schema()
    schema = _tidy(schema)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:geo:schema:event-feature-collection",
        **schema,
        "title": "geo event FeatureCollection",
        "description": "GeoJSON (RFC 7946) FeatureCollection of geo event features; see docs/schema.md.",
    }


def _tidy(node: Any, *, in_properties: bool = False) -> Any:
    if isinstance(node, list):
        return [_tidy(item) for item in node]
    if not isinstance(node, dict):
        return node
    if in_properties:  # keys are property names, not keywords
        return {name: _tidy(sub) for name, sub in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("title", "default"):
            continue
        out[key] = _tidy(value, in_properties=key in ("properties", "$defs"))
    any_of = out.get("anyOf")
    if isinstance(any_of, list) and len(any_of) == 2 and {"type": "null"} in any_of:
        other = next(item for item in any_of if item != {"type": "null"})
        if isinstance(other.get("type"), str) and "enum" not in other and "const" not in other:
            del out["anyOf"]
            out = {**other, **out, "type": [other["type"], "null"]}
    if "properties" in out:
        out["required"] = list(out["properties"])
    return out


def write_schema(path: str | Path = SCHEMA_PATH) -> Path:
    """Write :func:`json_schema` to ``path`` (default: the file shipped in the package)."""
    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    return atomic_write_text(path, text)


if __name__ == "__main__":  # pragma: no cover - regenerate the shipped schema
    import sys

    sys.stdout.write(f"wrote {write_schema()}\n")
