"""Report figures: --extent, --country, the automatic frame of finer points, what is drawn and
counted, --color-by/--size-by with the map's classes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.figures import plot_events
from geo.figures.frame import choose_frame, country_extent, parse_extent
from geo.figures.plot import drawn_events
from geo.maps.styling import CATEGORY_COLORS

SEED = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"


def _feature(lon: float, lat: float, precision: int, **props: Any) -> dict[str, Any]:
    base = {"place": f"P{lon},{lat}", "event_type": "attack", "geo_precision": precision, **props}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": base}


def _fc(*features: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": list(features)}


def test_parse_extent_and_its_errors() -> None:
    assert parse_extent("35,32,42.5,37.5") == (35.0, 42.5, 32.0, 37.5)
    for bad in ("35,32,42", "a,b,c,d", "42,32,35,37", "35,95,42,96"):
        with pytest.raises(InputError, match="extent"):
            parse_extent(bad)


def test_country_extent_frames_the_outline() -> None:
    west, east, south, north = country_extent(["SY"])
    assert 35.0 < west < 35.9 < 42.2 < east < 43.0
    assert 31.8 < south < 32.4 < 37.2 < north < 37.8
    with pytest.raises(InputError, match="no outline for country 'XX'"):
        country_extent(["XX"])


def test_automatic_frame_ignores_coarse_points_when_finer_ones_exist() -> None:
    fine = [_feature(44.4, 33.3, 2), _feature(43.1, 36.3, 1)]
    coarse = [_feature(-98.5, 39.8, 4), _feature(44.0, 35.0, 3)]
    frame = choose_frame([*fine, *coarse])
    assert frame.extent[0] > 42
    assert frame.extent[1] < 46
    assert "2 site and town points; 2 country- or region-level points not used" in frame.note
    # Without finer points every point frames the map, and nothing needs saying.
    only = choose_frame(coarse)
    assert only.extent[0] < -98
    assert only.note == ""


def test_extent_draws_and_counts_only_what_is_inside() -> None:
    fc = _fc(_feature(36.2, 33.5, 2), _feature(37.1, 36.2, 2), _feature(44.4, 33.3, 2))
    fig = plot_events(fc, extent=(35.0, 42.5, 32.0, 37.5), labels=0)
    assert drawn_events(fig) == 2
    ax = fig.axes[0]
    assert ax.get_xlabel().startswith("2 events drawn (1 outside the frame)")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["Attack (2)"]


def test_color_and_size_by_use_the_map_classes() -> None:
    kinds = ["state_based_violence"] * 3 + ["non_state_violence"] * 2 + ["one_sided_violence"]
    fc = _fc(
        *(_feature(36 + k * 0.3, 34, 2, sub_event_type=s, fatalities=k * 10) for k, s in enumerate(kinds))
    )
    fig = plot_events(fc, color_by="type_of_violence", size_by="fatalities", labels=0)
    ax = fig.axes[0]
    legend = ax.get_legend()
    assert legend.get_title().get_text() == "type of violence"
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts[:3] == ["state based violence (3)", "non state violence (2)", "one sided violence (1)"]
    assert texts[3:] == ["fatalities 50", "fatalities 12", "fatalities 2"]
    scatter = next(c for c in ax.collections if (c.get_gid() or "").startswith("events-"))
    faces = {"#{:02X}{:02X}{:02X}".format(*(round(v * 255) for v in c[:3])) for c in scatter.get_facecolors()}
    assert faces == set(CATEGORY_COLORS[:3])
    sizes = scatter.get_sizes()
    assert sizes[0] < sizes[-1]  # fatalities 0 → smallest, 50 → largest


def test_cli_figure_country_and_count(tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "iq.png"
    result = runner.invoke(cli, ["figure", str(SEED), "--country", "IQ", "-o", str(out), "--dpi", "60"])
    assert result.exit_code == 0, result.output
    seed = json.loads(SEED.read_text(encoding="utf-8"))["features"]
    assert f"of {len(seed)} features drawn" in result.output
    bad = runner.invoke(cli, ["figure", str(SEED), "--extent", "1,2,3", "-o", str(tmp_path / "x.png")])
    assert bad.exit_code == 1
    assert "extent '1,2,3'" in bad.output
    assert not (tmp_path / "x.png").exists()


def test_density_mode_counts_every_event_drawn_with_an_honest_colour_bar() -> None:
    fc = _fc(*(_feature(36 + (k % 17) * 0.2, 33 + (k % 13) * 0.2, 2) for k in range(400)))
    fig = plot_events(fc, density=True, labels=0)
    ax = fig.axes[0]
    hexes = next(c for c in ax.collections if c.get_gid() == "density")
    assert int(hexes.get_array().sum()) == 400 == drawn_events(fig)
    assert not any((c.get_gid() or "").startswith("events-") for c in ax.collections)
    labels = [a.get_xlabel() for a in ax.child_axes]
    assert any(label.startswith("events per hexagon (") and label.endswith(" km across)") for label in labels)


def test_facets_share_the_frame_and_the_colours(tmp_path: Path) -> None:
    from geo.figures.facets import plot_facets

    kinds = ["a", "a", "a", "b", "b", "c"]
    feats = []
    for k in range(30):
        day = f"2019-{1 + k % 3:02d}-{1 + k % 28:02d}"
        feats.append(
            _feature(36 + (k % 7) * 0.3, 34 + (k % 5) * 0.3, 2, date_start=day, sub_event_type=kinds[k % 6])
        )
    fig = plot_facets(_fc(*feats), facet="month", color_by="sub_event_type")
    panels = [ax for ax in fig.axes if ax.get_title()]
    assert [ax.get_title() for ax in panels] == ["2019-01 (10)", "2019-02 (10)", "2019-03 (10)"]
    assert len({(ax.get_xlim(), ax.get_ylim()) for ax in panels}) == 1  # one frame
    # The same value has the same colour in every panel (classes ranked over all panels).
    faces = {tuple(f) for ax in panels for c in ax.collections if (c.get_gid() or "").startswith("events-")
             for f in c.get_facecolors().tolist()}  # fmt: skip
    assert len(faces) == 3
    assert drawn_events(fig) == 30
    runner = CliRunner()
    years = runner.invoke(
        cli, ["figure", str(SEED), "--facet", "year", "-o", str(tmp_path / "y.png"), "--dpi", "40"]
    )
    assert years.exit_code == 0, years.output
    assert "features drawn" in years.output
    months = runner.invoke(cli, ["figure", str(SEED), "--facet", "month", "-o", str(tmp_path / "m.png")])
    assert months.exit_code == 1  # 2003-2024 is far more than 36 months: one line, no file
    assert "at most 36 panels" in months.output
    assert not (tmp_path / "m.png").exists()
