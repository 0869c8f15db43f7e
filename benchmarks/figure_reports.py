"""Report figures at A4 landscape, 300 dpi, as PNG, SVG and PDF: seed data, UCDP Syria, 100,000 events.

Run: ``python benchmarks/figure_reports.py OUTDIR``. Needs ``../shared/eval/events`` (UCDP GED Syria
2016-2019 and the Iraq SIGACT reports of ``event_fixtures.py``). Each figure is made with the
``geo figure`` command in a fresh process (imports and reading included); wall seconds and file
sizes are printed. The seed and UCDP figures are read from GeoJSON (the UCDP file imported first
with ``geo import ucdp``); the 100,000 events (a GeoDataFrame of the fixture's columns, which
``geo figure`` cannot read as a file since it lacks contract columns) are drawn in process with
``plot_events`` + ``save_figure`` (reading excluded).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

REPO = Path(__file__).resolve().parents[1]
UCDP = REPO.parent / "shared" / "eval" / "events" / "ucdp_ged_syria_2016_2019" / "ged_syria_652_1601_1911.csv"
A4 = ["--width", "11.69", "--height", "8.27", "--dpi", "300"]


def geo(*args: str) -> tuple[float, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "geo", *args], check=True, env=env, capture_output=True, text=True
    )
    return time.perf_counter() - start, done.stdout.strip()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "figures-out")
    out.mkdir(parents=True, exist_ok=True)
    ucdp = out / "ucdp.geojson"
    geo("import", "ucdp", str(UCDP), "-o", str(ucdp))
    import event_fixtures

    big = event_fixtures.iraq_sigact(100_000)
    jobs = {
        "seed": [str(REPO / "data" / "locations.geojson"), "--country", "IQ"],
        "ucdp": [str(ucdp), "--country", "SY", "--color-by", "type_of_violence", "--size-by", "fatalities"],
    }
    print("| figure | format | geo figure s | bytes | message |")
    print("|---|---|---:|---:|---|")
    for name, args in jobs.items():
        for fmt in ("png", "svg", "pdf"):
            target = out / f"{name}.{fmt}"
            seconds, message = geo("figure", *args, *A4, "--title", name, "-o", str(target))
            print(f"| {name} | {fmt} | {seconds:.1f} | {target.stat().st_size:,} | {message} |", flush=True)
    from geo.figures import plot_events, save_figure
    from geo.figures.plot import drawn_events

    for density in (True, False):
        name = "sigact100k" + ("-density" if density else "")
        for fmt in ("png", "svg", "pdf"):
            target = out / f"{name}.{fmt}"
            start = time.perf_counter()
            fig = plot_events(
                big, countries=["IQ"], density=density, width=11.69, height=8.27, dpi=300, title=name
            )
            save_figure(fig, target)
            seconds = time.perf_counter() - start
            message = f"in process: {drawn_events(fig)} of {len(big)} drawn"
            print(f"| {name} | {fmt} | {seconds:.1f} | {target.stat().st_size:,} | {message} |", flush=True)


if __name__ == "__main__":
    main()
