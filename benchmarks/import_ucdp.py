"""Import UCDP GED Syria (../shared/eval/events, 16,566 events): time, rows per second, peak memory.

Runs the importer in a fresh process per repeat (so the EDTF parse cache starts cold, as for a
user), then writes the GeoJSON the way ``geo import`` does, and checks that no row was lost. Wall
times on a shared machine are noisy; the CPU time of the process is printed too.

    python benchmarks/import_ucdp.py [--repeat 3] [--csv PATH]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared/eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"

_CHILD = r"""
import json, resource, sys, tempfile, time
from pathlib import Path
from geo.model.feature import feature_collection
from geo.model.geojson import dumps
from geo.importers import import_ucdp
from geo.io import atomic_write_text

path = Path(sys.argv[1])
t0, c0 = time.perf_counter(), time.process_time()
result = import_ucdp(path)
t1, c1 = time.perf_counter(), time.process_time()
text = dumps(feature_collection(result.features))
with tempfile.TemporaryDirectory() as folder:
    atomic_write_text(Path(folder) / "out.geojson", text)
t2 = time.perf_counter()
peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"read": result.read, "imported": result.imported, "skipped": result.skipped,
                  "import_s": t1 - t0, "import_cpu_s": c1 - c0, "write_s": t2 - t1,
                  "peak_mib": peak_kib / 1024, "bytes": len(text.encode("utf-8"))}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3, help="runs (fresh processes); best and median shown")
    parser.add_argument("--csv", type=Path, default=DEFAULT, help="UCDP GED CSV file")
    args = parser.parse_args()
    if not args.csv.is_file():
        sys.exit(f"no such file: {args.csv}")
    runs = []
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(args.csv)],
            check=True,
            capture_output=True,
            text=True,
            cwd=REPO,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    first = runs[0]
    print(f"file: {args.csv.name}")
    print(f"rows read {first['read']}, imported {first['imported']}, skipped {first['skipped']}")
    print(f"GeoJSON written: {first['bytes'] / 1e6:.1f} MB")
    steps = (
        ("import_s", "import (parse + build + check), wall"),
        ("import_cpu_s", "import, CPU time of the process"),
        ("write_s", "GeoJSON dump + write, wall"),
    )
    for key, label in steps:
        times = sorted(run[key] for run in runs)
        median = times[len(times) // 2]
        print(f"{label}: best {times[0]:.2f} s, median {median:.2f} s over {len(times)} runs")
    best = min(run["import_s"] for run in runs)
    total = min(run["import_s"] + run["write_s"] for run in runs)
    print(f"rows/s (import only, best wall): {first['read'] / best:,.0f}")
    cpu = min(run["import_cpu_s"] for run in runs)
    print(f"rows/s (import only, best CPU time): {first['read'] / cpu:,.0f}")
    print(f"rows/s (import + write, best): {first['read'] / total:,.0f}")
    print(f"peak memory (max RSS): {max(run['peak_mib'] for run in runs):.0f} MiB")
    if first["imported"] != first["read"]:
        sys.exit(f"rows lost: {first['read'] - first['imported']}")


if __name__ == "__main__":
    main()
