"""The folium/branca elements of a geo map: a lean Map, the marker runtime, layers, legend, title.

Feature data enters the page only as JSON inside ``<script>`` (see :func:`script_json`) and is
turned into DOM nodes by ``runtime.js`` with ``textContent``; HTML written here from data is
escaped with :func:`html.escape`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from html import escape
from importlib import resources
from typing import Any

import folium
from branca.element import MacroElement
from folium.template import Template

from geo.maps.assets import leaflet_links
from geo.maps.icons import ICON_SIZE, UNKNOWN_STYLE, marker_svg
from geo.maps.spread import SINGLE_RING, SPACING
from geo.vocab import EVENT_STYLES

__all__ = ["FitView", "LeanMap", "Legend", "MarkerData", "Runtime", "Title", "script_json"]

_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


def script_json(value: Any) -> str:
    """Serialise ``value`` as JSON that is safe to place inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e`` and ``\\u0026`` (so neither
    ``</script>`` nor ``<!--`` can appear), and U+2028/U+2029 as escapes; these characters only
    occur inside JSON strings, so the value parses back unchanged.

    Parameters
    ----------
    value
        Any JSON-serialisable value; NaN and infinities are rejected.

    Returns
    -------
    str
        Compact JSON text with keys in their given order.
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for char, replacement in _SCRIPT_ESCAPES.items():
        text = text.replace(char, replacement)
    return text


@cache
def _package_text(name: str) -> str:
    return resources.files("geo.maps").joinpath(name).read_text(encoding="utf-8")


class LeanMap(folium.Map):
    """A :class:`folium.Map` whose page loads Leaflet only (no jQuery, Bootstrap, icon fonts).

    Folium's defaults pull in jQuery, Bootstrap, Font Awesome and Leaflet.awesome-markers for
    marker icons we do not use; the Map, TileLayer, FeatureGroup, LayerControl and FitBounds
    templates need nothing but Leaflet. The Leaflet version stays the one folium pins.
    Arguments are those of :class:`folium.Map`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Instance copies: folium's add_js_link/add_css_link mutate the list in place.
        self.default_js = leaflet_links(folium.Map.default_js)
        self.default_css = leaflet_links(folium.Map.default_css)


class Runtime(MacroElement):
    """The marker runtime (``layout.js``, ``runtime.js``) and stylesheet (``map.css``), once per map.

    Its script defines ``geoMapLayout`` and ``geoMapRuntime`` and configures the latter with the
    marker style table built from :data:`geo.vocab.EVENT_STYLES` and the ring spacing of
    :mod:`geo.maps.spread`; it must be added to the map before any :class:`MarkerData`.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.js }}
            geoMapRuntime.configure({{ this.styles_json }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoRuntime"
        self.css = _package_text("map.css")
        self.js = _package_text("layout.js") + _package_text("runtime.js")
        types = {
            name: {"label": style.label, "color": style.color, "svg": marker_svg(name)}
            for name, style in EVENT_STYLES.items()
        }
        unknown = {"label": UNKNOWN_STYLE.label, "color": UNKNOWN_STYLE.color, "svg": marker_svg("")}
        self.styles_json = script_json(
            {
                "size": ICON_SIZE,
                "spacing": SPACING,
                "singleRing": SINGLE_RING,
                "types": types,
                "unknown": unknown,
            }
        )


class MarkerData(MacroElement):
    """One layer's features as embedded GeoJSON, drawn into its parent FeatureGroup.

    Parameters
    ----------
    collection
        A GeoJSON FeatureCollection of Point features (``[lon, lat]``).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            var {{ this.get_name() }} = geoMapRuntime.layer(
                {{ this.data_json }}
            ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, collection: Mapping[str, Any]) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoMarkers"
        self.collection = collection
        self.data_json = script_json(collection)


class FitView(MacroElement):
    """Open the map on its markers, in the part of it left free by the title, legend and controls.

    When the page opens, the browser measures those boxes and the icon box of every shown marker
    (laid out on rings as at each zoom tried) and picks the highest zoom, up to ``max_zoom``, at which
    all markers fit the free part (see ``geoMapRuntime.fit``). Add this element after the layer
    control so that the control exists by then.

    Parameters
    ----------
    bounds
        ``[[south, west], [north, east]]``, fitted instead when no marker is shown.
    max_zoom
        Highest zoom the fit may choose.
    margin
        Pixels kept between the marker icons and the map edge or a box over the map.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
            geoMapRuntime.fit({{ this._parent.get_name() }}, {{ this.options_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        bounds: list[list[float]],
        *,
        max_zoom: int,
        margin: int,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoFitView"
        self.options = {"bounds": bounds, "maxZoom": max_zoom, "margin": margin}
        self.options_json = script_json(self.options)


class Legend(MacroElement):
    """A collapsible box (``<details>``, open at first) listing event types with their marker.

    Parameters
    ----------
    event_types
        The types to list, in display order; unknown types share one "Other event" entry.
    heading
        Text above the list.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
            <details class="geo-legend" id="{{ this.get_name() }}" open>
            {{ this.body }}
            </details>
        {% endmacro %}
        """
    )

    def __init__(self, event_types: Iterable[str], *, heading: str = "Events") -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoLegend"
        items = []
        seen_labels: set[str] = set()
        for event_type in event_types:
            style = EVENT_STYLES.get(event_type, UNKNOWN_STYLE)
            if style.label in seen_labels:
                continue
            seen_labels.add(style.label)
            items.append(f"<li>{marker_svg(event_type)}<span>{escape(style.label)}</span></li>")
        self.labels = sorted(seen_labels)
        self.body = (
            f'<summary class="geo-legend-heading">{escape(heading)}</summary><ul>{"".join(items)}</ul>'
        )


class Title(MacroElement):
    """The page title (``<title>``) and a heading box over the map; ``text`` is escaped.

    Parameters
    ----------
    text
        The title as plain text.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
            <title>{{ this.escaped }}</title>
        {% endmacro %}
        {% macro html(this, kwargs) %}
            <h1 class="geo-title" id="{{ this.get_name() }}">{{ this.escaped }}</h1>
        {% endmacro %}
        """
    )

    def __init__(self, text: str) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoTitle"
        self.text = text
        self.escaped = escape(text)
