"""Static maps of event features for reports (matplotlib, no network, no pyplot state)."""

from __future__ import annotations

import io
import math
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from geo.errors import InputError
from geo.exports.read import read_plain
from geo.figures.decorations import (
    draw_detail,
    draw_labels,
    draw_legend,
    draw_outlines,
    draw_place_names,
    draw_scale_bar,
)
from geo.figures.frame import choose_frame, inside
from geo.figures.layout import Extent, fit_extent
from geo.figures.markers import MarkerLook, draw_density, draw_markers, style_markers
from geo.figures.style import SEA_COLOR, drawable_text
from geo.io import atomic_write_bytes
from geo.maps.data import as_features
from geo.maps.icons import style_for
from geo.model.vocab import LAYERS

__all__ = [
    "FORMATS",
    "MAX_PIXELS",
    "check_size",
    "drawn_events",
    "figure_format",
    "plot_events",
    "save_figure",
]

#: Output formats :func:`save_figure` writes, by file extension.
FORMATS: Final[tuple[str, ...]] = ("png", "svg", "pdf")
#: Largest figure drawn, in pixels (width × height × dpi²): 50 megapixels, e.g. 20 × 14 inches at
#: 300 dpi is 25. Matplotlib draws every format on a canvas of that size (Agg measures the text even
#: for PDF and SVG), so a larger one can exhaust the memory.
MAX_PIXELS: Final[int] = 50_000_000
#: Above this many markers the map is dense: smaller translucent markers, no counts per point.
DENSE_LIMIT: Final[int] = 2000
#: Text colour of ticks and notes.
_NOTE_COLOR = "#444444"


def _layers(layers: Iterable[str] | None) -> list[str]:
    known = [name for name, _ in LAYERS]
    if layers is None:
        return [name for name, shown in LAYERS if shown]
    chosen = list(layers)
    for name in chosen:
        if name not in known:
            raise InputError(f"unknown layer {name!r}; the layers are {', '.join(known)}")
    return [name for name in known if name in chosen]


def _degrees(value: float, _: object, *, east: str, west: str) -> str:
    value = round(value, 6)
    hemisphere = east if value > 0 else west if value < 0 else ""
    return f"{abs(value):g}°{hemisphere}"


def _box_aspect(fig: Any, ax: Any) -> float:
    position = ax.get_position()
    width, height = fig.get_size_inches()
    return float((position.width * width) / (position.height * height))


def _date_span(features: Sequence[Mapping[str, Any]]) -> str:
    years = []
    for feature in features:
        for key in ("date_start", "date_end"):
            value = feature["properties"].get(key)
            if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
                years.append(int(value[:4]))
    if not years:
        return ""
    low, high = min(years), max(years)
    return f", dated {low}" if low == high else f", dated {low}–{high}"


def plot_events(
    data: Any,
    *,
    ax: Any = None,
    title: str | None = None,
    layers: Iterable[str] | None = None,
    width: float = 10.0,
    height: float = 7.0,
    dpi: float = 150.0,
    labels: int = 8,
    outlines: bool = True,
    scale_bar: bool = True,
    legend: bool = True,
    extent: Extent | None = None,
    countries: Sequence[str] = (),
    color_by: str | None = None,
    size_by: str | None = None,
    density: bool = False,
    color_reference: Sequence[Mapping[str, Any]] = (),
) -> Any:
    """Draw event features on a static map for a report.

    Markers have the web map's colour and (closest) shape per event type and stand on their true
    points (never moved: :mod:`geo.figures.markers`); a point holding several events gets their
    count beside it, and the symbol shows the precision of the point (site, region, country).
    The map shows country outlines (offline, :mod:`geo.gazetteer.outlines`), a legend with the
    count per type, a scale bar true along its own parallel, labels for the places with the most events
    (placed beside their markers where they overlap no other label, the legend or the scale bar)
    and degree ticks. The extent frames the data with a margin and is widened to the axes' shape;
    the map is plate carrée drawn with ``cos(latitude)`` of its centre as aspect, so shapes are
    true at the centre latitude.

    Parameters
    ----------
    data
        Events of any kind :func:`geo.maps.build_map` takes (models, a FeatureCollection, features, a
        GeoDataFrame, a path).
    ax
        A matplotlib Axes to draw on; by default a new :class:`matplotlib.figure.Figure` (no
        pyplot, Agg canvas) of ``width`` × ``height`` inches at ``dpi``.
    title
        Title above the map.
    layers
        Names of :data:`geo.model.vocab.LAYERS` to draw; by default the layers the web map shows at
        opening (all but "Places mentioned").
    width, height, dpi
        Size of a new figure in inches, and its resolution.
    labels
        How many places to label (0 for none).
    outlines, scale_bar, legend
        Draw the country outlines, the scale bar, the legend.
    extent
        ``(west, east, south, north)`` in degrees to show instead of the data's bounds.
    countries
        ISO 3166-1 alpha-2 codes: frame these countries' outlines (when no ``extent``). By default
        the frame fits the data's site and town points when there are any, leaving country- and
        region-level points out of the fit (:func:`geo.figures.frame.choose_frame`); only the
        events inside the final frame are drawn, counted in the legend and in the note.
    color_by, size_by
        Colour (size) markers by a property, as ``geo map --color-by`` (``--size-by``) does; the
        legend then lists the colour classes of the events drawn.
    density
        Draw hexagons counting the events (40 across the frame, a colour bar with the count per
        hexagon and its width in km) instead of markers.
    color_reference
        Events whose ``color_by`` classes and colours to use (small multiples share them).

    Returns
    -------
    matplotlib.figure.Figure
        The figure; nothing is written (see :func:`save_figure`).

    Raises
    ------
    InputError
        If nothing is left to draw, a layer name is unknown or the size is not positive or is larger
        than :data:`MAX_PIXELS`.
    SchemaError
        If a feature has no usable geometry.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    check_size(width=width, height=height, dpi=dpi)
    chosen = _layers(layers)
    plain = as_features(read_plain(data))
    features = [f for f in plain if style_for(f["properties"].get("event_type")).layer in chosen]
    if not features:
        raise InputError(f"nothing to plot: no event in the layers {chosen!r}")

    own = ax is None
    if own:
        fig = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
        FigureCanvasAgg(fig)
        ax = fig.add_subplot()
    else:
        fig = ax.figure
    ax.set_facecolor(SEA_COLOR)
    title = drawable_text(title).strip() if title else None
    if title:
        ax.set_title(title, fontsize=13, fontweight="bold", parse_math=False)
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, p: _degrees(v, p, east="E", west="W")))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, p: _degrees(v, p, east="N", west="S")))
    ax.tick_params(labelsize=7, colors=_NOTE_COLOR, length=2.5)
    for spine in ax.spines.values():
        spine.set_linewidth(0.6)
    frame = choose_frame(features, extent=extent, countries=countries)
    note = ax.set_xlabel(
        _note(features, len(features), frame.note), fontsize=7, color=_NOTE_COLOR, loc="right"
    )
    wanted = frame.extent
    aspect = 1.0
    for _ in range(2):  # tick labels change with the limits, and the layout with them
        fitted, aspect = fit_extent(wanted, _box_aspect(fig, ax))
        ax.set_xlim(fitted[0], fitted[1])
        ax.set_ylim(fitted[2], fitted[3])
        engine = fig.get_layout_engine()
        if own and engine is not None:
            engine.execute(fig)
    if own:
        fig.set_layout_engine("none")  # freeze the boxes: marker offsets are computed against them
    ax.set_aspect(aspect, adjustable="box")
    ax.apply_aspect()
    final: Extent = (*ax.get_xlim(), *ax.get_ylim())

    shown = [f for f in features if inside(f, final)]
    note.set_text(_note(shown, len(features), frame.note))
    detailed = False
    if outlines:
        draw_outlines(ax)
        detailed = draw_detail(ax, final)
    many = len(shown) > DENSE_LIMIT
    look = MarkerLook(None, None, "Events")
    if density and shown:
        draw_density(ax, shown, final)
        moved = [
            (float(f["geometry"]["coordinates"][0]), float(f["geometry"]["coordinates"][1])) for f in shown
        ]
        legend = False
    else:
        look = style_markers(ax, shown, color_by=color_by, size_by=size_by, reference=color_reference)
        moved = draw_markers(
            ax, shown, many=many, colors=look.colors, sizes=look.sizes, legend_types=look.colors is None
        )
    placed = []
    if scale_bar:
        placed.append(draw_scale_bar(ax, final).transformed(ax.transData))
    if legend and shown:
        draw_legend(ax, shown, many=many, title=look.title)
    if labels > 0:
        placed = draw_labels(ax, shown, moved, limit=labels, avoid=placed)
    if outlines:  # after the event labels, which keep their places
        draw_place_names(ax, final, avoid=placed, markers=moved)
    if detailed:
        rivers = any(c.get_gid() == "basemap-river" for c in ax.collections)
        credit = DETAIL_CREDIT + (RIVERS_CREDIT if rivers else "")
        note.set_text(note.get_text().replace(OUTLINES_CREDIT, credit, 1))
    return fig


OUTLINES_CREDIT = " · country outlines: Natural Earth"
DETAIL_CREDIT = " · land, borders, provinces: Natural Earth 1:10m · place names: GeoNames"
RIVERS_CREDIT = " · rivers: GSHHG/WDBII"


def _note(shown: Sequence[Mapping[str, Any]], total: int, frame_note: str) -> str:
    """The note under the map: what is drawn (and what lies outside the frame), how it was framed."""
    text = f"{len(shown):,} event{'s' if len(shown) != 1 else ''} drawn{_date_span(shown)}"
    if total > len(shown):
        text += f" ({total - len(shown):,} outside the frame)"
    text += OUTLINES_CREDIT
    return f"{text}\n{frame_note}" if frame_note else text


def drawn_events(fig: Any) -> int:
    """How many event markers ``fig`` draws (the points of its ``events-*`` scatters)."""
    markers = sum(
        len(c.get_offsets())
        for ax in fig.axes
        for c in ax.collections
        if (c.get_gid() or "").startswith("events-")
    )
    hexes = sum(
        int(c.get_array().sum()) for ax in fig.axes for c in ax.collections if c.get_gid() == "density"
    )
    return markers + hexes


def check_size(*, width: float, height: float, dpi: float) -> None:
    """Refuse a figure size that is not positive or larger than :data:`MAX_PIXELS`.

    Raises
    ------
    InputError
        Naming the size and the limit.
    """
    for name, value in (("width", width), ("height", height), ("dpi", dpi)):
        if not (isinstance(value, int | float) and math.isfinite(value) and value > 0):
            raise InputError(f"{name} must be a positive number, not {value!r}")
    pixels = width * height * dpi * dpi
    if pixels > MAX_PIXELS:
        raise InputError(
            f"a figure of {width:g} × {height:g} inches at {dpi:g} dpi has {pixels / 1e6:.0f} megapixels; "
            f"the limit is {MAX_PIXELS / 1e6:.0f}: lower the size or the dpi"
        )


def save_figure(fig: Any, path: str | os.PathLike[str], *, dpi: float | None = None) -> Path:
    """Write ``fig`` as PNG, SVG or PDF (by the file extension), atomically.

    SVG keeps its text as text (searchable, editable) and PDF/SVG carry no creation date, so the
    same figure gives the same file.

    Parameters
    ----------
    fig
        A figure, usually from :func:`plot_events`.
    path
        Destination ``.png``, ``.svg`` or ``.pdf`` file.
    dpi
        Resolution of a PNG (default the figure's own).

    Raises
    ------
    InputError
        If the extension is not one of :data:`FORMATS` or the figure is larger than
        :data:`MAX_PIXELS` at ``dpi``.
    GeoIOError
        If the file cannot be written.
    """
    from matplotlib import rc_context

    fmt = figure_format(path)
    width, height = fig.get_size_inches()
    check_size(width=float(width), height=float(height), dpi=dpi if dpi is not None else fig.dpi)
    buffer = io.BytesIO()
    metadata: dict[str, Any] = {"png": {}, "svg": {"Date": None}, "pdf": {"CreationDate": None}}[fmt]
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "geo", "pdf.fonttype": 42}):
        fig.savefig(buffer, format=fmt, dpi=dpi if dpi is not None else fig.dpi, metadata=metadata)
    return atomic_write_bytes(path, buffer.getvalue())


def figure_format(path: str | os.PathLike[str]) -> str:
    """Return the output format of ``path`` from its extension.

    Raises
    ------
    InputError
        If the extension is not ``.png``, ``.svg`` or ``.pdf``.
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise InputError(f"cannot write a figure to {str(path)!r}: use a .png, .svg or .pdf file name")
    return suffix
