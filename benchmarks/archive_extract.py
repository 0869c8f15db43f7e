"""``geo extract`` over a whole archive, run as the user runs it: articles/s, peak memory, speed-up.

Builds an archive in a temporary folder from the texts of ../shared/eval/corpora/*/dev.jsonl and
../shared/eval/news_events/dev.jsonl, repeated (with new ids) to each size asked, as JSON-lines shards
of 1,000 articles, then runs the whole command as a subprocess:

    geo extract ARCHIVE_DIR --published 2021-07-05 -o out.geojsonl -q [-j 2 | --dask local -j 2]

and reports wall time, articles/s, the CPU time of the command and all its workers (user + system,
from ``getrusage(RUSAGE_CHILDREN)``; on a machine shared with other work the wall time mostly measures
the others), the peak resident memory of the whole process tree (the command and
its workers, sampled every 0.2 s with psutil) and of the command alone, and the ratios the issue asks
for (1 -> 2 processes, --dask local vs -j 2, 10k vs 100k memory). Every mode of one size runs in the
same invocation, one after the other, so the ratios compare runs under the same machine load; the load
average is printed with each run. The first run (index and lexicon built already: run geo once before).

    python benchmarks/archive_extract.py --sizes 10000 --modes j1,j2,dask
    nice python benchmarks/archive_extract.py --sizes 100000 --modes j2
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "eval"
SHARD = 1_000
MODES = {"j1": ["-j", "1"], "j2": ["-j", "2"], "dask": ["--dask", "local", "-j", "2"]}


def source_rows() -> list[dict[str, str]]:
    """The texts (and dates, where given) of the dev corpora and the news dev set."""
    files = [*sorted(SHARED.glob("corpora/*/dev.jsonl")), SHARED / "news_events" / "dev.jsonl"]
    rows = []
    for path in files:
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                data = json.loads(line)
                row = {"text": data["text"]}
                if isinstance(data.get("published"), str) and len(data["published"]) <= 10:
                    row["published"] = data["published"]
                rows.append(row)
    return rows


def build_archive(folder: Path, size: int, rows: list[dict[str, str]]) -> int:
    """Write ``size`` articles (the rows repeated, ids a0000000...) as JSON-lines shards; return bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for start in range(0, size, SHARD):
        lines = []
        for i in range(start, min(size, start + SHARD)):
            lines.append(json.dumps({"id": f"a{i:07d}", **rows[i % len(rows)]}, ensure_ascii=False))
        data = ("\n".join(lines) + "\n").encode("utf-8")
        (folder / f"shard-{start // SHARD:05d}.jsonl").write_bytes(data)
        total += len(data)
    return total


def run(archive: Path, out: Path, mode: str) -> dict[str, float | int | str]:
    """Run the whole command once; wall time and peak memory of its process tree."""
    command = [sys.executable, "-m", "geo", "extract", str(archive), "--published", "2021-07-05"]
    command += ["-o", str(out), "-q", *MODES[mode]]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    # standard error to a file, not a pipe: a pipe read only at the end would block a long run that
    # writes more than the pipe holds (a skipped article per line, a cluster's warnings)
    errors = tempfile.TemporaryFile()  # noqa: SIM115 (closed below, after the process ends)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=errors)
    root = psutil.Process(process.pid)
    peak_tree = peak_main = 0
    while process.poll() is None:
        try:
            main = root.memory_info().rss
            tree = main + sum(_rss(child) for child in root.children(recursive=True))
        except psutil.Error:
            break
        peak_main, peak_tree = max(peak_main, main), max(peak_tree, tree)
        time.sleep(0.2)
    process.wait()
    errors.seek(0)
    err = errors.read()
    errors.close()
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the command and every worker it waited for
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {
        "cpu_s": round(cpu, 1),
        "mode": mode,
        "exit": process.returncode,
        "seconds": round(seconds, 1),
        "peak_tree_mib": round(peak_tree / 2**20),
        "peak_main_mib": round(peak_main / 2**20),
        "load_avg_1m": round(os.getloadavg()[0], 2),
        "stderr_lines": len(err.decode("utf-8", "replace").splitlines()),
        "output_bytes": out.stat().st_size if out.exists() else 0,
    }


def _rss(process: psutil.Process) -> int:
    try:
        return int(process.memory_info().rss)
    except psutil.Error:
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10000", help="comma-separated archive sizes (articles)")
    parser.add_argument("--modes", default="j1,j2,dask", help=f"comma-separated, of {', '.join(MODES)}")
    parser.add_argument("--keep", type=Path, help="keep the archives and outputs in this folder")
    args = parser.parse_args()
    rows = source_rows()
    print(f"{len(rows):,} source texts; machine: {os.cpu_count()} cores", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="geo-archive-") as tmp:
        base = args.keep or Path(tmp)
        for size in (int(s) for s in args.sizes.split(",")):
            archive = base / f"archive-{size}"
            size_bytes = build_archive(archive, size, rows)
            outputs = {}
            for mode in args.modes.split(","):
                out = base / f"out-{size}-{mode}.geojsonl"
                result = {
                    "articles": size,
                    "archive_mib": round(size_bytes / 2**20, 1),
                    **run(archive, out, mode),
                }
                result["articles_per_s"] = round(size / float(result["seconds"]), 1)
                result["articles_per_cpu_s"] = round(size / max(float(result["cpu_s"]), 1e-9), 1)
                results.append(result)
                outputs[mode] = out.read_bytes() if out.exists() and size <= 20_000 else None
                print(json.dumps(result), flush=True)
            known = [data for data in outputs.values() if data is not None]
            if len(known) > 1:
                print(
                    f"outputs of {size:,} articles identical across modes: {len(set(known)) == 1}", flush=True
                )
    _ratios(results)


def _ratios(results: list[dict[str, float | int | str]]) -> None:
    by = {(r["articles"], r["mode"]): r for r in results}
    for (size, mode), result in sorted(by.items()):
        if mode == "j2" and (size, "j1") in by:
            one = float(by[size, "j1"]["seconds"])
            print(
                f"{size:,} articles: speed-up 1 -> 2 processes {one / float(result['seconds']):.2f}x (wall)"
            )
            efficiency = float(by[size, "j1"]["cpu_s"]) / float(result["cpu_s"])
            print(
                f"{size:,} articles: CPU of -j 1 / CPU of -j 2 {efficiency:.2f}: on two idle cores "
                f"the speed-up would be about {2 * efficiency:.2f}x"
            )
        if mode == "dask" and (size, "j2") in by:
            two = float(by[size, "j2"]["seconds"])
            print(f"{size:,} articles: --dask local / -j 2 time {float(result['seconds']) / two:.2f}")
            cpu = float(result["cpu_s"]) / float(by[size, "j2"]["cpu_s"])
            print(f"{size:,} articles: --dask local / -j 2 CPU {cpu:.2f}")
    sizes = sorted({int(r["articles"]) for r in results})
    for mode in MODES:
        peaks = [(s, by[s, mode]["peak_tree_mib"]) for s in sizes if (s, mode) in by]
        if len(peaks) > 1:
            print(f"{mode}: peak memory of the process tree by size (MiB): {peaks}")


if __name__ == "__main__":
    main()
