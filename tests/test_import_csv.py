"""Generic CSV/GeoJSON import with a column mapping (file or options)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.importers import ColumnMapping, import_csv, load_mapping
from geo.importers.mapping import mapping_from_options
from geo.model.feature import feature_collection
from geo.model.geojson import dumps
from geo.validation import validate_file
from tests.examples import strike

DATA = Path(__file__).parent / "data" / "importers"


def test_mapping_file_with_value_tables_and_constants() -> None:
    mapping = load_mapping(DATA / "sigact_mapping.yaml")
    result = import_csv(DATA / "sigact_like.csv", mapping=mapping)
    assert (result.read, result.imported, result.skipped) == (4, 4, 0)
    props = [f.model_dump(mode="json")["properties"] for f in result.features]
    assert [(p["event_type"], p["sub_event_type"]) for p in props] == [
        ("strike", "air_strike"),
        ("presence", "show_of_force"),
        ("attack", "ied"),
        ("attack", "ied"),
    ]
    first = props[0]
    assert (first["date"], first["date_start"], first["time_precision"]) == (
        "2007-02-23",
        "2007-02-23",
        "day",
    )
    assert (first["country"], first["feature_class"], first["geo_precision"]) == ("IQ", "city", 2)
    assert first["source"]["article_id"] == "sigact:sigact_like.csv"
    assert first["gazetteer_id"].startswith("sigact:")
    assert result.features[0].geometry.coordinates == (43.4594, 33.4442)
    # two identical rows still get distinct ids (the row's line is part of the id), and ids are stable
    assert props[2]["id"] != props[3]["id"]
    again = import_csv(DATA / "sigact_like.csv", mapping=mapping)
    assert [f.id for f in again.features] == [f.id for f in result.features]


def test_options_instead_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "events.csv"
    path.write_text(
        "no,when,x_deg,y_deg,what,town\n7,03/01/2020,44.2346,33.2625,strike,Baghdad\n", encoding="utf-8"
    )
    mapping = mapping_from_options(
        columns=("id=no", "date=when", "lon=x_deg", "lat=y_deg", "event_type=what", "place=town"),
        constants=("country=Iraq", "fatalities=10", "actors=[United States]"),
        prefix="mydata",
        date_format="%d/%m/%Y",
    )
    result = import_csv(path, mapping=mapping)
    assert result.errors == []
    props = result.features[0].model_dump(mode="json")["properties"]
    assert props["id"] == "mydata:7"
    assert (props["date"], props["country"], props["fatalities"]) == ("2020-01-03", "IQ", 10)
    assert props["actors"] == ["United States"]
    assert props["name"] == props["place"] == "Baghdad"


def test_our_own_flat_csv_comes_back(tmp_path: Path) -> None:
    """The flat layout of ``geo export`` (source_* columns, JSON lists) needs no mapping."""
    feature = strike()
    props = feature["properties"]
    header = ["lon", "lat", *[k for k in props if k != "source"], *[f"source_{k}" for k in props["source"]]]
    values = {
        **props,
        **{f"source_{k}": v for k, v in props["source"].items()},
        "lon": 44.2346,
        "lat": 33.2625,
    }

    def cell(value: object) -> str:
        if value is None:
            return ""
        text = json.dumps(value, separators=(",", ":")) if isinstance(value, list) else str(value)
        return '"' + text.replace('"', '""') + '"' if any(c in text for c in ',"\n') else text

    path = tmp_path / "events.csv"
    path.write_text(
        ",".join(header) + "\n" + ",".join(cell(values[h]) for h in header) + "\n", encoding="utf-8"
    )
    result = import_csv(path)
    assert result.errors == []
    assert result.features[0].model_dump(mode="json") == feature


def test_geojson_input_with_mapping(tmp_path: Path) -> None:
    path = tmp_path / "points.geojson"
    fc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "id": 1,
                "geometry": {"type": "Point", "coordinates": [44.2346, 33.2625]},
                "properties": {"kind": "Airstrike", "day": "2020-01-03", "where": "Baghdad airport"},
            },
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[44, 33], [45, 34]]},
                "properties": {"kind": "IED", "day": "2020-01-04"},
            },
        ],
    }
    path.write_text(json.dumps(fc), encoding="utf-8")
    mapping = ColumnMapping(
        prefix="pts",
        columns={"event_type": "kind", "date": "day", "name": "where"},
        values={"event_type": {"Airstrike": "strike", "IED": "attack"}},
        constants={"country": "IQ"},
    )
    result = import_csv(path, mapping=mapping)
    assert (result.read, result.imported, result.skipped) == (2, 1, 1)
    assert result.features[0].id == "1"  # a feature's own id is kept
    assert str(result.errors[0]) == "feature #1: geometry 'LineString' is not a Point"


def test_our_geojson_round_trips_without_mapping(tmp_path: Path) -> None:
    path = tmp_path / "ours.geojson"
    path.write_text(dumps(feature_collection([strike()])), encoding="utf-8")
    result = import_csv(path)
    assert result.errors == []
    assert result.features[0].model_dump(mode="json") == strike()


def test_row_errors_name_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "date,lon,lat,event_type\n"
        "2020-01-03,44.2,33.3,strike\n"
        "2020-13-03,44.2,33.3,strike\n"
        "2020-01-03,44.2,33.3,\n"
        "2020-01-03,44.2,33.3,parade\n"
        "2020-01-03,,33.3,strike\n",
        encoding="utf-8",
    )
    result = import_csv(path)
    assert result.imported == 1
    messages = {error.line: error.message for error in result.errors}
    assert "'2020-13-03'" in messages[3]
    assert messages[4] == "event_type is empty (map a column or set a constant)"
    assert "'parade'" in messages[5]
    assert messages[6] == "longitude or latitude is empty"


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"columns": {"colour": "c"}}, "unknown property 'colour'"),
        ({"prefix": "My Data"}, "prefix 'My Data'"),
        ({"colums": {}}, "unknown key 'colums'"),
        ({"values": {"event_type": ["a"]}}, "values.event_type"),
    ],
)
def test_bad_mappings(tmp_path: Path, mapping: dict[str, object], message: str) -> None:
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(mapping), encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_mapping(path)


def test_missing_mapped_column_and_coordinates(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError, match="mapped column 'when' not in the file"):
        import_csv(path, mapping=ColumnMapping(columns={"date": "when"}))
    with pytest.raises(InputError, match="no coordinate columns"):
        import_csv(path)


def test_cli_csv_with_mapping_file(tmp_path: Path) -> None:
    out = tmp_path / "sigact.geojson"
    args = ["import", "csv", str(DATA / "sigact_like.csv"), "--mapping", str(DATA / "sigact_mapping.yaml")]
    result = CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "read 4 rows, imported 4, skipped 0" in result.stderr
    assert validate_file(out).ok


def test_cli_bad_option() -> None:
    args = ["import", "csv", str(DATA / "sigact_like.csv"), "--column", "date"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "--column expects PROPERTY=VALUE, got 'date'" in result.stderr


@pytest.mark.shared
@pytest.mark.slow
def test_sigact_airstrikes_with_the_mapping(shared_dir: Path) -> None:
    source = shared_dir / "eval/events/geocausal_iraq_sigact/airstrikes.csv"
    result = import_csv(source, mapping=load_mapping(DATA / "sigact_mapping.yaml"))
    assert result.read == 3938
    assert result.imported + result.skipped == 3938
    kinds = {f.properties.event_type for f in result.features}
    assert kinds <= {"strike", "presence"}
