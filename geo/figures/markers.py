"""Event markers of the static map: on their true points, precision shown by the symbol.

A marker is never moved off its point (a label beside a displaced marker would name the wrong
place). Events that share a point are drawn there once per type, with a small count beside the
point; the precision of the point shows in the symbol, as on the web map: a site or town is drawn
plain, a region-level point translucent with a dashed edge, a country- or sea-level point hollow
with a dotted edge, so that a country centroid is never read as a site.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from geo.figures.style import EDGE_COLOR, marker_for, marker_size
from geo.maps.icons import style_for
from geo.model.vocab import EVENT_STYLES

__all__ = [
    "PRECISION_LABELS",
    "MarkerLook",
    "draw_density",
    "draw_markers",
    "precision_kind",
    "style_markers",
]

#: Legend text of each kind of point.
PRECISION_LABELS: Final[dict[str, str]] = {
    "site": "site, town or city",
    "region": "region only (dashed, faded)",
    "country": "country or sea only (hollow, dotted)",
}


def precision_kind(props: Mapping[str, Any]) -> str:
    """``"site"`` (geo_precision 1–2 or unknown), ``"region"`` (3) or ``"country"`` (4)."""
    value = props.get("geo_precision")
    return "country" if value == 4 else "region" if value == 3 else "site"


def _point(feature: Mapping[str, Any]) -> tuple[float, float]:
    coords = feature["geometry"]["coordinates"]
    return float(coords[0]), float(coords[1])


def draw_markers(
    ax: Any,
    features: Sequence[Mapping[str, Any]],
    *,
    many: bool,
    colors: Sequence[str] | None = None,
    sizes: Sequence[float] | None = None,
    legend_types: bool = True,
) -> list[tuple[float, float]]:
    """Scatter the markers by type (in legend order) on their points; return those points.

    Parameters
    ----------
    ax
        The map's Axes.
    features
        The features drawn (all inside the extent).
    many
        A dense map: smaller, translucent markers, rarer types on top, no counts.
    colors
        A colour per feature (``--color-by``); by default the colour of its event type.
    sizes
        A marker size in points per feature (``--size-by``); by default the size of its type.
    legend_types
        Give the scatter of each type a legend label "Type (count)".
    """
    import numpy as np

    points = [_point(f) for f in features]
    positions = np.asarray(points, dtype=float).reshape(-1, 2)
    by_group: dict[tuple[str, str], list[int]] = {}
    per_type: Counter[str] = Counter()
    for i, feature in enumerate(features):
        event_type = feature["properties"].get("event_type")
        key = event_type if event_type in EVENT_STYLES else ""
        per_type[key] += 1
        by_group.setdefault((key, precision_kind(feature["properties"])), []).append(i)
    order = [t for t in EVENT_STYLES if t in per_type] + ([""] if "" in per_type else [])
    zorders = dict.fromkeys(order, 3.0)
    if many:  # dense maps: the rarer a type, the higher it is drawn, so it is not buried
        for rank, event_type in enumerate(sorted(order, key=lambda t: -per_type[t])):
            zorders[event_type] = 3.0 + rank / 100
    labelled: set[str] = set()
    for event_type in order:
        style = style_for(event_type)
        for kind in ("site", "region", "country"):
            members = by_group.get((event_type, kind))
            if not members:
                continue
            size = marker_size(event_type) * (0.6 if many else 1.0)
            face: Any = [colors[i] for i in members] if colors is not None else style.color
            edge: Any = EDGE_COLOR
            alpha = 0.75 if many else 1.0
            linestyle = "solid"
            if kind == "region":
                alpha, linestyle = min(alpha, 0.6), "dashed"
            elif kind == "country":
                edge, face, linestyle = face, "none", "dotted"
            ax.scatter(
                positions[members, 0],
                positions[members, 1],
                s=[sizes[i] ** 2 for i in members] if sizes is not None else size**2,
                marker=marker_for(event_type),
                c=None if isinstance(face, str) and face == "none" else face,
                facecolors="none" if isinstance(face, str) and face == "none" else None,
                edgecolors=edge,
                linewidths=(0.3 if many else 0.7) if kind != "country" else 1.2,
                linestyles=linestyle,
                alpha=alpha,
                zorder=zorders[event_type] - (0.2 if kind == "country" else 0.0),
                gid=f"events-{event_type or 'other'}-{kind}",
            )
        if legend_types and event_type not in labelled:
            labelled.add(event_type)
            # The legend shows each type as a plain (site) marker, whatever its points' precision.
            _proxy(ax, event_type, style.color, f"{style.label} ({per_type[event_type]})")
    kinds = [k for k in PRECISION_LABELS if any(key[1] == k for key in by_group)]
    if legend_types and len(kinds) > 1:
        for kind in kinds:
            _proxy(ax, "", "#999999", PRECISION_LABELS[kind], kind=kind)
    if not many:
        _count_badges(ax, points)
    return points


_BADGE: Final[dict[str, Any]] = {
    "boxstyle": "circle,pad=0.2",
    "facecolor": EDGE_COLOR,
    "edgecolor": "white",
    "linewidth": 0.5,
}


@dataclass(frozen=True)
class MarkerLook:
    """Per-feature colours and sizes of ``--color-by``/``--size-by`` (None: by type), legend title."""

    colors: list[str] | None
    sizes: list[float] | None
    title: str


def style_markers(
    ax: Any,
    features: Sequence[Mapping[str, Any]],
    *,
    color_by: str | None,
    size_by: str | None,
    reference: Sequence[Mapping[str, Any]] = (),
) -> MarkerLook:
    """Colours and sizes of the drawn ``features`` by a property, and the colour legend entries.

    Uses the classes of :mod:`geo.maps.styling`, so the figure has the map's colours; the legend
    counts the features drawn. With ``reference`` (all the events of a set of small multiples)
    the classes and their colours are those of the reference, the same in every panel.
    """
    import numpy as np

    from geo.maps.columns import encode_values
    from geo.maps.styling import SIZE_RANGE, color_classes, marker_sizes, resolve_field
    from geo.maps.table import POPUP_FIELDS

    colors = sizes = None
    title = "Events"
    if color_by:
        name = resolve_field(color_by, list(POPUP_FIELDS))
        rows = [*reference, *features]
        weights = np.asarray([1] * len(reference) + [0 if reference else 1] * len(features), dtype=np.int64)
        column = encode_values(f["properties"].get(name) for f in rows)
        classes = color_classes(name, column, weights=weights)
        codes = classes.codes[len(reference) :]
        colors = [classes.colors[int(k)] for k in codes]
        drawn = np.bincount(codes, minlength=len(classes.labels)).tolist()
        for label, color, count in zip(classes.labels, classes.colors, drawn, strict=True):
            if count:
                _proxy(ax, "", color, f"{label} ({count:,})")
        title = color_by.replace("_", " ")
    if size_by:
        name = resolve_field(size_by, list(POPUP_FIELDS))
        column = encode_values(f["properties"].get(name) for f in features)
        per_value, top = marker_sizes(column)
        sizes = [per_value[int(k)] * 0.5 for k in column.codes]  # pixels on screen → points on paper
        for share in (1.0, 0.25, 0.04):
            low, high = SIZE_RANGE
            diameter = (low + (high - low) * share**0.5) * 0.5
            value = top * share
            ax.scatter([], [], s=diameter**2, marker="o", c="#bbbbbb", edgecolors=EDGE_COLOR, linewidths=0.7,
                       label=f"{name.replace('_', ' ')} {value:,.0f}")  # fmt: skip
    return MarkerLook(colors, sizes, title)


def _proxy(ax: Any, event_type: str, color: str, label: str, *, kind: str = "site") -> None:
    """An empty scatter that only gives the legend an entry."""
    hollow = kind == "country"
    ax.scatter(
        [],
        [],
        s=marker_size(event_type or "political") ** 2,
        marker=marker_for(event_type or "political"),
        c=None if hollow else color,
        facecolors="none" if hollow else None,
        edgecolors=color if hollow else EDGE_COLOR,
        linewidths=1.2 if hollow else 0.7,
        linestyles={"site": "solid", "region": "dashed", "country": "dotted"}[kind],
        alpha=0.6 if kind == "region" else 1.0,
        label=label,
    )


def _count_badges(ax: Any, points: Sequence[tuple[float, float]]) -> None:
    """Beside a point holding several events, their number (the markers there overlap)."""
    for (lon, lat), count in sorted(Counter(points).items()):
        if count < 2:
            continue
        ax.annotate(
            str(count),
            xy=(lon, lat),
            xytext=(5.5, 5.5),
            textcoords="offset points",
            fontsize=6,
            fontweight="bold",
            color="white",
            ha="center",
            va="center",
            zorder=4.5,
            annotation_clip=True,
            bbox={
                "boxstyle": "circle,pad=0.2",
                "facecolor": EDGE_COLOR,
                "edgecolor": "white",
                "linewidth": 0.5,
            },
            gid="point-count",
        )


#: Hexagons across the width of a density figure.
DENSITY_GRID: Final[int] = 40


def draw_density(
    ax: Any, features: Sequence[Mapping[str, Any]], extent: tuple[float, float, float, float]
) -> Any:
    """Hexagons counting the events drawn (``--density``), with a colour bar saying the count per
    hexagon and the hexagon's width in km at the map's centre latitude; returns the hexbin."""
    import numpy as np

    from geo.figures.scale import km_per_degree_lon

    west, east, south, north = extent
    xy = np.asarray([_point(f) for f in features], dtype=float).reshape(-1, 2)
    counts = np.ones(len(features))
    top = len(features)
    hexes = ax.hexbin(
        xy[:, 0], xy[:, 1], C=counts, reduce_C_function=np.sum, gridsize=DENSITY_GRID,
        extent=(west, east, south, north), mincnt=1, cmap="viridis_r", bins="log" if top > 50 else None,
        linewidths=0.2, edgecolors="white", alpha=0.85, zorder=2.8, gid="density",
    )  # fmt: skip
    km = (east - west) / DENSITY_GRID * km_per_degree_lon((south + north) / 2)
    cax = ax.inset_axes((0.62, 0.09, 0.33, 0.025))
    bar = ax.figure.colorbar(hexes, cax=cax, orientation="horizontal")
    bar.set_label(f"events per hexagon ({km:,.0f} km across)", fontsize=7)
    bar.ax.tick_params(labelsize=6)
    cax.set_zorder(7)
    return hexes
