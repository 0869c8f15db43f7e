"""Report figures: scale-bar arithmetic, extent and marker layout, output files, errors, ``geo figure``."""

from __future__ import annotations

import json
import math
import re
import struct
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.figures import plot_events, save_figure
from geo.figures.layout import fit_extent, important_places, padded_bounds
from geo.figures.markers import PRECISION_LABELS
from geo.figures.plot import drawn_events
from geo.figures.scale import (
    format_length,
    km_per_degree_lat,
    km_per_degree_lon,
    nice_length,
    scale_bar_degrees,
)
from geo.model.vocab import EVENT_STYLES, LAYERS

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "locations.geojson"


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return json.loads(SEED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_figure(seed: dict[str, Any]) -> Any:
    return plot_events(seed, title="Missions", width=8, height=5, dpi=100)


def _feature(lon: float, lat: float, event_type: str, place: str, **props: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "id": f"{place}-{event_type}-{lon}",
            "place": place,
            "event_type": event_type,
            **props,
        },
    }


# --- scale bar arithmetic -------------------------------------------------------------------------


@pytest.mark.parametrize("lat", [0.0, 15.0, 33.3, 52.0, 60.0, 75.0, -40.0])
def test_degree_of_longitude_matches_the_geodesic_along_the_parallel(lat: float) -> None:
    from pyproj import Geod

    # Over 0.001° the geodesic and the parallel differ by far less than a millimetre per km.
    _, _, metres = Geod(ellps="WGS84").inv(10.0, lat, 10.001, lat)
    assert km_per_degree_lon(lat) == pytest.approx(metres / 1000 * 1000, rel=1e-6)


def test_degree_lengths_known_values() -> None:
    assert km_per_degree_lon(0) == pytest.approx(111.3195, abs=1e-3)
    assert km_per_degree_lon(60) == pytest.approx(55.80, abs=0.01)
    assert km_per_degree_lon(90) == pytest.approx(0.0, abs=1e-9)
    assert km_per_degree_lat(0) == pytest.approx(110.574, abs=1e-3)
    assert km_per_degree_lat(90) == pytest.approx(111.694, abs=1e-3)


@pytest.mark.parametrize(
    ("limit", "expected"),
    [(730, 500), (500, 500), (499.9, 200), (2.4, 2), (1000, 1000), (0.07, 0.05), (19.99, 10), (3e6, 2e6)],
)
def test_nice_length(limit: float, expected: float) -> None:
    assert nice_length(limit) == pytest.approx(expected)


def test_nice_length_rejects_nonsense() -> None:
    for bad in (0.0, -3.0, math.inf, math.nan):
        with pytest.raises(ValueError, match="positive length"):
            nice_length(bad)


def test_scale_bar_is_a_quarter_of_the_width_at_most_and_true_at_its_latitude() -> None:
    # 20° wide at 33°N: 20 * 93.4 km = 1868 km; a quarter is 467 km, so the bar is 200 km.
    km, degrees = scale_bar_degrees(33.0, 20.0)
    assert km == 200
    assert degrees == pytest.approx(200 / km_per_degree_lon(33.0))
    assert degrees * km_per_degree_lon(33.0) <= 0.25 * 20.0 * km_per_degree_lon(33.0)
    # The same width near the equator holds a longer bar.
    assert scale_bar_degrees(0.0, 20.0)[0] == 500
    with pytest.raises(ValueError, match="latitude 90"):
        scale_bar_degrees(90.0, 20.0)
    assert format_length(200) == "200 km"
    assert format_length(0.5) == "500 m"


# --- extent and layout ----------------------------------------------------------------------------


def test_padded_bounds_frames_the_points_with_a_margin() -> None:
    assert padded_bounds([(44.0, 33.0)]) == (43.5, 44.5, 32.5, 33.5)
    west, east, south, north = padded_bounds([(40.0, 30.0), (50.0, 36.0)], margin=0.1)
    assert (west, east, south, north) == pytest.approx((39.0, 51.0, 29.4, 36.6))
    assert padded_bounds([(-179.9, 84.9), (179.9, -84.9)]) == (-180.0, 180.0, -85.0, 85.0)
    with pytest.raises(ValueError, match="no points"):
        padded_bounds([])


@pytest.mark.parametrize("box_aspect", [0.5, 1.0, 1.43, 3.0])
@pytest.mark.parametrize(
    "extent", [(40.0, 50.0, 30.0, 35.0), (40.0, 41.0, 30.0, 38.0), (-10.0, 30.0, 50.0, 70.0)]
)
def test_fit_extent_only_grows_and_matches_the_box(
    extent: tuple[float, float, float, float], box_aspect: float
) -> None:
    (west, east, south, north), aspect = fit_extent(extent, box_aspect)
    assert west <= extent[0]
    assert east >= extent[1]
    assert south <= extent[2]
    assert north >= extent[3]
    centre = (south + north) / 2
    assert aspect == pytest.approx(1 / math.cos(math.radians(centre)))
    # On paper a degree of longitude is cos(centre) times a degree of latitude.
    assert (east - west) * math.cos(math.radians(centre)) / (north - south) == pytest.approx(
        box_aspect, rel=1e-3
    )


def test_markers_stay_on_their_true_points_with_a_count_and_precision_symbols() -> None:
    features = [_feature(44.4, 33.3, "strike", "Baghdad", geo_precision=2)] * 5 + [
        _feature(44.43, 33.31, "protest", "Baghdad", geo_precision=1),
        _feature(43.7, 33.0, "political", "Iraq", geo_precision=4),
        _feature(44.0, 35.0, "training", "Kirkuk province", geo_precision=3),
    ]
    fig = plot_events(
        {"type": "FeatureCollection", "features": features}, labels=0, extent=(43, 45, 32.5, 35.5)
    )
    ax = fig.axes[0]
    drawn = {}
    for coll in ax.collections:
        gid = coll.get_gid() or ""
        if gid.startswith("events-"):
            drawn[gid] = sorted(map(tuple, coll.get_offsets().tolist()))
    # Every marker at its own coordinates (no ring, no leader), one scatter per type and precision.
    assert drawn == {
        "events-strike-site": [(44.4, 33.3)] * 5,
        "events-protest-site": [(44.43, 33.31)],
        "events-political-country": [(43.7, 33.0)],
        "events-training-region": [(44.0, 35.0)],
    }
    country = next(c for c in ax.collections if c.get_gid() == "events-political-country")
    assert country.get_facecolors().size == 0 or country.get_facecolors()[0][3] == 0  # hollow
    badges = [t.get_text() for t in ax.texts if t.get_gid() == "point-count"]
    assert badges == ["5"]


def test_important_places_rank_by_events_then_precision() -> None:
    features = [
        _feature(44.4, 33.3, "strike", "Baghdad", geo_precision=2),
        _feature(44.4, 33.3, "protest", "Baghdad", geo_precision=2),
        _feature(43.7, 33.0, "strike", "Iraq", geo_precision=4),
        _feature(43.7, 33.0, "deployment", "Iraq", geo_precision=4),
        _feature(44.0, 36.2, "training", "Erbil", geo_precision=2),
        _feature(43.1, 36.3, "training", "Mosul", geo_precision=2),
    ]
    ranked = important_places(features, limit=3)
    assert [r[0] for r in ranked] == ["Baghdad", "Iraq", "Erbil"]
    assert ranked[0] == ("Baghdad", 44.4, 33.3, 2)
    assert important_places(features, limit=0) == []


# --- figures and files ----------------------------------------------------------------------------


def test_seed_figure_draws_every_visible_event_in_the_frame_with_the_map_colours(
    seed_figure: Any, seed: dict[str, Any]
) -> None:
    ax = seed_figure.axes[0]
    visible = {name for name, shown in LAYERS if shown}
    west, east = ax.get_xlim()
    south, north = ax.get_ylim()

    def framed(f: dict[str, Any]) -> bool:
        x, y = f["geometry"]["coordinates"]
        return bool(west <= x <= east and south <= y <= north)

    shown = [f for f in seed["features"] if EVENT_STYLES[f["properties"]["event_type"]].layer in visible]
    expected = Counter(f["properties"]["event_type"] for f in shown if framed(f))
    # The frame fits the site and town points; country points far away (the US) are left out
    # and said to be, and the note counts what is drawn.
    assert 0 < sum(expected.values()) < len(shown)
    note = ax.get_xlabel()
    assert note.startswith(f"{sum(expected.values())} events drawn")
    assert f"({len(shown) - sum(expected.values())} outside the frame)" in note
    assert "country- or region-level points not used for it" in note
    assert drawn_events(seed_figure) == sum(expected.values())
    drawn: Counter[str] = Counter()
    for collection in ax.collections:
        gid = collection.get_gid() or ""
        if gid.startswith("events-"):
            event_type, kind = gid.removeprefix("events-").rsplit("-", 1)
            drawn[event_type] += len(collection.get_offsets())
            # A country-level point is hollow: its colour is its edge.
            colour = (collection.get_edgecolor() if kind == "country" else collection.get_facecolor())[0]
            hex_colour = "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in colour[:3]))
            assert hex_colour == EVENT_STYLES[event_type].color.upper()
    assert drawn == dict(expected)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    # After the types, one entry per kind of point (site, region, country).
    assert legend[len(expected) :] == list(PRECISION_LABELS.values())
    legend = legend[: len(expected)]
    assert legend == [f"{EVENT_STYLES[t].label} ({n})" for t, n in expected.items() if t] or sorted(
        legend
    ) == sorted(f"{EVENT_STYLES[t].label} ({n})" for t, n in expected.items())
    # Aspect-correct: the data box on paper has the box's shape with cos(centre latitude).
    west, east = ax.get_xlim()
    south, north = ax.get_ylim()
    assert ax.get_aspect() == pytest.approx(1 / math.cos(math.radians((south + north) / 2)))
    points = [f["geometry"]["coordinates"] for f in seed["features"] if f["properties"]["geo_precision"] <= 2]
    assert west < min(p[0] for p in points)
    assert east > max(p[0] for p in points)


def test_seed_figure_labels_places_without_overlaps(seed_figure: Any) -> None:
    from matplotlib.backends.backend_agg import RendererAgg

    ax = seed_figure.axes[0]
    renderer = RendererAgg(int(seed_figure.bbox.width), int(seed_figure.bbox.height), seed_figure.dpi)
    labels = [t for t in ax.texts if t.get_gid() == "place-label"]
    names = [t.get_text() for t in labels]
    assert "Iraq" in names  # the place with the most events
    assert 3 <= len(labels) <= 8
    boxes = [t.get_window_extent(renderer) for t in labels]
    legend_box = ax.get_legend().get_window_extent(renderer)
    axes_box = ax.get_window_extent(renderer)
    for i, box in enumerate(boxes):
        assert not box.overlaps(legend_box), names[i]
        assert axes_box.x0 <= box.x0
        assert box.x1 <= axes_box.x1
        for j in range(i + 1, len(boxes)):
            assert not box.overlaps(boxes[j]), (names[i], names[j])


def test_scale_bar_label_matches_the_extent(seed_figure: Any) -> None:
    ax = seed_figure.axes[0]
    west, east = ax.get_xlim()
    south, north = ax.get_ylim()
    bar = [t for t in ax.texts if t.get_gid() == "scale-bar"]
    assert len(bar) == 1
    km, degrees = scale_bar_degrees(south + 0.04 * (north - south), east - west)
    assert bar[0].get_text() == format_length(km)
    bars = [p for p in ax.patches if p.get_label() == "_scalebar"]
    assert sum(p.get_width() for p in bars) == pytest.approx(degrees)


def test_png_size_follows_inches_and_dpi(seed: dict[str, Any], tmp_path: Path) -> None:
    fig = plot_events(seed, width=6, height=4, dpi=80, labels=3)
    out = save_figure(fig, tmp_path / "map.png")
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (480, 320)
    save_figure(fig, tmp_path / "big.png", dpi=160)
    assert struct.unpack(">II", (tmp_path / "big.png").read_bytes()[16:24]) == (960, 640)


def test_svg_parses_and_keeps_legend_text(seed_figure: Any, seed: dict[str, Any], tmp_path: Path) -> None:
    out = save_figure(seed_figure, tmp_path / "map.svg")
    root = ET.parse(out).getroot()
    texts = " ".join("".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text"))
    for event_type in {f["properties"]["event_type"] for f in seed["features"]} - {"mention"}:
        assert EVENT_STYLES[event_type].label in texts
    assert "Missions" in texts
    assert "Events" in texts
    assert re.search(r"\d+ km", texts)
    # Same figure, same bytes.
    again = save_figure(seed_figure, tmp_path / "again.svg")
    assert again.read_bytes() == out.read_bytes()


def test_pdf_is_a_pdf(seed_figure: Any, tmp_path: Path) -> None:
    data = save_figure(seed_figure, tmp_path / "map.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")


def test_text_from_the_data_stays_text(tmp_path: Path) -> None:
    name = "$x^2$ <b>&amp;</b>"
    fig = plot_events([_feature(44.0, 33.0, "strike", name)], title="$\\frac{1}{2}$ costs")
    root = ET.parse(save_figure(fig, tmp_path / "hostile.svg")).getroot()
    texts = ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]
    assert name in texts
    assert "$\\frac{1}{2}$ costs" in texts


def test_existing_axes_and_layers(seed: dict[str, Any]) -> None:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(5, 5))
    ax = fig.add_subplot()
    assert plot_events(seed, ax=ax, layers=["Strikes"], legend=False, labels=0) is fig
    drawn = [c.get_gid() for c in ax.collections if (c.get_gid() or "").startswith("events-")]
    assert drawn == ["events-strike-site", "events-strike-country"]
    everything = plot_events(seed, layers=[name for name, _ in LAYERS], labels=0)
    gids = {c.get_gid() for c in everything.axes[0].collections}
    assert "events-mention-site" in gids


def test_errors(seed: dict[str, Any], tmp_path: Path) -> None:
    empty = {"type": "FeatureCollection", "features": []}
    with pytest.raises(InputError, match="nothing to plot"):
        plot_events(empty)
    only_mentions = [_feature(44.0, 33.0, "mention", "Iraq")]
    with pytest.raises(InputError, match="nothing to plot"):
        plot_events(only_mentions)
    with pytest.raises(InputError, match=re.escape("'Nope'")):
        plot_events(seed, layers=["Nope"])
    with pytest.raises(InputError, match="width"):
        plot_events(seed, width=0)
    fig = plot_events(seed, labels=0)
    with pytest.raises(InputError, match=re.escape("'map.jpg'")):
        save_figure(fig, "map.jpg")


# --- CLI ------------------------------------------------------------------------------------------


def test_cli_figure_writes_png(tmp_path: Path) -> None:
    out = tmp_path / "seed.png"
    result = CliRunner().invoke(
        cli,
        [
            "figure",
            str(SEED),
            "-o",
            str(out),
            "--title",
            "Seed",
            "--width",
            "5",
            "--height",
            "4",
            "--dpi",
            "50",
        ],
    )
    assert result.exit_code == 0, result.output
    assert struct.unpack(">II", out.read_bytes()[16:24]) == (250, 200)
    assert "wrote" in result.output


def test_cli_figure_errors_leave_no_file(tmp_path: Path) -> None:
    runner = CliRunner()
    bad_ext = runner.invoke(cli, ["figure", str(SEED), "-o", str(tmp_path / "seed.gif")])
    assert bad_ext.exit_code == 1
    assert "use a .png, .svg or .pdf file name" in bad_ext.output
    empty = tmp_path / "empty.geojson"
    empty.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    out = tmp_path / "empty.png"
    result = runner.invoke(cli, ["figure", str(empty), "-o", str(out)])
    assert result.exit_code == 1
    assert "nothing to plot" in result.output
    assert not out.exists()
    assert list(tmp_path.glob(".*.tmp")) == []
    bad_layer = runner.invoke(cli, ["figure", str(SEED), "-o", str(out), "--layer", "Nope"])
    assert bad_layer.exit_code == 2
