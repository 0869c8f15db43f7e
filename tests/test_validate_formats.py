"""``geo validate`` on CSV (ours, ACLED, UCDP), GeoPackage, GeoParquet, FlatGeobuf, Shapefile, KML."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.exports import export
from geo.model.feature import event_id
from geo.validation import validate_file
from geo.validation.formats import csv_flavour, other_format
from tests.examples import strike

DATA = Path(__file__).parent / "data" / "importers"

FORMATS = ["gpkg", "parquet", "fgb", "shp", "kml", "kmz", "csv", "acled.csv", "geojsonl", "geojsons"]


def _collection() -> dict[str, Any]:
    first = strike()
    second = copy.deepcopy(first)
    new_id = event_id(article_id="other", place_id="icao:ORBI", event_type="strike", date="2020-01-03")
    second["id"] = second["properties"]["id"] = new_id
    second["properties"]["actors"] = ["United States", "Kataib Hezbollah"]
    return {"type": "FeatureCollection", "features": [first, second]}


@pytest.mark.parametrize("suffix", FORMATS)
def test_our_exports_validate(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"events.{suffix}"
    export(_collection(), path)
    report = validate_file(path)
    assert report.problems == []
    assert report.features == 2


@pytest.mark.parametrize("suffix", ["gpkg", "parquet", "fgb", "csv"])
def test_a_bad_feature_is_reported(tmp_path: Path, suffix: str) -> None:
    fc = _collection()
    fc["features"][1]["properties"]["event_type"] = "parade"
    path = tmp_path / f"events.{suffix}"
    export(fc, path)
    report = validate_file(path)
    assert report.features == 2
    assert len(report.problems) == 1
    text = str(report.problems[0])
    assert "'parade'" in text
    if suffix == "csv":
        assert text.startswith("line 3: ")  # the header is line 1, the second feature line 3
    else:
        assert report.problems[0].index == 1


def test_a_foreign_geopackage_is_reported(tmp_path: Path) -> None:
    import geopandas
    from shapely.geometry import Point

    path = tmp_path / "other.gpkg"
    geopandas.GeoDataFrame({"label": ["x"]}, geometry=[Point(44.0, 33.0)], crs="EPSG:4326").to_file(path)
    report = validate_file(path)
    assert report.features is None
    assert "lacks the column" in report.problems[0].message


def test_damaged_and_missing_files(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.gpkg"
    damaged.write_bytes(b"not a geopackage at all")
    report = validate_file(damaged)
    assert not report.ok
    assert "damaged.gpkg" in report.problems[0].message
    missing = validate_file(tmp_path / "missing.parquet")
    assert missing.problems[0].message.endswith("no such file")


def test_acled_and_ucdp_csv_through_the_importers() -> None:
    assert validate_file(DATA / "acled_current.csv").ok
    assert validate_file(DATA / "acled_2018.csv").features == 2
    assert validate_file(DATA / "ucdp_ged.csv").ok
    report = validate_file(DATA / "ucdp_malformed.csv")
    assert report.features == 11
    assert [str(p).split(":")[0] for p in report.problems][:3] == ["line 3", "line 7", "line 8"]


def test_flavour_and_format_detection() -> None:
    assert csv_flavour(["id", "TYPE_OF_VIOLENCE", "where_prec"]) == "ucdp"
    assert csv_flavour(["EVENT_ID_CNTY", "event_type", "geo_precision"]) == "acled"
    assert csv_flavour(["lon", "lat", "id"]) == "csv"
    assert other_format("a.geojson") is None
    assert other_format("a.txt") is None  # unknown endings are read as GeoJSON, as before
    assert other_format("a.GPKG") == "gpkg"
    assert other_format("a.shp.zip") == "shapefile"


def test_cli_validate_mixed_formats(tmp_path: Path) -> None:
    good = tmp_path / "events.gpkg"
    export(_collection(), good)
    result = CliRunner().invoke(cli, ["validate", str(good), str(DATA / "acled_2019.csv")])
    assert result.exit_code == 0, result.output
    assert "ok: 4 features in 2 files" in result.stdout
    result = CliRunner().invoke(cli, ["validate", str(good), str(DATA / "ucdp_malformed.csv")])
    assert result.exit_code == 1
    assert "ucdp_malformed.csv: line 14: longitude is empty" in result.stdout
