"""Layer styles for GIS tools: a QGIS QML and an OGC SLD, both categorised by ``event_type``.

Colours come from :data:`geo.model.vocab.EVENT_STYLES` (Okabe–Ito); every event type also gets its own
marker shape so that colour is never the only cue (the same idea as the map's symbols).
"""

from __future__ import annotations

from typing import Final
from xml.sax.saxutils import quoteattr

from geo.model.vocab import EVENT_STYLES, EVENT_TYPES

__all__ = ["MARKER_SHAPES", "hex_to_rgb", "qml_style", "sld_style"]

#: QGIS SimpleMarker shape and SLD WellKnownName (with a rotation) of each event type.
MARKER_SHAPES: Final[dict[str, tuple[str, str, int]]] = {
    "deployment": ("triangle", "triangle", 0),
    "presence": ("square", "square", 0),
    "strike": ("star", "star", 0),
    "rocket_attack": ("diamond", "square", 45),
    "training": ("cross_fill", "cross", 0),
    "withdrawal": ("triangle", "triangle", 180),
    "attack": ("cross2", "x", 0),
    "abduction": ("pentagon", "square", 0),
    "protest": ("hexagon", "circle", 0),
    "political": ("octagon", "circle", 0),
    "mention": ("circle", "circle", 0),
}
assert set(MARKER_SHAPES) == set(EVENT_TYPES)

_OUTLINE = "35,35,35,255"
_SIZE_MM = 3.2


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """``"#D55E00"`` → ``(213, 94, 0)``."""
    value = color.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _options(values: dict[str, str], pad: str) -> str:
    """QGIS ≥ 3.26 reads the ``Option`` map; older versions read the ``prop`` elements."""
    lines = [f'{pad}<Option type="Map">']
    lines += [
        f'{pad}  <Option name={quoteattr(k)} type="QString" value={quoteattr(v)}/>' for k, v in values.items()
    ]
    lines.append(f"{pad}</Option>")
    lines += [f"{pad}<prop k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in values.items()]
    return "\n".join(lines)


def _marker(name: str, event_type: str | None) -> str:
    if event_type is None:
        fill, shape, angle = "190,190,190,255", "circle", 0
    else:
        fill = ",".join(str(c) for c in hex_to_rgb(EVENT_STYLES[event_type].color)) + ",255"
        shape, _, angle = MARKER_SHAPES[event_type]
    values = {
        "angle": str(angle),
        "color": fill,
        "name": shape,
        "outline_color": _OUTLINE,
        "outline_style": "solid",
        "outline_width": "0.3",
        "outline_width_unit": "MM",
        "scale_method": "diameter",
        "size": str(_SIZE_MM),
        "size_unit": "MM",
    }
    return (
        f'      <symbol type="marker" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">\n'
        '        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">\n'
        f"{_options(values, '          ')}\n"
        "        </layer>\n"
        "      </symbol>"
    )


def qml_style(*, field: str = "event_type") -> str:
    """Return a QGIS style (QML) drawing points categorised by ``field`` with our colours and shapes.

    One category per event type, labelled with :attr:`geo.model.vocab.EventStyle.label`; values outside the
    vocabulary fall into a grey "other" category.
    """
    categories = [
        f'      <category type="string" render="true" value={quoteattr(t)} symbol="{i}"'
        f" label={quoteattr(EVENT_STYLES[t].label)}/>"
        for i, t in enumerate(EVENT_TYPES)
    ]
    categories.append(
        f'      <category type="string" render="true" value="" symbol="{len(EVENT_TYPES)}" label="other"/>'
    )
    symbols = [_marker(str(i), t) for i, t in enumerate(EVENT_TYPES)]
    symbols.append(_marker(str(len(EVENT_TYPES)), None))
    return (
        "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
        '<qgis version="3.28.0" styleCategories="Symbology">\n'
        f'  <renderer-v2 type="categorizedSymbol" attr={quoteattr(field)} symbollevels="0"'
        ' enableorderby="0" forceraster="0" referencescale="-1">\n'
        "    <categories>\n" + "\n".join(categories) + "\n    </categories>\n"
        "    <symbols>\n" + "\n".join(symbols) + "\n    </symbols>\n"
        "    <source-symbol>\n" + _marker("0", None) + "\n    </source-symbol>\n"
        "  </renderer-v2>\n"
        "  <layerGeometryType>0</layerGeometryType>\n"
        "</qgis>\n"
    )


def sld_style(*, layer: str, field: str = "event_type") -> str:
    """Return an SLD 1.1 (Symbology Encoding) style with one rule per event type."""
    rules = []
    for event_type in EVENT_TYPES:
        style = EVENT_STYLES[event_type]
        _, well_known, angle = MARKER_SHAPES[event_type]
        rotation = f"\n              <se:Rotation>{angle}</se:Rotation>" if angle else ""
        rules.append(
            "        <se:Rule>\n"
            f"          <se:Name>{_text(event_type)}</se:Name>\n"
            "          <se:Description>\n"
            f"            <se:Title>{_text(style.label)}</se:Title>\n"
            "          </se:Description>\n"
            "          <ogc:Filter>\n"
            "            <ogc:PropertyIsEqualTo>\n"
            f"              <ogc:PropertyName>{_text(field)}</ogc:PropertyName>\n"
            f"              <ogc:Literal>{_text(event_type)}</ogc:Literal>\n"
            "            </ogc:PropertyIsEqualTo>\n"
            "          </ogc:Filter>\n"
            "          <se:PointSymbolizer>\n"
            "            <se:Graphic>\n"
            "              <se:Mark>\n"
            f"                <se:WellKnownName>{well_known}</se:WellKnownName>\n"
            "                <se:Fill>\n"
            f'                  <se:SvgParameter name="fill">{style.color}</se:SvgParameter>\n'
            "                </se:Fill>\n"
            "                <se:Stroke>\n"
            '                  <se:SvgParameter name="stroke">#232323</se:SvgParameter>\n'
            '                  <se:SvgParameter name="stroke-width">1</se:SvgParameter>\n'
            "                </se:Stroke>\n"
            "              </se:Mark>\n"
            f"              <se:Size>11</se:Size>{rotation}\n"
            "            </se:Graphic>\n"
            "          </se:PointSymbolizer>\n"
            "        </se:Rule>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<StyledLayerDescriptor version="1.1.0" xmlns="http://www.opengis.net/sld"'
        ' xmlns:se="http://www.opengis.net/se" xmlns:ogc="http://www.opengis.net/ogc"'
        ' xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xsi:schemaLocation="http://www.opengis.net/sld'
        ' http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd">\n'
        "  <NamedLayer>\n"
        f"    <se:Name>{_text(layer)}</se:Name>\n"
        "    <UserStyle>\n"
        f"      <se:Name>{_text(layer)}</se:Name>\n"
        "      <se:FeatureTypeStyle>\n" + "\n".join(rules) + "\n      </se:FeatureTypeStyle>\n"
        "    </UserStyle>\n"
        "  </NamedLayer>\n"
        "</StyledLayerDescriptor>\n"
    )


def _text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
