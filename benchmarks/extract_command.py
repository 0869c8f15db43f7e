"""Whole-command speed of ``geo extract``: articles per CPU second of ``geo extract DIR -o out -q -j 1``.

Run: ``python benchmarks/extract_command.py [--articles N] [--runs R]`` from the repository (needs
../shared: the gold corpora dev files and the two source articles).

The articles are those of :mod:`benchmarks.extract_speed` (~4 KB news texts joined from the corpora dev
files; duplicates dropped), written one file each into a temporary folder. Each run then times, as a
user would type them and in fresh processes:

- ``python -m geo extract DIR -o out.geojsonl -q -j 1`` (the whole command: start-up, gazetteer, reading
  the files, every lookup of names the process has not seen, writing the lines);
- the geotext peer over the same files (``python -c PEER DIR out.jsonl``: geotext + GeoNames population
  lookup, one JSON line of predictions per file).

The CPU time of each child (user + system, ``os.wait4``) gives articles per CPU second; the wall time is
printed too (the machine is shared: CPU time is the better estimate of what an idle core does). Runs
alternate between the two commands; best and median of R runs are printed, and the ratio geo / peer of
the best CPU rates. ``--profile FILE`` also writes a cProfile of one extract run.
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_speed import news_articles

ROOT = Path(__file__).resolve().parents[1]

PEER = r"""
import json, sys
from pathlib import Path
from geo.gazetteer import default_gazetteer
from geo.evaluation import GeotextSystem
peer = GeotextSystem(default_gazetteer())
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in sorted(Path(sys.argv[1]).glob("*.txt")):
        found = peer.parse(path.read_text(encoding="utf-8"))
        out.write(json.dumps({"id": path.stem, "places": [[p.start, p.end, p.point] for p in found]}) + "\n")
"""


#: Extra environment of the children (``--bytecode``: a compiled-bytecode folder of their own).
CHILD_ENV: dict[str, str] = {}


def _run(args: list[str]) -> tuple[float, float]:
    """Run a child; return its wall and CPU (user + system) seconds (``os.wait4``)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if CHILD_ENV:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(CHILD_ENV)
    began = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    code = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.stderr:
        proc.stderr.close()
    if code:
        raise SystemExit(f"{' '.join(args)} failed ({code}): {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime


def write_folder(folder: Path, count: int) -> int:
    """Write up to ``count`` distinct articles into ``folder`` (one .txt each, an articles.json index
    giving the publication dates); return how many."""
    import json

    seen: set[str] = set()
    index = []
    for article in news_articles(count):
        if article["text"] in seen:
            continue
        seen.add(article["text"])
        name = f"{article['id']}.txt"
        (folder / name).write_text(article["text"], encoding="utf-8")
        index.append({"id": article["id"], "file": name, "published": article["published"]})
    (folder / "articles.json").write_text(json.dumps(index), encoding="utf-8")
    return len(index)


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="also copy the output of the last run here")
    parser.add_argument(
        "--bytecode",
        action="store_true",
        help="children read compiled modules (.pyc) from a folder of their own, filled by one untimed "
        "run of each command, as an installed package does, even where PYTHONDONTWRITEBYTECODE is set "
        "(then every child compiles geo's sources again, ~0.2 s of CPU a run)",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        count = write_folder(folder, options.articles)
        size = sum(p.stat().st_size for p in folder.glob("*.txt")) / count
        print(f"{count} distinct articles, {size:.0f} bytes on average")
        out, peer_out = Path(tmp) / "out.geojsonl", Path(tmp) / "peer.jsonl"
        command = [sys.executable, "-m", "geo", "extract", str(folder), "-o", str(out), "-q", "-j", "1"]
        peer = [sys.executable, "-c", PEER, str(folder), str(peer_out)]
        if options.bytecode:
            CHILD_ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            one = Path(tmp) / "one"
            one.mkdir()
            first = sorted(folder.glob("*.txt"))[0]
            (one / first.name).write_bytes(first.read_bytes())
            _run([*command[:4], str(one), "-o", str(Path(tmp) / "one.geojsonl"), "-q", "-j", "1"])
            _run([*peer[:3], str(one), str(Path(tmp) / "one.jsonl")])
            print("  (children read compiled modules: --bytecode)")
        ours: list[tuple[float, float]] = []
        theirs: list[tuple[float, float]] = []
        for _ in range(options.runs):
            out.unlink(missing_ok=True)
            ours.append(_run(command))
            theirs.append(_run(peer))
        if options.keep is not None:
            options.keep.write_bytes(out.read_bytes())
        for label, runs in (("geo extract DIR -j 1", ours), ("geotext peer       ", theirs)):
            walls, cpus = [w for w, _ in runs], [c for _, c in runs]
            print(
                f"  {label}  CPU best {min(cpus):6.2f} s median {statistics.median(cpus):6.2f} s "
                f"({count / min(cpus):6.1f} / {count / statistics.median(cpus):6.1f} articles per CPU-s); "
                f"wall best {min(walls):6.2f} s ({count / min(walls):6.1f} articles/s)"
            )
        best, peer_best = min(c for _, c in ours), min(c for _, c in theirs)
        print(f"  ratio geo / peer (articles per CPU-s, best runs): {peer_best / best:.2f}")
        if options.profile is not None:
            out.unlink(missing_ok=True)
            _run([sys.executable, "-m", "cProfile", "-o", str(options.profile), *command[1:]])
            print(f"  profile of one extract run written to {options.profile}")


if __name__ == "__main__":
    main()
