"""The UCDP Syria map coloured by violence type and sized by fatalities, against the plain map.

Run: ``python benchmarks/map_style.py [--repeat 3] [--peer-ref REF]``. Needs
``../shared/eval/events/ucdp_ged_syria_2016_2019`` (16,566 events, imported with ``geo import
ucdp``), Debian's /usr/bin/chromium and Playwright's Python package; Leaflet comes from geo's npm
cache (``geo assets fetch``). In the same run, from the same imported file, it builds with
``geo map`` (fresh processes, imports included) the plain map and the map with ``--color-by
type_of_violence --size-by fatalities`` and opens each in headless Chromium with the network off.
*Interactive* is as in ``map_scale.py``: seconds from the start of navigation until a real click
on a marker or cluster is answered (a popup opens or a cluster spiderfies); *complete* the same
with the popup's long texts shown (a large map inflates them on the first popup, ``lazy`` in
``geo/maps/table.py``). ``--peer-ref REF`` also builds the plain map with the code of git commit
``REF`` of this repository (``git archive`` into a temporary folder), as the before of a change.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from map_scale import POPUP_OPEN, Browser, ensure_assets  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
UCDP = REPO.parent / "shared" / "eval" / "events" / "ucdp_ged_syria_2016_2019" / "ged_syria_652_1601_1911.csv"


#: The click is answered by a popup whose long texts are shown (or by a spider).
POPUP_COMPLETE = (
    "() => { const c = document.querySelector('.leaflet-popup-content');"
    " return (!!c && c.textContent > '' && !c.querySelector('.geo-popup-loading'))"
    " || !!document.querySelector('.geo-spider'); }"
)


def geo(*args: str, root: Path = REPO) -> float:
    """Run ``python -m geo ARGS`` from the checkout ``root``; return its wall time in seconds."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    start = time.perf_counter()
    # From root: ``python -m`` puts the working folder first on the path.
    subprocess.run([sys.executable, "-m", "geo", *args], check=True, env=env, capture_output=True, cwd=root)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peer-ref", help="also build the plain map with the code of this git commit")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        events = Path(tmp) / "u.geojson"
        print(f"import: {geo('import', 'ucdp', str(UCDP), '-o', str(events)):.2f} s")
        variants: dict[str, tuple[list[str], Path]] = {
            "plain": ([], REPO),
            "--color-by type_of_violence --size-by fatalities": (
                ["--color-by", "type_of_violence", "--size-by", "fatalities"], REPO,
            ),
        }  # fmt: skip
        if args.peer_ref:
            peer = Path(tmp) / "peer"
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", args.peer_ref, "geo"], check=True, capture_output=True
            ).stdout
            with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
                tar.extractall(peer, filter="data")
            variants[f"plain, code of {args.peer_ref}"] = ([], peer)
        pages = {}
        print("| map | build s best (median) | HTML MB | interactive s best (median) | complete s (median) |")
        print("|---|---:|---:|---:|---:|")
        rows = []
        for name, (extra, root) in variants.items():
            out = Path(tmp) / "map.html"
            builds = sorted(
                geo("map", str(events), "-o", str(out), *extra, root=root) for _ in range(args.repeat)
            )
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
                full = sorted(
                    browser.interactive(pages[name], ".leaflet-marker-icon", POPUP_COMPLETE)[0]
                    for _ in range(args.repeat)
                )
                build = f"{builds[0]:.2f} ({statistics.median(builds):.2f})"
                size = len(pages[name].encode()) / 1e6
                shown = f"{times[0]:.2f} ({statistics.median(times):.2f})"
                complete = f"{full[0]:.2f} ({statistics.median(full):.2f})"
                print(f"| {name} | {build} | {size:.2f} | {shown} | {complete} |")
        finally:
            browser.close()


if __name__ == "__main__":
    main()
