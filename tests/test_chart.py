"""``geo chart``: events or fatalities per period, stacked by a field in the map's colours."""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.figures.chart import bucket_starts, chart_events, save_chart
from geo.maps.styling import CATEGORY_COLORS
from geo.model.vocab import EVENT_STYLES


def _event(day: str, event_type: str, sub: str, fatalities: int | None) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [36.2, 33.5]},
        "properties": {
            "place": "Damascus",
            "event_type": event_type,
            "sub_event_type": sub,
            "date": day,
            "date_start": day,
            "date_end": day,
            "time_precision": "day",
            "fatalities": fatalities,
        },
    }


def _events() -> dict[str, Any]:
    start = datetime.date(2017, 1, 1)
    feats = [
        _event(
            (start + datetime.timedelta(days=7 * k)).isoformat(),
            ("attack", "strike")[k % 2],
            ("state_based_violence", "one_sided_violence", "non_state_violence")[k % 3],
            k % 5,
        )
        for k in range(60)
    ]
    undated = _event("2017-01-01", "attack", "state_based_violence", 3)
    for key in ("date", "date_start", "date_end", "time_precision"):
        undated["properties"][key] = None
    return {"type": "FeatureCollection", "features": [*feats, undated]}


def _bars(fig: Any) -> dict[str, tuple[str, float]]:
    ax = fig.axes[0]
    out = {}
    for container, label in zip(
        ax.containers, [t.get_text() for t in ax.get_legend().get_texts()], strict=True
    ):
        colour = container.patches[0].get_facecolor()
        hex_colour = "#{:02X}{:02X}{:02X}".format(*(round(c * 255) for c in colour[:3]))
        out[label] = (hex_colour, sum(p.get_height() for p in container.patches))
    return out


def test_events_per_week_by_type_in_the_map_colours() -> None:
    fc = _events()
    bars = _bars(chart_events(fc, period="week"))
    assert bars == {
        "Attack (30)": (EVENT_STYLES["attack"].color.upper(), 30.0),
        "Strike (air, drone, bombing) (30)": (EVENT_STYLES["strike"].color.upper(), 30.0),
    }
    fig = chart_events(fc, period="week")
    assert "1 undated left out" in fig.axes[0].get_xlabel()


def test_fatalities_by_an_alias_field_sum_to_the_data() -> None:
    fc = _events()
    bars = _bars(chart_events(fc, by="type_of_violence", value="fatalities", period="month"))
    dated = [f["properties"] for f in fc["features"] if f["properties"]["date"]]
    want = Counter()
    for p in dated:
        want[p["sub_event_type"].replace("_", " ")] += p["fatalities"]
    assert {label.rsplit(" (", 1)[0]: total for label, (_, total) in bars.items()} == dict(want)
    assert {colour for colour, _ in bars.values()} <= set(CATEGORY_COLORS)


def test_weeks_start_on_monday_and_months_on_the_first() -> None:
    epoch = datetime.date(1970, 1, 1)
    days = np.array([(datetime.date(2024, 5, d) - epoch).days for d in (1, 5, 6, 31)], dtype=float)
    weeks = [epoch + datetime.timedelta(days=int(v)) for v in bucket_starts(days, "week")]
    assert [w.isoformat() for w in weeks] == ["2024-04-29", "2024-04-29", "2024-05-06", "2024-05-27"]
    months = {(epoch + datetime.timedelta(days=int(v))).isoformat() for v in bucket_starts(days, "month")}
    assert months == {"2024-05-01"}


def test_html_is_a_page_holding_the_svg_and_no_script(tmp_path: Path) -> None:
    out = save_chart(chart_events(_events()), tmp_path / "c.html", title="<b>Events</b>")
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert "<svg" in page
    assert "<script" not in page
    assert "<title>&lt;b&gt;Events&lt;/b&gt;</title>" in page
    with pytest.raises(InputError, match=r"use a \.png"):
        save_chart(chart_events(_events()), tmp_path / "c.txt")


def test_cli_chart_and_its_errors(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
    runner = CliRunner()
    result = runner.invoke(cli, ["chart", str(src), "-o", str(tmp_path / "c.svg"), "--by", "mission"])
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output
    assert "Operation Inherent Resolve" in (tmp_path / "c.svg").read_text(encoding="utf-8")
    bad = runner.invoke(cli, ["chart", str(src), "-o", str(tmp_path / "d.svg"), "--by", "nope"])
    assert bad.exit_code == 1
    assert "unknown field 'nope'" in bad.output
    assert not (tmp_path / "d.svg").exists()
