"""geo.exports: round trips GeoJSON → each format → GeoJSON, flattening, atomic writes, the CLI."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from click.testing import CliRunner

import geo.io as atomic
from geo.cli import cli
from geo.cli.export import _FORMAT_NAMES
from geo.errors import GeoIOError, InputError
from geo.exports import FORMATS, export, format_for_path, read_export
from geo.exports.jsontext import feature_texts, json_floats
from geo.exports.table import (
    EVENT_SCHEMA,
    FLAT_SCHEMA,
    _json_string_lists,
    flatten,
    table_from_collection,
    table_from_geodataframe,
    unflatten,
)
from geo.exports.text import feature_line
from geo.model.frames import to_geodataframe
from geo.model.geojson import dumps
from tests.export_data import SEED, awkward, seed

#: Formats that do not keep the feature order: FlatGeobuf sorts by its spatial index (Hilbert
#: curve), KML groups placemarks into one folder per map layer. They are compared by id.
UNORDERED = {"fgb", "kml", "kmz"}
#: The usual file ending of each format, for the tests.
ENDING = {name: fmt.extensions[0] for name, fmt in FORMATS.items()}
ROUND_TRIP = [name for name in FORMATS if name != "acled"]  # ACLED is lossy by design (geo.codebooks.acled)


def _by_id(fc: dict[str, Any]) -> list[dict[str, Any]]:
    return sorted(fc["features"], key=lambda f: f["id"])


def _same(name: str, back: dict[str, Any], original: dict[str, Any]) -> None:
    if name in UNORDERED:
        assert _by_id(back) == _by_id(original)
    else:
        assert back == original
    # the same values *and* the same JSON types (int stays int, float stays float, null stays null)
    text_back = dumps({"type": "FeatureCollection", "features": _by_id(back)})
    assert text_back == dumps({"type": "FeatureCollection", "features": _by_id(original)})


@pytest.mark.parametrize("name", ROUND_TRIP)
@pytest.mark.parametrize("collection", [seed, awkward], ids=["seed", "awkward"])
def test_round_trip_keeps_values_and_types(tmp_path: Path, name: str, collection: Any) -> None:
    original = collection()
    out = tmp_path / f"events{ENDING[name]}"
    result = export(original, out)
    assert result.format == name
    assert result.features == len(original["features"])
    assert all(path.exists() for path in result.files)
    _same(name, read_export(out), original)


@pytest.mark.parametrize("ending", [".shp.zip", ".ndjson", ".jsonl", ".geoparquet", ".json", ".geojsonseq"])
def test_round_trip_through_alternative_endings(tmp_path: Path, ending: str) -> None:
    original = awkward()
    out = tmp_path / f"events{ending}"
    export(original, out)
    _same(format_for_path(out), read_export(out), original)


def test_geojson_export_is_our_deterministic_text(tmp_path: Path) -> None:
    export(seed(), tmp_path / "a.geojson")
    assert (tmp_path / "a.geojson").read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    export({"type": "FeatureCollection", "features": []}, tmp_path / "empty.geojson")
    assert json.loads((tmp_path / "empty.geojson").read_text()) == {
        "type": "FeatureCollection",
        "features": [],
    }


def test_sequences_rfc8142_and_lines(tmp_path: Path) -> None:
    original = awkward()
    export(original, tmp_path / "a.geojsons")
    export(original, tmp_path / "a.geojsonl")
    seq = (tmp_path / "a.geojsons").read_bytes()
    lines = (tmp_path / "a.geojsonl").read_bytes()
    records = seq.split(b"\x1e")
    assert records[0] == b""  # every record starts with RS ...
    assert all(r.endswith(b"\n") and r.count(b"\n") == 1 for r in records[1:])  # ... and ends with LF
    assert [json.loads(r) for r in records[1:]] == original["features"]
    assert b"\x1e" not in lines
    assert [json.loads(line) for line in lines.splitlines()] == original["features"]
    assert seq.replace(b"\x1e", b"") == lines


def test_exports_from_a_geodataframe_and_a_table(tmp_path: Path) -> None:
    original = awkward()
    frame = to_geodataframe(original)
    export(frame, tmp_path / "from-frame.geojson")
    assert read_export(tmp_path / "from-frame.geojson") == original
    assert table_from_geodataframe(frame).equals(table_from_collection(original))
    export(table_from_collection(original), tmp_path / "from-table.parquet")
    assert read_export(tmp_path / "from-table.parquet") == original


def test_flat_table_and_back() -> None:
    table = table_from_collection(awkward())
    flat = flatten(table)
    assert flat.schema.names == FLAT_SCHEMA.names
    assert "source" not in flat.schema.names
    assert {"source_article_id", "source_sha256"} <= set(flat.schema.names)
    actors = flat.column("actors").to_pylist()
    assert actors[1] == '["Say \\"no\\"","back\\\\slash","semi;colon,comma","Ünïcödé 😀"]'
    assert actors[2] == "[]"
    assert flat.column("mentions").to_pylist()[0] == '[{"start":120,"end":135}]'
    assert unflatten(flat).equals(table)


@pytest.mark.parametrize(
    "values",
    [["plain"], ['q"uote', "back\\", "tab\tnew\nline\r", "\x00\x01\x1f\x7f", "é 😀 ☃"], [], ["", " "]],
)
def test_json_lists_are_exactly_json_dumps(values: list[str]) -> None:
    array = pa.array([values], type=EVENT_SCHEMA.field("actors").type)
    expected = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    assert _json_string_lists(array).to_pylist() == [expected]
    assert json.loads(expected) == values


@pytest.mark.parametrize("collection", [seed, awkward], ids=["seed", "awkward"])
def test_vectorised_geojson_text_equals_the_reference_writers(collection: Any) -> None:
    original = collection()
    table = table_from_collection(original)
    pretty = feature_texts(table, indent=2).to_pylist()
    assert [dumps(f).rstrip("\n").replace("\n", "\n    ") for f in original["features"]] == [
        t[4:] for t in pretty
    ]
    assert all(t.startswith("    {") for t in pretty)
    assert feature_texts(table, indent=None).to_pylist() == [feature_line(f) for f in original["features"]]


def test_json_floats_are_python_repr() -> None:
    rng = random.Random(5)
    values = [0.0, -0.0, 1.0, 44.0, 1e-05, 2.5e-05, 0.0001, 0.000123, 1e11, 123456789012.5, 1e15, 1e16, 1e21]
    values += [round(rng.uniform(-180, 180), rng.randint(0, 6)) for _ in range(2000)]
    values += [rng.uniform(0, 1) * 10 ** rng.randint(-12, 20) for _ in range(2000)]
    assert json_floats(pa.array([*values, None])).to_pylist() == [repr(v) for v in values] + ["null"]


def test_format_from_the_name() -> None:
    assert format_for_path("x/events.GPKG") == "gpkg"
    assert format_for_path("events.shp.zip") == "shapefile"
    assert format_for_path("events.acled.csv") == "acled"
    assert format_for_path("events.csv") == "csv"
    assert format_for_path("events.ndjson") == "geojsonl"
    with pytest.raises(InputError, match=r"'events\.xyz'"):
        format_for_path("events.xyz")


def test_bad_options_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="'nope'"):
        export(seed(), tmp_path / "a.gpkg", format="nope")
    with pytest.raises(InputError, match="layer name"):
        export(seed(), tmp_path / "a.gpkg", layer='bad"name')
    with pytest.raises(InputError, match="'int'"):
        export(42, tmp_path / "a.gpkg")  # a list of features is events, a number is not
    assert list(tmp_path.iterdir()) == []


def test_cli_format_names_match_the_registry() -> None:
    assert set(_FORMAT_NAMES) == set(FORMATS)


# --- atomic writes -------------------------------------------------------------------------------------


def _fail_after_writing(monkeypatch: pytest.MonkeyPatch, seen: list[Path]) -> None:
    """Make every writer fail at the last moment, after its staged files are complete."""

    def failing_publish(staged: list[Path], folder: Path) -> list[Path]:
        assert staged
        assert all(p.exists() and p.stat().st_size > 0 for p in staged)
        seen.extend(staged)
        raise GeoIOError(f"cannot write {str(folder / staged[0].name)!r}: disk full (simulated)")

    for module in ("text", "ogr", "shapefile", "parquet", "delimited", "kml", "acled_csv"):
        monkeypatch.setattr(f"geo.exports.{module}.publish", failing_publish)


@pytest.mark.parametrize("name", list(FORMATS))
def test_failure_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    seen: list[Path] = []
    _fail_after_writing(monkeypatch, seen)
    with pytest.raises(GeoIOError, match="simulated"):
        export(seed(), tmp_path / f"events{ENDING[name]}")
    assert seen  # the writer got as far as complete staged files
    assert list(tmp_path.iterdir()) == []  # neither the output, nor sidecars, nor the staging folder


def test_failure_keeps_the_previous_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "events.gpkg"
    export(awkward(), out)
    before = out.read_bytes()

    def broken_style(path: Path, *, layer: str, description: str | None = None) -> None:
        raise GeoIOError("cannot store the layer style (simulated)")

    monkeypatch.setattr("geo.exports.ogr.add_layer_style", broken_style)
    with pytest.raises(GeoIOError, match="simulated"):
        export(seed(), out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["events.gpkg"]


def test_gdal_failure_is_a_geo_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyogrio

    def broken(*args: Any, **kwargs: Any) -> None:
        Path(args[1]).write_bytes(b"half a file")
        raise pyogrio.errors.DataSourceError("simulated GDAL failure")

    monkeypatch.setattr(pyogrio, "write_arrow", broken)
    with pytest.raises(GeoIOError, match="simulated GDAL failure"):
        export(seed(), tmp_path / "events.fgb")
    assert list(tmp_path.iterdir()) == []


def test_multi_file_publish_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "events.shp"
    export(awkward(), out)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src: Any, dst: Any) -> None:
        calls["n"] += 1
        if calls["n"] == 6:  # part-way through moving the new parts into place
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", flaky_replace)
    with pytest.raises(GeoIOError, match="No space left"):
        export(seed(), out)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


# --- CLI ----------------------------------------------------------------------------------------------


def test_cli_exports_by_extension_and_by_format(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(SEED), "-o", str(tmp_path / "events.gpkg")])
    assert result.exit_code == 0, result.output
    assert "53 features, gpkg" in result.output
    result = runner.invoke(
        cli, ["export", str(SEED), "-o", str(tmp_path / "events.txt"), "--format", "csv", "--wkt"]
    )
    assert result.exit_code == 0, result.output
    header = (tmp_path / "events.txt").read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:3] == ["lon", "lat", "wkt"]


def test_cli_flatgeobuf_without_spatial_index_keeps_the_order(tmp_path: Path) -> None:
    out = tmp_path / "events.fgb"
    result = CliRunner().invoke(cli, ["export", str(SEED), "-o", str(out), "--no-spatial-index"])
    assert result.exit_code == 0, result.output
    assert read_export(out) == seed()  # same order, not only the same features


def test_cli_merges_inputs(tmp_path: Path) -> None:
    other = tmp_path / "other.geojson"
    other.write_text(dumps(awkward()), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["export", str(SEED), str(other), str(SEED), "-o", str(tmp_path / "all.parquet")]
    )
    assert result.exit_code == 0, result.output
    assert len(read_export(tmp_path / "all.parquet")["features"]) == 53 + 4  # identical duplicates kept once


def test_cli_errors_leave_no_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature"}]}', encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["export", str(bad), "-o", str(tmp_path / "out.gpkg")])
    assert result.exit_code == 1
    assert "breaks the event feature contract" in result.output
    result = runner.invoke(cli, ["export", str(SEED), "-o", str(tmp_path / "out.xyz")])
    assert result.exit_code == 1
    assert "'" + str(tmp_path / "out.xyz") + "'" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.geojson"]
