"""The UCDP Syria map coloured by violence type and sized by fatalities, against the plain map.

Run: ``python benchmarks/map_style.py [--repeat 3]``. Needs
``../shared/eval/events/ucdp_ged_syria_2016_2019`` (16,566 events, imported with ``geo import
ucdp``), Debian's /usr/bin/chromium and Playwright's Python package; Leaflet comes from geo's npm
cache (``geo assets fetch``). In the same run, from the same imported file, it builds with
``geo map`` (fresh processes, imports included) the plain map and the map with ``--color-by
type_of_violence --size-by fatalities`` and opens each in headless Chromium with the network off.
*Interactive* is as in ``map_scale.py``: seconds from the start of navigation until a real click
on a marker or cluster is answered (a popup opens or a cluster spiderfies).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from map_scale import POPUP_OPEN, Browser, ensure_assets  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
UCDP = REPO.parent / "shared" / "eval" / "events" / "ucdp_ged_syria_2016_2019" / "ged_syria_652_1601_1911.csv"


def geo(*args: str) -> float:
    """Run ``python -m geo ARGS`` from this checkout; return its wall time in seconds."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "geo", *args], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "u.geojson"
        print(f"import: {geo('import', 'ucdp', str(UCDP), '-o', str(events)):.2f} s")
        variants = {
            "plain": [],
            "--color-by type_of_violence --size-by fatalities": [
                "--color-by", "type_of_violence", "--size-by", "fatalities",
            ],
        }  # fmt: skip
        pages = {}
        print("| map | build s best (median) | HTML MB | interactive s best (median) |")
        print("|---|---:|---:|---:|")
        rows = []
        for name, extra in variants.items():
            out = Path(tmp) / "map.html"
            builds = sorted(geo("map", str(events), "-o", str(out), *extra) for _ in range(args.repeat))
            pages[name] = out.read_text(encoding="utf-8")
            rows.append((name, builds))
        ensure_assets(list(pages.values()))
        browser = Browser()
        try:
            for name, builds in rows:
                times = sorted(
                    browser.interactive(pages[name], ".leaflet-marker-icon", POPUP_OPEN)[0]
                    for _ in range(args.repeat)
                )
                build = f"{builds[0]:.2f} ({statistics.median(builds):.2f})"
                size = len(pages[name].encode()) / 1e6
                print(f"| {name} | {build} | {size:.2f} | {times[0]:.2f} ({statistics.median(times):.2f}) |")
        finally:
            browser.close()


if __name__ == "__main__":
    main()
