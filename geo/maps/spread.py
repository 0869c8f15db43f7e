"""Ring offsets that keep markers apart, in screen pixels (the reference for ``layout.js``).

Many events share one point (a country or an airport named in several articles), and at low zoom
distinct places close together (Baghdad, its airport, the country point of Iraq) fall on the same
pixels. Drawn on top of each other, only the last marker could be clicked. In the browser,
``layout`` (``static/layout.js``) groups the markers that would overlap at the current zoom and
draws each group on the rings of :func:`ring_offsets` around the group's centre (the JavaScript
port must give the same offsets; a node test and a browser test compare them). The spacing is
the same at every zoom, and a thin leader runs from each moved marker to its true point.
"""

from __future__ import annotations

import math
from typing import Final

from geo.maps.icons import ICON_SIZE

__all__ = ["SINGLE_RING", "SPACING", "Offset", "ring_offsets"]

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
        Number of markers in a group.
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
