"""Spread co-located markers on rings around their shared point, in screen pixels.

Many events share one point (a country or an airport named in several articles). Drawn on top of
each other, only the last marker could be clicked. :func:`spread_colocated` gives every member of
such a group a fixed pixel offset on rings around the point; the browser applies it through the
icon anchor, so the spacing is the same at every zoom, and draws a thin leader to the true point.
The offsets depend only on the input order, so rebuilding a map gives the same page.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from geo.maps.icons import ICON_SIZE

__all__ = [
    "COORD_DECIMALS",
    "SINGLE_RING",
    "SPACING",
    "Offset",
    "ring_offsets",
    "spread_colocated",
]

#: Features whose coordinates agree to this many decimals (about 1 m) share a point.
COORD_DECIMALS: Final[int] = 5
#: Minimum distance in pixels between the centres of two markers of a group.
SPACING: Final[int] = ICON_SIZE + 4
#: Groups up to this size are drawn on a single ring.
SINGLE_RING: Final[int] = 8

#: ``(dx, dy)`` in CSS pixels, x to the right and y downwards (screen order).
Offset = tuple[int, int]


def ring_offsets(count: int, *, spacing: int = SPACING) -> list[Offset]:
    """Return ``count`` pixel offsets on concentric rings, no two closer than about ``spacing``.

    Up to :data:`SINGLE_RING` markers share one ring just wide enough for them. Larger groups
    fill rings of radius ``k * spacing`` holding up to ``floor(2 pi k)`` markers each. Every ring
    starts at the top and runs clockwise, and the last ring spreads its markers evenly.

    Parameters
    ----------
    count
        Number of markers sharing a point.
    spacing
        Wanted distance between marker centres, in pixels.

    Returns
    -------
    list of (int, int)
        ``[(0, 0)]`` for a single marker, otherwise ``count`` distinct offsets.
    """
    if count <= 1:
        return [(0, 0)] * count
    offsets: list[Offset] = []
    ring = 1
    while len(offsets) < count:
        capacity = count if count <= SINGLE_RING else math.floor(2 * math.pi * ring)
        members = min(capacity, count - len(offsets))
        if count <= SINGLE_RING:
            # A small group sits on a ring just wide enough for its members.
            radius = spacing / (2 * math.sin(math.pi / max(members, 2)))
        else:
            radius = spacing * ring
        # Stagger the outer rings by half a step so that their leaders pass between markers.
        start = -math.pi / 2 + (math.pi / members if ring > 1 else 0.0)
        for i in range(members):
            angle = start + 2 * math.pi * i / members
            offsets.append((round(radius * math.cos(angle)), round(radius * math.sin(angle))))
        ring += 1
    return offsets


def _key(feature: Mapping[str, Any]) -> tuple[float, float]:
    lon, lat = feature["geometry"]["coordinates"][:2]
    return round(float(lon), COORD_DECIMALS) + 0.0, round(float(lat), COORD_DECIMALS) + 0.0


def spread_colocated(layers: Iterable[Sequence[Mapping[str, Any]]]) -> list[list[dict[str, Any]]]:
    """Return the features of ``layers`` with an ``"offset"`` member on those that share a point.

    Parameters
    ----------
    layers
        Point features per map layer, in layer order. Features of every layer are grouped
        together, so markers stay apart when a hidden layer is switched on.

    Returns
    -------
    list of list of dict
        The same layers with shallow copies of the features. A member of a group of ``n > 1``
        features at the same rounded point gets ``"offset": [dx, dy]`` (pixels, screen order),
        assigned by layer order and then feature order; lone features are unchanged.
    """
    copies = [[dict(feature) for feature in layer] for layer in layers]
    groups: dict[tuple[float, float], list[dict[str, Any]]] = {}
    for layer in copies:
        for feature in layer:
            groups.setdefault(_key(feature), []).append(feature)
    for members in groups.values():
        if len(members) > 1:
            for feature, (dx, dy) in zip(members, ring_offsets(len(members)), strict=True):
                feature["offset"] = [dx, dy]
    return copies
