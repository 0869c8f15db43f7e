"""The mypyc-compiled build of geo against the pure-Python build: the same output, and how much faster.

Run: ``python benchmarks/compiled_build.py [--runs R] [--articles N] [--build DIR] [--no-build]`` from the
repository (needs ../shared, mypy with mypyc, setuptools and a C compiler).

1. **Build**: ``scripts/build_compiled.py`` copies ``geo/`` to a temporary folder (or ``--build DIR``) and
   compiles the hot packages there (``geo/recognize``, ``geo/resolve``, ``geo/events``, ``geo/temporal``);
   the wall and CPU time of the build are printed.
2. **Same output**: each build, in its own process, extracts the features of the dev gold documents
   (``../shared/eval/news_events/dev.jsonl``) and of the speed benchmark's articles
   (``benchmarks/extract_speed.py``); the feature collections must be identical JSON. ``geo eval --events
   dev.jsonl --no-peer --json`` must print the same scores too.
3. **Speed**: the throughput child of ``extract_speed.py`` (one pinned core, articles per CPU second, CPU
   time per stage), the cold start of ``geo extract one.txt`` and the peak memory of ``geo extract`` over
   all the articles, for both builds in the same run; the ratios are printed.

Exit status 1 if the outputs differ.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import extract_speed  # noqa: E402

_SPEC = importlib.util.spec_from_file_location("build_compiled", ROOT / "scripts" / "build_compiled.py")
assert _SPEC is not None
assert _SPEC.loader is not None
#: ``scripts/build_compiled.py`` (a script, not a package module).
build_compiled = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build_compiled)

DEV = ROOT.parent / "shared" / "eval" / "news_events" / "dev.jsonl"

#: A child: the features of every article of argv[1] (JSON list) as JSON lines to argv[2]; prints the
#: compiled modules it imported.
FEATURES = r"""
import json, sys
import geo.events, geo.recognize, geo.resolve, geo.temporal
from geo.model.article import Article
from geo.gazetteer import default_gazetteer
from geo.extract import Geoparser
parser = Geoparser(gazetteer=default_gazetteer())
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for a in json.load(open(sys.argv[1], encoding="utf-8")):
        fc = parser.extract(Article(id=a["id"], text=a["text"], published=a["published"]))
        out.write(a["id"] + "\t" + fc.model_dump_json() + "\n")
compiled = sorted(n for n, m in sys.modules.items() if (getattr(m, "__file__", "") or "").endswith(".so")
                  and n.startswith("geo."))
print(json.dumps({"compiled": compiled}))
"""


def _env(path: Path) -> dict[str, str]:
    """The environment of a child that imports geo from ``path`` first."""
    return {**os.environ, "PYTHONPATH": str(path)}


def _child(path: Path, args: list[str], *, cwd: Path) -> str:
    """Run ``python args`` with geo imported from ``path``; return its standard output."""
    out = subprocess.run(
        [sys.executable, *args], cwd=cwd, env=_env(path), capture_output=True, text=True, check=False
    )
    if out.returncode:
        raise SystemExit(f"{args[0]} {args[1][:40]!r} failed with geo from {path}:\n{out.stderr[-3000:]}")
    return out.stdout


def _timed(path: Path, args: list[str], *, cwd: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds and max RSS (KiB) of ``python args`` with geo imported from ``path``."""
    began = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, *args], cwd=cwd, env=_env(path), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    if os.waitstatus_to_exitcode(status):
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{args[0]} {args[1][:40]!r} failed with geo from {path}:\n{err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def dev_articles() -> list[dict[str, str]]:
    """The dev gold documents as articles (id, text, published)."""
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"id": r["doc_id"], "text": r["text"], "published": r["published"]} for r in rows]


def same_output(builds: dict[str, Path], articles: list[dict[str, str]], folder: Path) -> bool:
    """Print whether the builds give identical features on ``articles`` and identical dev scores."""
    data = folder / "same.json"
    data.write_text(json.dumps(articles), encoding="utf-8")
    outputs: dict[str, list[str]] = {}
    scores: dict[str, str] = {}
    for name, path in builds.items():
        result = folder / f"features-{name}.jsonl"
        info = json.loads(_child(path, ["-c", FEATURES, str(data), str(result)], cwd=folder).splitlines()[-1])
        print(f"  {name}: {len(info['compiled'])} compiled geo modules imported")
        outputs[name] = result.read_text(encoding="utf-8").splitlines()
        scores[name] = _child(
            path, ["-m", "geo", "eval", "--events", str(DEV), "--no-peer", "--json"], cwd=folder
        )
    (pure, first), (_, second) = outputs.items()
    differ = [a.split("\t")[0] for a, b in zip(first, second, strict=True) if a != b]
    features = sum(len(json.loads(line.split("\t", 1)[1])["features"]) for line in first)
    print(
        f"  features of {len(first)} articles ({features} features): "
        + ("identical" if not differ else f"DIFFERENT on {len(differ)}: {', '.join(differ[:20])}")
    )
    same_scores = len(set(scores.values())) == 1
    print(f"  geo eval --events dev --no-peer --json: {'identical' if same_scores else 'DIFFERENT'}")
    del pure
    return not differ and same_scores


def speed(builds: dict[str, Path], articles: list[dict[str, str]], folder: Path, runs: int) -> None:
    """Print throughput, stage times, cold start and peak memory of each build, and the ratios."""
    data = folder / "speed.json"
    data.write_text(json.dumps(articles), encoding="utf-8")
    one = folder / "one.txt"
    one.write_text(articles[0]["text"], encoding="utf-8")
    batch = folder / "batch.jsonl"
    batch.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    output = folder / "out.geojson"
    figures: dict[str, dict[str, float]] = {}
    for name, path in builds.items():
        got = json.loads(
            _child(path, ["-c", extract_speed.THROUGHPUT, str(data), str(runs)], cwd=folder).splitlines()[-1]
        )
        if got["failed"]:
            print(f"  {name}: WARNING extraction failed on {sorted(got['failed'])}")
        cold = [
            _timed(
                path,
                ["-m", "geo", "extract", str(one), "--published", "2020-01-06", "-o", str(output)],
                cwd=folder,
            )
            for _ in range(runs + 1)
        ][1:]
        _, _, rss = _timed(
            path, ["-m", "geo", "extract", "--jsonl", str(batch), "-o", str(output)], cwd=folder
        )
        figures[name] = {
            "best": max(got["cpu_rates"]),
            "median": statistics.median(got["cpu_rates"]),
            "wall": max(got["rates"]),
            **{k: float(v) for k, v in got["stages_ms"].items()},
            "cold wall": min(w for w, _, _ in cold),
            "cold cpu": min(c for _, c, _ in cold),
            "rss": rss / 1024,
        }
    print(
        f"  {'':10} {'/CPU-s best':>11} {'median':>7} {'/wall-s':>7}  recognize  resolve  events  features"
        f"  cold wall   cold CPU  peak MiB"
    )
    for name, f in figures.items():
        print(
            f"  {name:10} {f['best']:11.1f} {f['median']:7.1f} {f['wall']:7.1f}  {f['recognize']:6.2f} ms"
            f" {f['resolve']:5.2f} ms {f['events']:4.2f} ms {f['features']:5.2f} ms {f['cold wall']:8.2f} s"
            f" {f['cold cpu']:8.2f} s {f['rss']:8.0f}"
        )
    pure, compiled = figures["pure"], figures["compiled"]
    print(
        f"  compiled / pure: articles per CPU-s x{compiled['best'] / pure['best']:.2f} (best), "
        f"x{compiled['median'] / pure['median']:.2f} (median); per stage "
        + ", ".join(
            f"{k} x{pure[k] / compiled[k]:.2f}" for k in ("recognize", "resolve", "events", "features")
        )
        + f"; cold start CPU x{compiled['cold cpu'] / pure['cold cpu']:.2f}"
    )


#: A child for callgrind: open the gazetteer, extract every article of argv[1] once (warm), and, when argv[2]
#: is "1", once more; the difference of the two counts is the warm extraction's.
COUNT = r"""
import gc, json, sys
from geo.model.article import Article
from geo.gazetteer import default_gazetteer
from geo.extract import Geoparser
rows = json.load(open(sys.argv[1]))
articles = [Article(id=a["id"], text=a["text"], published=a["published"]) for a in rows]
parser = Geoparser(gazetteer=default_gazetteer())
gc.disable()  # its collections move the count from one run to the next
for _ in range(1 + int(sys.argv[2])):
    for a in articles:
        parser.extract(a)
"""


def instructions(builds: dict[str, Path], articles: list[dict[str, str]], folder: Path) -> None:
    """Print the instructions per warm article of each build (callgrind; does not depend on the load)."""
    data = folder / "count.json"
    data.write_text(json.dumps(articles), encoding="utf-8")
    per: dict[str, float] = {}
    for name, path in builds.items():
        counts = []
        for twice in ("0", "1"):
            out = folder / f"callgrind-{name}-{twice}.out"
            command = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable]
            subprocess.run(
                [*command, "-c", COUNT, str(data), twice],
                cwd=folder,
                env=_env(path),
                capture_output=True,
                check=True,
            )
            lines = out.read_text(encoding="utf-8").splitlines()
            counts.append(
                int(next(line.split()[1] for line in lines if line.startswith(("summary:", "totals:"))))
            )
        per[name] = (counts[1] - counts[0]) / len(articles)
        print(f"  {name}: {per[name] / 1e6:.2f} M instructions per warm article")
    print(f"  compiled / pure: x{per['pure'] / per['compiled']:.2f} fewer instructions")


def main() -> None:
    """Build, compare and measure."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="speed articles [default: 200]")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", type=Path, help="build folder to keep (default: a temporary one)")
    parser.add_argument("--no-build", action="store_true", help="reuse the compiled build in --build")
    parser.add_argument("--opt-level", default="3", help="C optimisation level [default: 3]")
    parser.add_argument(
        "--callgrind",
        type=int,
        metavar="N",
        default=0,
        help="also count instructions over N articles (valgrind)",
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="geo-compiled-") as tmp:
        folder = Path(tmp)
        target = (options.build or folder / "build").resolve()
        if options.no_build:
            if not options.build:
                parser.error("--no-build needs --build DIR")
            print(f"reusing the compiled build in {target}")
        else:
            took = build_compiled.build(target, opt_level=options.opt_level)
            print(
                f"build: {int(took['modules'])} modules of {', '.join(build_compiled.PACKAGES)} compiled "
                f"(-O{options.opt_level}) in {took['wall']:.0f} s wall, {took['cpu']:.0f} CPU-s"
            )
        builds = {"pure": ROOT, "compiled": target}
        articles = extract_speed.news_articles(options.articles)
        print(f"same output: {len(dev_articles())} dev documents + {len(articles)} speed articles")
        same = same_output(builds, dev_articles() + articles, folder)
        print(f"speed: {len(articles)} articles, {runs_text(options.runs)}")
        speed(builds, articles, folder, options.runs)
        if options.callgrind:
            print(f"instructions (callgrind, {options.callgrind} articles, warm, garbage collector off):")
            instructions(builds, articles[: options.callgrind], folder)
    raise SystemExit(0 if same else 1)


def runs_text(runs: int) -> str:
    """``"3 runs"``."""
    return f"{runs} run{'s' if runs != 1 else ''}"


if __name__ == "__main__":
    main()
