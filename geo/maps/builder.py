"""Build the layered event map: one FeatureGroup per event family, legend, title, layer control."""

from __future__ import annotations

import copy
import html
import logging
import os
import urllib.parse
from pathlib import Path
from typing import Any

import folium

from geo.errors import InputError
from geo.exports.read import read_plain
from geo.io import atomic_write_text
from geo.maps.basemap import add_outline_basemap
from geo.maps.data import table_of
from geo.maps.elements import EventData, FitView, LeanMap, Legend, Runtime, Title
from geo.maps.icons import style_for
from geo.maps.ids import freeze_ids
from geo.maps.labels import add_place_labels
from geo.maps.mapstyle import apply_styling
from geo.maps.table import EventTable, encode_table
from geo.model.vocab import EVENT_STYLES, LAYERS

__all__ = ["MODES", "build_map", "choose_mode", "render_html", "save_map"]

logger = logging.getLogger(__name__)

#: Zoom limit when fitting the bounds, so that a single place (or a tight cluster) keeps context.
MAX_FIT_ZOOM = 9
#: Margin in pixels between the outermost markers and the map edge (or a box over the map).
FIT_MARGIN = 10
#: How events can be drawn (see :func:`choose_mode`).
MODES = ("auto", "markers", "cluster", "aggregate")
#: Up to this many events, ``auto`` clusters them in the browser; beyond, it aggregates in Python.
CLUSTER_LIMIT = 200_000

TIME_NOTE = (
    "Period: an event shows while its dates overlap the chosen period. A month or a year counts "
    "as a whole (2017 runs from 1 January to 31 December); an open range such as 2003/.. lasts to "
    "the end of the slider."
)
UNDATED_NOTE = "{count:,} undated event{s} always shown, whatever the period."
CLUSTER_NOTE = (
    "Every marker stands on its own point. A ring with a number stands for that many events "
    "(coloured by type) too close to draw apart: click it to show them around it, each tied to "
    "its point, or, for a large one, for the counts; zoom in to split it."
)
AGGREGATE_NOTE = (
    "{events:,} events summed on a {cell}° grid by {bucket} before the page was written. A ring "
    "with a number stands for that many events (coloured by type); click it for the counts, zoom "
    "in to split it down to single grid cells."
)


def choose_mode(count: int, mode: str = "auto") -> str:
    """Return how ``count`` events are drawn: ``mode`` itself, or by size when it is ``"auto"``.

    Parameters
    ----------
    count
        Number of events.
    mode
        One of :data:`MODES`: ``"markers"`` (one marker per event on its point, overlapping ones
        left as they fall), ``"cluster"`` (grid clusters in the browser that spiderfy on click,
        up to :data:`CLUSTER_LIMIT`), ``"aggregate"`` (cells summed in Python, for millions of
        events) or ``"auto"`` (``cluster``, ``aggregate`` above :data:`CLUSTER_LIMIT`).

    Returns
    -------
    str
        ``"markers"``, ``"cluster"`` or ``"aggregate"``.

    Raises
    ------
    InputError
        If ``mode`` is not one of :data:`MODES`.
    """
    if mode not in MODES:
        raise InputError(f"unknown map mode {mode!r}: choose one of {', '.join(MODES)}")
    if mode != "auto":
        return mode
    return "cluster" if count <= CLUSTER_LIMIT else "aggregate"


def _bounds(table: EventTable, layers: set[str]) -> list[list[float]] | None:
    import numpy as np

    types = table.columns["event_type"]
    wanted = np.array([style_for(v).layer in layers for v in types.values], dtype=bool)
    rows = wanted[types.codes] if len(table) else np.zeros(0, dtype=bool)
    if not rows.any():
        return None
    lon, lat = table.lon[rows], table.lat[rows]
    return [[float(lat.min()), float(lon.min())], [float(lat.max()), float(lon.max())]]


def _attribution(tiles: str, attribution: str | None) -> str | None:
    """The ``attr`` of a tile layer: ``attribution``, else for a URL template its host."""
    if attribution or "{" not in tiles:
        return attribution or None
    host = urllib.parse.urlsplit(tiles).hostname or tiles
    return f"Map tiles: {html.escape(host)}"


def build_map(
    data: Any,
    *,
    m: folium.Map | None = None,
    title: str | None = None,
    tiles: str | None = "OpenStreetMap",
    attribution: str | None = None,
    mode: str = "auto",
    color_by: str | None = None,
    size_by: str | None = None,
) -> folium.Map:
    """Draw event features on a layered Leaflet map with a period filter, search and filters.

    Each layer of :data:`geo.model.vocab.LAYERS` becomes a :class:`folium.FeatureGroup` (all of them are
    listed in the layer control, "Places mentioned" is hidden when the map opens). The events are
    embedded once, as compact columns (:mod:`geo.maps.table`), and drawn in the browser:

    * ``markers``: one marker per event on its own point, with a shape, colour and symbol per
      event type (markers at one point overlap);
    * ``cluster``: markers on their points where they do not overlap, grid clusters where they
      would, split as the map zooms in; a click on a small cluster spreads its events around it
      with a leg to each one's point ("spiderfy", ``cluster.js``), never moving a marker otherwise;
    * ``aggregate``: the events are first summed into grid cells per type, mission, place and month
      (:func:`geo.maps.aggregate.aggregate_table`), then clustered.

    Popups and tooltips are built in the browser with ``textContent``, so text from the data is
    never interpreted as HTML. The map has a period control (the events whose dates overlap the
    chosen period), a place search, a filter per mission, a fullscreen button and a minimap. The
    opening view fits the visible layers inside the part of the map not covered by the title,
    legend and controls.

    Parameters
    ----------
    data
        Events of any kind :func:`geo.exports.read.read` takes: an
        :class:`~geo.model.feature.EventFeatureCollection` (what :func:`geo.extract.extract` returns),
        features, a GeoJSON FeatureCollection mapping, a GeoDataFrame (also one of
        ``geopandas.read_file``) or the path of an export file.
    m
        An existing map to draw on; by default a new map that loads Leaflet only.
    title
        Plain-text title shown over the map and as the page title.
    tiles
        Base tiles of a new map (a folium/xyzservices name or URL template), or None for none;
        ignored when ``m`` is given.
    attribution
        Credit shown for ``tiles`` (HTML, as Leaflet takes it): what the tile provider's terms ask
        for. Needed for a URL template; without it the map credits the template's host
        ("Map tiles: tiles.example.org"). A named provider brings its own.
    mode
        ``"auto"`` (``cluster``, or ``aggregate`` for very many events, see
        :func:`choose_mode`), ``"markers"``, ``"cluster"`` or ``"aggregate"``.
    color_by
        Colour markers and cluster rings by this property instead of the event type
        (:func:`geo.maps.styling.color_classes`: categories or number ranges, with a legend).
    size_by
        Size markers by this numeric property (area proportional to the value, with a legend).

    Returns
    -------
    folium.Map
        The map, with element ids derived from its content so that rendering is deterministic.
        Nothing is written; see :func:`save_map`.

    Raises
    ------
    SchemaError
        If a feature has no usable Point geometry.
    InputError
        If ``data`` is of an unsupported type, a date is invalid, or ``mode`` is unknown.
    """
    table = table_of(read_plain(data))
    resolved = choose_mode(len(table), mode)
    shown_layers = {name for name, shown in LAYERS if shown}
    bounds = _bounds(table, shown_layers) or _bounds(table, {name for name, _ in LAYERS})
    present = set(table.columns["event_type"].values)
    notes = []
    if bool((table.start == table.start).any() or (table.end == table.end).any()):  # any known bound
        notes.append(TIME_NOTE)
        undated = table.undated()
        if undated:
            notes.append(UNDATED_NOTE.format(count=undated, s="s" if undated != 1 else ""))
    if resolved == "aggregate":
        from geo.maps.aggregate import aggregate_table

        table = aggregate_table(table)
    styling = apply_styling(table, color_by=color_by, size_by=size_by)

    own_tiles = m is None and bool(tiles)
    if m is None:
        if bounds is None:
            center, zoom = [30.0, 40.0], 3
        else:
            center, zoom = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2], 6
        m = LeanMap(location=center, zoom_start=zoom, tiles=None, control_scale=True)
        if tiles:
            # A single base layer needs no radio button in the layer control.
            try:
                m.add_child(folium.TileLayer(tiles, attr=_attribution(tiles, attribution), control=False))
            except ValueError as exc:
                raise InputError(f"unusable tiles {tiles!r}: {exc}") from exc
    if not any(isinstance(child, Runtime) for child in m._children.values()):
        m.add_child(Runtime())
    if title:
        m.add_child(Title(title))

    groups = {}
    layer_of = {t: style_for(t).layer for t in present}
    for name, shown in LAYERS:
        if name not in layer_of.values():
            continue  # an empty layer is not listed
        group = folium.FeatureGroup(name=name, show=shown)
        m.add_child(group)
        groups[name] = group

    legend_types = [t for t in EVENT_STYLES if t in present]
    if present - set(EVENT_STYLES):
        legend_types.append("")
    if resolved == "cluster":
        notes.append(CLUSTER_NOTE)
    elif resolved == "aggregate" and table.aggregation is not None:
        notes.append(AGGREGATE_NOTE.format(**table.aggregation))
    if legend_types:
        column = table.columns.get("geo_precision")
        precisions = sorted({int(v) for v in column.values if isinstance(v, int)}) if column else []
        m.add_child(Legend(legend_types, notes=notes, precisions=precisions, styling=styling.legend))
    labels = add_place_labels(m, bounds, points=(table.lon, table.lat))  # before the layer control
    m.add_child(folium.LayerControl(collapsed=False))
    if own_tiles:  # the outlines (and detail of the events' extent) take over when tiles fail
        add_outline_basemap(m, show=False, extent=labels.core)  # goes in right after the tiles
    # After the layer control (the runtime adds its controls next to it) and before the fit.
    m.add_child(EventData(encode_table(table), groups, mode=resolved, styling=styling.options))
    if bounds is not None:
        # Last, so that the browser can measure every control before fitting.
        m.add_child(FitView(bounds, max_zoom=MAX_FIT_ZOOM, margin=FIT_MARGIN))
    logger.debug("map of %d rows drawn as %s", len(table), resolved)
    freeze_ids(m.get_root())
    return m


def render_html(m: folium.Map) -> str:
    """Return the complete HTML page of ``m``, with deterministic element ids.

    Parameters
    ----------
    m
        A map, usually from :func:`build_map`.

    Returns
    -------
    str
        The page; the same map content always gives the same text. Render with this function
        (or :func:`save_map`) rather than ``m.save``, which folium cannot repeat identically.
    """
    # Render a copy: rendering adds parts to the figure under per-render names, so rendering the
    # same tree twice would repeat them; the map itself stays as build_map left it.
    root = copy.deepcopy(m.get_root())
    freeze_ids(root)
    html: str = root.render()
    # folium indents with trailing blanks; strip them so the committed file diffs cleanly.
    return "\n".join(line.rstrip() for line in html.splitlines()) + "\n"


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> Path:
    """Write the HTML page of ``m`` to ``path`` atomically (a failure leaves no partial file).

    Parameters
    ----------
    m
        The map to save.
    path
        Destination ``.html`` file; missing folders are created.

    Returns
    -------
    Path
        The written path.

    Raises
    ------
    GeoIOError
        If the file cannot be written.
    """
    return atomic_write_text(path, render_html(m))
