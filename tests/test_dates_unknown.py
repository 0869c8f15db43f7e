"""The unknown date (EDTF ``XXXX``, no bounds, precision ``unknown``) through the whole contract.

Extraction of an undated article, validation, the GeoDataFrame bridge, every export format, the map and the
figure (our own data)."""

from __future__ import annotations

import copy
import csv
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.exports import FORMATS, export, read_export
from geo.model.checks import check_properties
from geo.model.feature import EventFeatureCollection, event_id
from geo.model.frames import from_geodataframe, to_geodataframe
from geo.temporal.edtf import UNKNOWN_DATE, parse_edtf
from geo.validation import validate
from tests.examples import strike

UNDATED_ID = event_id(article_id="undated-1", place_id="icao:ORBI", event_type="strike", date="XXXX")


def undated() -> dict[str, Any]:
    """The example strike as reported by an article without a publication date or a date of its own."""
    feature = copy.deepcopy(strike())
    props = feature["properties"]
    feature["id"] = props["id"] = UNDATED_ID
    props.update(date="XXXX", date_start=None, date_end=None, time_precision="unknown")
    props["source"].update(article_id="undated-1", published=None)
    return feature


def collection() -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [strike(), undated()]}


def test_xxxx_is_the_unknown_date() -> None:
    bounds = parse_edtf(UNKNOWN_DATE)
    assert (bounds.edtf, bounds.start, bounds.end, bounds.precision) == ("XXXX", None, None, "unknown")
    assert UNDATED_ID.startswith("strike-xxxx-icao-orbi-")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"date_start": "2020-01-03"}, "properties.date_start"),
        ({"date_end": "2020-01-03"}, "properties.date_end"),
        ({"time_precision": "year"}, "properties.time_precision"),
        ({"date": "2020", "time_precision": "unknown"}, "properties.time_precision"),
    ],
)
def test_unknown_date_and_its_bounds_must_agree(change: dict[str, Any], field: str) -> None:
    props = {**undated()["properties"], **change}
    if "date" in change:
        props.update(date_start="2020-01-01", date_end="2020-12-31")
    assert [f for f, _ in check_properties(props)] == [field]


def test_validate_and_the_model_accept_the_unknown_date() -> None:
    assert validate(collection()) == []
    model = EventFeatureCollection.model_validate(collection())
    props = model.features[1].properties
    assert (props.date, props.date_start, props.date_end, props.time_precision) == (
        "XXXX",
        None,
        None,
        "unknown",
    )


def test_geodataframe_round_trip_keeps_the_unknown_date() -> None:
    frame = to_geodataframe(collection())
    row = frame.iloc[1]
    assert (row["date"], row["time_precision"]) == ("XXXX", "unknown")
    assert (str(row["date_start"]), str(row["date_end"])) == ("NaT", "NaT")
    back = from_geodataframe(frame)
    assert back.features[1].properties.date == "XXXX"
    assert validate(back) == []


@pytest.mark.parametrize("name", [n for n in FORMATS if n != "acled"])
def test_every_export_format_writes_validates_and_reads_back_the_unknown_date(
    tmp_path: Path, name: str
) -> None:
    out = tmp_path / f"events{FORMATS[name].extensions[0]}"
    export(collection(), out)
    back = {f["properties"]["id"]: f["properties"] for f in read_export(out)["features"]}
    props = back[UNDATED_ID]
    assert (props["date"], props.get("date_start"), props.get("date_end")) == ("XXXX", None, None)
    assert props["time_precision"] == "unknown"
    result = CliRunner().invoke(cli, ["validate", str(out)])
    assert result.exit_code == 0, result.output


def test_acled_export_leaves_an_undated_event_out_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "events.acled.csv"
    export(collection(), out)
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["event_date"] for row in rows] == ["2020-01-03"]
    with (tmp_path / "events.acled.lossy.csv").open(encoding="utf-8", newline="") as handle:
        lossy = [row for row in csv.DictReader(handle) if row["feature_id"] == UNDATED_ID]
    assert [(row["field"], "ACLED needs an event_date" in row["message"]) for row in lossy] == [
        ("date", True)
    ]


def test_the_map_shows_an_undated_event_whatever_the_period(tmp_path: Path) -> None:
    from geo.maps.builder import build_map, render_html
    from geo.maps.table import table_from_features

    table = table_from_features(collection()["features"])
    assert table.undated() == 1
    page = render_html(build_map(collection()))
    assert "1 undated event always shown, whatever the period." in page
    assert 'UNDATED = new Set(["", "XXXX"])' in page  # the runtime's rule, bundled into the page


def test_the_figure_draws_an_undated_event(tmp_path: Path) -> None:
    source = tmp_path / "events.geojson"
    source.write_text(json.dumps(collection()), encoding="utf-8")
    only_undated = tmp_path / "undated.geojson"
    only_undated.write_text(
        json.dumps({"type": "FeatureCollection", "features": [undated()]}), encoding="utf-8"
    )
    for path in (source, only_undated):
        out = path.with_suffix(".png")
        result = CliRunner().invoke(cli, ["figure", str(path), "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 1000


def test_an_undated_article_keeps_every_event_with_the_unknown_date(tmp_path: Path) -> None:
    article = tmp_path / "undated.txt"
    article.write_text("Rockets hit Erbil on Friday. Troops left Baghdad in 2019.\n", encoding="utf-8")
    out = tmp_path / "undated.geojson"
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    by_place = {f["properties"]["place"]: f["properties"] for f in features}
    erbil = by_place["Erbil"]
    assert (erbil["event_type"], erbil["date"], erbil["date_start"], erbil["time_precision"]) == (
        "rocket_attack",
        "XXXX",
        None,
        "unknown",
    )
    assert all(f["properties"]["date"] in {"XXXX", "2019"} for f in features)
    assert CliRunner().invoke(cli, ["validate", str(out)]).exit_code == 0


def test_an_interval_publication_date_anchors_the_events(tmp_path: Path) -> None:
    article = tmp_path / "interval.md"
    article.write_text("---\npublished: 2024-07/2025\n---\nRockets hit Erbil on Friday.\n", encoding="utf-8")
    out = tmp_path / "interval.geojson"
    result = CliRunner().invoke(cli, ["extract", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (erbil,) = [f["properties"] for f in json.loads(out.read_text(encoding="utf-8"))["features"]]
    assert (erbil["date"], erbil["date_start"], erbil["date_end"]) == (
        "2024-07/2025",
        "2024-07-01",
        "2025-12-31",
    )
    assert erbil["source"]["published"] == "2024-07/2025"


@pytest.mark.parametrize("name", [n for n in FORMATS if n != "acled"])
def test_a_file_of_undated_events_only_reads_back(tmp_path: Path, name: str) -> None:
    out = tmp_path / f"undated{FORMATS[name].extensions[0]}"
    export({"type": "FeatureCollection", "features": [undated()]}, out)  # no date column value to type
    (props,) = [f["properties"] for f in read_export(out)["features"]]
    assert (props["date"], props.get("date_start"), props["time_precision"]) == ("XXXX", None, "unknown")
