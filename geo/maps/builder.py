"""Build the layered event map: one FeatureGroup per event family, legend, title, layer control."""

from __future__ import annotations

import copy
import logging
import os
from pathlib import Path
from typing import Any

import folium

from geo.errors import InputError
from geo.io import atomic_write_text
from geo.maps.data import as_features, bounds_of, group_by_layer
from geo.maps.elements import FitView, LeanMap, Legend, MarkerData, Runtime, Title
from geo.maps.ids import freeze_ids
from geo.vocab import EVENT_STYLES, LAYERS

__all__ = ["build_map", "render_html", "save_map"]

logger = logging.getLogger(__name__)

#: Zoom limit when fitting the bounds, so that a single place (or a tight cluster) keeps context.
MAX_FIT_ZOOM = 9
#: Margin in pixels between the outermost markers and the map edge (or a box over the map).
FIT_MARGIN = 10


def build_map(
    data: Any,
    *,
    m: folium.Map | None = None,
    title: str | None = None,
    tiles: str | None = "OpenStreetMap",
) -> folium.Map:
    """Draw event features on a layered Leaflet map.

    Each layer of :data:`geo.vocab.LAYERS` becomes a :class:`folium.FeatureGroup` (all of them are
    listed in the layer control, "Places mentioned" is hidden when the map opens). Markers have a
    shape, colour and symbol per event type; popups and tooltips are built in the browser from
    the embedded JSON with ``textContent``, so text from the data is never interpreted as HTML.
    At every zoom, markers whose points lie closer on screen than about one icon (across the
    shown layers, identical points included) are drawn on rings around their group's centre, a
    fixed number of pixels apart, with a leader to their true point, so every one stays visible
    and clickable (``layout.js``). The opening view fits the visible
    layers inside the part of the map not covered by the title, legend and controls.

    Parameters
    ----------
    data
        A GeoJSON FeatureCollection dict following the event feature contract, a list of such
        features, or a GeoDataFrame with the same columns.
    m
        An existing map to draw on; by default a new map that loads Leaflet only.
    title
        Plain-text title shown over the map and as the page title.
    tiles
        Base tiles of a new map (a folium/xyzservices name or URL template), or None for none;
        ignored when ``m`` is given.

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
        If ``data`` is of an unsupported type.
    """
    features = as_features(data)
    groups = group_by_layer(features)
    visible = [f for name, shown in LAYERS if shown for f in groups[name]]
    bounds = bounds_of(visible) or bounds_of(features)

    if m is None:
        if bounds is None:
            center, zoom = [30.0, 40.0], 3
        else:
            center, zoom = [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2], 6
        m = LeanMap(location=center, zoom_start=zoom, tiles=None, control_scale=True)
        if tiles:
            # A single base layer needs no radio button in the layer control.
            try:
                m.add_child(folium.TileLayer(tiles, control=False))
            except ValueError as exc:
                raise InputError(f"unusable tiles {tiles!r}: {exc}") from exc
    if not any(isinstance(child, Runtime) for child in m._children.values()):
        m.add_child(Runtime())
    if title:
        m.add_child(Title(title))

    for name, shown in LAYERS:
        group = folium.FeatureGroup(name=name, show=shown)
        members = groups[name]
        if members:
            group.add_child(MarkerData({"type": "FeatureCollection", "features": members}))
        m.add_child(group)
        logger.debug("layer %r: %d features", name, len(members))

    present = {f["properties"].get("event_type") for f in features}
    legend_types = [t for t in EVENT_STYLES if t in present]
    if present - set(EVENT_STYLES):
        legend_types.append("")
    if legend_types:
        m.add_child(Legend(legend_types))
    m.add_child(folium.LayerControl(collapsed=False))
    if bounds is not None:
        # After the layer control, so that the browser can measure it before fitting.
        m.add_child(FitView(bounds, max_zoom=MAX_FIT_ZOOM, margin=FIT_MARGIN))
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
