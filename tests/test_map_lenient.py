"""``geo map`` and ``geo figure`` draw GeoJSON outside the event contract with one short warning;
``geo validate`` and ``geo export`` stay strict."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"


def _foreign(tmp_path: Path) -> Path:
    """The seed events with an extra and a foreign property, a 7th decimal and two fields missing."""
    data: dict[str, Any] = json.loads(SEED.read_text(encoding="utf-8"))
    for feature in data["features"]:
        props = feature["properties"]
        props["admin1"] = "Anbar"
        props["Event Kind"] = props["event_type"]
        del props["notes"], props["mentions"]
        feature["geometry"]["coordinates"][0] += 0.0000001
    path = tmp_path / "foreign.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("command", "name"), [("map", "m.html"), ("figure", "f.png")])
def test_drawn_with_one_short_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, command: str, name: str
) -> None:
    path = _foreign(tmp_path)
    with caplog.at_level(logging.WARNING, logger="geo.validation.lenient"):
        result = CliRunner().invoke(cli, [command, str(path), "-o", str(tmp_path / name)])
    assert result.exit_code == 0, result.output
    warnings = [r.getMessage() for r in caplog.records if r.name == "geo.validation.lenient"]
    assert len(warnings) == 1
    message = warnings[0]
    assert len(message.replace(str(path), "FILE")) < 450  # short: grouped, not one line per problem
    for part in ("'admin1' ×53", "'Event Kind' ×53", "'notes' ×53", "'mentions' ×53", "more than 6 decimals"):
        assert part in message
    assert f"geo import csv {path} --mapping" in message
    assert (tmp_path / name).stat().st_size > 0


def test_validate_and_export_stay_strict(tmp_path: Path) -> None:
    path = _foreign(tmp_path)
    result = CliRunner().invoke(cli, ["validate", str(path)])
    assert result.exit_code == 1
    assert result.output.count("unknown member 'admin1'") == 53
    result = CliRunner().invoke(cli, ["export", str(path), "-o", str(tmp_path / "e.csv")])
    assert result.exit_code == 1
    assert "breaks the event feature contract" in result.output


def test_standard_input_is_lenient_too(tmp_path: Path) -> None:
    data = _foreign(tmp_path).read_bytes()
    result = CliRunner().invoke(cli, ["map", "-", "-o", str(tmp_path / "m.html")], input=data)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    "text",
    [b'{"type": "FeatureCollection", "features": [1, 2]}', b'[{"type": "Feature"}]', b"{not json"],
)
def test_what_is_not_geojson_is_still_refused(tmp_path: Path, text: bytes) -> None:
    path = tmp_path / "bad.geojson"
    path.write_bytes(text)
    result = CliRunner().invoke(cli, ["map", str(path), "-o", str(tmp_path / "m.html")])
    assert result.exit_code == 1
    assert "breaks the event feature contract" in result.output
    assert not (tmp_path / "m.html").exists()


def test_a_valid_file_gives_no_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        result = CliRunner().invoke(cli, ["map", str(SEED), "-o", str(tmp_path / "m.html")])
    assert result.exit_code == 0
    assert not [r for r in caplog.records if r.name == "geo.validation.lenient"]
