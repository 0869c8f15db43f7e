"""Offline map pages: inlining from the npm cache, the outline basemap, geo assets, geo map --offline."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo import settings
from geo.cli import cli
from geo.errors import GeoIOError, InputError
from geo.gazetteer.outlines import country_outlines
from geo.maps import build_map, leaflet_version, render_html
from geo.maps.assets import (
    CdnAsset,
    NpmPackage,
    asset_for_url,
    cached_asset,
    package_dir,
    page_urls,
    parse_package_spec,
)
from geo.maps.basemap import OUTLINES_NAME
from geo.maps.offline import OfflineAssetsMissingError, inline_assets, make_offline, missing_packages
from geo.maps.packages import required_packages

REPO = Path(__file__).resolve().parents[1]
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
CDN = "https://cdn.jsdelivr.net/npm"


def _fake_package(cache: Path, name: str, version: str, files: dict[str, str | bytes]) -> Path:
    folder = package_dir(name, version, cache)
    for rel, content in {"package.json": json.dumps({"name": name, "version": version}), **files}.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


@pytest.fixture
def npm_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, leaflet_from_cdn: None) -> Path:
    """A user cache holding a stand-in Leaflet package at the version folium pins.

    Pages are built as if ``XStatic-Leaflet`` did not ship that version (``leaflet_from_cdn``),
    so they link Leaflet on its CDN and offline pages inline it from this cache.
    """
    monkeypatch.setattr(settings, "cache_dir", tmp_path / "cache")
    cache = tmp_path / "cache" / "npm"
    _fake_package(
        cache,
        "leaflet",
        leaflet_version(),
        {
            "dist/leaflet.js": (
                "window.FAKE_LEAFLET = '</script><!-- x';\n//# sourceMappingURL=leaflet.js.map\n"
            ),
            "dist/leaflet.css": (
                ".leaflet-control-layers-toggle { background-image: url(images/layers.png); }\n"
                ".leaflet-default-icon-path { background-image: url('images/marker-icon.png'); }\n"
                ".lvml { behavior: url(#default#VML); }\n"
                "/*# sourceMappingURL=leaflet.css.map */"
            ),
            "dist/images/layers.png": PNG,
            "dist/images/marker-icon.png": PNG,
        },
    )
    return cache


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return json.loads((REPO / "data" / "locations.geojson").read_text(encoding="utf-8"))


def test_asset_urls_of_jsdelivr_unpkg_and_cdnjs() -> None:
    assert asset_for_url(f"{CDN}/leaflet@1.9.3/dist/leaflet.js") == CdnAsset(
        "leaflet", "1.9.3", "dist/leaflet.js"
    )
    assert asset_for_url("https://unpkg.com/@scope/pkg@2.0.1/x/y.css") == CdnAsset(
        "@scope/pkg", "2.0.1", "x/y.css"
    )
    assert asset_for_url(
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/MarkerCluster.css"
    ) == CdnAsset("leaflet.markercluster", "1.1.0", "MarkerCluster.css")
    assert asset_for_url("https://cdnjs.cloudflare.com/ajax/libs/moment.js/2.18.1/moment.min.js") == CdnAsset(
        "moment", "2.18.1", "moment.min.js"
    )
    # No exact version, another host, a path escaping the package: not inlinable.
    assert asset_for_url("https://unpkg.com/leaflet-control-geocoder/dist/Control.Geocoder.js") is None
    assert asset_for_url("https://code.jquery.com/jquery-3.7.1.min.js") is None
    assert asset_for_url(f"{CDN}/leaflet@1.9.3/../../etc/passwd") is None
    assert asset_for_url("file:///npm/leaflet@1.9.3/dist/leaflet.js") is None


def test_cached_asset_finds_cdnjs_files_under_dist_and_stays_inside_the_package(tmp_path: Path) -> None:
    folder = _fake_package(tmp_path, "leaflet.markercluster", "1.1.0", {"dist/MarkerCluster.css": "a{}"})
    (tmp_path / "secret.txt").write_text("no", encoding="utf-8")
    found = cached_asset(CdnAsset("leaflet.markercluster", "1.1.0", "MarkerCluster.css"), tmp_path)
    assert found == (folder / "dist" / "MarkerCluster.css").resolve()
    assert cached_asset(CdnAsset("leaflet.markercluster", "1.1.0", "../secret.txt"), tmp_path) is None
    assert cached_asset(CdnAsset("leaflet.markercluster", "9.9.9", "MarkerCluster.css"), tmp_path) is None


def test_package_specs() -> None:
    assert parse_package_spec("leaflet@1.9.3") == NpmPackage("leaflet", "1.9.3")
    assert parse_package_spec("@scope/pkg@1.0.0") == NpmPackage("@scope/pkg", "1.0.0")
    assert str(NpmPackage("leaflet", "1.9.3")) == "leaflet@1.9.3"
    for bad in ("leaflet", "leaflet@", "@1.0", "Leaflet@1.0.0", "leaflet@^1.9"):
        with pytest.raises(InputError, match=re.escape(repr(bad))):
            parse_package_spec(bad)


def test_page_urls_skip_text_inside_scripts_and_comments() -> None:
    html = (
        '<head><script src="https://a.example/x.js"></script>'
        "<link rel='stylesheet' href='https://a.example/y.css'/>"
        '<link rel="icon" href="https://a.example/favicon.ico">'
        '<script>var s = "<script src=\\"https://evil.example/z.js\\">";</script>'
        '<!-- <script src="https://c.example/old.js"></script> -->'
        "<style>a { color: red }</style></head>"
    )
    assert page_urls(html) == ["https://a.example/x.js", "https://a.example/y.css"]


def test_required_packages_start_with_the_leaflet_folium_pins() -> None:
    packages = required_packages()
    assert packages[0] == NpmPackage("leaflet", leaflet_version())
    extra = f'<script src="{CDN}/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js"></script>'
    assert NpmPackage("leaflet.fullscreen", "3.0.0") in required_packages([extra])


def test_inline_assets_inlines_scripts_styles_and_stylesheet_images(
    npm_cache: Path, seed: dict[str, Any]
) -> None:
    page = render_html(build_map(seed, title="Missions"))
    assert f"{CDN}/leaflet@" in page
    html = inline_assets(page)
    assert page_urls(html) == []
    assert "cdn.jsdelivr.net" not in html
    # The stand-in script arrives whole, with its closing-tag and comment text neutralised.
    assert "window.FAKE_LEAFLET = '<\\/script><\\!-- x';" in html
    assert "sourceMappingURL" not in html
    png = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert html.count(f'url("{png}")') == 2
    assert "url(#default#VML)" in html
    assert '<link rel="icon" href="data:,">' in html
    # Only the stand-in script's own text contains </script>-like sequences, escaped.
    assert html.count("<script") == html.count("</script>")


def test_markup_in_the_data_is_never_taken_for_an_asset(npm_cache: Path) -> None:
    hostile = (
        '<script src="https://evil.example/x.js"></script><link rel="stylesheet" href="//evil.example/y.css">'
    )
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [44.0, 33.0]},
        "properties": {"id": "x", "place": hostile, "notes": hostile, "event_type": "strike"},
    }
    html = inline_assets(render_html(make_offline(build_map([feature], title=hostile))))
    assert "evil.example" in html  # kept as text...
    assert page_urls(html) == []  # ...never as a script or stylesheet the page loads
    assert "<script src" not in html


def test_offline_page_is_deterministic(npm_cache: Path, seed: dict[str, Any]) -> None:
    first = inline_assets(render_html(make_offline(build_map(seed, title="Missions"))))
    again = inline_assets(render_html(make_offline(build_map(seed, title="Missions"))))
    assert first == again


def test_missing_packages_are_reported_with_the_fetch_command(
    tmp_path: Path, seed: dict[str, Any], leaflet_from_cdn: None
) -> None:
    page = render_html(build_map(seed))
    spec = f"leaflet@{leaflet_version()}"
    with pytest.raises(OfflineAssetsMissingError, match=re.escape(f"geo assets fetch {spec}")) as info:
        inline_assets(page, cache=tmp_path)
    assert isinstance(info.value, GeoIOError)
    assert missing_packages(page, cache=tmp_path) == [NpmPackage("leaflet", leaflet_version())]


def test_scripts_off_any_npm_cdn_cannot_be_inlined(npm_cache: Path) -> None:
    page = '<html><head><script src="https://code.jquery.com/jquery-3.7.1.min.js"></script></head></html>'
    with pytest.raises(InputError, match=re.escape("'https://code.jquery.com/jquery-3.7.1.min.js'")):
        inline_assets(page)


def test_a_file_missing_from_a_cached_package_is_an_error(npm_cache: Path) -> None:
    page = f'<head><script src="{CDN}/leaflet@{leaflet_version()}/dist/nope.js"></script></head>'
    with pytest.raises(GeoIOError, match=re.escape("has no file 'dist/nope.js'")):
        inline_assets(page)


def test_make_offline_opens_on_the_outlines_and_keeps_tiles_selectable(seed: dict[str, Any]) -> None:
    m = build_map(seed, title="Missions")
    before = render_html(m)
    html = render_html(make_offline(m))
    assert render_html(m) == before  # the original map is not changed
    control = re.search(r"base_layers : \{(.*?)\}", html, re.DOTALL)
    assert control is not None
    names = re.findall(r'"([^"]+)" :', control[1])
    assert names == ["openstreetmap (needs internet)", OUTLINES_NAME]
    # The tile layer is defined but not added at opening; the outlines are.
    tile_var = re.search(r"var (tile_layer_\w+) = L\.tileLayer", html)
    basemap_var = re.search(r"var (geo_outline_basemap_\w+) = geoBasemap\.outlines", html)
    assert tile_var is not None
    assert basemap_var is not None
    assert f"{tile_var[1]}.addTo(" not in html
    assert f"{basemap_var[1]}.addTo(" in html
    # The basemap script comes before the layer control that lists it.
    assert html.index(basemap_var[0]) < html.index("L.control.layers(")


def test_make_offline_without_tiles_still_has_the_outlines(seed: dict[str, Any]) -> None:
    html = render_html(make_offline(build_map(seed, tiles=None)))
    assert not re.search(r"var tile_layer_\w+ = L\.tileLayer", html)
    assert re.search(r"geo_outline_basemap_\w+\.addTo\(", html)
    assert f'"{OUTLINES_NAME}"' in html


def test_country_outlines_are_small_valid_and_cover_the_seed_countries() -> None:
    from shapely.geometry import Point, shape

    outlines = country_outlines()
    features = outlines["features"]
    assert len(features) > 150
    assert len(json.dumps(outlines, separators=(",", ":"))) < 250_000
    by_code = {f["properties"]["iso_a2"]: f for f in features}
    iraq = shape(by_code["IQ"]["geometry"])
    assert iraq.is_valid
    assert iraq.contains(Point(44.366, 33.315))  # Baghdad
    assert shape(by_code["NL"]["geometry"]).contains(Point(4.9, 52.37))  # Amsterdam
    assert not iraq.contains(Point(51.39, 35.69))  # Tehran
    assert "PS" not in by_code  # its outline in the data is a bounding box over Israel
    for feature in features:
        for polygon in (
            shape(feature["geometry"]).geoms
            if "Multi" in feature["geometry"]["type"]
            else [shape(feature["geometry"])]
        ):
            ring = list(polygon.exterior.coords)
            assert not (len({x for x, _ in ring}) == 2 and len({y for _, y in ring}) == 2), feature[
                "properties"
            ]
    coords = json.dumps(by_code["IQ"]["geometry"]["coordinates"])
    assert not re.search(r"\.\d{4,}", coords)


def test_cli_map_offline_writes_one_self_contained_file(
    npm_cache: Path, tmp_path: Path, seed: dict[str, Any]
) -> None:
    out = tmp_path / "offline.html"
    result = CliRunner().invoke(
        cli, ["map", str(REPO / "data" / "locations.geojson"), "-o", str(out), "--offline", "--title", "Seed"]
    )
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert page_urls(html) == []
    assert "FAKE_LEAFLET" in html
    assert OUTLINES_NAME in html


def test_cli_map_offline_without_the_cache_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, leaflet_from_cdn: None
) -> None:
    monkeypatch.setattr(settings, "cache_dir", tmp_path / "empty")
    out = tmp_path / "offline.html"
    result = CliRunner().invoke(
        cli, ["map", str(REPO / "data" / "locations.geojson"), "-o", str(out), "--offline"]
    )
    assert result.exit_code == 1
    assert f"geo assets fetch leaflet@{leaflet_version()}" in result.output
    assert not out.exists()
    assert list(tmp_path.glob("*.tmp")) == []


def test_cli_assets_list_path_and_fetch_from_the_cache(npm_cache: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["assets", "list"])
    assert listed.exit_code == 0, listed.output
    assert f"leaflet@{leaflet_version()}\tcached\t" in listed.output
    assert runner.invoke(cli, ["assets", "path"]).output.strip() == str(npm_cache)
    # Already cached: nothing to fetch, no npm needed.
    fetched = runner.invoke(cli, ["assets", "fetch"])
    assert fetched.exit_code == 0, fetched.output
    assert f"leaflet@{leaflet_version()}\tcached\t" in fetched.output


def test_cli_assets_fetch_without_npm_says_so(npm_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import geo.maps.assets as assets

    monkeypatch.setattr(assets.shutil, "which", lambda name: None)
    result = CliRunner().invoke(cli, ["assets", "fetch", "leaflet.fullscreen@3.0.0"])
    assert result.exit_code == 1
    assert "'npm' command is not installed" in result.output
    assert "'leaflet.fullscreen@3.0.0'" in result.output
    bad = CliRunner().invoke(cli, ["assets", "fetch", "leaflet"])
    assert bad.exit_code == 1
    assert "name@version: 'leaflet'" in bad.output


def test_cli_assets_fetch_when_npm_fails_reports_its_error(
    npm_cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """An unreachable registry makes ``npm pack`` fail: the error names the package and npm's message."""
    fake_npm = tmp_path / "npm"
    fake_npm.write_text("#!/bin/sh\necho 'npm error code ENOTFOUND' >&2\nexit 1\n", encoding="utf-8")
    fake_npm.chmod(0o755)
    import geo.maps.assets as assets

    monkeypatch.setattr(assets.shutil, "which", lambda name: str(fake_npm))
    result = CliRunner().invoke(cli, ["assets", "fetch", "leaflet.fullscreen@3.0.0"])
    assert result.exit_code == 1
    assert "npm pack 'leaflet.fullscreen@3.0.0' failed (exit 1)" in result.output
    assert "ENOTFOUND" in result.output
    assert not package_dir("leaflet.fullscreen", "3.0.0", npm_cache).exists()


def test_packaged_leaflet_makes_an_offline_page_without_any_npm_cache(
    tmp_path: Path, seed: dict[str, Any]
) -> None:
    page = render_html(make_offline(build_map(seed, title="Missions")))
    assert page_urls(page) == []  # Leaflet is already inline (XStatic-Leaflet)
    html = inline_assets(page, cache=tmp_path / "no-such-cache")
    assert page_urls(html) == []
    assert '<link rel="icon" href="data:,">' in html
    assert missing_packages(page, cache=tmp_path / "no-such-cache") == []
    assert not (tmp_path / "no-such-cache").exists()


def test_cli_map_offline_builds_with_no_npm_and_an_empty_cache(tmp_path: Path) -> None:
    """``geo map data/locations.geojson --offline`` in a fresh process: no npm on PATH, empty caches."""
    import os
    import shutil
    import subprocess
    import sys

    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"GEO_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "PATH", "PYTHONPATH"}
    }
    env.update(
        PATH=str(empty_bin),
        HOME=str(tmp_path / "home"),
        GEO_CACHE_DIR=str(tmp_path / "cache"),
        XDG_CACHE_HOME=str(tmp_path / "xdg"),
        PYTHONPATH=str(REPO),
    )
    assert shutil.which("npm", path=env["PATH"]) is None
    out = tmp_path / "offline.html"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "geo",
            "map",
            str(REPO / "data" / "locations.geojson"),
            "--offline",
            "-o",
            str(out),
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = out.read_bytes()
    assert len(data) < 2_000_000
    html = data.decode("utf-8")
    assert page_urls(html) == []
    assert not re.search(r"<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", html, re.I)
    assert f"Leaflet {leaflet_version()}, a JS library" in html
    assert OUTLINES_NAME in html
    assert not (tmp_path / "cache" / "npm").exists()


def test_cli_assets_list_shows_leaflet_as_packaged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from geo.maps.leaflet import packaged_leaflet_dir

    monkeypatch.setattr(settings, "cache_dir", tmp_path / "empty")
    runner = CliRunner()
    listed = runner.invoke(cli, ["assets", "list"])
    assert listed.exit_code == 0, listed.output
    assert f"leaflet@{leaflet_version()}\tpackaged\t{packaged_leaflet_dir()}" in listed.output
    assert "missing" not in listed.output
    fetched = runner.invoke(cli, ["assets", "fetch"])  # nothing to fetch: no npm run
    assert fetched.exit_code == 0, fetched.output
    assert "\tpackaged\t" in fetched.output
    assert not (tmp_path / "empty").exists()
