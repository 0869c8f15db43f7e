"""Columnar map data, mode choice and server-side aggregation (no browser)."""

from __future__ import annotations

import datetime
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.maps import build_map, render_html
from geo.maps.aggregate import aggregate_table
from geo.maps.builder import CLUSTER_LIMIT, choose_mode
from geo.maps.table import CODE_ALPHABET, encode_table, table_from_features

EPOCH = datetime.date(1970, 1, 1)


def _day(iso: str) -> int:
    return (datetime.date.fromisoformat(iso) - EPOCH).days


def _feature(lon: float, lat: float, **props: Any) -> dict[str, Any]:
    base = {"place": "P", "event_type": "strike", "date": None, "date_start": None, "date_end": None}
    base.update(props)
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": base}


def _many(n: int) -> list[dict[str, Any]]:
    types = ["strike", "attack", "deployment"]
    out = []
    for i in range(n):
        day = (datetime.date(2020, 1, 1) + datetime.timedelta(days=i % 90)).isoformat()
        out.append(
            _feature(
                44.0 + (i % 7) * 0.003,
                33.0 + (i % 5) * 0.003,
                event_type=types[i % 3],
                mission=["A", None][i % 2],
                date=day,
                date_start=day,
                date_end=day,
            )
        )
    return out


def test_choose_mode_by_size_or_forced() -> None:
    # Markers never move off their points: overlaps are always clustered (and spiderfy on click).
    assert choose_mode(0) == choose_mode(2_000) == choose_mode(CLUSTER_LIMIT) == "cluster"
    assert choose_mode(CLUSTER_LIMIT + 1) == "aggregate"
    assert choose_mode(5, "aggregate") == "aggregate"
    assert choose_mode(10**6, "markers") == "markers"
    with pytest.raises(InputError, match="'heatmap'"):
        choose_mode(5, "heatmap")


def test_dates_become_day_numbers_with_open_ends_and_edtf_fallback() -> None:
    table = table_from_features(
        [
            _feature(44, 33, date="2020-01-03", date_start="2020-01-03", date_end="2020-01-03"),
            _feature(44, 33, date="2003/..", date_start="2003-01-01", date_end=None),
            _feature(44, 33, date="../2019", date_start=None, date_end="2019-12-31"),
            _feature(44, 33, date="2017"),  # no bounds given: taken from the EDTF date
            _feature(44, 33),  # undated
            _feature(44, 33, date="not a date"),  # counts as undated, with a warning
        ]
    )
    start = [None if np.isnan(v) else int(v) for v in table.start]
    end = [None if np.isnan(v) else int(v) for v in table.end]
    assert start == [_day("2020-01-03"), _day("2003-01-01"), None, _day("2017-01-01"), None, None]
    assert end == [_day("2020-01-03"), None, _day("2019-12-31"), _day("2017-12-31"), None, None]
    assert table.undated() == 1  # "not a date" keeps its text, so only the empty one is undated
    data = encode_table(table)
    # t1 is relative to t0 when both are known; null marks an open end.
    assert data["t0"] == [_day("2020-01-03"), _day("2003-01-01"), None, _day("2017-01-01"), None, None]
    assert data["t1"] == [0, None, _day("2019-12-31"), 364, None, None]


def test_long_texts_of_a_large_table_are_one_compressed_block() -> None:
    import base64
    import zlib

    from geo.maps.table import LAZY_BYTES

    # Unique notes and sources of about 300 bytes per event: 1,000 events pass LAZY_BYTES.
    features = [
        _feature(
            44 + i * 1e-3,
            33,
            notes=f"event {i}: " + "shelling reported by local sources; " * 8,
            source={"title": f"Report {i}", "url": f"https://news.example.org/{i}"},
        )
        for i in range(1000)
    ]
    table = table_from_features(features)
    data = encode_table(table)
    lazy = data["lazy"]
    assert lazy["fields"] == ["notes", "source"]
    assert "v" not in data["fields"]["notes"]
    assert "v" not in data["fields"]["source"]
    assert re.fullmatch(r"[A-Za-z0-9+/=]+", lazy["z"])
    values = json.loads(zlib.decompress(base64.b64decode(lazy["z"])))
    assert values == {"notes": table.columns["notes"].values, "source": table.columns["source"].values}
    inline = len(json.dumps(values).encode())
    assert inline > LAZY_BYTES
    assert len(lazy["z"]) < inline / 4
    # Codes are as before, and a small table (or a high threshold) keeps the values inline.
    assert data["fields"]["notes"]["c"] == encode_table(table, lazy_bytes=inline * 2)["fields"]["notes"]["c"]
    small = encode_table(table_from_features(features[:50]))
    assert "lazy" not in small
    assert small["fields"]["notes"]["v"][0].startswith("event 0: ")


def test_codes_are_compact_and_decode_to_the_values() -> None:
    features = [_feature(44 + i * 1e-3, 33, place=f"place {i}", notes="same") for i in range(70)]
    features[3]["properties"]["event_type"] = "attack"
    data = encode_table(table_from_features(features))
    assert data["fields"]["notes"] == {"v": ["same"], "c": 0}
    event_type = data["fields"]["event_type"]
    assert event_type["v"] == ["strike", "attack"]
    assert isinstance(event_type["c"], str)
    assert len(event_type["c"]) == 70
    assert [event_type["v"][CODE_ALPHABET.index(c)] for c in event_type["c"]][:5] == [
        "strike",
        "strike",
        "strike",
        "attack",
        "strike",
    ]
    place = data["fields"]["place"]
    assert place["c"] == list(range(70))  # more than 64 values: plain integers
    assert data["lon"][1] == 4400100  # 1e-5 degrees
    assert json.dumps(data)  # plain JSON


def test_aggregate_keeps_every_event_types_missions_and_months() -> None:
    features = _many(3000)
    features.append(_feature(44.0, 33.0, event_type="strike"))  # undated
    features.append(_feature(44.0, 33.0, date="2020-02-10/..", date_start="2020-02-10"))  # open end
    table = table_from_features(features)
    agg = aggregate_table(table, max_rows=500)
    assert agg.weight is not None
    assert int(agg.weight.sum()) == len(features) == agg.events
    assert len(agg) <= 500
    assert agg.aggregation == {"cell": agg.aggregation["cell"], "bucket": "month", "events": 3002}
    # Counts per type and per mission are unchanged.
    for column in ("event_type", "mission"):
        before: dict[Any, int] = {}
        for code in table.columns[column].codes:
            value = table.columns[column].values[code]
            before[value] = before.get(value, 0) + 1
        after: dict[Any, int] = {}
        for code, weight in zip(agg.columns[column].codes, agg.weight, strict=True):
            value = agg.columns[column].values[code]
            after[value] = after.get(value, 0) + int(weight)
        assert after == before
    # Bounds widen to whole months; open ends stay open, undated stays undated.
    starts = {str(np.datetime64(int(v), "D")) for v in agg.start if not np.isnan(v)}
    assert starts == {"2020-01-01", "2020-02-01", "2020-03-01"}
    assert agg.undated() == 1
    assert int(np.sum(np.isnan(agg.end) & ~np.isnan(agg.start))) == 1
    dates = {agg.columns["date"].value(i) for i in range(len(agg))}
    assert {"2020-01", "2020-02", "2020-03", "2020-02/..", ""} <= dates


def test_aggregate_mode_in_the_page_and_notes_in_the_legend() -> None:
    fc = {"type": "FeatureCollection", "features": _many(2500)}
    html = render_html(build_map(fc, mode="aggregate"))
    data = json.loads(re.search(r"geoMapRuntime\.init\(\s*map_\w+,\s*(\{.*?\}),\n", html, re.S)[1])
    assert sum(data["w"]) == 2500
    assert data["aggregation"]["events"] == 2500
    assert '"mode":"aggregate"' in html
    assert "2,500 events summed on a" in html
    assert '<p class="geo-legend-note">Period: an event shows while its dates overlap' in html
    undated = render_html(build_map({"type": "FeatureCollection", "features": [_feature(44, 33)]}))
    assert "Period: an event shows" not in undated  # nothing dated: no period note


def test_cli_mode_flag(tmp_path: Path) -> None:
    src = tmp_path / "in.geojson"
    props = {
        "id": "e1",
        "name": "Baghdad",
        "place": "Baghdad",
        "gazetteer_id": "geonames:98182",
        "feature_class": "city",
        "country": "IQ",
        "event_type": "strike",
        "sub_event_type": None,
        "mission": None,
        "actors": [],
        "date": "2020-01-03",
        "date_start": "2020-01-03",
        "date_end": "2020-01-03",
        "time_precision": "day",
        "geo_precision": 2,
        "troops": None,
        "fatalities": None,
        "source": {
            "article_id": "a",
            "title": "t",
            "publisher": "p",
            "url": "https://e.org",
            "published": None,
            "sha256": "0" * 64,
        },
        "mentions": [],
        "notes": "",
        "confidence": 1.0,
    }
    feature = {
        "type": "Feature",
        "id": "e1",
        "geometry": {"type": "Point", "coordinates": [44.36, 33.31]},
        "properties": props,
    }
    src.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(src), "-o", str(out), "--mode", "cluster"])
    assert result.exit_code == 0, result.output
    assert '"mode":"cluster"' in out.read_text(encoding="utf-8")
    bad = CliRunner().invoke(cli, ["map", str(src), "-o", str(tmp_path / "x.html"), "--mode", "heatmap"])
    assert bad.exit_code == 2
    assert "heatmap" in bad.output
    assert not (tmp_path / "x.html").exists()
