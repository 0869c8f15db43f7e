"""Proof from an independent tool: GDAL's command-line programs (Debian gdal-bin) open every export.

``ogrinfo`` must find the feature count, the Point geometry and the fields; ``ogr2ogr`` converts each
export back to GeoJSON and every value must equal our flat row. These tests skip when ``ogrinfo`` is
missing on a developer machine, and fail under CI (``CI`` set), where scripts/test.sh installs gdal-bin.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pyogrio
import pytest

import geo.exports.ogr
from geo.codebooks.acled import ACLED_COLUMNS
from geo.exports import export
from geo.exports.shapefile import SHAPEFILE_FIELDS
from geo.exports.table import FLAT_SCHEMA, flatten, table_from_collection
from geo.model.feature import PROPERTY_ORDER
from tests.export_data import awkward, seed

FLAT_FIELDS = [n for n in FLAT_SCHEMA.names if n not in ("lon", "lat")]


@pytest.fixture(scope="module")
def gdal() -> str:
    """Path of ``ogrinfo``; skip without it, fail under CI."""
    found = shutil.which("ogrinfo")
    if found is None or shutil.which("ogr2ogr") is None:
        message = "GDAL's ogrinfo/ogr2ogr (Debian gdal-bin) are not installed; scripts/test.sh installs them"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


def _run(*args: str) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stderr}"
    assert "ERROR" not in done.stderr, done.stderr
    return done.stdout


def ogrinfo(source: str, *options: str) -> dict[str, dict[str, Any]]:
    """``ogrinfo -ro -al -so``, parsed: layer name → driver, geometry, count, {field: type}."""
    text = _run("ogrinfo", "-ro", "-al", "-so", *options, source)
    driver = re.search(r"using driver `([^']+)'", text)
    layers: dict[str, dict[str, Any]] = {}
    for block in text.split("Layer name: ")[1:]:
        name = block.splitlines()[0].strip()
        fields = dict(re.findall(r"^(\w+): (\w+)(?:\(\w+\))? \(", block, flags=re.MULTILINE))
        fields.pop("Geometry", None)  # "Geometry: Unknown (any)" looks like a field line
        layers[name] = {
            "driver": driver.group(1) if driver else None,
            "geometry": re.search(r"^Geometry: (.+)$", block, flags=re.MULTILINE).group(1),  # type: ignore[union-attr]
            "count": int(re.search(r"^Feature Count: (\d+)$", block, flags=re.MULTILINE).group(1)),  # type: ignore[union-attr]
            "fields": fields,
        }
    return layers


def gdal_features(source: str, *options: str, layer: str | None = None) -> list[dict[str, Any]]:
    """Features as GDAL reads them, converted by ``ogr2ogr`` to GeoJSON (JSON text left as text)."""
    layers = [layer] if layer else []
    text = _run(
        "ogr2ogr",
        "-f",
        "GeoJSON",
        "-lco",
        "AUTODETECT_JSON_STRINGS=NO",
        *options,
        "/vsistdout/",
        source,
        *layers,
    )
    features: list[dict[str, Any]] = json.loads(text)["features"]
    return features


def _text(value: Any) -> Any:
    """GDAL < 3.7 turns JSON text into JSON when it writes GeoJSON; turn it back into our text."""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return value


def _flat_rows(fc: dict[str, Any]) -> list[dict[str, Any]]:
    rows = flatten(table_from_collection(fc)).to_pylist()
    for row in rows:
        for key, value in row.items():
            if isinstance(value, dt.date):
                row[key] = value.isoformat()
    return rows


def _same_as_flat(
    features: list[dict[str, Any]], fc: dict[str, Any], *, rename: dict[str, str] | None = None
) -> None:
    rename = rename or {}
    expected = {row["id"]: row for row in _flat_rows(fc)}
    assert len(features) == len(expected)
    for feature in features:
        props = {rename.get(k, k): v for k, v in feature["properties"].items()}
        row = expected[props["id"]]
        assert feature["geometry"] == {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        for name in FLAT_FIELDS:
            value = _text(props.get(name))  # some drivers leave unset (null) fields out
            if isinstance(value, str) and re.fullmatch(r"\d{4}/\d{2}/\d{2}( 00:00:00)?", value):
                value = value[:10].replace("/", "-")  # GDAL writes DateTime without the time as Y/M/D h:m:s
            if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}T00:00:00(\.000)?Z?", value):
                value = value[:10]
            assert value == row[name], (props["id"], name)


@pytest.fixture(scope="module", params=["seed", "awkward"])
def collection(request: pytest.FixtureRequest) -> dict[str, Any]:
    result: dict[str, Any] = seed() if request.param == "seed" else awkward()
    return result


GPKG_TYPES = {"date_start": "Date", "geo_precision": "Integer", "troops": "Integer64", "confidence": "Real"}


def test_geopackage(gdal: str, tmp_path: Path, collection: dict[str, Any]) -> None:
    out = tmp_path / "events.gpkg"
    export(collection, out)
    layers = ogrinfo(str(out))
    assert layers["events"]["driver"] == "GPKG"
    assert layers["events"]["geometry"] == "Point"
    assert layers["events"]["count"] == len(collection["features"])
    assert list(layers["events"]["fields"]) == FLAT_FIELDS
    for name, kind in GPKG_TYPES.items():
        assert layers["events"]["fields"][name] == kind
    assert layers["layer_styles"]["count"] == 1  # the QGIS style table is a proper attributes table
    assert {"styleQML", "styleSLD", "useAsDefault", "f_table_name"} <= set(layers["layer_styles"]["fields"])
    _same_as_flat(gdal_features(str(out), layer="events"), collection)


def _inside(point: list[float], box: tuple[float, float, float, float]) -> bool:
    return box[0] <= point[0] <= box[2] and box[1] <= point[1] <= box[3]


@pytest.mark.parametrize("temporary", ["memory", "disk"])
def test_flatgeobuf(
    gdal: str, tmp_path: Path, collection: dict[str, Any], temporary: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if temporary == "disk":  # GDAL's temporary file beside the target instead of in /vsimem/
        monkeypatch.setattr(geo.exports.ogr, "fgb_memory_budget", lambda: 0)
    out = tmp_path / "events.fgb"
    export(collection, out)
    layer = ogrinfo(str(out))["events"]
    assert (layer["driver"], layer["geometry"], layer["count"]) == (
        "FlatGeobuf",
        "Point",
        len(collection["features"]),
    )
    assert list(layer["fields"]) == FLAT_FIELDS
    assert layer["fields"]["troops"] == "Integer64"
    _same_as_flat(gdal_features(str(out)), collection)
    # the spatial index is there, and a bounding-box read through it finds exactly the events inside
    assert pyogrio.read_info(out)["capabilities"]["fast_spatial_filter"] is True
    box = (44.1, 32.9, 44.45, 33.4)  # around Baghdad: a few events of both collections, not all
    inside = [f for f in collection["features"] if _inside(f["geometry"]["coordinates"], box)]
    assert 0 < len(inside) < len(collection["features"])
    spat = ogrinfo(str(out), "-spat", *map(str, box))["events"]
    assert spat["count"] == len(inside)
    _same_as_flat(gdal_features(str(out), "-spat", *map(str, box)), {"features": inside})


@pytest.mark.parametrize("ending", [".shp", ".shp.zip"])
def test_shapefile(gdal: str, tmp_path: Path, collection: dict[str, Any], ending: str) -> None:
    out = tmp_path / f"events{ending}"
    export(collection, out)
    layer = ogrinfo(str(out))["events"]
    assert (layer["driver"], layer["geometry"], layer["count"]) == (
        "ESRI Shapefile",
        "Point",
        len(collection["features"]),
    )
    assert list(layer["fields"]) == [SHAPEFILE_FIELDS[n] for n in FLAT_FIELDS]
    assert layer["fields"]["date_start"] == "Date"
    assert layer["fields"]["geo_prec"] == "Integer"
    short_to_long = {short: long for long, short in SHAPEFILE_FIELDS.items()}
    _same_as_flat(gdal_features(str(out)), collection, rename=short_to_long)


@pytest.mark.parametrize("wkt", [False, True])
def test_csv(gdal: str, tmp_path: Path, collection: dict[str, Any], wkt: bool) -> None:
    out = tmp_path / "events.csv"
    export(collection, out, wkt=wkt)
    where = (
        ["-oo", "GEOM_POSSIBLE_NAMES=wkt"]
        if wkt
        else ["-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat"]
    )
    options = [*where, "-oo", "AUTODETECT_TYPE=YES", "-oo", "KEEP_GEOM_COLUMNS=NO"]
    layer = ogrinfo(str(out), *options)["events"]
    # With a WKT column GDAL only knows the geometry type once it reads the rows (checked below).
    geometry = "Unknown (any)" if wkt else "Point"
    assert (layer["driver"], layer["geometry"], layer["count"]) == (
        "CSV",
        geometry,
        len(collection["features"]),
    )
    assert list(layer["fields"]) == (["lon", "lat"] if wkt else []) + FLAT_FIELDS
    _same_as_flat(
        gdal_features(str(out), "-oo", "EMPTY_STRING_AS_NULL=YES", *where, "-oo", "AUTODETECT_TYPE=YES"),
        collection,
    )


@pytest.mark.parametrize("ending", [".kml", ".kmz"])
def test_kml(gdal: str, tmp_path: Path, collection: dict[str, Any], ending: str) -> None:
    out = tmp_path / f"events{ending}"
    export(collection, out)
    layers = ogrinfo(str(out))
    assert {layer["driver"] for layer in layers.values()} <= {"LIBKML", "KML"}
    assert sum(layer["count"] for layer in layers.values()) == len(collection["features"])
    fields = set().union(*(layer["fields"] for layer in layers.values()))
    # GDAL's KML readers have their own id and (case-insensitive) Name fields; ours are folded in.
    # A folder lists a field only when one of its placemarks has a value for it.
    rows = _flat_rows(collection)
    assert {n for n in FLAT_FIELDS if any(row[n] is not None for row in rows)} - {"id", "name"} <= fields
    source = f"/vsizip/{out}/doc.kml" if ending == ".kmz" else str(out)
    features = [f for name in layers for f in gdal_features(source, layer=name)]
    assert len(features) == len(collection["features"])
    by_id = {row["id"]: row for row in rows}
    for feature in features:
        props = feature["properties"]
        row = by_id[props["id"]]
        assert feature["geometry"] == {"type": "Point", "coordinates": [row["lon"], row["lat"]]}
        assert props["Name"] == row["name"]
        for name in FLAT_FIELDS:
            if name not in ("id", "name"):
                expected = row[name]
                assert _text(props.get(name)) == (None if expected is None else str(expected)), (
                    props["id"],
                    name,
                )


@pytest.mark.parametrize("ending", [".geojson", ".geojsons", ".geojsonl", ".ndjson"])
def test_geojson_family(gdal: str, tmp_path: Path, collection: dict[str, Any], ending: str) -> None:
    out = tmp_path / f"events{ending}"
    export(collection, out)
    source = f"GeoJSONSeq:{out}" if ending == ".ndjson" else str(out)
    layers = ogrinfo(source)
    (layer,) = layers.values()
    assert layer["driver"] == ("GeoJSON" if ending == ".geojson" else "GeoJSONSeq")
    assert (layer["geometry"], layer["count"]) == ("Point", len(collection["features"]))
    assert set(PROPERTY_ORDER) <= set(layer["fields"])
    assert layer["fields"]["actors"] == "StringList"


def test_acled_csv(gdal: str, tmp_path: Path, collection: dict[str, Any]) -> None:
    out = tmp_path / "events.acled.csv"
    export(collection, out)
    options = [
        "-oo",
        "X_POSSIBLE_NAMES=longitude",
        "-oo",
        "Y_POSSIBLE_NAMES=latitude",
        "-oo",
        "AUTODETECT_TYPE=YES",
    ]
    (layer,) = ogrinfo(str(out), *options).values()
    assert (layer["geometry"], layer["count"]) == ("Point", len(collection["features"]))
    assert list(layer["fields"]) == list(ACLED_COLUMNS)


def test_geoparquet_with_gdal_if_it_has_the_driver(gdal: str, tmp_path: Path) -> None:
    if " Parquet " not in _run("ogrinfo", "--formats") and "Parquet -vector-" not in _run(
        "ogrinfo", "--formats"
    ):
        pytest.skip(
            "this GDAL has no Parquet driver (Debian's 3.6 has none); pyarrow checks GeoParquet instead"
        )
    out = tmp_path / "events.parquet"
    export(seed(), out)
    (layer,) = ogrinfo(str(out)).values()
    assert (layer["geometry"], layer["count"]) == ("Point", 53)
