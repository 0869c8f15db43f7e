"""Headless Chromium with the network off; pages carry Leaflet inline (XStatic-Leaflet).

Every request of the page is routed: the page itself and, for a page that links Leaflet on its
CDN, Leaflet's files (the package's, or fetched once with ``npm pack``) are answered locally,
map tiles get a blank PNG, and anything else is aborted and recorded so that tests can assert
the page asked for nothing unexpected.
Debian's ``/usr/bin/chromium`` is used through Playwright; ``playwright install`` is never run.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from geo import settings
from geo.maps.assets import fetch_npm_package, leaflet_version, parse_cdn_url
from geo.maps.leaflet import packaged_leaflet_dir

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: The map is served from this (unresolvable, never contacted) origin.
PAGE_ORIGIN = "https://geo-map.invalid"
PAGE_URL = f"{PAGE_ORIGIN}/map.html"
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
_TILE = re.compile(r"/\d+/\d+/\d+\.png(?:\?.*)?$")


#: Boxes over the map: a marker whose centre lies under one of them cannot be clicked there.
_COVERS = ".geo-legend, .geo-title, .leaflet-control"

#: Indices (among ``.leaflet-marker-icon``) of the markers whose centre is on screen and under
#: none of the boxes over the map, from top to bottom.
_ON_SCREEN_JS = """(covers) => {
  const boxes = [...document.querySelectorAll(covers)].map((e) => e.getBoundingClientRect());
  const inside = (x, y, r) => r.left <= x && x <= r.right && r.top <= y && y <= r.bottom;
  const view = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  return [...document.querySelectorAll('.leaflet-marker-icon')].flatMap((e, i) => {
    const r = e.getBoundingClientRect();
    const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    return inside(x, y, view) && !boxes.some((b) => inside(x, y, b)) ? [[y, x, i]] : [];
  }).sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]).map((m) => m[2]);
}"""

#: After a click on marker ``i``: its aria-label, the open popup's text, and whether the popup
#: open is the one bound to that very marker. Then the popup is closed with its close button and
#: the view put back (opening a popup may pan the map).
_CLICKED_JS = """([map, i, [centre, zoom]]) => {
  const el = document.querySelectorAll('.leaflet-marker-icon')[i];
  let own = false, text = null;
  map.eachLayer((l) => {
    if (l instanceof L.Marker && l.getElement() === el && l.isPopupOpen()) {
      own = true;
      const popup = l.getPopup().getElement();
      text = popup.querySelector('.leaflet-popup-content').innerText;
      popup.querySelector('.leaflet-popup-close-button').click();
    }
  });
  map.setView(centre, zoom, { animate: false });  // also ends an autopan that may just have started
  return { label: el.getAttribute('aria-label'), text, own, open: map.hasLayer(map._popup || {}) };
}"""


@dataclass
class MapPage:
    """An opened map page and what happened while it ran."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    unexpected_requests: list[str] = field(default_factory=list)
    tile_requests: list[str] = field(default_factory=list)
    _map: Any = field(default=None, repr=False)

    def assert_clean(self) -> None:
        """Fail if the page logged an error, threw, or asked for anything not served locally."""
        assert self.page_errors == []
        assert self.console_errors == []
        assert self.unexpected_requests == []

    def leaflet_map(self) -> Any:
        """A handle on the page's ``L.Map`` (folium's ``map_...`` variable)."""
        if self._map is None:
            self._map = self.page.evaluate_handle(
                "() => Object.keys(window).filter((k) => k.startsWith('map_')).map((k) => window[k])"
                ".find((v) => v instanceof L.Map)"
            )
        return self._map

    def zoom(self) -> int:
        """The map's current zoom."""
        return int(self.page.evaluate("(map) => map.getZoom()", self.leaflet_map()))

    def zoom_with_control(self, steps: int) -> int:
        """Click the zoom control's + (``steps`` > 0) or − button ``abs(steps)`` times; return the zoom."""
        button = self.page.locator(".leaflet-control-zoom-in" if steps > 0 else ".leaflet-control-zoom-out")
        for _ in range(abs(steps)):
            target = self.zoom() + (1 if steps > 0 else -1)
            button.click()
            # zoomend is followed at once by the marker layout (a microtask).
            self.page.wait_for_function(
                "([map, z]) => map.getZoom() === z && !map._animatingZoom", arg=[self.leaflet_map(), target]
            )
        return self.zoom()

    def markers_on_screen(self) -> list[int]:
        """Indices of the markers whose centre is on screen and not under a box over the map."""
        return list(self.page.evaluate(_ON_SCREEN_JS, _COVERS))

    def click_markers(self, indices: list[int]) -> list[dict[str, Any]]:
        """Click each marker with a plain ``click()`` and check that it opens its own popup.

        No ``force``: the click fails when another element would take it. The popup must be the
        marker's own, titled with the marker's place and showing its event type. It is closed
        with its close button and the view put back where it was. Markers are best given from top
        to bottom (as :meth:`markers_on_screen` does): a popup opens above its marker, so while it
        fades out it never covers the next one. Returns what each marker showed.
        """
        page = self.page
        markers = page.locator(".leaflet-marker-icon")
        view = page.evaluate("(map) => [map.getCenter(), map.getZoom()]", self.leaflet_map())
        shown = []
        for i in indices:
            markers.nth(i).click(timeout=3000)
            clicked = page.evaluate(_CLICKED_JS, [self.leaflet_map(), i, view])
            place, _, rest = (clicked["label"] or "").partition(" — ")
            type_label = rest.rsplit(", ", 1)[0]
            assert clicked["own"], f"marker {i} ({clicked['label']!r}) did not open its own popup"
            assert not clicked["open"], "the close button did not close the popup"
            text = clicked["text"] or ""
            assert text.startswith(place + "\n"), (clicked["label"], text)
            assert type_label in text.splitlines(), (clicked["label"], text)
            shown.append(clicked)
        return shown


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """Debian's Chromium binary; without it the browser tests are skipped, or fail under CI."""
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} is missing (apt-get install chromium); browser tests need it"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def leaflet_dir(chromium_path: Path) -> Path:
    """Leaflet's files at the version folium references: XStatic-Leaflet's data folder (what pages
    inline), else the npm package fetched once into geo's user cache (for a folium that pins
    another Leaflet)."""
    packaged = packaged_leaflet_dir()
    if packaged is not None:
        return packaged
    return fetch_npm_package("leaflet", leaflet_version(), settings.cache_dir / "npm")


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Any]:
    """One headless Chromium for the session."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def open_map(browser: Any, leaflet_dir: Path) -> Iterator[Callable[[str], MapPage]]:
    """Open map HTML in a fresh offline browser context; returns a :class:`MapPage`."""
    contexts: list[Any] = []
    version = leaflet_version()

    def _open(html: str) -> MapPage:
        context = browser.new_context(service_workers="block", viewport={"width": 1280, "height": 800})
        contexts.append(context)
        result = MapPage(page=None)

        def handle(route: Any) -> None:
            url = route.request.url
            if url == PAGE_URL:
                route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
                return
            if url == f"{PAGE_ORIGIN}/favicon.ico":
                route.fulfill(status=404, body="")
                return
            asset = parse_cdn_url(url)
            if asset is not None and asset.name == "leaflet" and asset.version == version:
                relative = asset.path if (leaflet_dir / "package.json").is_file() else asset.path[5:]
                path = (leaflet_dir / relative).resolve()  # npm's dist/… or the package's …
                if path.is_file() and path.is_relative_to(leaflet_dir.resolve()):
                    route.fulfill(path=str(path))
                    return
            if _TILE.search(url):
                result.tile_requests.append(url)
                route.fulfill(status=200, content_type="image/png", body=BLANK_PNG)
                return
            result.unexpected_requests.append(url)
            route.abort()

        context.route("**/*", handle)
        page = context.new_page()
        result.page = page
        page.on(
            "console", lambda msg: result.console_errors.append(msg.text) if msg.type == "error" else None
        )
        page.on("pageerror", lambda exc: result.page_errors.append(str(exc)))
        page.goto(PAGE_URL, wait_until="load")
        page.wait_for_function("() => typeof L !== 'undefined' && typeof geoMapRuntime !== 'undefined'")
        return result

    yield _open
    for context in contexts:
        context.close()
