"""The layered map builder (no browser): layers, escaping, determinism, assets, CLI."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import folium
import geopandas
import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.cli.map import command as map_command
from geo.errors import GeoIOError, InputError, SchemaError
from geo.maps import build_map, render_html, save_map
from geo.maps.assets import fetch_npm_package, leaflet_version, page_assets, parse_cdn_url
from geo.maps.builder import choose_mode
from geo.maps.elements import PRECISION_KINDS, SPIDER_SPACING, EventData, FitView, script_json
from geo.maps.icons import SHAPES, marker_svg, style_for, text_color
from geo.maps.table import CODE_ALPHABET
from geo.model.vocab import EVENT_STYLES, LAYERS

SOURCE = {
    "article_id": "example-2020-01-04",
    "title": "Drone strike at Baghdad airport",
    "publisher": "Example News",
    "url": "https://news.example.org/2020/01/04/baghdad",
    "published": "2020-01-04",
    "sha256": "0" * 64,
}


def _feature(
    fid: str, lon: float, lat: float, event_type: str, place: str, date: str, **extra: Any
) -> dict[str, Any]:
    props: dict[str, Any] = {
        "id": fid,
        "name": extra.pop("name", place),
        "place": place,
        "gazetteer_id": extra.pop("gazetteer_id", f"geo:{fid}"),
        "feature_class": extra.pop("feature_class", "city"),
        "country": extra.pop("country", "IQ"),
        "event_type": event_type,
        "sub_event_type": extra.pop("sub_event_type", None),
        "mission": extra.pop("mission", None),
        "actors": extra.pop("actors", []),
        "date": date,
        "date_start": extra.pop("date_start", date),
        "date_end": extra.pop("date_end", date),
        "time_precision": extra.pop("time_precision", "day"),
        "geo_precision": extra.pop("geo_precision", 2),
        "troops": extra.pop("troops", None),
        "fatalities": extra.pop("fatalities", None),
        "source": dict(SOURCE),
        "mentions": [{"start": 10, "end": 17}],
        "notes": extra.pop("notes", ""),
        "confidence": extra.pop("confidence", 1.0),
    }
    assert not extra, extra
    return {
        "type": "Feature",
        "id": fid,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": props,
    }


@pytest.fixture
def events() -> dict[str, Any]:
    """Four realistic events and one place only mentioned."""
    return {
        "type": "FeatureCollection",
        "features": [
            _feature(
                "strike-bgw",
                44.2346,
                33.2625,
                "strike",
                "Baghdad International Airport",
                "2020-01-03",
                name="Baghdad airport",
                feature_class="airport",
                sub_event_type="drone_strike",
                actors=["United States"],
                fatalities=10,
                geo_precision=1,
                notes="US drone strike on a convoy leaving the airport.",
            ),
            _feature(
                "deploy-ebl",
                44.0092,
                36.1911,
                "deployment",
                "Erbil",
                "2024-01-01/2025-07",
                name="Arbil",
                mission="Operation Inherent Resolve",
                actors=["Netherlands"],
                troops=150,
                date_start="2024-01-01",
                date_end="2025-07-31",
                time_precision="range",
            ),
            _feature(
                "rockets-asad",
                42.4412,
                33.7856,
                "rocket_attack",
                "Ain al-Asad Air Base",
                "2020-01-08",
                feature_class="military_base",
                sub_event_type="ballistic_missile",
                actors=["Iran"],
            ),
            _feature(
                "training-bgd",
                44.3661,
                33.3152,
                "training",
                "Baghdad",
                "2017",
                mission="NATO Mission Iraq",
                date_start="2017-01-01",
                date_end="2017-12-31",
                time_precision="year",
            ),
            _feature(
                "mention-nl",
                5.2913,
                52.1326,
                "mention",
                "Netherlands",
                "2023-07",
                country="NL",
                feature_class="country",
                geo_precision=4,
                date_start="2023-07-01",
                date_end="2023-07-31",
                time_precision="month",
            ),
        ],
    }


def decode_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of encoded map data (``geo.maps.table.encode_table``), as ``events.js`` reads them."""
    n = data["n"]
    rows: list[dict[str, Any]] = [{} for _ in range(n)]
    for name, field in data["fields"].items():
        codes = field["c"]
        if codes == 0:
            codes = [0] * n
        elif isinstance(codes, str):
            codes = [CODE_ALPHABET.index(ch) for ch in codes]
        for row, code in zip(rows, codes, strict=True):
            row[name] = field["v"][code]
    for i, row in enumerate(rows):
        row["coordinates"] = [data["lon"][i] / data["scale"], data["lat"][i] / data["scale"]]
        t0, t1 = data["t0"][i], data["t1"][i]
        row["t0"] = t0
        row["t1"] = None if t1 is None else (t1 if t0 is None else t0 + t1)
        if "w" in data:
            row["w"] = data["w"][i]
    return rows


def _event_data(m: folium.Map) -> EventData:
    (element,) = [c for c in m._children.values() if isinstance(c, EventData)]
    return element


def _layer_data(m: folium.Map) -> dict[str, list[dict[str, Any]]]:
    """Rows per layer name, decoded from the map's embedded event data."""
    element = _event_data(m)
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in element.groups}
    for row in decode_rows(element.data):
        out[style_for(row["event_type"]).layer].append(row)
    return out


def _ids(rows: list[dict[str, Any]]) -> list[str]:
    return [f"{r['event_type']}@{r['place']}" for r in rows]


def test_every_layer_is_a_feature_group_with_default_visibility(events: dict[str, Any]) -> None:
    m = build_map(events)
    groups = [c for c in m._children.values() if isinstance(c, folium.FeatureGroup)]
    # Only layers with events are listed ("Withdrawals" and "Other events" are empty here).
    present = [(name, shown) for name, shown in LAYERS if name not in {"Withdrawals", "Other events"}]
    assert [(g.layer_name, g.show) for g in groups] == present
    # The layer control comes after every layer, and the view is fitted once it exists.
    children = list(m._children.values())
    assert isinstance(children[-3], folium.LayerControl)
    assert isinstance(children[-2], EventData)
    assert isinstance(children[-1], FitView)
    html = render_html(m)
    for name, _ in present:
        assert f'"{name}" : feature_group_' in html  # in the layer control
        assert f'"{name}": feature_group_' in html  # handed to the runtime
    assert '"Withdrawals" : feature_group_' not in html


def test_features_go_to_the_layer_of_their_event_type(events: dict[str, Any]) -> None:
    layers = _layer_data(build_map(events))
    ids = {name: _ids(rows) for name, rows in layers.items()}
    assert ids["Strikes"] == ["strike@Baghdad International Airport"]
    assert ids["Deployments"] == ["deployment@Erbil"]
    assert ids["Rocket attacks"] == ["rocket_attack@Ain al-Asad Air Base"]
    assert ids["Training"] == ["training@Baghdad"]
    assert ids["Places mentioned"] == ["mention@Netherlands"]
    assert "Withdrawals" not in ids
    assert "Other events" not in ids
    # Coordinates stay [lon, lat]; the evidence offsets and the checksum are not shipped to the page.
    strike = layers["Strikes"][0]
    assert strike["coordinates"] == [44.2346, 33.2625]
    assert "mentions" not in strike
    assert strike["source"] == {k: v for k, v in SOURCE.items() if k != "sha256"}
    assert strike["fatalities"] == 10
    assert strike["actors"] == ["United States"]


def test_unknown_event_type_is_drawn_under_other_events(events: dict[str, Any]) -> None:
    events["features"][0]["properties"]["event_type"] = "parade"
    layers = _layer_data(build_map(events))
    assert _ids(layers["Other events"]) == ["parade@Baghdad International Airport"]


def _fit_options(html: str) -> dict[str, Any]:
    match = re.search(r"geoMapRuntime\.fit\(\s*map_\w+\s*,\s*(\{.*?\})\);", html, re.S)
    assert match is not None
    options: dict[str, Any] = json.loads(match[1])
    return options


def test_bounds_fit_the_visible_layers_with_a_zoom_limit(events: dict[str, Any]) -> None:
    options = _fit_options(render_html(build_map(events)))
    (south, west), (north, east) = options["bounds"]
    # The hidden mention in the Netherlands does not zoom the map out to Europe.
    assert (south, west, north, east) == (33.2625, 42.4412, 36.1911, 44.3661)
    assert options["maxZoom"] == 9
    assert options["margin"] > 0


def test_single_point_map_gets_a_sensible_zoom(events: dict[str, Any]) -> None:
    events["features"] = events["features"][:1]
    options = _fit_options(render_html(build_map(events)))
    assert options["bounds"] == [[33.2625, 44.2346], [33.2625, 44.2346]]
    assert options["maxZoom"] == 9


def test_page_carries_leaflet_inline_and_loads_nothing_else(events: dict[str, Any]) -> None:
    html = render_html(build_map(events))
    assert re.findall(r"<(?:script|link)\b[^>]*\b(?:src|href)=", html) == []
    # Leaflet's own code and stylesheet (from XStatic-Leaflet), once each, in the header.
    head = html.split("</head>", 1)[0]
    assert head.count(f"Leaflet {leaflet_version()}, a JS library for interactive maps") == 1
    assert head.count("/* required styles */") == 1
    assert "url(images/" not in html  # the stylesheet's images are data: URIs
    assert "sourceMappingURL" not in html
    assert html.index("Leaflet 1.9") < html.index("L.map(")
    assert render_html(build_map(events)) == html  # deterministic
    for unwanted in ("jquery", "bootstrap", "awesome", "fontawesome", "glyphicons", "$(document)"):
        assert unwanted not in html.lower()


def test_page_links_leaflet_on_its_cdn_when_the_package_differs_from_folium(
    events: dict[str, Any], leaflet_from_cdn: None, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level("INFO", logger="geo.maps.leaflet"):
        html = render_html(build_map(events))
    srcs = re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', html)
    version = leaflet_version()
    assert sorted(srcs) == sorted(
        f"https://cdn.jsdelivr.net/npm/leaflet@{version}/dist/leaflet.{ext}" for ext in ("js", "css")
    )
    assert f"ships Leaflet 0.0.1 but folium pins {version}" in caplog.text
    assert "a JS library for interactive maps" not in html


def test_script_json_cannot_close_the_script_and_round_trips() -> None:
    value = {"notes": "</script><script>alert(1)</script><!-- & \u2028\u2029 'q' \"d\"", "n": [1, 2.5, None]}
    text = script_json(value)
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in text
    assert json.loads(text) == value


def test_hostile_text_is_escaped_in_the_page(events: dict[str, Any]) -> None:
    payload = "</script><script>window.__pwned=1</script><!--<img src=x onerror=alert(1)>"
    props = events["features"][0]["properties"]
    props.update(place=payload, name=payload, notes=payload)
    m = build_map(events, title=payload)
    html = render_html(m)
    assert "window.__pwned" in html  # the text is there...
    assert "<script>window.__pwned" not in html  # ...but never as markup
    assert "<img src=x" not in html
    assert html.count("</script>") == html.count("<script")  # no extra script end from data
    assert "<title>&lt;/script&gt;&lt;script&gt;window.__pwned=1" in html
    # The embedded data parses back to the original strings.
    blob = re.search(r"geoMapRuntime\.init\(\s*map_\w+,\s*(\{.*?\}),\n", html, re.S)
    assert blob is not None
    rows = decode_rows(json.loads(blob[1]))
    strike = next(r for r in rows if r["event_type"] == "strike")
    assert strike["notes"] == strike["place"] == payload


def test_same_input_renders_identical_bytes(events: dict[str, Any], tmp_path: Path) -> None:
    first = save_map(build_map(copy.deepcopy(events), title="Missions"), tmp_path / "a.html")
    second = save_map(build_map(copy.deepcopy(events), title="Missions"), tmp_path / "b.html")
    assert first.read_bytes() == second.read_bytes()
    m = build_map(events)
    assert render_html(m) == render_html(m)


def test_legend_lists_the_event_types_present(events: dict[str, Any]) -> None:
    html = render_html(build_map(events))
    legend = re.search(
        r'<details class="geo-legend"[^>]* open>\s*<summary[^>]*>Events</summary>.*?</ul>', html, re.S
    )
    assert legend is not None
    labels = re.findall(r"<span>([^<]+)</span>", legend[0])
    assert labels == [
        EVENT_STYLES[t].label for t in ("deployment", "strike", "rocket_attack", "training", "mention")
    ]


def test_markers_stay_on_their_points_and_precision_is_shipped(events: dict[str, Any]) -> None:
    feats = events["features"]
    erbil = feats[1]["geometry"]["coordinates"]
    events["features"].append(_feature("strike-ebl", *erbil, "strike", "Erbil", "2020-01-08"))
    original = copy.deepcopy(events)
    m = build_map(events)
    html = render_html(m)
    assert events == original  # the input is not modified
    # No offsets and no ring layout: markers stand on their points; overlaps become clusters
    # that spread on demand (static/spider.js) with the spacing configured here.
    assert '"offset"' not in html
    assert "__module_layout = " in html
    assert "function spiderOffsets" in html
    assert f'"spacing":{SPIDER_SPACING},' in html
    assert choose_mode(len(events["features"])) == "cluster"
    data = next(c for c in m._children.values() if isinstance(c, EventData)).data
    assert "geo_precision" in data["fields"]
    assert set(PRECISION_KINDS) == {1, 2, 3, 4}


def test_markers_differ_in_shape_colour_and_symbol() -> None:
    assert len(set(SHAPES.values())) == len(EVENT_STYLES)
    svgs = {t: marker_svg(t) for t in EVENT_STYLES}
    assert len(set(svgs.values())) == len(EVENT_STYLES)
    assert EVENT_STYLES["strike"].symbol in svgs["strike"]
    assert text_color("#F0E442") == "#000000"
    assert text_color("#332288") == "#ffffff"


def test_geodataframe_input_matches_dict_input(events: dict[str, Any]) -> None:
    gdf = geopandas.GeoDataFrame.from_features(events["features"], crs="EPSG:4326")
    from_gdf = _layer_data(build_map(gdf))
    from_dict = _layer_data(build_map(events))
    assert from_gdf == from_dict  # same rows, values, dates and coordinates
    strike = from_gdf["Strikes"][0]
    assert strike["troops"] is None  # NaN from pandas becomes null
    assert strike["fatalities"] == 10
    # A frame in another CRS is reprojected to WGS84.
    projected = _layer_data(build_map(gdf.to_crs("EPSG:3857")))
    assert projected["Strikes"][0]["coordinates"] == pytest.approx([44.2346, 33.2625], abs=1e-5)


def test_draws_on_an_existing_map(events: dict[str, Any]) -> None:
    base = folium.Map(location=[33, 44], tiles=None)
    assert build_map(events, m=base) is base
    assert len(_layer_data(base)) == len(LAYERS) - 2  # two layers have no event


@pytest.mark.parametrize(
    ("geometry", "message"),
    [
        (None, "has no geometry"),
        ({"type": "Point", "coordinates": [33.2625, 144.2346]}, "out of range"),
        ({"type": "Point", "coordinates": ["44", "33"]}, "invalid Point coordinates"),
    ],
)
def test_bad_geometry_is_rejected(events: dict[str, Any], geometry: Any, message: str) -> None:
    events["features"][0]["geometry"] = geometry
    with pytest.raises(SchemaError, match=message):
        build_map(events)


def test_unsupported_input_is_rejected() -> None:
    with pytest.raises(InputError, match="'int'"):
        build_map(42)
    with pytest.raises(SchemaError, match="'Polygon'"):
        build_map({"type": "Polygon", "coordinates": []})


# -- CLI ------------------------------------------------------------------------------------------


def test_cli_merges_inputs_and_writes_the_map(events: dict[str, Any], tmp_path: Path) -> None:
    a, b = tmp_path / "a.geojson", tmp_path / "b.geojson"
    a.write_text(json.dumps({"type": "FeatureCollection", "features": events["features"][:3]}))
    b.write_text(json.dumps({"type": "FeatureCollection", "features": events["features"][2:]}))
    out = tmp_path / "maps" / "missions.html"
    out.parent.mkdir()  # geo creates no output folder unasked
    result = CliRunner().invoke(cli, ["map", str(a), str(b), "-o", str(out), "--title", "Missions"])
    assert result.exit_code == 0, result.output
    assert "5 features" in result.output  # the feature present in both files is drawn once
    html = out.read_text(encoding="utf-8")
    assert "<title>Missions</title>" in html
    rows = decode_rows(
        json.loads(re.search(r"geoMapRuntime\.init\(\s*map_\w+,\s*(\{.*?\}),\n", html, re.S)[1])
    )
    assert [r["place"] for r in rows].count("Ain al-Asad Air Base") == 1


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        (b"{not json", "JSON"),
        (b"\xff\xfe\x00garbage", "UTF-8"),
    ],
)
def test_cli_failures_exit_1_and_write_nothing(tmp_path: Path, content: bytes | None, message: str) -> None:
    src = tmp_path / "in.geojson"
    if content is not None:
        src.write_bytes(content)
    out = tmp_path / "out.html"
    result = CliRunner().invoke(map_command, [str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert message.lower() in result.output.lower()
    assert "Traceback" not in result.output
    assert not out.exists()
    assert list(tmp_path.iterdir()) == ([src] if content is not None else [])


# -- assets ---------------------------------------------------------------------------------------


def test_cdn_urls_map_to_npm_files() -> None:
    version = leaflet_version()
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)
    assert {(a.name, a.path) for a in page_assets()} == {
        ("leaflet", "dist/leaflet.js"),
        ("leaflet", "dist/leaflet.css"),
    }
    assert parse_cdn_url("https://cdn.jsdelivr.net/npm/@scope/pkg@1.0.0/a/b.css") == (
        "@scope/pkg",
        "1.0.0",
        "a/b.css",
    )
    assert parse_cdn_url("https://cdn.jsdelivr.net/npm/leaflet@1.9.3/../../etc/passwd") is None
    assert parse_cdn_url("file:///npm/leaflet@1.9.3/dist/leaflet.js") is None


def test_fetch_npm_package_needs_npm_and_valid_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="'--version'"):
        fetch_npm_package("--version", "1.0.0", tmp_path)
    with pytest.raises(InputError, match="'latest; rm'"):
        fetch_npm_package("leaflet", "latest; rm", tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(GeoIOError, match="'npm' command is not installed"):
        fetch_npm_package("leaflet", "1.9.3", tmp_path)
    # A complete copy in the cache is reused without npm.
    (tmp_path / "leaflet@1.9.3").mkdir()
    (tmp_path / "leaflet@1.9.3" / "package.json").write_text("{}")
    assert fetch_npm_package("leaflet", "1.9.3", tmp_path) == tmp_path / "leaflet@1.9.3"


def test_data_is_never_run_as_a_template(events: dict[str, Any]) -> None:
    # branca compiles rendered parts of the page as Jinja templates: data must stay inert text.
    props = events["features"][0]["properties"]
    props.update(place="A {{ 7*7 }} B", notes="{% if true %}yes{% endif %} {# c #}")
    html = render_html(build_map(events, title="T {{ 6*7 }} {% raw %}"))
    rows = decode_rows(
        json.loads(re.search(r"geoMapRuntime\.init\(\s*map_\w+,\s*(\{.*?\}),\n", html, re.S)[1])
    )
    strike = next(r for r in rows if r["event_type"] == "strike")
    assert strike["place"] == "A {{ 7*7 }} B"
    assert strike["notes"] == "{% if true %}yes{% endif %} {# c #}"
    assert "<title>T &#123;&#123; 6*7 }} &#123;% raw %}</title>" in html
    assert "A 49 B" not in html
    assert "T 42" not in html
