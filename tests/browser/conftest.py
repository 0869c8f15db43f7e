"""Headless Chromium with the network off, serving the map's web assets from a local npm copy.

Every request of the page is routed: the page itself and Leaflet's files (fetched once with
``npm pack`` into the pytest cache) are answered locally, map tiles get a blank PNG, and anything
else is aborted and recorded so that tests can assert the page asked for nothing unexpected.
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


@dataclass
class MapPage:
    """An opened map page and what happened while it ran."""

    page: Any
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    unexpected_requests: list[str] = field(default_factory=list)
    tile_requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        """Fail if the page logged an error, threw, or asked for anything not served locally."""
        assert self.page_errors == []
        assert self.console_errors == []
        assert self.unexpected_requests == []


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
    """Leaflet's npm package (the version folium references), fetched once into geo's user cache."""
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
                path = (leaflet_dir / asset.path).resolve()
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
