"""Format-specific proofs: GeoParquet metadata (pyarrow), an independent GeoJSON validator (PyPI
``geojson``), the GeoPackage's QGIS style, KML through a KML library (fastkml), Shapefile and CSV limits."""

from __future__ import annotations

import json
import sqlite3
import warnings
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import geojson
import geopandas
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from geo.exports import export, read_export
from geo.exports.kml import kml_color
from geo.exports.shapefile import MAX_TEXT_BYTES, SHAPEFILE_FIELDS
from geo.exports.styles import hex_to_rgb
from geo.model.feature import feature_collection
from geo.model.vocab import EVENT_STYLES, EVENT_TYPES, LAYERS
from tests.export_data import awkward, seed

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # fastkml warns that lxml is missing (pretty printing only)
    from fastkml import kml as fastkml


# --- GeoParquet ------------------------------------------------------------------------------------


def test_geoparquet_metadata_and_nested_types(tmp_path: Path) -> None:
    original = awkward()
    out = tmp_path / "events.parquet"
    export(original, out)
    parquet = pq.ParquetFile(out)
    meta = json.loads(parquet.schema_arrow.metadata[b"geo"])
    assert meta["version"] == "1.0.0"
    assert meta["primary_column"] == "geometry"
    column = meta["columns"]["geometry"]
    assert column["encoding"] == "WKB"
    assert column["geometry_types"] == ["Point"]
    crs = column.get("crs")  # absent means OGC:CRS84; geopandas writes PROJJSON for EPSG:4326
    assert crs is None or crs["id"] == {"authority": "EPSG", "code": 4326}
    lons = [f["geometry"]["coordinates"][0] for f in original["features"]]
    lats = [f["geometry"]["coordinates"][1] for f in original["features"]]
    assert column["bbox"] == [min(lons), min(lats), max(lons), max(lats)]
    schema = parquet.schema_arrow
    assert schema.field("geometry").type == pa.binary()
    assert pa.types.is_list(schema.field("actors").type)
    assert schema.field("actors").type.value_type == pa.string()
    assert pa.types.is_struct(schema.field("source").type)
    assert [f.name for f in schema.field("source").type] == list(
        original["features"][0]["properties"]["source"]
    )
    assert pa.types.is_struct(schema.field("mentions").type.value_type)
    assert schema.field("date_start").type == pa.date32()
    assert schema.field("troops").type == pa.int64()
    frame = geopandas.read_parquet(out)  # an independent GeoParquet reader
    assert frame.crs.to_epsg() == 4326
    assert list(frame.geometry.x) == lons
    assert list(frame.geometry.y) == lats
    assert list(frame["id"]) == [f["id"] for f in original["features"]]
    table = parquet.read()
    assert table.column("actors").to_pylist()[1] == original["features"][1]["properties"]["actors"]
    assert table.column("mentions").to_pylist()[2] == []


# --- an independent GeoJSON validator --------------------------------------------------------------


@pytest.mark.parametrize("collection", [seed, awkward], ids=["seed", "awkward"])
def test_geojson_package_accepts_our_geojson(tmp_path: Path, collection: Any) -> None:
    export(collection(), tmp_path / "events.geojson")
    export(collection(), tmp_path / "events.geojsons")
    parsed = geojson.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert isinstance(parsed, geojson.FeatureCollection)
    assert parsed.is_valid, parsed.errors()
    assert len(parsed["features"]) == len(collection()["features"])
    for record in (tmp_path / "events.geojsons").read_text(encoding="utf-8").split("\x1e")[1:]:
        feature = geojson.loads(record)
        assert isinstance(feature, geojson.Feature)
        assert feature.is_valid, feature.errors()
        assert isinstance(feature.geometry, geojson.Point)


def test_geojson_validator_is_not_a_rubber_stamp() -> None:
    bad = geojson.loads(
        '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1]}, "properties": {}}'
    )
    assert not bad.is_valid


# --- GeoPackage style ------------------------------------------------------------------------------


def _style_row(path: Path) -> dict[str, Any]:
    with sqlite3.connect(path) as db:
        db.row_factory = sqlite3.Row
        rows = [dict(r) for r in db.execute("SELECT * FROM layer_styles")]
        contents = {r["table_name"]: r["data_type"] for r in db.execute("SELECT * FROM gpkg_contents")}
        geometry_column = db.execute("SELECT column_name FROM gpkg_geometry_columns").fetchone()[0]
    db.close()
    assert len(rows) == 1
    assert contents == {"my events": "features", "layer_styles": "attributes"}
    assert rows[0]["f_geometry_column"] == geometry_column
    return rows[0]


def test_geopackage_has_a_default_qgis_style_for_every_event_type(tmp_path: Path) -> None:
    out = tmp_path / "events.gpkg"
    export(seed(), out, layer="my events")
    row = _style_row(out)
    assert row["f_table_name"] == "my events"
    assert row["useAsDefault"] == 1
    assert row["styleName"]
    qml = ET.fromstring(row["styleQML"])
    renderer = qml.find("renderer-v2")
    assert renderer is not None
    assert (renderer.get("type"), renderer.get("attr")) == ("categorizedSymbol", "event_type")
    categories = {c.get("value"): c for c in renderer.iter("category")}
    assert set(EVENT_TYPES) <= set(categories)
    symbols = {s.get("name"): s for s in renderer.find("symbols").iter("symbol")}  # type: ignore[union-attr]
    for event_type in EVENT_TYPES:
        category = categories[event_type]
        assert category.get("label") == EVENT_STYLES[event_type].label
        symbol = symbols[category.get("symbol")]
        colour = next(o.get("value") for o in symbol.iter("Option") if o.get("name") == "color")
        assert colour == ",".join(map(str, hex_to_rgb(EVENT_STYLES[event_type].color))) + ",255"
    sld = ET.fromstring(row["styleSLD"])
    ns = {"se": "http://www.opengis.net/se", "ogc": "http://www.opengis.net/ogc"}
    rules = sld.findall(".//se:Rule", ns)
    assert [r.findtext("ogc:Filter/ogc:PropertyIsEqualTo/ogc:Literal", namespaces=ns) for r in rules] == list(
        EVENT_TYPES
    )
    fills = [r.findtext(".//se:Fill/se:SvgParameter", namespaces=ns) for r in rules]
    assert fills == [EVENT_STYLES[t].color for t in EVENT_TYPES]


# --- KML -------------------------------------------------------------------------------------------


def _kml(path: Path) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if path.suffix == ".kmz":
            with zipfile.ZipFile(path) as zf:
                return fastkml.KML.from_string(zf.read("doc.kml").decode("utf-8"), strict=True)
        return fastkml.KML.parse(path, strict=True)


@pytest.mark.parametrize("ending", [".kml", ".kmz"])
def test_kml_parses_with_fastkml_with_styles_folders_and_data(tmp_path: Path, ending: str) -> None:
    original = feature_collection(seed()["features"] + awkward()["features"])
    out = tmp_path / f"events{ending}"
    export(original, out)
    (document,) = _kml(out).features
    styles = {style.id: style for style in document.styles}
    assert set(styles) == {f"event-{t}" for t in EVENT_TYPES}
    for event_type in EVENT_TYPES:
        icon = next(s for s in styles[f"event-{event_type}"].styles if type(s).__name__ == "IconStyle")
        assert icon.color == kml_color(EVENT_STYLES[event_type].color)
    folders = [f.name for f in document.features]
    layers = [name for name, _ in LAYERS]
    assert folders == [name for name in layers if name in folders]  # map order
    by_id = {f["id"]: f["properties"] for f in original["features"]}
    placemarks = [p for folder in document.features for p in folder.features]
    assert len(placemarks) == len(by_id)
    for folder in document.features:
        for placemark in folder.features:
            data = {d.name: d.value for d in placemark.extended_data.elements}
            props = by_id[data["id"]]
            assert EVENT_STYLES[props["event_type"]].layer == folder.name
            assert placemark.style_url.url == f"#event-{props['event_type']}"
            assert placemark.name == props["name"]
            assert (placemark.geometry.x, placemark.geometry.y) == _coords(original, data["id"])
            if props["date_start"]:
                assert str(placemark.times.begin) == props["date_start"]
            if props["date_end"]:
                assert str(placemark.times.end) == props["date_end"]
            else:
                assert placemark.times.end is None
            assert data["event_type"] == props["event_type"]
            assert json.loads(data["actors"]) == props["actors"]
            assert data["source_article_id"] == props["source"]["article_id"]
            assert ("troops" in data) == (props["troops"] is not None)


def _coords(fc: dict[str, Any], fid: str) -> tuple[float, float]:
    feature = next(f for f in fc["features"] if f["id"] == fid)
    return tuple(feature["geometry"]["coordinates"])  # type: ignore[return-value]


def test_kml_descriptions_are_escaped_html(tmp_path: Path) -> None:
    out = tmp_path / "events.kml"
    export(awkward(), out)
    text = out.read_text(encoding="utf-8")
    root = ET.fromstring(text)  # well-formed XML
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    descriptions = [d.text or "" for d in root.iterfind(".//k:Placemark/k:description", ns)]
    quoted = next(d for d in descriptions if "not bold" in d)
    # the description is HTML; the note's markup is shown as text, not interpreted
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; ampersand" in quoted
    assert "<table>" in quoted
    assert "Say &quot;no&quot;" in quoted
    assert "<a href=" in descriptions[0]
    assert "<b>" not in text  # no raw markup from the data reaches the file


# --- Shapefile and CSV limits ------------------------------------------------------------------------


def test_shapefile_cuts_long_text_and_lists_and_says_so(tmp_path: Path) -> None:
    original = awkward()
    props = original["features"][1]["properties"]
    props["notes"] = "é" * 200  # 400 bytes in UTF-8
    props["actors"] = [f"Actor number {i:03d}" for i in range(30)]  # ~600 bytes of JSON
    out = tmp_path / "events.shp.zip"
    export(original, out)
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        sidecar = json.loads(zf.read("events.fields.json"))
        cpg = zf.read("events.cpg").decode()
    assert names == {f"events{ext}" for ext in (".shp", ".shx", ".dbf", ".prj", ".cpg", ".fields.json")}
    assert cpg.strip().upper() in {"UTF-8", "UTF8"}
    assert sidecar["cut_values"] == {"notes": 1, "actors": 1}
    assert sidecar["fields"] == {short: long for long, short in SHAPEFILE_FIELDS.items()}
    back = read_export(out)["features"][1]["properties"]
    assert back["notes"] == "é" * (MAX_TEXT_BYTES // 2)  # cut at a character boundary
    assert back["actors"] == props["actors"][: len(back["actors"])]  # whole items dropped from the end
    assert 0 < len(back["actors"]) < 30
    assert len(json.dumps(back["actors"], separators=(",", ":")).encode()) <= MAX_TEXT_BYTES


def test_csv_keeps_empty_apart_from_missing(tmp_path: Path) -> None:
    original = awkward()
    original["features"][0]["properties"]["notes"] = ""
    out = tmp_path / "events.csv"
    export(original, out)
    back = read_export(out)["features"]
    assert back[0]["properties"]["notes"] == ""
    assert back[2]["properties"]["notes"] is None
    header = out.read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("lon,lat,id,name,")
