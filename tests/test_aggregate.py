"""``geo aggregate``: event counts per H3 cell, grid cell or admin1 region and per period, in GeoParquet,
and the choropleth layer ``geo map`` draws from such a file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.exports.aggregate import aggregate_events, parse_cells

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
FEATURES: list[dict[str, Any]] = json.loads(SEED.read_text(encoding="utf-8"))["features"]


def _event(lon: float, lat: float, start: str | None, **props: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {"date_start": start, "fatalities": None, "troops": None, **props},
    }


def test_cells_are_parsed_or_refused() -> None:
    assert parse_cells("h3:5") == ("h3", 5.0)
    assert parse_cells("grid:0.5") == ("grid", 0.5)
    assert parse_cells("admin1") == ("admin1", 0.0)
    for bad in ("h3:16", "grid:0", "grid:91", "hex:3", "admin2"):
        with pytest.raises(InputError):
            parse_cells(bad)


def test_grid_counts_sums_and_periods() -> None:
    events = [
        _event(44.2, 33.3, "2007-02-23", fatalities=3, event_type="attack"),
        _event(44.7, 33.9, "2007-02-26", fatalities=None, event_type="attack"),
        _event(44.7, 33.9, "2007-03-01", troops=200, event_type="deployment"),
        _event(45.1, 33.1, None, event_type="attack"),
    ]
    frame = aggregate_events(events, by="grid:1", period="week")
    rows = frame.drop(columns="geometry").to_dict("records")
    assert [(r["cell"], r["period"], r["events"]) for r in rows] == [
        ("44_33", "2007-W08", 1),
        ("44_33", "2007-W09", 2),
        ("45_33", "undated", 1),
    ]
    assert rows[0]["fatalities"] == 3
    assert rows[1]["troops"] == 200
    assert pd.isna(rows[1]["fatalities"])  # none of the row's events reports fatalities: null, not 0
    assert frame.geometry.iloc[0].bounds == (44.0, 33.0, 45.0, 34.0)
    assert 9_000 < rows[0]["cell_area_km2"] < 10_500  # one degree square at 33° N


def test_fields_split_the_counts_and_h3_cells_are_hexagons() -> None:
    frame = aggregate_events(FEATURES, by="h3:3", period="month", fields=["event_type"])
    assert int(frame["events"].sum()) == len(FEATURES)
    assert list(frame.columns[:5]) == ["cell", "cell_kind", "cell_area_km2", "period", "event_type"]
    assert set(frame["cell_kind"]) == {"h3:3"}
    assert all(len(geom.exterior.coords) >= 6 for geom in frame.geometry)  # hexagons (some cut by edges)
    assert frame["period"].str.fullmatch(r"\d{4}-\d{2}|undated").all()


def test_admin1_from_the_data_or_the_lookup() -> None:
    events = [
        _event(44.2, 33.3, "2007-02-23", admin1="Baghdad"),
        _event(43.1, 33.4, "2007-02-23", gazetteer_id="x:1"),
        _event(10.0, 10.0, "2007-02-23"),
    ]
    frame = aggregate_events(
        events, by="admin1", admin1_of=lambda p: "IQ.01" if p.get("gazetteer_id") else None
    )
    assert dict(zip(frame["cell"], frame["events"], strict=True)) == {"Baghdad": 1, "IQ.01": 1, "unknown": 1}
    assert frame.set_index("cell").geometry["unknown"] is None
    assert frame.set_index("cell").geometry["Baghdad"].area > 0


def test_cli_writes_geoparquet_and_the_map_draws_it(tmp_path: Path) -> None:
    import geopandas

    out = tmp_path / "agg.parquet"
    result = CliRunner().invoke(
        cli, ["aggregate", str(SEED), "-o", str(out), "--by", "grid:2", "--period", "month"]
    )
    assert result.exit_code == 0, result.output
    frame = geopandas.read_parquet(out)
    assert int(frame["events"].sum()) == len(FEATURES)
    assert frame.crs.to_epsg() == 4326
    page = tmp_path / "m.html"
    result = CliRunner().invoke(cli, ["map", str(out), str(SEED), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert f"{frame['cell'].nunique()} aggregate cells" in result.output
    text = page.read_text(encoding="utf-8")
    assert "Events per cell (grid:2, about " in text
    assert f"{len(FEATURES)} events in {frame['cell'].nunique()} cells" in text


def test_cli_refuses_bad_cells_and_endings(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["aggregate", str(SEED), "-o", str(tmp_path / "a.parquet"), "--by", "hex:2"]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: unknown cells 'hex:2'")
    result = CliRunner().invoke(cli, ["aggregate", str(SEED), "-o", str(tmp_path / "a.csv"), "--by", "h3:4"])
    assert result.exit_code == 1
    assert list(tmp_path.iterdir()) == []
