"""``geo import ucdp`` of large files, run as the user runs it: rows/s and peak memory at each size.

Makes a synthetic UCDP GED CSV of each size from the rows of the real file (../shared/eval/events,
16,566 rows of Syria 2016-2019) repeated with new ids (``id`` = row number), then runs the whole
command as a subprocess and samples its resident memory every 0.2 s with psutil:

    geo import ucdp FILE.csv -o out.geojson -q

The peer, in the same run, is the whole-collection path that ``geo import`` took before it streamed
(``geo.importers.import_ucdp`` then ``dumps`` of the collection, as benchmarks/import_ucdp.py runs it),
at the sizes given with ``--peer-sizes`` (its memory grows with the file: keep them small).

    nice python benchmarks/archive_import.py --sizes 100000,1000000 --peer-sizes 100000
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared/eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"

_PEER = r"""
import sys, tempfile
from pathlib import Path
from geo.importers import import_ucdp
from geo.io import atomic_write_text
from geo.model.feature import feature_collection
from geo.model.geojson import dumps
result = import_ucdp(sys.argv[1])
atomic_write_text(sys.argv[2], dumps(feature_collection(result.features)))
"""


def make_csv(path: Path, rows: int) -> int:
    """Write ``rows`` rows of the real file, repeated, with ids 1..rows; return the file's bytes."""
    with SOURCE.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        records = list(reader)
    column = [name.strip().lower() for name in header].index("id")
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        for i in range(rows):
            record = list(records[i % len(records)])
            record[column] = str(i + 1)
            writer.writerow(record)
    return path.stat().st_size


def measure(command: list[str]) -> dict[str, float]:
    """Wall seconds and peak resident memory (MiB) of one process."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, watched.memory_info().rss)
        except psutil.Error:
            break
        time.sleep(0.2)
    _, err = process.communicate()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed: {err.decode()[-2000:]}")
    return {"seconds": round(time.perf_counter() - started, 1), "peak_mib": round(peak / 2**20)}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated row counts")
    parser.add_argument("--peer-sizes", default="100000", help="sizes the whole-collection peer also runs")
    args = parser.parse_args()
    peers = {int(s) for s in args.peer_sizes.split(",") if s}
    results = []
    with tempfile.TemporaryDirectory(prefix="geo-import-bench-") as tmp:
        for rows in (int(s) for s in args.sizes.split(",")):
            source = Path(tmp) / f"ucdp-{rows}.csv"
            size = make_csv(source, rows)
            out = Path(tmp) / f"out-{rows}.geojson"
            command = [sys.executable, "-m", "geo", "import", "ucdp", str(source), "-o", str(out), "-q"]
            runs = {"geo import (streaming)": command}
            if rows in peers:
                runs["whole collection (before)"] = [
                    sys.executable,
                    "-c",
                    _PEER,
                    str(source),
                    str(out) + ".peer",
                ]
            for name, argv in runs.items():
                found = measure(argv)
                result = {
                    "rows": rows,
                    "csv_mib": round(size / 2**20),
                    "run": name,
                    **found,
                    "rows_per_s": round(rows / found["seconds"]),
                    "load_avg_1m": round(os.getloadavg()[0], 2),
                }
                results.append(result)
                print(json.dumps(result), flush=True)
            peer_out = Path(str(out) + ".peer")
            if peer_out.exists():
                same = filecmp.cmp(out, peer_out, shallow=False)
                print(f"{rows:,} rows: streamed output identical to the peer's: {same}", flush=True)
                peer_out.unlink()
            out.unlink()
            source.unlink()
    streamed = [r for r in results if r["run"] == "geo import (streaming)"]
    if len(streamed) > 1:
        print("peak memory of geo import by rows (MiB):", [(r["rows"], r["peak_mib"]) for r in streamed])


if __name__ == "__main__":
    main()
