"""The whole command ``geo map EVENTS.geojson -o m.html`` against geopandas ``explore()`` from the same file.

Run: ``python benchmarks/map_vs_explore.py [--events 100000] [--repeat 3] [--file EVENTS.geojson]
[--baseline CHECKOUT]``.

Both sides are whole processes started the same way, in the same run, alternating, on the same file:

* **geo**: ``python -m geo map EVENTS.geojson -o geo.html`` (read, validate, build, write);
* **explore**: ``python -c "geopandas.read_file(EVENTS).explore().save('explore.html')"`` (read with
  pyogrio, build with folium's defaults, ``m.save``).

Printed: each run's wall time and CPU time (user + system, of the process and its children), the
median of ``--repeat`` runs for each side and the ratios geo / explore (the issue's target is at most
0.5 in wall time). With ``--baseline`` a third side runs ``geo map`` from another checkout of geo
(e.g. ``git archive`` of an older commit unpacked in a folder), in the same rounds.

The events file is made once (in a temporary folder, or ``--file``) from the Iraq SIGACT reports in
``../shared/eval/events/geocausal_iraq_sigact`` with ``geo import csv`` and the mapping
``tests/data/importers/sigact_mapping.yaml``: the first ``--events`` rows of the 2007-08
insurgency, 2006 insurgency and airstrike files, in that order.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIGACT = ROOT.parent / "shared" / "eval" / "events" / "geocausal_iraq_sigact"
MAPPING = ROOT / "tests" / "data" / "importers" / "sigact_mapping.yaml"
FILES = ("insurgencies.csv", "insurgencies_2006.csv", "airstrikes.csv", "airstrikes_2006.csv")

EXPLORE = (
    "import sys, geopandas; "
    "m = geopandas.read_file(sys.argv[1]).explore(); "
    "m.save(sys.argv[2])"
)


def _env(root: Path = ROOT) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def make_events(path: Path, events: int) -> None:
    """Write ``events`` SIGACT reports as an event GeoJSON file at ``path`` with ``geo import csv``."""
    lines: list[str] = []
    for name in FILES:
        with (SIGACT / name).open(encoding="utf-8") as handle:
            header, *rows = handle.read().splitlines()
        if not lines:
            lines.append(header)
        lines.extend(rows)
    csv_path = path.with_suffix(".csv")
    csv_path.write_text("\n".join(lines[: events + 1]) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "geo", "-q", "import", "csv", str(csv_path), "--mapping", str(MAPPING)]
    subprocess.run([*command, "-o", str(path)], check=True, env=_env())


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str], root: Path) -> tuple[float, float]:
    """Wall and CPU seconds of ``command`` run with geo from ``root``."""
    cpu, start = _cpu(), time.perf_counter()
    # cwd=root: ``python -m geo`` puts the working folder first on sys.path, before PYTHONPATH
    subprocess.run(command, check=True, env=_env(root), cwd=root, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, _cpu() - cpu


def main() -> None:
    """Measure and print the two sides (see the module documentation)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--file", type=Path, default=None, help="events file (made when missing)")
    parser.add_argument("--baseline", type=Path, default=None, help="another checkout of geo to time too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="geo-map-bench-") as folder:
        work = Path(folder)
        events = args.file or work / f"events{args.events}.geojson"
        if not events.exists():
            make_events(events, args.events)
        print(f"events file: {events} ({events.stat().st_size / 1e6:.1f} MB)")
        ours = [sys.executable, "-m", "geo", "-q", "map", str(events), "-o", str(work / "geo.html")]
        peer = [sys.executable, "-c", EXPLORE, str(events), str(work / "explore.html")]
        sides = [("geo map", ours, ROOT), ("explore", peer, ROOT)]
        if args.baseline is not None:
            old = [*ours[:-1], str(work / "baseline.html")]
            sides.append(("geo map (baseline)", old, args.baseline.resolve()))
        wall: dict[str, list[float]] = {name: [] for name, _, _ in sides}
        cpu: dict[str, list[float]] = {name: [] for name, _, _ in sides}
        for _ in range(args.repeat):
            for name, command, root in sides:
                seconds, used = _run(command, root)
                wall[name].append(seconds)
                cpu[name].append(used)
                print(f"  {name}: {seconds:.2f} s wall, {used:.2f} s CPU", flush=True)
        for name, _, _ in sides:
            print(
                f"{name}: median {statistics.median(wall[name]):.2f} s wall, "
                f"{statistics.median(cpu[name]):.2f} s CPU, of {args.repeat}"
            )
        for name, _, _ in sides:
            if name != "explore":
                ratio = statistics.median(wall[name]) / statistics.median(wall["explore"])
                ratio_cpu = statistics.median(cpu[name]) / statistics.median(cpu["explore"])
                print(f"ratio {name} / explore: {ratio:.2f} wall, {ratio_cpu:.2f} CPU")
        for name in ("geo.html", "explore.html"):
            print(f"{name}: {(work / name).stat().st_size / 1e6:.1f} MB")

if __name__ == "__main__":
    main()
