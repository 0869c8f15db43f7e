"""FlatGeobuf: the spatial index is written, wherever GDAL's temporary file goes; nothing is left behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyogrio
import pytest

import geo.exports.ogr
from geo.errors import GeoIOError
from geo.exports import export, read_export
from geo.exports.table import table_from_collection
from tests.export_data import seed

BOX = (40.0, 30.0, 43.0, 34.5)


def _many(count: int) -> pa.Table:
    """``count`` events made from the seed: unique ids, random points in Iraq and around."""
    base = table_from_collection(seed())
    rng = np.random.default_rng(3)
    table = base.take(pa.array(rng.integers(0, base.num_rows, count)))
    ids = pc.binary_join_element_wise(table.column("id"), pa.array(np.arange(count).astype(str)), "-")
    table = table.set_column(table.schema.get_field_index("id"), "id", ids)
    table = table.set_column(table.schema.get_field_index("lon"), "lon", pa.array(rng.uniform(38, 49, count)))
    return table.set_column(table.schema.get_field_index("lat"), "lat", pa.array(rng.uniform(29, 38, count)))


def _ids_inside(table: pa.Table, box: tuple[float, float, float, float]) -> set[str]:
    lon, lat = table.column("lon").to_numpy(), table.column("lat").to_numpy()
    keep = (lon >= box[0]) & (lon <= box[2]) & (lat >= box[1]) & (lat <= box[3])
    return {str(v) for v in np.asarray(table.column("id").to_pylist(), dtype=object)[keep]}


@pytest.fixture
def options_seen(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, str]]:
    """The layer creation options each FlatGeobuf write passes to GDAL."""
    seen: list[dict[str, str]] = []
    real = geo.exports.ogr.write_ogr

    def spy(*args: Any, **kwargs: Any) -> None:
        seen.append(dict(kwargs.get("layer_options") or {}))
        real(*args, **kwargs)

    monkeypatch.setattr(geo.exports.ogr, "write_ogr", spy)
    return seen


def _memory_leftovers() -> list[str]:
    try:
        return [p for p in pyogrio.vsi_listtree("/vsimem/") if "geo-fgb-" in p]
    except OSError:  # /vsimem/ is empty
        return []


@pytest.mark.parametrize("temporary", ["memory", "disk"])
def test_spatial_index_is_written_and_used(
    tmp_path: Path, temporary: str, options_seen: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    if temporary == "disk":
        monkeypatch.setattr(geo.exports.ogr, "fgb_memory_budget", lambda: 0)
    table = _many(20_000)  # a tree of several levels (16 entries a node)
    out = tmp_path / "events.fgb"
    export(table, out)
    [options] = options_seen
    assert options["SPATIAL_INDEX"] == "YES"
    if temporary == "memory":
        assert options["TEMPORARY_DIR"].startswith("/vsimem/geo-fgb-")
    else:
        assert "TEMPORARY_DIR" not in options  # GDAL's default: beside the file, in our staging folder
    info = pyogrio.read_info(out)
    assert info["features"] == 20_000
    assert info["capabilities"]["fast_spatial_filter"] is True  # GDAL found the packed R-tree
    found = pyogrio.read_dataframe(out, bbox=BOX, columns=["id"])
    expected = _ids_inside(table, BOX)
    assert 1000 < len(expected) < 19_000
    assert sorted(found["id"]) == sorted(expected)
    assert [p.name for p in tmp_path.iterdir()] == ["events.fgb"]
    assert _memory_leftovers() == []


def test_without_index_gdal_has_none(tmp_path: Path, options_seen: list[dict[str, str]]) -> None:
    out = tmp_path / "events.fgb"
    export(seed(), out, spatial_index=False)
    assert options_seen[0]["SPATIAL_INDEX"] == "NO"
    assert "TEMPORARY_DIR" not in options_seen[0]  # no temporary file at all
    assert pyogrio.read_info(out)["capabilities"]["fast_spatial_filter"] is False
    assert read_export(out) == seed()


def test_memory_budget_decides(
    tmp_path: Path, options_seen: list[dict[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    table = _many(1000)
    need = geo.exports.ogr.fgb_temporary_bytes(geo.exports.ogr.geometry_table(table))
    assert need > geo.exports.ogr.geometry_table(table).nbytes  # on the safe side
    assert geo.exports.ogr.fgb_memory_budget() > need  # this machine reports its available memory
    for budget in (need * 2, need // 2):
        monkeypatch.setattr(geo.exports.ogr, "fgb_memory_budget", lambda b=budget: b)
        export(table, tmp_path / "events.fgb")
    assert ["TEMPORARY_DIR" in options for options in options_seen] == [True, False]


def test_failure_inside_gdal_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = pyogrio.write_arrow

    def failing(*args: Any, **kwargs: Any) -> None:
        real(*args, **kwargs)  # GDAL has used its in-memory temporary folder by now
        raise pyogrio.errors.DataLayerError("simulated failure after the write")

    monkeypatch.setattr(pyogrio, "write_arrow", failing)
    (tmp_path / "events.fgb").write_bytes(b"previous")
    with pytest.raises(GeoIOError, match="simulated failure"):
        export(seed(), tmp_path / "events.fgb")
    assert [p.name for p in tmp_path.iterdir()] == ["events.fgb"]
    assert (tmp_path / "events.fgb").read_bytes() == b"previous"
    assert _memory_leftovers() == []
