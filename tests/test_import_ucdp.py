"""UCDP GED import: precision codes, dates, actors, sources, malformed rows with their lines."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.importers import import_ucdp
from geo.importers._rows import edtf_between
from geo.validation import validate_file, validate_object

DATA = Path(__file__).parent / "data" / "importers"


@pytest.fixture(scope="module")
def ucdp() -> dict[str, dict[str, Any]]:
    result = import_ucdp(DATA / "ucdp_ged.csv")
    assert (result.read, result.imported, result.skipped) == (8, 8, 0)
    return {f.id: f.model_dump(mode="json")["properties"] for f in result.features}


@pytest.mark.parametrize(
    ("ged_id", "geo_precision", "feature_class"),
    [
        ("900001", 1, "city"),
        ("900002", 2, "city"),
        ("900003", 3, "admin_region"),
        ("900004", 3, "admin_region"),
        ("900005", 3, "region"),
        ("900006", 4, "country"),
        ("900007", 4, "water_body"),
        ("900008", 1, "airport"),  # "... airbase" at where_prec 1
    ],
)
def test_where_prec(
    ucdp: dict[str, dict[str, Any]], ged_id: str, geo_precision: int, feature_class: str
) -> None:
    props = ucdp[f"ucdp:{ged_id}"]
    assert (props["geo_precision"], props["feature_class"]) == (geo_precision, feature_class)


def test_international_waters_have_no_country(ucdp: dict[str, dict[str, Any]]) -> None:
    assert ucdp["ucdp:900007"]["country"] is None
    assert ucdp["ucdp:900001"]["country"] == "SY"


@pytest.mark.parametrize(
    ("ged_id", "date", "precision", "start", "end"),
    [
        ("900001", "2017-03-01", "day", "2017-03-01", "2017-03-01"),  # date_prec 1
        ("900002", "2017-05-01/2017-05-04", "week", "2017-05-01", "2017-05-04"),  # 2: 2-6 days
        ("900003", "2017-06-05/2017-06-11", "week", "2017-06-05", "2017-06-11"),  # 3: a week
        ("900004", "2017-07", "month", "2017-07-01", "2017-07-31"),  # 4: the whole month
        ("900005", "2017-08-03/2017-08-20", "range", "2017-08-03", "2017-08-20"),  # 4: part of one
        ("900006", "2017", "year", "2017-01-01", "2017-12-31"),  # 5: the whole year
        ("900007", "2017-02-10/2017-04-30", "range", "2017-02-10", "2017-04-30"),  # 5: a span
    ],
)
def test_dates_keep_ucdp_bounds(
    ucdp: dict[str, dict[str, Any]], ged_id: str, date: str, precision: str, start: str, end: str
) -> None:
    props = ucdp[f"ucdp:{ged_id}"]
    assert (props["date"], props["time_precision"]) == (date, precision)
    assert (props["date_start"], props["date_end"]) == (start, end)


def test_edtf_between_year_across_months() -> None:
    import datetime

    assert edtf_between(datetime.date(2016, 1, 1), datetime.date(2017, 12, 31)) == (
        "2016-01-01/2017-12-31",
        "range",
    )


def test_types_actors_deaths_sources(ucdp: dict[str, dict[str, Any]]) -> None:
    one = ucdp["ucdp:900001"]
    assert (one["event_type"], one["sub_event_type"]) == ("attack", "state_based_violence")
    assert ucdp["ucdp:900003"]["sub_event_type"] == "non_state_violence"
    assert ucdp["ucdp:900002"]["sub_event_type"] == "one_sided_violence"
    assert ucdp["ucdp:900003"]["actors"] == ["SDF", "IS"]
    assert ucdp["ucdp:900002"]["fatalities"] == 7  # best, not low or high
    assert one["gazetteer_id"] == "ucdp:Aleppo town"
    assert (one["name"], one["place"]) == (
        "Aleppo town",
        "Aleppo",
    )  # the label drops the dataset's generic word
    four = ucdp["ucdp:900004"]
    assert four["source"]["article_id"] == "ucdp:900004"
    assert four["source"]["publisher"] == "Wire A;Wire B"
    assert four["source"]["published"] == "2017-07-02"  # the earliest of "2017-07-05;2017-07-02"
    assert four["confidence"] == 0.5  # event_clarity 2
    assert "estimate 3 (low 3, high 4)" in four["notes"]
    assert "side A 1, side B 2" in four["notes"]


def test_malformed_rows_are_reported_with_their_physical_lines() -> None:
    result = import_ucdp(DATA / "ucdp_malformed.csv")
    assert (result.read, result.imported, result.skipped) == (11, 2, 9)
    assert [f.id for f in result.features] == ["ucdp:910001", "ucdp:910003"]
    by_line = {error.line: error.message for error in result.errors}
    # line 4 holds a quoted field spanning three lines, so the next row starts on line 7
    assert list(by_line) == [3, 7, 8, 9, 10, 11, 12, 13, 14]
    assert by_line[3] == "latitude 'north' is not a number"
    assert "'2017-02-30'" in by_line[7]
    assert "outside the bounding box of country 'SY'" in by_line[8]
    assert "where_prec '9'" in by_line[9]
    assert "before date_start" in by_line[10]
    assert by_line[11] == "duplicate id 'ucdp:910001' (also line 2)"
    assert by_line[12] == "best '-3' is negative"
    assert by_line[13] == "expected 41 fields, found 4"


def test_missing_required_column_is_a_file_error(tmp_path: Path) -> None:
    path = tmp_path / "ged.csv"
    path.write_text("id,latitude,longitude\n1,35,38\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing required columns 'type_of_violence', 'where_prec'"):
        import_ucdp(path)


def test_cli_skip_writes_good_rows_and_reports_bad_ones(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    result = CliRunner().invoke(cli, ["import", "ucdp", str(DATA / "ucdp_malformed.csv"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "ucdp_malformed.csv: line 3: latitude 'north' is not a number" in result.stderr
    assert "read 11 rows, imported 2, skipped 9" in result.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 2
    assert validate_file(out).ok


def test_cli_reject_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    args = ["import", "ucdp", str(DATA / "ucdp_malformed.csv"), "-o", str(out), "--on-error", "reject"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "line 14: longitude is empty" in result.stderr
    assert "nothing written" in result.stderr
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_cli_reject_keeps_an_existing_output(tmp_path: Path) -> None:
    out = tmp_path / "out.geojson"
    out.write_text("previous", encoding="utf-8")
    args = ["import", "ucdp", str(DATA / "ucdp_malformed.csv"), "-o", str(out), "--on-error", "reject"]
    assert CliRunner().invoke(cli, args).exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous"


def test_cli_output_validates_and_to_stdout(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["import", "ucdp", str(DATA / "ucdp_ged.csv")])
    assert result.exit_code == 0, result.output
    path = tmp_path / "stdout.geojson"
    path.write_text(result.stdout, encoding="utf-8")
    report = validate_file(path)
    assert report.ok, report.problems
    assert report.features == 8


def test_cli_rejects_csv_options_for_ucdp() -> None:
    result = CliRunner().invoke(cli, ["import", "ucdp", str(DATA / "ucdp_ged.csv"), "--set", "country=SY"])
    assert result.exit_code == 1
    assert "only apply to csv" in result.stderr


@pytest.mark.shared
@pytest.mark.slow
def test_ucdp_ged_syria_imports_completely(shared_dir: Path, tmp_path: Path) -> None:
    """The issue's target: all 16,566 GED Syria events, none lost, and the output validates.

    Every feature was built through the contract's models and coordinate check; the JSON Schema
    check of ``geo validate`` runs on every 8th feature to keep the test fast.
    """
    source = shared_dir / "eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"
    out = tmp_path / "syria.geojson"
    result = CliRunner().invoke(cli, ["import", "ucdp", str(source), "-o", str(out), "--on-error", "reject"])
    assert result.exit_code == 0, result.stderr
    assert "read 16566 rows, imported 16566, skipped 0" in result.stderr
    fc = json.loads(out.read_text(encoding="utf-8"))
    assert len(fc["features"]) == 16566
    assert len({f["id"] for f in fc["features"]}) == 16566
    sample = {"type": "FeatureCollection", "features": fc["features"][::8]}
    assert validate_object(sample) == []
    props = [f["properties"] for f in fc["features"]]
    # where_prec 1: 9,010 · 2: 5,786 · 3-5: 1,516 · 6: 254 (README of the data set)
    assert Counter(p["geo_precision"] for p in props) == {1: 9010, 2: 5786, 3: 1516, 4: 254}
    # date_prec 1: 15,480 single days; the 1,086 spans by their length
    assert Counter(p["time_precision"] for p in props) == {
        "day": 15480,
        "week": 849,
        "range": 167,
        "month": 64,
        "year": 6,
    }
    assert Counter(p["sub_event_type"] for p in props) == {
        "state_based_violence": 11507,
        "non_state_violence": 4577,
        "one_sided_violence": 482,
    }
    assert sum(p["fatalities"] for p in props) == 112337  # the sum of `best`
