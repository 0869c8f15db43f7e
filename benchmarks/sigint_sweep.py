"""Send Ctrl-C (SIGINT) to ``geo extract`` after a sweep of delays and say which runs stopped cleanly.

A clean stop (the contract of ``tests/hostile/test_interrupts.py``): a non-zero exit status, at most one
non-blank line on standard error, no traceback, no "Exception ignored" report, no article skipped, no
file but the output (and its resume journal) left behind, and an output of whole GeoJSON lines.

Each run starts ``python3 -m geo extract --jsonl BATCH -o out.geojson`` on a batch of articles in a fresh
temporary folder (as the test does), sleeps the delay and sends SIGINT. The delays run from ``--start``
to ``--stop`` in steps of ``--step`` seconds, so the signal lands at every stage of start-up: importing,
building the pydantic models, loading the gazetteer and lexicon, the first articles.

Usage::

    PYTHONPATH=. python3 benchmarks/sigint_sweep.py [--start 0.05] [--stop 2.0] [--step 0.05] [--repeat 1]
        [--repo PATH]

Prints one line per run (delay, exit status, verdict, last line of standard error) and a closing line
``clean N of M, 130: K; in python's start-up, before geo: S``: N runs kept the contract above, K of
them ended as an interrupted run does (exit status 130, ``interrupted ...``) rather than click's
``Aborted!`` (exit status 1, an interrupt while ``geo.cli`` loads), and S were interrupted in the
interpreter's own start-up (``site`` importing the ``.pth`` files of site-packages, before any geo code
runs; Python prints its traceback), which a delay below ~0.15 s may hit on a busy machine. The exit
status is 1 when a run did not stop cleanly. ``--show`` prints the standard error of those runs;
``--repo`` runs another checkout of geo (to compare a commit before a change).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXT = "Dutch troops trained soldiers in Erbil, Iraq, on 5 January 2020.\n"


def _batch(folder: Path, count: int) -> Path:
    lines = [json.dumps({"id": f"a{i}", "text": TEXT * 40, "published": "2020-01-06"}) for i in range(count)]
    path = folder / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _verdict(code: int | None, err: str, folder: Path) -> str:
    """``clean`` or the first broken promise of the run."""
    lines = [line for line in err.splitlines() if line.strip()]
    left = {p.name for p in folder.iterdir()} - {"batch.jsonl", "out.geojson", "out.geojson.journal"}
    written = (folder / "out.geojson").read_bytes() if (folder / "out.geojson").exists() else b""
    checks = [
        (code is None, "still running"),
        ("init_import_site" in err, "in python's start-up (site)"),
        (code == 0, "exit 0 (the interrupt was lost)"),
        ("skipped article" in err, "articles skipped"),
        ("ValidationError" in err, "ValidationError"),
        ("Exception ignored" in err, "exception ignored"),
        ("Traceback" in err, "traceback"),
        (len(lines) > 1, f"{len(lines)} lines on stderr"),
        (bool(left), f"left behind: {sorted(left)}"),
        (bool(written) and not written.endswith(b"\n"), "a cut last line"),
    ]
    return next((why for bad, why in checks if bad), "clean")


def one_run(
    delay: float, *, articles: int, timeout: float, repo: Path = REPO, show: bool = False
) -> tuple[int | None, str, str]:
    """Run ``geo extract``, interrupt it after ``delay`` seconds: (exit status, last stderr line, verdict);
    ``show`` prints the standard error of a run that did not stop cleanly."""
    with tempfile.TemporaryDirectory(prefix="geo-sigint-") as name:
        folder = Path(name)
        batch = _batch(folder, articles)
        env = {**os.environ, "PYTHONPATH": str(repo)}
        output = str(folder / "out.geojson")
        command = [sys.executable, "-m", "geo", "extract", "--jsonl", str(batch), "-o", output]
        pipe = subprocess.PIPE
        process = subprocess.Popen(command, cwd=folder, env=env, stdout=pipe, stderr=pipe)
        time.sleep(delay)
        if process.poll() is not None:
            process.communicate()
            return process.returncode, "", "ended before the interrupt"
        process.send_signal(signal.SIGINT)
        try:
            _, err = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            return None, "", "still running"
        text = err.decode("utf-8", "replace")
        last = next((line for line in reversed(text.splitlines()) if line.strip()), "")
        verdict = _verdict(process.returncode, text, folder)
        if show and verdict != "clean":
            print(text, file=sys.stderr)
        return process.returncode, last, verdict


def main(argv: list[str] | None = None) -> int:
    """Run the sweep and print its figures; 1 if a run did not stop cleanly."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=float, default=0.05, help="first delay, seconds")
    parser.add_argument("--stop", type=float, default=2.0, help="last delay, seconds")
    parser.add_argument("--step", type=float, default=0.05, help="step between delays, seconds")
    parser.add_argument("--repeat", type=int, default=1, help="runs per delay")
    parser.add_argument("--articles", type=int, default=2000, help="articles in the batch")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds to wait after the signal")
    parser.add_argument("--repo", type=Path, default=REPO, help="the geo checkout to run [default: this one]")
    parser.add_argument("--show", action="store_true", help="print the stderr of runs that were not clean")
    args = parser.parse_args(argv)
    steps = round((args.stop - args.start) / args.step) + 1
    delays = [round(args.start + i * args.step, 3) for i in range(steps)]
    clean = total = stopped = 0
    verdicts: list[str] = []
    for delay in delays:
        for _ in range(args.repeat):
            code, last, verdict = one_run(
                delay, articles=args.articles, timeout=args.timeout, repo=args.repo, show=args.show
            )
            total += 1
            clean += verdict == "clean"
            stopped += verdict == "clean" and code == 130
            verdicts.append(verdict)
            print(f"{delay:5.2f} s  exit {code}  {verdict:<28}  {last[:90]}", flush=True)
    site = sum(1 for v in verdicts if v.startswith("in python"))
    print(f"clean {clean} of {total}, 130: {stopped}; in python's start-up, before geo: {site}")
    return 0 if clean == total else 1


if __name__ == "__main__":
    sys.exit(main())
