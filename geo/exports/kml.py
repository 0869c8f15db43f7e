"""KML 2.2 and KMZ for Google Earth: a style per event type, a folder per map layer.

- One ``Style`` per event type (``#event-strike`` ...): the standard Google Earth circle icon tinted
  with our colour from :data:`geo.model.vocab.EVENT_STYLES`, labels shown on hover only.
- One ``Folder`` per map layer (:data:`geo.model.vocab.LAYERS`) that has events, in map order; the
  "Places mentioned" folder starts hidden, as on our maps.
- Each ``Placemark``: the place as written in the article (our ``name``) as its name, our ``id`` as
  its id, a readable HTML description (every value HTML-escaped, then XML-escaped by the writer), a
  ``TimeSpan`` from ``date_start``/``date_end`` (an open side is left out), and ``ExtendedData``
  with every property as ``<Data name=...><value>`` (the flat columns of
  :func:`geo.exports.table.flatten`; a missing value has no ``Data``). Untyped ``Data`` rather than
  a typed ``Schema``, because GDAL's LIBKML driver ignores a ``Schema`` inside a KMZ; readers get
  text and cast it (our reader restores every type).
- Characters XML 1.0 cannot carry (control characters other than tab and line breaks) become U+FFFD.
- KMZ is the same ``doc.kml`` in a zip archive.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape, quoteattr

from geo.errors import GeoIOError
from geo.exports.reproducible import write_zip
from geo.exports.styles import hex_to_rgb
from geo.exports.table import FLAT_SCHEMA, flatten
from geo.io import publish, staging
from geo.model.vocab import EVENT_STYLES, EVENT_TYPES, GEO_PRECISIONS, LAYERS

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = ["ICON_HREF", "kml_color", "kml_document", "write_kml", "write_kmz"]

#: Google Earth's white circle icon, tinted per style (it ships with Google Earth).
ICON_HREF: Final = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_PROPERTY_COLUMNS: Final = tuple(n for n in FLAT_SCHEMA.names if n not in ("lon", "lat"))


def kml_color(color: str, alpha: int = 255) -> str:
    """CSS ``#RRGGBB`` → KML ``aabbggrr``."""
    red, green, blue = hex_to_rgb(color)
    return f"{alpha:02x}{blue:02x}{green:02x}{red:02x}"


def _x(value: Any) -> str:
    """XML-escape text (also for attribute-free element content)."""
    return escape(_INVALID_XML.sub("\ufffd", str(value)))


def _styles() -> list[str]:
    out = []
    for event_type in EVENT_TYPES:
        style = EVENT_STYLES[event_type]
        out.append(
            f'    <Style id="event-{event_type}">\n'
            "      <IconStyle>\n"
            f"        <color>{kml_color(style.color)}</color>\n"
            "        <scale>1.1</scale>\n"
            f"        <Icon><href>{_x(ICON_HREF)}</href></Icon>\n"
            "      </IconStyle>\n"
            "      <LabelStyle><scale>0</scale></LabelStyle>\n"
            "    </Style>"
        )
    return out


def _row(label: str, value: Any) -> str:
    return f"<tr><th align='left'>{html.escape(label)}</th><td>{html.escape(str(value))}</td></tr>"


def _description(p: dict[str, Any]) -> str:
    """A small HTML table of what happened, where, when, who, and the source."""
    style = EVENT_STYLES.get(p["event_type"])
    event = style.label if style else p["event_type"]
    if p.get("sub_event_type"):
        event += f" ({p['sub_event_type'].replace('_', ' ')})"
    rows = [_row("Event", event), _row("Date", p["date"])]
    place = p["place"] if p["name"] == p["place"] else f"{p['place']} (as written: {p['name']})"
    rows.append(_row("Place", place + (f", {p['country']}" if p.get("country") else "")))
    precision = GEO_PRECISIONS.get(p["geo_precision"], str(p["geo_precision"]))
    rows.append(_row("Location precision", f"{p['geo_precision']} – {precision}"))
    for label, key in (("Mission", "mission"), ("Troops", "troops"), ("Fatalities", "fatalities")):
        if p.get(key) is not None:
            rows.append(_row(label, p[key]))
    if p["actors"]:
        rows.append(_row("Actors", ", ".join(p["actors"])))
    source = p["source"]
    title = source.get("title") or source["article_id"]
    cite = html.escape(title)
    if source.get("url"):
        cite = f"<a href={quoteattr(html.escape(source['url']))}>{cite}</a>"
    extra = ", ".join(html.escape(str(v)) for v in (source.get("publisher"), source.get("published")) if v)
    rows.append(f"<tr><th align='left'>Source</th><td>{cite}{' (' + extra + ')' if extra else ''}</td></tr>")
    notes = f"<p>{html.escape(p['notes'])}</p>" if p.get("notes") else ""
    return f"<table>{''.join(rows)}</table>{notes}"


def _placemark(props: dict[str, Any], flat: dict[str, Any], lon: float, lat: float, visible: bool) -> str:
    parts = [
        f"      <Placemark id={quoteattr(_INVALID_XML.sub('', props['id']))}>",
        # The place as written (our `name`): GDAL folds an ExtendedData `name` into the KML name.
        f"        <name>{_x(props['name'])}</name>",
    ]
    if not visible:
        parts.append("        <visibility>0</visibility>")
    parts.append(f"        <description>{_x(_description(props))}</description>")
    start, end = props.get("date_start"), props.get("date_end")
    if start or end:
        begin = f"<begin>{start}</begin>" if start else ""
        finish = f"<end>{end}</end>" if end else ""
        parts.append(f"        <TimeSpan>{begin}{finish}</TimeSpan>")
    parts.append(f"        <styleUrl>#event-{_x(props['event_type'])}</styleUrl>")
    data = "".join(
        f'<Data name="{name}"><value>{_x(_kml_value(flat[name]))}</value></Data>'
        for name in _PROPERTY_COLUMNS
        if flat[name] is not None
    )
    parts.append(f"        <ExtendedData>{data}</ExtendedData>")
    parts.append(f"        <Point><coordinates>{lon!r},{lat!r}</coordinates></Point>")
    parts.append("      </Placemark>")
    return "\n".join(parts)


def _kml_value(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return repr(value) if isinstance(value, float) else str(value)


def kml_document(table: pa.Table, *, name: str) -> str:
    """Return the KML text of the events in ``table``."""
    from geo.exports.table import collection_from_table

    flat_table = flatten(table)
    features = collection_from_table(table)["features"]
    flat_rows = flat_table.to_pylist()
    by_layer: dict[str, list[int]] = {}
    for index, feature in enumerate(features):
        style = EVENT_STYLES.get(feature["properties"]["event_type"])
        by_layer.setdefault(style.layer if style else "Other events", []).append(index)
    folders = []
    for layer, visible in LAYERS:
        if layer not in by_layer:
            continue
        marks = []
        for i in by_layer[layer]:
            lon, lat = features[i]["geometry"]["coordinates"]
            marks.append(_placemark(features[i]["properties"], flat_rows[i], lon, lat, visible))
        hidden = "" if visible else "\n      <visibility>0</visibility>"
        folders.append(
            f"    <Folder>\n      <name>{_x(layer)}</name>{hidden}\n" + "\n".join(marks) + "\n    </Folder>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2">\n'
        "  <Document>\n"
        f"    <name>{_x(name)}</name>\n" + "\n".join(_styles()) + "\n" + "\n".join(folders) + "\n"
        "  </Document>\n"
        "</kml>\n"
    )


def write_kml(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a KML document."""
    text = kml_document(table, name=options.layer)
    with staging(path) as folder:
        staged = folder / path.name
        try:
            staged.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        return publish([staged], path.parent)


def write_kmz(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write a KMZ: the KML document as ``doc.kml`` in a zip archive."""
    text = kml_document(table, name=options.layer)
    with staging(path) as folder:
        staged = folder / path.name
        try:
            write_zip(staged, [("doc.kml", text.encode("utf-8"))])
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        return publish([staged], path.parent)
