"""Maps of 100,000 and 1,000,000 events: ours against geopandas ``explore`` and folium's FastMarkerCluster.

Run: ``python benchmarks/map_scale.py [--events 100000] [--repeat 3] [--million] [--skip-explore]``.
Needs ../shared/eval/events (see benchmarks/event_fixtures.py), Debian's /usr/bin/chromium,
Playwright's Python package, and npm once (the peers' JavaScript and CSS are fetched into geo's npm
cache with ``npm pack`` and served from there; the browser's network stays off).

What is measured, for each map, in the same run and on the same GeoDataFrame:

* **build**: seconds from the GeoDataFrame to the HTML text in memory (map construction and
  rendering; best of ``--repeat`` runs, median printed too);
* **size**: bytes of that HTML (UTF-8);
* **interactive**: seconds from the start of navigation (``page.goto``) until a real mouse click on
  a data element of the map (a marker or a cluster whose centre is on screen and not covered)
  gives its response: for ours, its popup opens; for explore (default options, as the issue
  measured it: tooltips, no popups) its popup or tooltip shows; for FastMarkerCluster, whose
  markers have neither, the click on a cluster zooms the map. The peers' criteria are the weaker
  ones. The page is served from
  memory, Leaflet and plugins from the local npm cache, tiles as a blank PNG; any other request
  is aborted. A click is tried every 100 ms (after the previous one is answered or 1 s passed),
  with a cap of 120 s; "> 120" means the page never answered in time.

The 1,000,000-event map is made by :func:`event_fixtures.replicate` from all 112,313 real points
(each copy after the first jittered by a normal 0.02° and shifted by up to 7 days).
"""

from __future__ import annotations

import argparse
import base64
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The fixtures next to this file, and geo from this checkout (also when it is not installed).
sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

import event_fixtures  # noqa: E402

CAP_SECONDS = 120.0
PAGE_URL = "https://geo-bench.invalid/map.html"
BLANK_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
_TILE = re.compile(r"/\d+/\d+/\d+\.png(?:\?.*)?$")

#: The centre of the first data element that a click there would reach, or null.
_TARGET_JS = """(selector) => {
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
    if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) continue;
    const hit = document.elementFromPoint(x, y);
    if (hit && (hit === el || el.contains(hit))) return [x, y];
  }
  return null;
}"""
_ZOOM_JS = """() => {
  const m = Object.keys(window).filter((k) => k.startsWith('map_')).map((k) => window[k])
    .find((v) => window.L && v instanceof L.Map);
  return m ? m.getZoom() : null;
}"""


#: Peer assets whose CDN address is not an npm package file, served from the npm package instead:
#: jQuery from code.jquery.com, and Leaflet.awesome-markers 2.0.2 from cdnjs (2.0.2 was never
#: published on npm; 2.0.4 is the nearest release there).
_SUBSTITUTES = [
    (
        re.compile(r"^https://code\.jquery\.com/jquery-(3\.7\.1)\.min\.js$"),
        "jquery",
        "3.7.1",
        "dist/jquery.min.js",
    ),
    (
        re.compile(r"/Leaflet\.awesome-markers/2\.0\.2/(leaflet\.awesome-markers\.(?:js|css))$"),
        "leaflet.awesome-markers",
        "2.0.4",
        "dist/{0}",
    ),
]

#: Packages the CDN addresses name that the substitutes stand in for.
_SUBSTITUTED = {("leaflet.awesome-markers", "2.0.2")}


def substitute(url: str) -> Any:
    """The npm file standing in for ``url`` (see :data:`_SUBSTITUTES`), or None."""
    from geo.maps.assets import CdnAsset

    for pattern, name, version, path in _SUBSTITUTES:
        match = pattern.search(url)
        if match:
            return CdnAsset(name, version, path.format(match[1]))
    return None


def timed(build: Callable[[], str], repeat: int) -> tuple[float, float, str]:
    """Best and median seconds of ``repeat`` builds, and the last HTML."""
    times = []
    html = ""
    for _ in range(repeat):
        start = time.perf_counter()
        html = build()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), html


def build_ours(frame: Any, mode: str = "auto") -> str:
    from geo.maps import build_map, render_html

    return render_html(build_map(frame, title="Iraq SIGACT", mode=mode))


def build_explore(frame: Any) -> str:
    m = frame.explore(column="event_type")
    html: str = m.get_root().render()
    return html


def build_explore_lean(frame: Any) -> str:
    """explore on the CSV's own columns only (date, type), closest to the issue's measurement."""
    m = frame[["date", "event_type", "sub_event_type", "geometry"]].explore(column="event_type")
    html: str = m.get_root().render()
    return html


def build_fast_cluster(frame: Any) -> str:
    import folium
    from folium.plugins import FastMarkerCluster

    m = folium.Map(location=[33.3, 44.0], zoom_start=6)
    FastMarkerCluster(data=list(zip(frame.geometry.y, frame.geometry.x, strict=True))).add_to(m)
    html: str = m.get_root().render()
    return html


def ensure_assets(pages: list[str]) -> None:
    """Fetch every npm package the pages load into geo's npm cache (once; later runs reuse it)."""
    from geo.errors import GeoIOError
    from geo.maps.assets import fetch_npm_package, npm_cache_dir
    from geo.maps.packages import required_packages

    packages = [(p.name, p.version) for p in required_packages(pages)]
    packages += [(name, version) for _, name, version, _ in _SUBSTITUTES]
    for name, version in packages:
        if (name, version) in _SUBSTITUTED:
            continue  # not on npm: served from its substitute
        try:
            fetch_npm_package(name, version, npm_cache_dir())
        except GeoIOError as exc:  # e.g. a cdnjs-only version: that file is aborted in the browser
            print(f"  not in the npm registry, left out: {exc}")


class Browser:
    """Headless Debian Chromium with the network off (assets from the npm cache)."""

    def __init__(self) -> None:
        from playwright.sync_api import sync_playwright

        self._pw = sync_playwright().start()
        self.browser = self._launch()

    def _launch(self) -> Any:
        return self._pw.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )

    def close(self) -> None:
        self.browser.close()
        self._pw.stop()

    def interactive(self, html: str, selector: str, response: str) -> tuple[float, list[str], list[str]]:
        """Seconds to the first answered click (see the module docstring), errors, aborted URLs."""
        from geo.maps.assets import asset_for_url, cached_asset

        if not self.browser.is_connected():  # the previous page crashed the browser
            self.browser = self._launch()
        context = self.browser.new_context(service_workers="block", viewport={"width": 1280, "height": 800})
        aborted: list[str] = []
        errors: list[str] = []

        def handle(route: Any) -> None:
            url = route.request.url
            if url == PAGE_URL:
                route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html)
                return
            asset = substitute(url) or asset_for_url(url)
            path = cached_asset(asset) if asset is not None else None
            if path is not None:
                route.fulfill(path=str(path))
                return
            if _TILE.search(url):
                route.fulfill(status=200, content_type="image/png", body=BLANK_PNG)
                return
            aborted.append(url)
            route.abort()

        context.route("**/*", handle)
        page = context.new_page()
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        page.set_default_timeout(CAP_SECONDS * 1000)
        start = time.perf_counter()
        elapsed = float("inf")
        try:
            page.goto(PAGE_URL, wait_until="commit", timeout=CAP_SECONDS * 1000)
            while time.perf_counter() - start < CAP_SECONDS:
                target = page.evaluate(_TARGET_JS, selector)
                if target is None:
                    time.sleep(0.1)
                    continue
                zoom = page.evaluate(_ZOOM_JS)
                page.mouse.click(target[0], target[1])
                try:
                    page.wait_for_function(response, arg=zoom, timeout=1000, polling=50)
                    elapsed = time.perf_counter() - start
                    break
                except Exception:  # no answer yet: try again
                    time.sleep(0.1)
        except Exception as exc:  # the page did not even answer within the cap
            errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
        finally:
            try:
                context.close()
            except Exception as exc:  # the page took the browser down (out of memory)
                errors.append(f"browser lost: {type(exc).__name__}")
        return elapsed, errors, aborted


#: Responses to a click: a popup with text opened; or (FastMarkerCluster) the map zoomed.
POPUP_OPEN = (  # ours: a popup opened, or a small cluster spiderfied
    "() => (document.querySelector('.leaflet-popup-content') || {}).textContent > ''"
    " || !!document.querySelector('.geo-spider')"
)
POPUP_OR_TOOLTIP = (
    "() => ((document.querySelector('.leaflet-popup-content') || {}).textContent"
    " || (document.querySelector('.leaflet-tooltip') || {}).textContent || '') > ''"
)
ZOOMED = (
    "(zoom) => { const m = Object.keys(window).filter((k) => k.startsWith('map_')).map((k) => window[k])"
    ".find((v) => v instanceof L.Map);"
    " return !!document.querySelector('.leaflet-popup-content') || (m && m.getZoom() !== zoom); }"
)


def fmt_seconds(value: float) -> str:
    return f"> {CAP_SECONDS:.0f}" if value == float("inf") else f"{value:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="builds (and page loads of ours) per map")
    parser.add_argument("--million", action="store_true", help="also build and open 1,000,000 events")
    parser.add_argument("--skip-explore", action="store_true", help="leave out geopandas explore (slow)")
    args = parser.parse_args()

    frame = event_fixtures.iraq_sigact(args.events)
    print(f"{len(frame):,} Iraq SIGACT events, types {frame['event_type'].value_counts().to_dict()}")
    rows = []
    builds: list[tuple[str, Callable[[], str], str, str]] = [
        ("ours (auto)", lambda: build_ours(frame), ".leaflet-marker-icon", POPUP_OPEN),
        ("folium FastMarkerCluster", lambda: build_fast_cluster(frame), ".leaflet-marker-icon", ZOOMED),
    ]
    if not args.skip_explore:
        builds.append(
            (
                "geopandas explore(column=), CSV columns",
                lambda: build_explore_lean(frame),
                "path.leaflet-interactive",
                POPUP_OR_TOOLTIP,
            )
        )
        builds.append(
            (
                "geopandas explore(column=)",
                lambda: build_explore(frame),
                "path.leaflet-interactive",
                POPUP_OR_TOOLTIP,
            )
        )
    if args.million:
        big = event_fixtures.replicate(event_fixtures.iraq_sigact(), 1_000_000)
        builds.append(
            ("ours, 1,000,000 events (auto)", lambda: build_ours(big), ".leaflet-marker-icon", POPUP_OPEN)
        )
    pages = {}
    for name, build, _, _ in builds:
        best, median, html = timed(build, args.repeat if "explore" not in name else max(1, args.repeat - 1))
        pages[name] = html
        print(
            f"built {name}: best {best:.2f} s, median {median:.2f} s, {len(html.encode()):,} bytes",
            flush=True,
        )
        rows.append([name, best, median, len(html.encode())])
    ensure_assets(list(pages.values()))
    browser = Browser()
    try:
        for row, (name, _, selector, response) in zip(rows, builds, strict=True):
            loads = args.repeat if "explore" not in name else 1
            results = [browser.interactive(pages[name], selector, response) for _ in range(loads)]
            times = sorted(r[0] for r in results)
            row += [times[0], times[len(times) // 2]]
            for _, errors, aborted in results[:1]:
                if errors:
                    print(f"  {name}: page errors {errors[:3]}")
                if aborted:
                    print(f"  {name}: aborted {len(aborted)} request(s) not in the npm cache: {aborted[:2]}")
            print(
                f"opened {name}: interactive best {fmt_seconds(times[0])} s, median {fmt_seconds(row[-1])} s",
                flush=True,
            )
    finally:
        browser.close()

    print()
    print("| map | build best (median) s | HTML MB | interactive best (median) s |")
    print("|---|---:|---:|---:|")
    for name, best, median, size, ready, ready_median in rows:
        ready_text = f"{fmt_seconds(ready)} ({fmt_seconds(ready_median)})"
        print(f"| {name} | {best:.2f} ({median:.2f}) | {size / 1e6:.2f} | {ready_text} |")
    by_name = {r[0]: r for r in rows}
    ours = by_name["ours (auto)"]
    explore = by_name.get("geopandas explore(column=), CSV columns")
    if explore is not None:
        print()
        build_ratio, size_ratio = ours[1] / explore[1], ours[3] / explore[3]
        print(
            f"ours / explore: build {build_ratio:.2f} (target <= 0.5), size {size_ratio:.2f} (target <= 0.33)"
        )
    print(f"ours interactive: {fmt_seconds(ours[4])} s (target <= 5)")


if __name__ == "__main__":
    main()
