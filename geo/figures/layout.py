"""Pure layout helpers of the figures: map extent and place ranking.

Everything here works on plain numbers (degrees, points) so it can be tested without drawing.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from geo.figures.style import drawable_text

__all__ = ["Extent", "fit_extent", "important_places", "padded_bounds"]

#: ``(west, east, south, north)`` in degrees.
Extent = tuple[float, float, float, float]

_MAX_LAT = 85.0


def padded_bounds(
    points: Sequence[tuple[float, float]], *, margin: float = 0.08, min_pad: float = 0.5
) -> Extent:
    """Return the box of ``(lon, lat)`` points grown by ``margin`` of its size (at least ``min_pad``°).

    Parameters
    ----------
    points
        At least one ``(lon, lat)`` pair.
    margin
        Fraction of the box's width (height) added on each side.
    min_pad
        Smallest padding in degrees, so that a single place still shows its surroundings.
    """
    if not points:
        raise ValueError("no points to frame")
    lons = [p[0] for p in points]
    lats = [p[1] for p in points]
    pad_x = max((max(lons) - min(lons)) * margin, min_pad)
    pad_y = max((max(lats) - min(lats)) * margin, min_pad)
    west, east = max(min(lons) - pad_x, -180.0), min(max(lons) + pad_x, 180.0)
    south, north = max(min(lats) - pad_y, -_MAX_LAT), min(max(lats) + pad_y, _MAX_LAT)
    return west, east, south, north


def _grow(low: float, high: float, span: float, limit: float) -> tuple[float, float]:
    """Widen ``[low, high]`` to ``span`` around its centre, shifted to stay in ``[-limit, limit]``."""
    span = min(span, 2 * limit)
    centre = (low + high) / 2
    low, high = centre - span / 2, centre + span / 2
    if low < -limit:
        low, high = -limit, -limit + span
    if high > limit:
        low, high = limit - span, limit
    return low, high


def fit_extent(extent: Extent, box_aspect: float) -> tuple[Extent, float]:
    """Grow ``extent`` so that it fills a box ``box_aspect`` (width / height) times as wide as tall.

    The map uses plate carrée coordinates drawn with ``cos(latitude)`` of the centre as the ratio
    of a degree of longitude to a degree of latitude on paper (``1 / cos`` as matplotlib's
    ``aspect``), so the shapes are true at the centre latitude. Only growing is done, never
    cropping, so every point stays on the map.

    Parameters
    ----------
    extent
        ``(west, east, south, north)``.
    box_aspect
        Width over height of the axes box on paper.

    Returns
    -------
    (Extent, float)
        The grown extent and the matplotlib ``aspect`` (degrees of latitude per degree of
        longitude on paper, ``1 / cos(centre latitude)``).
    """
    west, east, south, north = extent
    for _ in range(3):  # the centre latitude moves a little when the height grows
        centre = (south + north) / 2
        scale = max(math.cos(math.radians(centre)), 0.05)
        width_on_paper = (east - west) * scale
        height = north - south
        if width_on_paper / height < box_aspect:
            west, east = _grow(west, east, box_aspect * height / scale, 180.0)
        else:
            south, north = _grow(south, north, width_on_paper / box_aspect, _MAX_LAT)
    centre = (south + north) / 2
    return (west, east, south, north), 1.0 / max(math.cos(math.radians(centre)), 0.05)


def important_places(
    features: Sequence[Mapping[str, Any]], *, limit: int
) -> list[tuple[str, float, float, int]]:
    """Rank places by their number of events and return the first ``limit``.

    A place is its ``place`` property (else ``name``) at its point; ties go to the finer
    ``geo_precision`` (a city before a country), then to the name.

    Returns
    -------
    list of (name, lon, lat, count)
    """
    counts: Counter[tuple[str, float, float]] = Counter()
    precision: dict[tuple[str, float, float], int] = {}
    for feature in features:
        props = feature["properties"]
        name = drawable_text(str(props.get("place") or props.get("name") or "")).strip()
        if not name:
            continue
        lon, lat = feature["geometry"]["coordinates"][:2]
        key = (name, float(lon), float(lat))
        counts[key] += 1
        value = props.get("geo_precision")
        precision[key] = value if isinstance(value, int) else 5
    ranked = sorted(counts, key=lambda k: (-counts[k], precision[k], k[0]))
    return [(k[0], k[1], k[2], counts[k]) for k in ranked[: max(limit, 0)]]
