"""Marker symbols: one inline SVG per event type (shape + colour + symbol), no icon fonts.

Every event type gets its own shape as well as its own Okabe–Ito colour and symbol from
:data:`geo.model.vocab.EVENT_STYLES`, so that colour is never the only cue. The SVG strings are built
from those constants only (never from feature data) and every interpolated value is escaped.
"""

from __future__ import annotations

import math
from html import escape
from typing import Final

from geo.model.vocab import EVENT_STYLES, EventStyle

__all__ = ["ICON_SIZE", "SHAPES", "UNKNOWN_STYLE", "marker_svg", "style_for", "text_color"]

#: Width and height of a marker in CSS pixels.
ICON_SIZE: Final[int] = 28

#: Style of an event type that is not in the vocabulary (drawn in the "Other events" layer).
UNKNOWN_STYLE: Final[EventStyle] = EventStyle("Other events", "Other event", "#777777", "?")

#: Marker shape of each event type.
SHAPES: Final[dict[str, str]] = {
    "deployment": "triangle",
    "presence": "square",
    "strike": "burst",
    "rocket_attack": "diamond",
    "training": "hexagon",
    "withdrawal": "triangle_down",
    "attack": "octagon",
    "abduction": "pentagon",
    "protest": "rounded",
    "political": "circle",
    "mention": "dot",
}

_C = ICON_SIZE / 2


def _polygon(corners: int, radius: float, *, rotation: float = -90.0, inner: float | None = None) -> str:
    """Return the ``points`` of a regular polygon (or a star when ``inner`` is given)."""
    points = []
    steps = corners * 2 if inner is not None else corners
    for i in range(steps):
        r = inner if inner is not None and i % 2 else radius
        angle = math.radians(rotation + 360.0 * i / steps)
        points.append(f"{_C + r * math.cos(angle):.1f},{_C + r * math.sin(angle):.1f}")
    return " ".join(points)


_SHAPE_SVG: Final[dict[str, str]] = {
    "triangle": '<polygon points="14,2 26.5,24.5 1.5,24.5"/>',
    "triangle_down": '<polygon points="1.5,3.5 26.5,3.5 14,26"/>',
    "square": '<rect x="3.5" y="3.5" width="21" height="21"/>',
    "rounded": '<rect x="3" y="3" width="22" height="22" rx="7"/>',
    "diamond": '<polygon points="14,1.5 26.5,14 14,26.5 1.5,14"/>',
    "circle": '<circle cx="14" cy="14" r="11.5"/>',
    "dot": '<circle cx="14" cy="14" r="8"/>',
    "pentagon": f'<polygon points="{_polygon(5, 12.5)}"/>',
    "hexagon": f'<polygon points="{_polygon(6, 12.5, rotation=0.0)}"/>',
    "octagon": f'<polygon points="{_polygon(8, 12.5, rotation=22.5)}"/>',
    "burst": f'<polygon points="{_polygon(8, 13.5, inner=8.5)}"/>',
}

#: Vertical position of the symbol: the optical centre of each shape.
_SYMBOL_Y: Final[dict[str, float]] = {"triangle": 17.5, "triangle_down": 11.5}
_SYMBOL_SIZE: Final[dict[str, int]] = {"dot": 9, "triangle": 10, "triangle_down": 10}


def text_color(background: str) -> str:
    """Return black or white, whichever contrasts more with ``background`` (``#rrggbb``).

    Parameters
    ----------
    background
        A CSS hex colour with six digits.

    Returns
    -------
    str
        ``"#000000"`` or ``"#ffffff"``.
    """
    channels = [int(background[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    # Contrast with black (L + 0.05) / 0.05 versus with white 1.05 / (L + 0.05).
    return "#000000" if (luminance + 0.05) ** 2 > 0.0525 else "#ffffff"


def style_for(event_type: object) -> EventStyle:
    """Return the style of ``event_type``, or :data:`UNKNOWN_STYLE` when it is not in the vocabulary."""
    if isinstance(event_type, str) and event_type in EVENT_STYLES:
        return EVENT_STYLES[event_type]
    return UNKNOWN_STYLE


def marker_svg(event_type: str) -> str:
    """Return the inline SVG marker of ``event_type``.

    Parameters
    ----------
    event_type
        A type of :data:`geo.model.vocab.EVENT_TYPES`; anything else gets the neutral "?" marker.

    Returns
    -------
    str
        A self-contained ``<svg>`` element, ``ICON_SIZE`` pixels square, labelled for screen readers.
    """
    style = style_for(event_type)
    shape = SHAPES.get(event_type, "circle") if style is not UNKNOWN_STYLE else "circle"
    y = _SYMBOL_Y.get(shape, 14.5)
    size = _SYMBOL_SIZE.get(shape, 13)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{ICON_SIZE}" height="{ICON_SIZE}" '
        f'viewBox="0 0 {ICON_SIZE} {ICON_SIZE}" role="img" aria-label="{escape(style.label)}">'
        f'<g fill="{escape(style.color)}" stroke="#1a1a1a" stroke-width="1.5">{_SHAPE_SVG[shape]}</g>'
        f'<text x="14" y="{y}" text-anchor="middle" dominant-baseline="central" font-size="{size}" '
        f'font-family="sans-serif" fill="{text_color(style.color)}">{escape(style.symbol)}</text></svg>'
    )
