"""``--color-by``/``--size-by`` on a map: the classes as extra table columns, the page options and legend."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from geo.errors import InputError
from geo.maps.columns import Column
from geo.maps.styling import SIZE_RANGE, color_classes, marker_sizes, resolve_field
from geo.maps.table import EventTable

__all__ = ["COLOR_COLUMN", "SIZE_COLUMN", "MapStyling", "apply_styling"]

#: Columns added to the table: the colour class of each row, the marker diameter of each row.
COLOR_COLUMN = "__color"
SIZE_COLUMN = "__size"


@dataclass
class MapStyling:
    """What the page needs: ``options`` for the runtime (``colorBy``, ``sizeBy``), ``legend`` entries."""

    options: dict[str, Any] = field(default_factory=dict)
    legend: dict[str, Any] = field(default_factory=dict)


def apply_styling(table: EventTable, *, color_by: str | None, size_by: str | None) -> MapStyling:
    """Add the colour classes and marker sizes of ``table`` as columns; return options and legend.

    Parameters
    ----------
    table
        The map's events (modified: :data:`COLOR_COLUMN` and :data:`SIZE_COLUMN` are added).
    color_by, size_by
        Property names (or :data:`geo.maps.styling.FIELD_ALIASES`), or None.

    Raises
    ------
    InputError
        If a field is not shipped with the map, or ``size_by`` holds no number.
    """
    styling = MapStyling()
    available = [name for name in table.columns if not name.startswith("__")]
    if color_by:
        name = resolve_field(color_by, available)
        classes = color_classes(name, table.columns[name], weights=table.weight)
        table.columns[COLOR_COLUMN] = Column(list(range(len(classes.labels))), classes.codes)
        styling.options["colorBy"] = {
            "field": name,
            "kind": classes.kind,
            "classes": [
                {"label": lab, "color": col} for lab, col in zip(classes.labels, classes.colors, strict=True)
            ],
        }
        styling.legend["colors"] = (name, classes.legend())
    if size_by:
        name = resolve_field(size_by, available)
        column = table.columns[name]
        try:
            sizes, top = marker_sizes(column)
        except InputError as exc:
            raise InputError(f"cannot size markers by {size_by!r}: it holds no number") from exc
        table.columns[SIZE_COLUMN] = Column(sizes, np.asarray(column.codes, dtype=np.int64))
        styling.options["sizeBy"] = {"field": name, "max": top}
        styling.legend["sizes"] = (name, _size_samples(top))
    return styling


def _size_samples(top: float) -> list[tuple[str, float]]:
    """Three values for the size legend (the largest, about a quarter, about 1/25) and their diameters."""
    low, high = SIZE_RANGE
    out = []
    for share in (1.0, 0.25, 0.04):
        value = top * share
        shown = round(value) if value >= 10 else round(value, 1)
        out.append((f"{shown:g}", round(low + (high - low) * (value / top) ** 0.5, 1) if top > 0 else low))
    return out
