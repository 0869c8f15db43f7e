"""Whole-command ``geo extract`` on one long article: time and peak memory against text length.

Builds one article of each size from the dev corpora's texts (read from ../shared at run time, never
stored), once as normal paragraphs and once as a single line (the worst case for line-based checks), and
runs ``python3 -m geo extract FILE --published 2020-01-01 -o OUT`` as a user would. Prints seconds, seconds
per million characters, and the child's peak resident memory; linear time shows as a flat s/M column.

    python3 benchmarks/extract_long.py                # 1, 4 and 8 million characters
    python3 benchmarks/extract_long.py --sizes 1,8,50  # the hardening issue's sizes (50 M needs ~7 GB)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def corpus_text() -> str:
    texts: list[str] = []
    for path in [SHARED / "news_events" / "dev.jsonl", *sorted((SHARED / "corpora").glob("*/dev.jsonl"))]:
        with path.open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle if line.strip())
    return "\n\n".join(texts)


def build(size: int, base: str, *, one_line: bool) -> str:
    text = base.replace("\n", " ") if one_line else base
    repeats = size // len(text) + 1
    return (text + (" " if one_line else "\n\n")) * repeats


def run(path: Path, out: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds and peak resident KiB of one ``geo extract`` process (os.wait4 reads
    that child's own resource use)."""
    began = time.perf_counter()
    env = {**os.environ, "GEO_MAX_ARTICLE_CHARS": str(10**9)}
    command = [sys.executable, "-m", "geo", "extract", str(path), "--published", "2020-01-01", "-o", str(out)]
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"geo extract failed on {path} (exit {child.returncode})")
    wall = time.perf_counter() - began
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,4,8", help="millions of characters, comma-separated")
    args = parser.parse_args()
    sizes = [float(size) for size in args.sizes.split(",")]
    base = corpus_text()
    print(f"load average {os.getloadavg()[0]:.1f}; base text {len(base):,} characters")
    print(f"{'shape':<10} {'M chars':>8} {'wall s':>8} {'cpu s':>8} {'cpu s/M':>8} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as folder:
        for one_line in (False, True):
            for size in sizes:
                text = build(int(size * 1_000_000), base, one_line=one_line)[: int(size * 1_000_000)]
                path = Path(folder) / "long.txt"
                path.write_text(text, encoding="utf-8")
                wall, cpu, peak = run(path, Path(folder) / "out.geojson")
                shape = "one line" if one_line else "paragraphs"
                row = f"{shape:<10} {size:>8g} {wall:>8.1f} {cpu:>8.1f} {cpu / size:>8.1f}"
                print(f"{row} {peak / 1024:>9.0f}")


if __name__ == "__main__":
    main()
