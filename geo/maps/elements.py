"""The folium/branca elements of a geo map: a lean Map, the marker runtime, layers, legend, title.

Feature data enters the page only as JSON inside ``<script>`` (see :func:`script_json`) and is
turned into DOM nodes by the runtime (``static/popup.js``) with ``textContent``; HTML written here
from data is escaped with :func:`html.escape`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

import folium
from branca.element import Element, MacroElement
from folium.template import Template

from geo.maps.assets import leaflet_links
from geo.maps.bundle import package_bundle, static_text
from geo.maps.icons import ICON_SIZE, UNKNOWN_STYLE, marker_svg
from geo.maps.leaflet import add_packaged_leaflet, packaged_leaflet
from geo.model.vocab import EVENT_STYLES, LAYERS

__all__ = [
    "SPIDER_SPACING",
    "EventData",
    "FitView",
    "LeanMap",
    "Legend",
    "RawScript",
    "Runtime",
    "Title",
    "html_text",
    "script_json",
]

#: CSS class of each ``geo_precision`` (1 site, 2 town, 3 region, 4 country or sea).
PRECISION_KINDS = {1: "geo-prec-site", 2: "geo-prec-site", 3: "geo-prec-region", 4: "geo-prec-country"}
#: The legend line of each kind of point, in order.
PRECISION_LEGEND = (
    ("geo-prec-site", "site, town or city (plain marker)"),
    ("geo-prec-region", "region only (dashed ring)"),
    ("geo-prec-country", "country or sea only (dotted ring, faded)"),
)
#: Distance in pixels between the centres of the markers of a spider (``static/spider.js``).
SPIDER_SPACING = ICON_SIZE + 4
#: The runtime's entry module (``static/main.js``) and the one global its bundle defines.
RUNTIME_ENTRY = ("main.js", "geoMapRuntime")

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
    occur inside JSON strings, so the value parses back unchanged. A ``{`` followed by ``{``,
    ``%`` or ``#`` (which JSON only has inside strings) is written ``\\u007b``: branca compiles
    rendered parts of the page as Jinja templates, and data must never be run as one.

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
    return _TEMPLATE_START.sub(r"\\u007b", text)


_TEMPLATE_START = re.compile(r"\{(?=[{%#])")


def html_text(text: str) -> str:
    """``text`` escaped for HTML, with ``{`` as ``&#123;`` so that it never starts a Jinja tag."""
    return escape(text).replace("{", "&#123;")


class RawScript(Element):
    """Text added to a page part (script or header) as it is, never compiled as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self.text


class LeanMap(folium.Map):
    """A :class:`folium.Map` whose page loads Leaflet only (no jQuery, Bootstrap, icon fonts).

    Folium's defaults pull in jQuery, Bootstrap, Font Awesome and Leaflet.awesome-markers for
    marker icons we do not use; the Map, TileLayer, FeatureGroup, LayerControl and FitBounds
    templates need nothing but Leaflet. The Leaflet version stays the one folium pins, inline
    from ``XStatic-Leaflet`` (:mod:`geo.maps.leaflet`; the page opens with no network), else
    from its CDN address. Arguments are those of :class:`folium.Map`.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.inline_leaflet = packaged_leaflet() is not None
        # Instance copies: folium's add_js_link/add_css_link mutate the list in place.
        self.default_js = [] if self.inline_leaflet else leaflet_links(folium.Map.default_js)
        self.default_css = [] if self.inline_leaflet else leaflet_links(folium.Map.default_css)

    def render(self, **kwargs: Any) -> str:
        """Render as :class:`folium.Map`, with Leaflet inline in the header when it is packaged."""
        if self.inline_leaflet:
            add_packaged_leaflet(self.get_root())
        super().render(**kwargs)  # type: ignore[no-untyped-call]
        return ""


class Runtime(MacroElement):
    """The map runtime (the bundle of :data:`RUNTIME_ENTRY`) and stylesheet (``map.css``), once per map.

    Its script defines the global ``geoMapRuntime`` (:mod:`geo.maps.bundle`) and configures it
    with the marker style table built from :data:`geo.model.vocab.EVENT_STYLES` and
    :data:`geo.model.vocab.LAYERS` and the spacing of the spider of a clicked cluster
    (:data:`SPIDER_SPACING`); it must be added to the map before any :class:`EventData`.
    """

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoRuntime"
        self.css = static_text("map.css")
        self.js = package_bundle(*RUNTIME_ENTRY)
        layers = [name for name, _ in LAYERS]
        types = {
            name: {
                "label": style.label,
                "color": style.color,
                "svg": marker_svg(name),
                "layer": layers.index(style.layer),
            }
            for name, style in EVENT_STYLES.items()
        }
        unknown = {
            "label": UNKNOWN_STYLE.label,
            "color": UNKNOWN_STYLE.color,
            "svg": marker_svg(""),
            "layer": layers.index(UNKNOWN_STYLE.layer),
        }
        self.styles_json = script_json(
            {
                "size": ICON_SIZE,
                "spacing": SPIDER_SPACING,
                "layers": layers,
                "types": types,
                "unknown": unknown,
            }
        )

    def render(self, **kwargs: Any) -> str:
        """Add the stylesheet and the scripts to the page as they are (not as Jinja templates)."""
        figure: Any = self.get_root()
        figure.header.add_child(RawScript(f"<style>{self.css}</style>"), name=self.get_name())
        script = f"{self.js}\ngeoMapRuntime.configure({self.styles_json});\n"
        figure.script.add_child(RawScript(script), name=self.get_name())
        return ""


class EventData(MacroElement):
    """The events of a map as columnar JSON (:func:`geo.maps.table.encode_table`), drawn by the runtime.

    Add it to the map after the layers' FeatureGroups and the layer control: the runtime puts
    each event's marker (or cluster) into the group of its layer and adds the period, search,
    mission, fullscreen and minimap controls.

    Parameters
    ----------
    data
        The encoded table.
    groups
        The FeatureGroup of each layer name.
    mode
        ``"markers"``, ``"cluster"`` or ``"aggregate"``.
    controls
        Which controls to add (``time``, ``search``, ``missions``, ``fullscreen``, ``minimap``:
        bool), all by default.
    styling
        ``colorBy`` and ``sizeBy`` options of :func:`geo.maps.mapstyle.apply_styling`.
    """

    def __init__(
        self,
        data: Mapping[str, Any],
        groups: Mapping[str, folium.FeatureGroup],
        *,
        mode: str,
        controls: Mapping[str, bool] | None = None,
        styling: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoEvents"
        self.groups = dict(groups)
        self.layer_keys = {name: script_json(name) for name in self.groups}
        self.mode = mode
        self.options_json = script_json(
            {"mode": mode, "controls": dict(controls or {}), **dict(styling or {})}
        )
        # Only the text is kept: render_html deep-copies the map, and 100,000 rows of lists are slow to copy.
        self.data_json = script_json(data)

    @property
    def data(self) -> Any:
        """The encoded table, parsed back from the page text."""
        return json.loads(self.data_json)

    def render(self, **kwargs: Any) -> str:
        """Add the call of ``geoMapRuntime.init`` to the page (as it is, not as a Jinja template)."""
        groups = ",\n".join(f"    {self.layer_keys[n]}: {g.get_name()}" for n, g in self.groups.items())
        parent: Any = self._parent
        script = (
            f"geoMapRuntime.init(\n  {parent.get_name()},\n  {self.data_json},\n"
            f"  {{\n{groups}\n  }},\n  {self.options_json}\n);\n"
        )
        figure: Any = self.get_root()
        figure.script.add_child(RawScript(script), name=self.get_name())
        return ""


class FitView(MacroElement):
    """Open the map on its markers, in the part of it left free by the title, legend and controls.

    When the page opens, the browser measures those boxes and the icon box of every shown marker
    (on their points, at each zoom tried) and picks the highest zoom, up to ``max_zoom``, at which
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
    notes
        Plain-text paragraphs below the list (how the period filter and clusters work).
    precisions
        The ``geo_precision`` values on the map; each kind of point present (site or town,
        region, country or sea) gets a line showing its symbol.
    styling
        ``colors``: (field, [(label, colour, count)]) of ``--color-by``; ``sizes``: (field,
        [(value, diameter)]) of ``--size-by`` (:func:`geo.maps.mapstyle.apply_styling`).
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

    def __init__(
        self,
        event_types: Iterable[str],
        *,
        heading: str = "Events",
        notes: Iterable[str] = (),
        precisions: Iterable[int] = (),
        styling: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "GeoLegend"
        items = []
        seen_labels: set[str] = set()
        for event_type in event_types:
            style = EVENT_STYLES.get(event_type, UNKNOWN_STYLE)
            if style.label in seen_labels:
                continue
            seen_labels.add(style.label)
            items.append(f"<li>{marker_svg(event_type)}<span>{html_text(style.label)}</span></li>")
        self.labels = sorted(seen_labels)
        kinds = {PRECISION_KINDS[min(max(p, 1), 4)] for p in precisions}
        lines = [
            f'<li><span class="geo-legend-precision {css}"></span><span>{html_text(text)}</span></li>'
            for css, text in PRECISION_LEGEND
            if css in kinds
        ]
        where = (
            '<div class="geo-legend-subheading">Where</div>'
            f'<ul class="geo-legend-where">{"".join(lines)}</ul>'
            if len(kinds) > 1
            else ""
        )
        where += _styling_html(styling or {})
        paragraphs = "".join(f'<p class="geo-legend-note">{html_text(note)}</p>' for note in notes)
        self.body = (
            f'<summary class="geo-legend-heading">{html_text(heading)}</summary><ul>{"".join(items)}</ul>'
            f"{where}{paragraphs}"
        )


def _styling_html(styling: Mapping[str, Any]) -> str:
    """The legend parts of ``--color-by`` (swatch, label, count) and ``--size-by`` (sample circles)."""
    parts = []
    if "colors" in styling:
        name, entries = styling["colors"]
        items = "".join(
            f'<li><span class="geo-swatch" style="background:{html_text(color)}"></span>'
            f"<span>{html_text(label)} ({count:,})</span></li>"
            for label, color, count in entries
        )
        parts.append(
            f'<div class="geo-legend-subheading">Colour: {html_text(name)}</div>'
            f'<ul class="geo-legend-colors">{items}</ul>'
        )
    if "sizes" in styling:
        name, samples = styling["sizes"]
        items = "".join(
            f'<li><span class="geo-size-sample" style="width:{d:g}px;height:{d:g}px"></span>'
            f"<span>{html_text(value)}</span></li>"
            for value, d in samples
        )
        parts.append(
            f'<div class="geo-legend-subheading">Size: {html_text(name)} (area)</div>'
            f'<ul class="geo-legend-sizes">{items}</ul>'
        )
    return "".join(parts)


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
        self.escaped = html_text(text)
