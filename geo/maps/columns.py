"""Dictionary-encoded columns: each distinct value once, plus a small code per row (:mod:`geo.maps.table`)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["Column", "FloatArray", "IntArray", "clean_source", "encode_values", "plain_value"]

#: Keys of ``source`` kept on the map (the checksum is of no use to a reader).
_SOURCE_KEYS = ("article_id", "title", "publisher", "url", "published")

#: Types whose values :func:`plain_value` keeps as they are and :func:`_key` keys as ``(type name, value)``.
_SCALARS = frozenset({str, int, bool, type(None)})

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]


@dataclass
class Column:
    """A dictionary-encoded column: ``values[codes[i]]`` is row ``i``'s value."""

    values: list[Any]
    codes: IntArray

    def value(self, row: int) -> Any:
        """The value of ``row``."""
        return self.values[int(self.codes[row])]


def plain_value(value: Any) -> Any:
    """JSON-ready value: NaN as None, tuples as lists, numpy scalars as Python ones."""
    if value is None:
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if isinstance(value, Mapping):
        return {str(k): plain_value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | np.ndarray):
        return [plain_value(v) for v in value]
    return value


def _key(value: Any) -> Any:
    """A hashable key telling apart values that JSON tells apart (``1`` / ``"1"`` / ``True``)."""
    if isinstance(value, dict | list):
        if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
            return ("dict", tuple(sorted(value.items())))
        return ("json", json.dumps(value, sort_keys=True, ensure_ascii=False))
    return (type(value).__name__, value)


def clean_source(value: Any) -> Any:
    """The ``source`` mapping reduced to the keys the map shows (other values unchanged)."""
    if isinstance(value, Mapping):
        return {k: value[k] for k in _SOURCE_KEYS if value.get(k) is not None}
    return value


def encode_values(values: Iterable[Any], clean: Callable[[Any], Any] | None = None) -> Column:
    """Dictionary-encode ``values`` (after ``clean``, applied once per distinct object).

    Values equal as JSON share one code (NaN counts as null); objects (dicts, lists) seen
    before are recognised by identity without being serialised again.
    """
    index: dict[Any, int] = {}
    by_identity: dict[int, int] = {}
    distinct: list[Any] = []
    codes = []
    for raw in values:
        kind = type(raw)
        if kind in _SCALARS and clean is None:  # fast path: plain_value and _key of text, int, None
            code = index.get((kind.__name__, raw))
            if code is None:
                code = index[(kind.__name__, raw)] = len(distinct)
                distinct.append(raw)
            codes.append(code)
            continue
        container = isinstance(raw, dict | list | tuple | np.ndarray)
        code = by_identity.get(id(raw)) if container else None
        if code is None:
            value = plain_value(clean(raw) if clean is not None else raw)
            key = _key(value)
            code = index.get(key)
            if code is None:
                code = index[key] = len(distinct)
                distinct.append(value)
            if container:
                by_identity[id(raw)] = code
        codes.append(code)
    return Column(distinct, np.asarray(codes, dtype=np.int64))
