"""Offline map file and report figures of the seed data: sizes and timings.

Run: ``python benchmarks/offline_figures.py [--repeat 3] [--events N]``.

Prints, for ``data/locations.geojson`` (the seed map):

* the size of the normal map page and of the ``--offline`` page, and what the offline page
  inlined (the page's external scripts and stylesheets, and the stylesheet images);
* the time to build and render the offline page in this process (best and median of
  ``--repeat``);
* the wall time of ``python -m geo figure … -o seed.{png,svg,pdf}`` as a fresh process (imports
  included; best and median) and the size of each file;
* the time of :func:`geo.figures.plot_events` and :func:`geo.figures.save_figure` in this process.

With ``--events N`` it also times a figure of N synthetic events (random points over Iraq and
Syria, all event types) in process, to show how the figure scales.

Leaflet comes from the ``XStatic-Leaflet`` package; only when it lacks folium's version is it
fetched into geo's npm cache with npm (``geo assets fetch``).
Timings on a shared machine are noisy: the load average is printed with them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "data" / "locations.geojson"


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--events", type=int, default=0, help="also time a figure of N synthetic events")
    args = parser.parse_args()

    from geo.figures import plot_events, save_figure
    from geo.gazetteer.outlines import country_outlines
    from geo.maps import build_map, render_html
    from geo.maps.assets import fetch_npm_package, npm_cache_dir, page_urls
    from geo.maps.embed import render_page
    from geo.maps.leaflet import packaged_leaflet_dir
    from geo.maps.packages import required_packages
    from geo.model.geojson import load_feature_collection

    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    packaged = packaged_leaflet_dir() is not None
    for package in required_packages():
        if not (packaged and package.name == "leaflet"):
            fetch_npm_package(package.name, package.version, npm_cache_dir())

    seed = load_feature_collection(SEED)
    page = render_html(build_map(seed, title="Missions"))
    best, median, offline = timed(
        lambda: render_page(build_map(seed, title="Missions"), offline=True), args.repeat
    )
    outline_bytes = len(str(country_outlines()).encode())
    print(f"seed map: {len(seed['features'])} features")
    print(f"  normal page   {len(page.encode()):>9,} bytes, loads {page_urls(page)}")
    print(f"  offline page  {len(offline.encode()):>9,} bytes, loads {page_urls(offline)} (nothing)")
    print(f"  offline build best {best:.3f} s, median {median:.3f} s (build_map + outlines + inlining)")
    images = offline.count("data:image/")
    print(f"  data: URIs in the offline page: {images}; outlines ~{outline_bytes:,} bytes")

    with tempfile.TemporaryDirectory() as tmp:
        for ext in ("png", "svg", "pdf"):
            out = Path(tmp) / f"seed.{ext}"
            command = [sys.executable, "-m", "geo", "figure", str(SEED), "-o", str(out), "--title", "Seed"]
            best, median, _ = timed(
                lambda command=command: subprocess.run(command, check=True, capture_output=True, cwd=REPO),
                args.repeat,
            )
            print(
                f"geo figure -o seed.{ext}: best {best:.2f} s, median {median:.2f} s (fresh process), "
                f"{out.stat().st_size:,} bytes"
            )
        best, median, fig = timed(lambda: plot_events(seed, title="Missions"), args.repeat)
        print(f"plot_events(seed) in process: best {best:.3f} s, median {median:.3f} s")
        for ext in ("png", "svg", "pdf"):
            best, median, _ = timed(lambda ext=ext: save_figure(fig, Path(tmp) / f"again.{ext}"), args.repeat)
            print(f"save_figure(.{ext}) in process: best {best:.3f} s, median {median:.3f} s")

        if args.events:
            rng = random.Random(7)
            types = ["strike", "attack", "rocket_attack", "deployment", "training", "abduction", "protest"]
            features = [
                {
                    "type": "Feature",
                    "geometry": {
                        "type": "Point",
                        "coordinates": [round(rng.uniform(36, 48), 4), round(rng.uniform(29, 37), 4)],
                    },
                    "properties": {"id": str(i), "place": f"p{i % 500}", "event_type": rng.choice(types)},
                }
                for i in range(args.events)
            ]
            best, median, fig = timed(lambda: plot_events(features, title="Synthetic"), args.repeat)
            print(f"plot_events({args.events:,} events): best {best:.2f} s, median {median:.2f} s")
            best, median, _ = timed(lambda: save_figure(fig, Path(tmp) / "big.png"), args.repeat)
            print(f"save_figure({args.events:,} events, .png): best {best:.2f} s, median {median:.2f} s")
    print(f"load average at end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
