"""Colour and size by any field: classes, colours and marker sizes shared by maps, figures and charts.

``--color-by FIELD`` turns the values of an event property into at most :data:`MAX_CATEGORIES`
coloured classes (the rarest together as "Other"), or, for a number with more distinct values
than :data:`NUMBER_BINS`, into at most that many ranges coloured along a sequential scale
(viridis, readable in grey and under the common colour blindnesses). ``event_type`` keeps the web map's
colours. ``--size-by FIELD`` scales markers by the square root of a number (area proportional to
the value). The same field gives the same colours on the map, in a figure and in a chart.

Fields are event properties (``docs/schema.md``). Importers keep their source's fields in the
contract's properties; :data:`FIELD_ALIASES` lets users name a source field the way its codebook
does (``type_of_violence`` of UCDP GED is kept as ``sub_event_type`` by ``geo import ucdp``;
``side_a``/``side_b`` of UCDP and ``actor1``/``actor2`` of ACLED are the ``actors``).
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from geo.errors import InputError
from geo.maps.columns import Column, IntArray
from geo.model.vocab import EVENT_STYLES

__all__ = [
    "CATEGORY_COLORS",
    "FIELD_ALIASES",
    "MAX_CATEGORIES",
    "NUMBER_BINS",
    "ColorClasses",
    "color_classes",
    "marker_sizes",
    "resolve_field",
]

#: Categorical colours: Okabe–Ito (without black), then Paul Tol's muted scheme.
CATEGORY_COLORS: Final[tuple[str, ...]] = (
    "#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7", "#F0E442",
    "#332288", "#882255", "#44AA99", "#999933", "#AA4499",
)  # fmt: skip
#: Sequential colours of the number ranges (viridis at 5 stops).
SEQUENTIAL_COLORS: Final[tuple[str, ...]] = ("#440154", "#3B528B", "#21918C", "#5EC962", "#FDE725")
#: Colour of the rarest values grouped as "Other", and of events without a value.
OTHER_COLOR: Final[str] = "#777777"
MISSING_COLOR: Final[str] = "#CCCCCC"
#: At most this many classes of values get their own colour.
MAX_CATEGORIES: Final[int] = len(CATEGORY_COLORS)
#: Numbers are shown in this many ranges.
NUMBER_BINS: Final[int] = len(SEQUENTIAL_COLORS)
#: Source fields by their codebook names → the event property that holds them.
FIELD_ALIASES: Final[dict[str, str]] = {
    "type_of_violence": "sub_event_type",  # UCDP GED, geo/importers/ucdp.py
    "side_a": "actors",  # UCDP GED
    "side_b": "actors",
    "actor1": "actors",  # ACLED, geo/importers/acled.py
    "actor2": "actors",
    "type": "event_type",
    "precision": "geo_precision",
}
#: Marker diameters in pixels of the smallest and the largest value of ``--size-by``.
SIZE_RANGE: Final[tuple[float, float]] = (12.0, 44.0)


@dataclass(frozen=True)
class ColorClasses:
    """The classes of a field: ``labels[k]``/``colors[k]``/``counts[k]``, ``codes[i]`` row i's class."""

    field: str
    kind: str  # "category" or "number"
    labels: list[str]
    colors: list[str]
    counts: list[int]
    codes: IntArray

    def legend(self) -> list[tuple[str, str, int]]:
        """``(label, colour, count)`` of each class with events, in legend order."""
        return [(lab, col, n) for lab, col, n in zip(self.labels, self.colors, self.counts, strict=True) if n]


def resolve_field(name: str, available: Sequence[str]) -> str:
    """Return the property ``name`` stands for (itself or its :data:`FIELD_ALIASES` entry).

    Raises
    ------
    InputError
        If neither ``name`` nor its alias is among ``available``.
    """
    if name in available:
        return name
    alias = FIELD_ALIASES.get(name)
    if alias is not None and alias in available:
        return alias
    raise InputError(f"unknown field {name!r} to style by: choose one of {', '.join(sorted(available))}")


def _category(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, list):
        return _category(value[0]) if value else None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).replace("_", " ") if isinstance(value, str) else str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _nice(value: float) -> float:
    """``value`` rounded to 1, 2 or 5 × 10ⁿ (at most two significant digits kept for small numbers)."""
    if value <= 0:
        return 0.0
    exp = math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * 10**exp:
            return float(step * 10**exp)
    return float(10 ** (exp + 1))


def _number_classes(name: str, column: Column, weights: IntArray) -> ColorClasses:
    values = column.values
    numeric = np.array([float(v) if _is_number(v) else math.nan for v in values], dtype=np.float64)
    per_row = numeric[column.codes]
    known = per_row[~np.isnan(per_row) & (weights > 0)]
    # Breaks at quantiles of the rows (so each range holds some events), rounded to nice numbers.
    qs = np.quantile(known, np.linspace(0, 1, NUMBER_BINS + 1)[1:-1]) if known.size else np.zeros(0)
    breaks = sorted({_nice(float(q)) for q in qs if q > 0})
    if breaks:
        labels = [f"< {breaks[0]:g}"]
        labels += [f"{lo:g}–{hi:g}" for lo, hi in itertools.pairwise(breaks)]
        labels.append(f"≥ {breaks[-1]:g}")
    else:
        labels = ["any value"]
    value_class = np.searchsorted(np.asarray(breaks), numeric, side="right").astype(np.int64)
    missing = len(labels)
    value_class[np.isnan(numeric)] = missing
    codes = value_class[column.codes]
    picks = np.linspace(0, NUMBER_BINS - 1, len(labels)).round().astype(int).tolist()
    colors = [SEQUENTIAL_COLORS[k] for k in picks]
    counts = np.bincount(codes, weights=weights, minlength=missing + 1).astype(np.int64).tolist()
    return ColorClasses(name, "number", [*labels, "no value"], [*colors, MISSING_COLOR], counts, codes)


def color_classes(name: str, column: Column, *, weights: IntArray | None = None) -> ColorClasses:
    """Colour classes of the property ``name`` given as a dictionary-encoded ``column``.

    Parameters
    ----------
    name
        The property (after :func:`resolve_field`).
    column
        Its values and per-row codes.
    weights
        Events per row (aggregated tables); one each by default.

    Returns
    -------
    ColorClasses
        Numbers with more than :data:`NUMBER_BINS` distinct values: at most that many ranges
        with breaks at rounded quantiles, plus "no value". Anything else: the most frequent values
        (lists by their first item) with their own colour, ``event_type`` with the web map's, the
        rest as "Other", plus "no value".
    """
    n = int(column.codes.shape[0])
    w = weights if weights is not None else np.ones(n, dtype=np.int64)
    distinct_numbers = [v for v in column.values if _is_number(v)]
    if len(distinct_numbers) > NUMBER_BINS and len(distinct_numbers) >= len(column.values) - 1:
        return _number_classes(name, column, w)
    per_value = np.bincount(column.codes, weights=w, minlength=len(column.values))
    totals: Counter[str] = Counter()
    value_label = [_category(v) for v in column.values]
    for label, count in zip(value_label, per_value.tolist(), strict=True):
        if label is not None:
            totals[label] += int(count)
    ranked = sorted(totals, key=lambda lab: (-totals[lab], lab))
    own = ranked[:MAX_CATEGORIES] if len(ranked) <= MAX_CATEGORIES else ranked[: MAX_CATEGORIES - 1]
    labels = list(own)
    if name == "event_type":
        colors = [EVENT_STYLES[lab].color if lab in EVENT_STYLES else OTHER_COLOR for lab in labels]
        labels = [EVENT_STYLES[lab].label if lab in EVENT_STYLES else lab for lab in labels]
    else:
        colors = list(CATEGORY_COLORS[: len(labels)])
    index = {lab: k for k, lab in enumerate(own)}
    other, missing = len(labels), len(labels) + 1
    value_class = np.array(
        [missing if lab is None else index.get(lab, other) for lab in value_label], dtype=np.int64
    )
    codes = value_class[column.codes] if n else np.zeros(0, dtype=np.int64)
    counts = np.bincount(codes, weights=w, minlength=missing + 1).astype(np.int64).tolist()
    return ColorClasses(
        name, "category", [*labels, "Other", "no value"], [*colors, OTHER_COLOR, MISSING_COLOR], counts, codes
    )


def marker_sizes(column: Column) -> tuple[list[float], float]:
    """Marker diameter (pixels) of each distinct value of a numeric ``column``, and the largest value.

    The area grows with the value (diameter ∝ √value) from :data:`SIZE_RANGE` ``[0]`` at zero to
    ``[1]`` at the largest value; a missing or negative value gets the smallest size.

    Raises
    ------
    InputError
        If the column holds no number.
    """
    numbers = [float(v) if _is_number(v) and v > 0 else 0.0 for v in column.values]
    top = max(numbers, default=0.0)
    if not any(_is_number(v) for v in column.values):
        raise InputError("cannot size markers by a field without numbers")
    low, high = SIZE_RANGE
    scale = top if top > 0 else 1.0
    return [round(low + (high - low) * math.sqrt(v / scale), 1) for v in numbers], top
