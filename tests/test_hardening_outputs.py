"""Hostile values in outputs: spreadsheet formulas in CSV, figure sizes and characters, tile URLs,
";" in output names and byte-reproducible containers (hardening issue items 6, 8, 10, 11)."""

from __future__ import annotations

import csv
import json
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.exports import read_export
from geo.figures import MAX_PIXELS, plot_events, save_figure
from geo.io import csv_guard, csv_unguard
from tests.test_hardening import SEED, fails_cleanly

# --- item 6: spreadsheet formula injection ----------------------------------------------------------

FORMULAS = [
    '=HYPERLINK("http://x.example","y")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1)",
    "\tx",
    "'=x",
    "''+y",
]


@pytest.mark.parametrize("value", ["x", "-12.5", "'plain", *FORMULAS])
def test_csv_guard_round_trip(value: str) -> None:
    assert csv_unguard(csv_guard(value)) == value
    guarded = csv_guard(value)
    assert guarded == ("'" + value if value in FORMULAS else value)


def _formula_seed(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    names = {}
    for feature, value in zip(data["features"], FORMULAS, strict=False):
        feature["properties"]["name"] = value
        feature["properties"]["notes"] = value
        names[feature["id"]] = value
    path = tmp_path / "formulas.geojson"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path, names


@pytest.mark.parametrize("ending", [".csv", ".acled.csv"])
def test_csv_exports_neutralise_formulas_and_read_back_exactly(tmp_path: Path, ending: str) -> None:
    source, names = _formula_seed(tmp_path)
    out = tmp_path / f"out{ending}"
    result = CliRunner().invoke(cli, ["export", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    for value in FORMULAS:
        assert "'" + value in cells
        assert value not in cells
    assert not [cell for cell in cells if cell[:1] in ("=", "+", "@", "\t", "\r")]
    # our readers take the guard quote off again
    if ending == ".csv":
        back = read_export(out)
        assert {f["id"]: f["properties"]["name"] for f in back["features"] if f["id"] in names} == names
    imported = tmp_path / "imported.geojson"
    result = CliRunner().invoke(
        cli, ["import", "acled" if "acled" in ending else "csv", str(out), "-o", str(imported)]
    )
    assert result.exit_code == 0, result.output
    notes = {f["properties"].get("notes") for f in json.loads(imported.read_text())["features"]}
    assert {value.strip() for value in FORMULAS} <= notes  # the importers trim cells


def test_no_csv_guard_writes_text_as_it_is(tmp_path: Path) -> None:
    source, _ = _formula_seed(tmp_path)
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(cli, ["export", str(source), "-o", str(out), "--no-csv-guard"])
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert FORMULAS[0] in cells
    assert "'" + FORMULAS[0] not in cells


def test_the_guard_changes_nothing_on_the_seed_data(tmp_path: Path) -> None:
    for ending in (".csv", ".acled.csv"):
        written = []
        for flags in ([], ["--no-csv-guard"]):
            out = tmp_path / f"{len(flags)}{ending}"
            assert CliRunner().invoke(cli, ["export", str(SEED), "-o", str(out), *flags]).exit_code == 0
            written.append(out.read_bytes())
        assert written[0] == written[1]


# --- item 8: figures ----------------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["\ufeff", "\ufeffTitle\u200b", "Ti\x00tle"])
def test_pdf_figure_with_format_characters(tmp_path: Path, title: str) -> None:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    for feature in data["features"]:
        for key in ("name", "place"):  # labels show the place, else the name
            feature["properties"][key] = "\ufeff" + feature["properties"][key] + "\u200b"
    source = tmp_path / "in.geojson"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = CliRunner().invoke(cli, ["figure", str(source), "--title", title, "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("ending", [".png", ".pdf", ".svg"])
def test_figure_size_is_bounded(tmp_path: Path, ending: str) -> None:
    out = tmp_path / f"big{ending}"
    fails_cleanly(
        ["figure", SEED, "--width", "100", "--height", "100", "--dpi", "1200", "-o", out],
        names="100 × 100 inches at 1200 dpi",
        says="the limit is 50",
        inputs=[SEED],
        output=out,
    )


def test_save_figure_checks_the_size_too(tmp_path: Path) -> None:
    fig = plot_events(json.loads(SEED.read_text(encoding="utf-8")), width=10, height=7, dpi=100)
    with pytest.raises(InputError, match="megapixels"):
        save_figure(fig, tmp_path / "x.png", dpi=(MAX_PIXELS / 70) ** 0.5 + 1)
    assert not (tmp_path / "x.png").exists()


# --- item 10: --tiles with a URL template -----------------------------------------------------------------

TEMPLATE = "https://tiles.example.org/{z}/{x}/{y}.png"


@pytest.mark.parametrize(
    ("extra", "credit"),
    [
        ([], '"attribution": "Map tiles: tiles.example.org"'),
        (["--attribution", "Tiles by X"], '"Tiles by X"'),
    ],
    ids=["host", "given"],
)
def test_map_with_a_tile_url_template(tmp_path: Path, extra: list[str], credit: str) -> None:
    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(SEED), "--tiles", TEMPLATE, *extra, "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert TEMPLATE in page
    assert credit in page


def test_map_with_unknown_tiles_fails_cleanly(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    fails_cleanly(
        ["map", SEED, "--tiles", "NoSuchProvider", "-o", out],
        names="NoSuchProvider",
        says="unusable tiles",
        inputs=[SEED],
        output=out,
    )


# --- item 11: ";" in output names, reproducible containers ---------------------------------------------


@pytest.mark.parametrize("name", ["a;b.gpkg", "a;b.shp", "a;b.shp.zip", "a;b.fgb", "a;b.kml"])
def test_a_semicolon_in_the_output_name(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = CliRunner().invoke(cli, ["export", str(SEED), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.exists()
    assert all(";" in path.name for path in tmp_path.iterdir())  # no part left under another name
    back = read_export(out)
    assert len(back["features"]) == len(json.loads(SEED.read_text(encoding="utf-8"))["features"])
    assert CliRunner().invoke(cli, ["validate", str(out)]).exit_code == 0


@pytest.mark.parametrize("name", ["e.gpkg", "e.shp.zip", "e.kmz", "e.shp"])
@pytest.mark.parametrize("epoch", [None, "1700000000"])
def test_container_outputs_are_byte_reproducible(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, epoch: str | None
) -> None:
    if epoch is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    written = []
    for run in ("one", "two"):
        folder = tmp_path / run
        folder.mkdir()  # geo creates no output folder unasked
        result = CliRunner().invoke(cli, ["export", str(SEED), "-o", str(folder / name)])
        assert result.exit_code == 0, result.output
        written.append({path.name: path.read_bytes() for path in sorted(folder.iterdir())})
        if run == "one":
            time.sleep(1.1)  # a clock that ticks between the two runs
    assert written[0] == written[1]
    if name.endswith(".zip") or name.endswith(".kmz"):
        with zipfile.ZipFile(tmp_path / "one" / name) as zf:
            stamps = {info.date_time for info in zf.infolist()}
        assert stamps == {(1980, 1, 1, 0, 0, 0) if epoch is None else (2023, 11, 14, 22, 13, 20)}


def test_pdf_figure_with_a_label_of_format_characters_only(tmp_path: Path) -> None:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    for feature in data["features"]:
        feature["properties"]["place"] = "\ufeff"  # crashed matplotlib's PDF backend (IndexError)
    source = tmp_path / "in.geojson"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out.pdf"
    result = CliRunner().invoke(cli, ["figure", str(source), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
