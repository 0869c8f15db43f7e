"""Score geo and the geotext peer on all five gold corpora (dev halves) and print one table.

Run: ``python benchmarks/eval_all.py [--limit N] [--corpora lgl,tr_news]`` from the repository (needs
../shared/eval/corpora). It runs ``python -m geo eval ... --json`` once over the corpora (one process, one
gazetteer) and adds the issue's targets and the best published figures (corpora README) for reference.
WikToR is scored on resolution only (gold spans given), so its recognition columns are empty.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA_DIR = ROOT.parent / "shared" / "eval" / "corpora"
CORPORA = ("lgl", "geowebnews", "tr_news", "geovirus", "wiktor")

#: corpus -> (target recognition F1, target acc@161, best published F1, best published acc@161)
REFERENCE = {
    "lgl": (0.80, 0.85, 0.713, 0.819),
    "geowebnews": (0.80, 0.92, 0.739, 0.937),
    "tr_news": (0.80, 0.92, 0.803, 0.850),
    "geovirus": (0.90, 0.85, 0.917, 0.807),
    "wiktor": (None, 0.80, None, 0.591),
}


def _fmt(value: float | None, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def main() -> None:
    """Run the evaluation and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="documents per corpus (default: all)")
    parser.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated corpus names")
    parser.add_argument("--no-peer", action="store_true", help="skip geotext")
    options = parser.parse_args()
    names = [n.strip() for n in options.corpora.split(",") if n.strip()]
    args = [
        sys.executable,
        "-m",
        "geo",
        "eval",
        *(str(CORPORA_DIR / n / "dev.jsonl") for n in names),
        "--json",
    ]
    if options.limit:
        args += ["--limit", str(options.limit)]
    if options.no_peer:
        args.append("--no-peer")
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    began = time.perf_counter()
    out = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(out.stderr)
    rows = json.loads(out.stdout)
    header = (
        f"{'corpus':<11}{'system':<9}{'docs':>6}{'P':>7}{'R':>7}{'F1':>7}{'acc@161':>9}{'med km':>9}"
        f"{'e2e@161':>9}{'docs/s':>9}   {'target F1/acc':>13}  {'published F1/acc':>16}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        target_f1, target_acc, best_f1, best_acc = REFERENCE.get(row["corpus"], (None, None, None, None))
        ref = row["system"] == "geo"
        print(
            f"{row['corpus']:<11}{row['system']:<9}{row['docs']:>6}{_fmt(row['precision']):>7}"
            f"{_fmt(row['recall']):>7}{_fmt(row['f1']):>7}{_fmt(row['acc161']):>9}"
            f"{_fmt(row['median_error_km'], 1):>9}{_fmt(row['end_to_end_acc161']):>9}"
            f"{_fmt(row['docs_per_second'], 1):>9}   "
            + (
                f"{_fmt(target_f1, 2):>6}/{_fmt(target_acc, 2):<6}  {_fmt(best_f1):>8}/{_fmt(best_acc):<7}"
                if ref
                else ""
            )
        )
    print(
        f"\n(total wall time {time.perf_counter() - began:.0f} s; acc@161 and median over recognised toponyms"
    )
    print(" with gold coordinates, e2e@161 over all gold toponyms with coordinates; see docs/extract.md)")


if __name__ == "__main__":
    main()
