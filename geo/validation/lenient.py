"""Lenient reading for drawing: GeoJSON that is valid GeoJSON but not in geo's event contract.

``geo map`` and ``geo figure`` draw such a file (extra or foreign properties, more than 6 decimals,
missing properties) instead of refusing it, with one short warning that says what was adapted and
how to import the file fully (``geo import csv FILE --mapping ...``). Any other problem (a bad date,
a value outside its vocabulary, swapped or non-finite coordinates, a missing geometry, duplicate ids)
and anything that is not a GeoJSON FeatureCollection or Feature is still refused with the strict
message. ``geo validate`` and ``geo export`` stay strict.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from typing import Any

from geo.errors import SchemaError
from geo.io import gc_paused
from geo.model.lines import as_document
from geo.model.validate import Problem, parse_checked

__all__ = ["read_lenient", "summarise"]

logger = logging.getLogger(__name__)

#: Problems shown in a strict error message.
SHOWN = 20


def _strict_error(name: str, problems: Sequence[Problem]) -> SchemaError:
    shown = "\n".join(f"  {p}" for p in problems[:SHOWN])
    more = f"\n  ... and {len(problems) - SHOWN} more" if len(problems) > SHOWN else ""
    shown_name = name if name == "standard input" else repr(name)
    return SchemaError(f"{shown_name} breaks the event feature contract:\n{shown}{more}")


def _geojson(data: bytes) -> dict[str, Any] | None:
    """The document as a FeatureCollection when it is one (or a Feature) of feature objects, else None."""
    try:
        with gc_paused():
            obj = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        return None
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        obj = {"type": "FeatureCollection", "features": [obj]}
    if not (isinstance(obj, dict) and obj.get("type") == "FeatureCollection"):
        return None
    features = obj.get("features")
    if not isinstance(features, list) or not all(isinstance(f, dict) for f in features):
        return None
    return obj


def _kind(problem: Problem) -> str:
    """``"extra"``, ``"missing"``, ``"decimals"`` (what drawing can adapt to) or ``"other"``."""
    if problem.message.startswith("unknown member"):
        return "extra"
    if problem.message == "required member is missing":
        return "missing"
    if "more than" in problem.message and "decimals" in problem.message:
        return "decimals"
    return "other"


def _adaptable(problem: Problem) -> bool:
    """Whether drawing can go on despite ``problem``: an extra or missing member of a feature or its
    properties (not a missing geometry), or a coordinate with too many decimals."""
    kind = _kind(problem)
    if kind == "other" or problem.index is None:
        return kind == "extra"  # a foreign member of the collection (bbox, name) is ignored too
    field = problem.field or ""
    return kind != "missing" or field.startswith("properties.")


def summarise(name: str, problems: Sequence[Problem], features: int) -> str:
    """One short paragraph: what breaks the contract in ``name``, grouped, and how to import it fully.

    Extra members and missing ones are listed by name with the number of features concerned; values
    with more than 6 decimals are counted; other problems are counted with the first as an example.
    """
    extra: Counter[str] = Counter()
    missing: Counter[str] = Counter()
    decimals = 0
    other: list[Problem] = []
    for problem in problems:
        member = (problem.field or "").rpartition(".")[2]
        kind = _kind(problem)
        if kind == "extra":
            extra[member] += 1
        elif kind == "missing":
            missing[member] += 1
        elif kind == "decimals":
            decimals += 1
        else:
            other.append(problem)
    parts = []
    if extra:
        parts.append(f"extra properties ignored ({_counted(extra)})")
    if missing:
        parts.append(f"missing fields taken as empty ({_counted(missing)})")
    if decimals:
        parts.append(f"{decimals} coordinate(s) with more than 6 decimals used as they are")
    if other:
        parts.append(f"{len(other)} other value(s) outside the contract, e.g. {other[0]}")
    return (
        f"{name} is GeoJSON but not in geo's event contract ({features} features); read anyway: "
        + "; ".join(parts)
        + f". To import it fully: geo import csv {name} --mapping MAPPING.yaml (geo docs importers); "
        f"geo validate {name} lists every problem."
    )


def _counted(counter: Counter[str]) -> str:
    names = [f"{name!r} ×{count}" for name, count in counter.most_common(6)]
    if len(counter) > 6:
        names.append(f"{len(counter) - 6} more")
    return ", ".join(names)


def read_lenient(data: bytes, *, name: str) -> dict[str, Any]:
    """The FeatureCollection of GeoJSON ``data`` for drawing, adapted with a warning when needed.

    A file in the contract is read as :func:`geo.model.validate.parse_checked` reads it (the fast
    path). A FeatureCollection (or Feature) outside the contract is returned as it is, and one
    warning (:func:`summarise`) is logged; the map and figure read what they need and ignore the rest.

    Raises
    ------
    SchemaError
        If ``data`` is not a GeoJSON FeatureCollection or Feature of feature objects (the strict
        message, with the first problems).
    """
    data = as_document(data)  # GeoJSON lines named .geojson too (geo extract batches)
    obj, report = parse_checked(name, data)
    if not report.problems:
        if obj is None:
            obj = json.loads(data.decode("utf-8"))
        return obj if obj.get("type") != "Feature" else {"type": "FeatureCollection", "features": [obj]}
    collection = _geojson(data)
    if collection is None or not all(map(_adaptable, report.problems)):
        raise _strict_error(name, report.problems)
    logger.warning("%s", summarise(name, report.problems, len(collection["features"])))
    return collection
