"""``map``, ``figure`` and ``export`` read every format geo writes (the commands chain)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
FORMATS = ["geojsonl", "geojsons", "csv", "gpkg", "fgb", "parquet", "kml", "kmz", "shp.zip"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("exports")
    files = {}
    for fmt in FORMATS:
        path = folder / f"events.{fmt}"
        result = CliRunner().invoke(cli, ["export", str(SEED), "-o", str(path)])
        assert result.exit_code == 0, result.output
        files[fmt] = path
    return files


@pytest.mark.parametrize("fmt", FORMATS)
def test_map_reads_every_export_format(exported: dict[str, Path], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(exported[fmt]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Erbil" in page


@pytest.mark.parametrize("fmt", ["geojsonl", "gpkg", "csv"])
def test_export_converts_between_formats(exported: dict[str, Path], tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "back.geojson"
    result = CliRunner().invoke(cli, ["export", str(exported[fmt]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    features = json.loads(out.read_text(encoding="utf-8"))["features"]
    assert len(features) == len(json.loads(SEED.read_text(encoding="utf-8"))["features"])


def test_figure_reads_geojson_lines(exported: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "fig.png"
    result = CliRunner().invoke(cli, ["figure", str(exported["geojsonl"]), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\x89PNG")


def test_a_name_without_a_known_ending_is_read_as_geojson(tmp_path: Path) -> None:
    odd = tmp_path / "events.data"
    odd.write_bytes(SEED.read_bytes())
    result = CliRunner().invoke(cli, ["map", str(odd), "-o", str(tmp_path / "m.html")])
    assert result.exit_code == 0, result.output
