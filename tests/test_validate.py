"""`geo validate` and geo.model.validate: every broken input gets a clear message and exit code 1."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from examples import STRIKE_ID, strike

from geo.cli import cli
from geo.model.feature import event_id
from geo.model.geojson import dumps
from geo.validation import Problem, validate_bytes, validate_object, validate_path

TRAINING_ID = event_id(article_id="nos-2020", place_id="geonames:95446", event_type="training", date="2017")


def training() -> dict[str, Any]:
    """Dutch training in Erbil, suspended in 2017 (year precision)."""
    feature = strike()
    feature["id"] = TRAINING_ID
    feature["geometry"]["coordinates"] = [44.0092, 36.1901]
    feature["properties"].update(
        id=TRAINING_ID,
        name="Arbil",
        place="Erbil",
        gazetteer_id="geonames:95446",
        feature_class="city",
        event_type="training",
        sub_event_type=None,
        mission="Operation Inherent Resolve",
        actors=["Netherlands"],
        date="2017",
        date_start="2017-01-01",
        date_end="2017-12-31",
        time_precision="year",
        geo_precision=2,
        troops=150,
        fatalities=None,
        mentions=[],
    )
    return feature


def collection() -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [strike(), training()]}


def mutate(change: Callable[[dict[str, Any]], object]) -> bytes:
    """Return the JSON bytes of a valid collection after ``change`` edited it in place."""
    fc = collection()
    change(fc)
    return json.dumps(fc, ensure_ascii=False).encode("utf-8")


def props(fc: dict[str, Any], index: int = 0) -> dict[str, Any]:
    result: dict[str, Any] = fc["features"][index]["properties"]
    return result


def coords(fc: dict[str, Any], value: list[Any]) -> None:
    fc["features"][0]["geometry"]["coordinates"] = value


VALID = json.dumps(collection()).encode()

BROKEN: dict[str, tuple[bytes, list[str]]] = {
    "swapped lon/lat": (
        mutate(lambda fc: coords(fc, [33.2625, 44.2346])),
        ["feature #0", STRIKE_ID, "geometry.coordinates", "coordinates look swapped"],
    ),
    "outside its country": (
        mutate(lambda fc: coords(fc, [4.9, 52.37])),
        ["geometry.coordinates", "outside the bounding box of country 'IQ'"],
    ),
    "lon out of range": (
        mutate(lambda fc: coords(fc, [200.5, 33.2625])),
        ["geometry.coordinates.0", "longitude 200.5 is out of range [-180, 180]"],
    ),
    "lat out of range": (
        mutate(lambda fc: coords(fc, [44.2346, 133.2625])),
        ["geometry.coordinates.1", "latitude 133.2625 is out of range [-90, 90]", "swapped?"],
    ),
    "three coordinates": (
        mutate(lambda fc: coords(fc, [44.2346, 33.2625, 34.0])),
        ["exactly [longitude, latitude], got 3 values"],
    ),
    "too many decimals": (
        mutate(lambda fc: coords(fc, [44.23461234, 33.2625])),
        ["longitude 44.23461234 has more than 6 decimals"],
    ),
    "string coordinate": (
        mutate(lambda fc: coords(fc, ["44.2346", 33.2625])),
        ["geometry.coordinates.0", "'44.2346' has the wrong type (str); expected number"],
    ),
    "missing property": (
        mutate(lambda fc: props(fc).pop("date")),
        ["feature #0", "properties.date: required member is missing"],
    ),
    "unknown property": (
        mutate(lambda fc: props(fc).update(colour="red")),
        ["properties.colour: unknown member 'colour'"],
    ),
    "unknown event_type": (
        mutate(lambda fc: props(fc).update(event_type="bogus")),
        ["properties.event_type: 'bogus' is not one of deployment, withdrawal"],
    ),
    "invalid date": (
        mutate(lambda fc: props(fc).update(date="2023-02-30")),
        ["properties.date", "invalid EDTF date '2023-02-30'"],
    ),
    "interval backwards": (
        mutate(lambda fc: props(fc, 1).update(date="2018/2017", time_precision="range")),
        ["feature #1", "'2018/2017': the interval starts after it ends"],
    ),
    "date_start disagrees": (
        mutate(lambda fc: props(fc).update(date_start="2020-01-04")),
        ["properties.date_start: '2020-01-04' disagrees with date '2020-01-03'"],
    ),
    "date_end disagrees": (
        mutate(lambda fc: props(fc, 1).update(date_end="2017-01-31")),
        [
            "feature #1",
            "properties.date_end: '2017-01-31' disagrees with date '2017', which gives '2017-12-31'",
        ],
    ),
    "time_precision disagrees": (
        mutate(lambda fc: props(fc, 1).update(time_precision="month")),
        ["properties.time_precision: 'month' disagrees with date '2017'"],
    ),
    "crs member": (
        mutate(lambda fc: fc.update(crs={"type": "name", "properties": {"name": "EPSG:4326"}})),
        ["crs: a 'crs' member is not allowed"],
    ),
    "non-Point geometry": (
        mutate(
            lambda fc: fc["features"][0].update(
                geometry={"type": "LineString", "coordinates": [[44.0, 33.0], [44.5, 33.5]]}
            )
        ),
        ["geometry.type: geometry type 'LineString' is not allowed: events are Points"],
    ),
    "null geometry": (
        mutate(lambda fc: fc["features"][0].update(geometry=None)),
        ["geometry: geometry is null"],
    ),
    "non-UTF-8 bytes": (
        VALID.replace(b"Baghdad airport", "Bagdad aéroport".encode("latin-1")),
        ["not UTF-8"],
    ),
    "UTF-16 file": (json.dumps(collection()).encode("utf-16"), ["not UTF-8"]),
    "byte order mark": (b"\xef\xbb\xbf" + VALID, ["byte order mark"]),
    "empty file": (b"", ["file is empty"]),
    "whitespace only": (b" \n\t\n", ["only whitespace"]),
    "not JSON": (
        b"type: FeatureCollection\nfeatures: []\n",
        ["not JSON: Expecting value at line 1 column 1"],
    ),
    "truncated JSON": (VALID[:-10], ["not JSON"]),
    "huge exponent": (
        VALID.replace(b"44.2346", b"1e999"),
        ["geometry.coordinates.0", "number '1e999' is too large"],
    ),
    "huge integer": (
        VALID.replace(b'"fatalities": 10', b'"fatalities": 1' + b"0" * 5000),
        ["number", "too large"],
    ),
    "NaN literal": (
        VALID.replace(b"44.2346", b"NaN"),
        ["geometry.coordinates.0", "'NaN' is not a number JSON allows"],
    ),
    "Infinity literal": (
        VALID.replace(b"33.2625", b"-Infinity"),
        ["'-Infinity' is not a number JSON allows"],
    ),
    "duplicate ids": (
        mutate(lambda fc: fc["features"].append(copy.deepcopy(fc["features"][0]))),
        ["feature #2", f"duplicate id {STRIKE_ID!r} (also feature #0)"],
    ),
    "id differs from properties.id": (
        mutate(lambda fc: fc["features"][0].update(id="other-id")),
        ["feature id 'other-id' differs from properties.id"],
    ),
    "duplicate member name": (
        VALID.replace(b'"troops": null', b'"troops": null, "troops": 3'),
        ["duplicate member name 'troops'"],
    ),
    "feature list instead of collection": (
        json.dumps([strike(), training()]).encode(),
        ["got a JSON array", "FeatureCollection"],
    ),
    "wrong top-level type": (
        mutate(lambda fc: fc.update(type="GeometryCollection")),
        ["got 'GeometryCollection'"],
    ),
    "bad country code": (
        mutate(lambda fc: props(fc).update(country="XY")),
        ["'XY' is not an ISO 3166-1 alpha-2"],
    ),
    "lower-case country code": (
        mutate(lambda fc: props(fc).update(country="iq")),
        ["properties.country: 'iq' is not"],
    ),
    "confidence above 1": (
        mutate(lambda fc: props(fc).update(confidence=1.2)),
        ["properties.confidence: 1.2 is greater than the maximum 1"],
    ),
    "negative troops": (
        mutate(lambda fc: props(fc, 1).update(troops=-150)),
        ["feature #1", "properties.troops: -150 is less than the minimum 0"],
    ),
    "boolean troops": (
        mutate(lambda fc: props(fc, 1).update(troops=True)),
        ["properties.troops: True has the wrong type"],
    ),
    "mention ends before start": (
        mutate(lambda fc: props(fc).update(mentions=[{"start": 135, "end": 120}])),
        ["properties.mentions.0", "mention ends at 120, not after its start 135"],
    ),
    "negative mention offset": (
        mutate(lambda fc: props(fc).update(mentions=[{"start": -1, "end": 5}])),
        ["properties.mentions.0.start: -1 is less than the minimum 0"],
    ),
    "geo_precision against class": (
        mutate(lambda fc: props(fc).update(geo_precision=4)),
        ["properties.geo_precision: 4 does not fit feature_class 'airport'"],
    ),
    "bad gazetteer id": (
        mutate(lambda fc: props(fc).update(gazetteer_id="ORBI")),
        ["'ORBI' is not a source-qualified id"],
    ),
    "bad source url": (
        mutate(lambda fc: props(fc)["source"].update(url="javascript:alert(1)")),
        ["properties.source.url: 'javascript:alert(1)' is not an http or https URL"],
    ),
}


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, ["validate", *args])


@pytest.mark.parametrize("case", list(BROKEN))
def test_cli_rejects_broken_input(case: str, tmp_path: Path) -> None:
    data, needles = BROKEN[case]
    path = tmp_path / "broken.geojson"
    path.write_bytes(data)
    result = run(str(path))
    assert result.exit_code == 1, result.output
    assert f"{path}: " in result.stdout
    for needle in needles:
        assert needle in result.stdout, f"{needle!r} not in:\n{result.stdout}"
    assert "ok:" not in result.stdout


def test_cli_missing_file_and_folder(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.geojson"), str(tmp_path))
    assert result.exit_code == 1
    assert "cannot read" in result.stdout
    assert "nope.geojson" in result.stdout
    assert "is a folder, not a file" in result.stdout


def test_cli_accepts_valid_collection(tmp_path: Path) -> None:
    path = tmp_path / "events.geojson"
    path.write_text(dumps(collection()), encoding="utf-8")
    single = tmp_path / "one.geojson"
    single.write_text(dumps(strike()), encoding="utf-8")
    result = run(str(path))
    assert result.exit_code == 0, result.output
    assert result.stdout == "ok: 2 features\n"
    result = run(str(path), str(single))
    assert (result.exit_code, result.stdout) == (0, "ok: 3 features in 2 files\n")


def test_cli_reports_every_problem_in_every_file(tmp_path: Path) -> None:
    fc = collection()
    props(fc)["event_type"] = "bogus"
    props(fc)["confidence"] = 2
    coords(fc, [33.2625, 44.2346])
    props(fc, 1)["date"] = "2017-13"
    bad = tmp_path / "bad.geojson"
    bad.write_text(json.dumps(fc), encoding="utf-8")
    good = tmp_path / "good.geojson"
    good.write_text(dumps(collection()), encoding="utf-8")
    empty = tmp_path / "empty.geojson"
    empty.write_bytes(b"")
    result = run(str(bad), str(good), str(empty))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 5, result.stdout
    assert sum(f"{bad}: feature #0 (id {STRIKE_ID!r})" in line for line in lines) == 3
    assert sum(f"{bad}: feature #1 (id {TRAINING_ID!r}): properties.date:" in line for line in lines) == 1
    assert f"{empty}: file is empty" in lines
    assert "5 problems in 2 of 3 files" in result.stderr


def test_cli_json_output(tmp_path: Path) -> None:
    fc = collection()
    props(fc, 1)["troops"] = -1
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    result = run("--json", str(path))
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    (entry,) = report["files"]
    assert (entry["path"], entry["features"]) == (str(path), 2)
    assert entry["problems"] == [
        {
            "index": 1,
            "feature_id": TRAINING_ID,
            "field": "properties.troops",
            "message": "-1 is less than the minimum 0",
        }
    ]
    path.write_text(dumps(collection()), encoding="utf-8")
    result = run("--json", str(path))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["ok"] is True


def test_api_valid_inputs() -> None:
    assert validate_object(collection()) == []
    assert validate_object(strike()) == []
    assert validate_object({"type": "FeatureCollection", "features": []}) == []
    assert validate_bytes(dumps(collection()).encode()) == []


def test_open_interval_and_week_precision_are_accepted() -> None:
    fc = collection()
    props(fc, 1).update(date="2003/..", date_start="2003-01-01", date_end=None, time_precision="range")
    assert validate_object(fc) == []
    props(fc, 1).update(
        date="2020-01-03/2020-01-09", date_start="2020-01-03", date_end="2020-01-09", time_precision="week"
    )
    assert validate_object(fc) == []
    props(fc, 1).update(date="2020-01-03/2020-01-10", date_end="2020-01-10")
    (problem,) = validate_object(fc)
    assert problem.field == "properties.time_precision"


def test_problem_str_and_path_api(tmp_path: Path) -> None:
    problem = Problem(3, "cn-1", "properties.event_type", "'bogus' is not one of deployment")
    assert str(problem) == "feature #3 (id 'cn-1'): properties.event_type: 'bogus' is not one of deployment"
    assert str(Problem(None, None, None, "file is empty")) == "file is empty"
    (missing,) = validate_path(tmp_path / "missing.geojson")
    assert missing.index is None
    assert "No such file" in missing.message
