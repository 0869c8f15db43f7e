"""Marker shapes and colours of the figures, matched to the web map's (``geo.maps.icons``).

Each event type keeps the map's Okabe–Ito colour (:data:`geo.model.vocab.EVENT_STYLES`) and the
closest matplotlib shape to its map marker (:data:`geo.maps.icons.SHAPES`): triangles, square,
rounded square, diamond, circles, pentagon, hexagon, octagon and an eight-pointed burst.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache
from typing import Any, Final

from geo.maps.icons import SHAPES, UNKNOWN_STYLE, style_for

__all__ = [
    "BORDER_COLOR",
    "EDGE_COLOR",
    "LAND_COLOR",
    "SEA_COLOR",
    "drawable_text",
    "marker_for",
    "marker_size",
]

#: Marker outline colour (as on the map).
EDGE_COLOR: Final[str] = "#1a1a1a"
#: Basemap colours, the same as the web map's offline basemap.
LAND_COLOR: Final[str] = "#f5f3ee"
SEA_COLOR: Final[str] = "#cddceb"
BORDER_COLOR: Final[str] = "#8c8c8c"


def drawable_text(text: str) -> str:
    """``text`` without the characters a font has no glyph for: format characters (Unicode category
    Cf: U+FEFF, zero-width spaces and joiners, soft hyphen...), control characters but line breaks,
    and surrogates. Matplotlib's PDF and PS backends fail on a string made of such characters only."""
    return "".join(
        char for char in text if char == "\n" or unicodedata.category(char) not in ("Cc", "Cf", "Cs")
    )


#: Marker diameter in points; "dot" (places only mentioned) is smaller, as on the map.
_SIZE: Final[float] = 9.0
_SMALL: Final[float] = 6.0


@cache
def _rounded_square() -> Any:
    """A squircle (|x|^4 + |y|^4 = 1): the map's rounded square."""
    from matplotlib.path import Path

    points = []
    for i in range(48):
        t = 2 * math.pi * i / 48
        c, s = math.cos(t), math.sin(t)
        points.append((math.copysign(abs(c) ** 0.5, c), math.copysign(abs(s) ** 0.5, s)))
    points.append(points[0])
    return Path(points, closed=True)


_MARKERS: Final[dict[str, Any]] = {
    "triangle": "^",
    "triangle_down": "v",
    "square": "s",
    "diamond": "D",
    "circle": "o",
    "dot": "o",
    "pentagon": "p",
    "hexagon": "H",
    "octagon": "8",
    "burst": (8, 1, 0),
}


def marker_for(event_type: object) -> Any:
    """Return the matplotlib marker of ``event_type`` (a marker code, tuple or Path)."""
    style = style_for(event_type)
    shape = SHAPES.get(event_type, "circle") if isinstance(event_type, str) else "circle"
    if style is UNKNOWN_STYLE:
        shape = "circle"
    if shape == "rounded":
        return _rounded_square()
    return _MARKERS.get(shape, "o")


def marker_size(event_type: object) -> float:
    """Return the marker diameter in points of ``event_type``."""
    return _SMALL if SHAPES.get(event_type if isinstance(event_type, str) else "") == "dot" else _SIZE
