"""Speed and memory of ``geo extract``: articles per second on one core, cold start, peak memory.

Run: ``python benchmarks/extract_speed.py [--articles N] [--runs R]`` from the repository (needs ../shared:
the gold corpora dev files and the two source articles).

- **Articles**: ~4 KB English news texts: consecutive documents of the LGL, GeoWebNews, TR-News and
  GeoVirus dev files joined until they pass 4,000 characters and cut at the last sentence end before
  4,096; plus the two source articles (about 3 KB each).
- **Throughput**: a child process pinned to one core (``os.sched_setaffinity``) opens the gazetteer,
  extracts one article to warm the lazily loaded indexes, then times ``extract`` over all articles, R
  times; best and median articles/s are printed, per wall-clock second and per CPU second of the process
  (``time.process_time``: on a busy shared machine the better estimate of what an idle core does), with
  the CPU time per stage (recognise, resolve, events, features; the best of the R runs for each stage)
  and the same figures for the geotext peer
  (geotext + GeoNames population lookup).
- **Cold start**: wall time of ``python -m geo extract one.txt -o out.geojson`` in a fresh process,
  R + 1 runs, the first discarded (it warms the OS file cache; the gazetteer index is already built).
  The child's CPU time (user + system) is printed too: on a busy machine it is the better estimate of
  the wall time an idle one would see (the command is single-threaded).
- **Peak memory**: maximum resident set size of a child process running ``geo extract`` over all the
  articles as one JSON-lines batch (``os.wait4`` rusage), and of the geotext peer over the same texts.

The machine is shared, so timings are noisy: best and median of several runs are printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = ("lgl", "geowebnews", "tr_news", "geovirus")
TARGET = 4000
CAP = 4096


def news_articles(count: int) -> list[dict[str, str]]:
    """Return ``count`` ~4 KB articles (see the module docstring), the two source articles first."""
    out: list[dict[str, str]] = []
    index = json.loads((SHARED / "articles" / "articles.json").read_text(encoding="utf-8"))
    for entry in index:
        text = (SHARED / "articles" / entry["file"]).read_text(encoding="utf-8")
        out.append({"id": entry["id"], "text": text, "published": entry["published"]})
    pools = []
    for corpus in CORPORA:
        with (SHARED / "eval" / "corpora" / corpus / "dev.jsonl").open(encoding="utf-8") as handle:
            pools.append([json.loads(line)["text"] for line in handle if line.strip()])
    n = 0
    while len(out) < count:
        pool = pools[n % len(pools)]
        start = (n // len(pools)) * 3 % len(pool)
        parts: list[str] = []
        i = start
        while sum(len(p) + 2 for p in parts) < TARGET:
            parts.append(pool[i % len(pool)].strip())
            i += 1
        text = "\n\n".join(parts)[:CAP]
        cut = max(text.rfind(". "), text.rfind(".\n"))
        text = text[: cut + 1] if cut > TARGET // 2 else text
        out.append({"id": f"bench-{n:04d}", "text": text, "published": "2020-01-06"})
        n += 1
    return out[:count]


THROUGHPUT = r"""
import json, os, sys, time, statistics
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
from geo.model.article import Article
from geo.gazetteer import default_gazetteer
from geo.extract import Geoparser
from geo.extract.build import build_features
from geo.extract.drafts import tag_draft
from geo.evaluation import GeotextSystem

rows = json.load(open(sys.argv[1]))
articles = [Article(id=a["id"], text=a["text"], published=a["published"]) for a in rows]
runs = int(sys.argv[2])
gaz = default_gazetteer()
parser = Geoparser(gazetteer=gaz)
failed = {}
for a in list(articles):  # warm-up pass; an article the pipeline fails on is reported and left out
    try:
        parser.extract(a)
    except Exception as exc:
        failed[a.id] = repr(exc)
        articles.remove(a)
rates, cpu_rates = [], []
for _ in range(runs):
    t, c = time.perf_counter(), time.process_time()
    for a in articles:
        parser.extract(a)
    rates.append(len(articles) / (time.perf_counter() - t))
    cpu_rates.append(len(articles) / (time.process_time() - c))
stages = dict.fromkeys(("recognize", "resolve", "events", "features"), float("inf"))
clock = time.process_time
for _ in range(runs):  # CPU time per stage: the best of the runs, stage by stage
    run = dict.fromkeys(stages, 0.0)
    for a in articles:
        t0 = clock(); tops = parser.recognize(a.text)
        t1 = clock(); places = parser.resolve(a.text, tops)
        t2 = clock(); tags = parser.tag_events(a.text, places, published=a.published)
        t3 = clock()
        build_features(a, [tag_draft(x) for x in tags])
        t4 = clock()
        for key, dt in zip(run, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            run[key] += dt
    stages = {key: min(stages[key], run[key]) for key in stages}
peer = GeotextSystem(gaz)
peer.parse(articles[0].text)
peer_rates, peer_cpu_rates = [], []
for _ in range(runs):
    t, c = time.perf_counter(), time.process_time()
    for a in articles:
        peer.parse(a.text)
    peer_rates.append(len(articles) / (time.perf_counter() - t))
    peer_cpu_rates.append(len(articles) / (time.process_time() - c))
print(json.dumps({"rates": rates, "cpu_rates": cpu_rates, "peer_cpu_rates": peer_cpu_rates,
                  "stages_ms": {k: 1000 * v / len(articles) for k, v in stages.items()},
                  "peer_rates": peer_rates, "cpus": sorted(os.sched_getaffinity(0)), "failed": failed}))
"""

PEER_MEMORY = r"""
import json, sys
from geo.gazetteer import default_gazetteer
from geo.evaluation import GeotextSystem
peer = GeotextSystem(default_gazetteer())
for line in open(sys.argv[1], encoding="utf-8"):
    peer.parse(json.loads(line)["text"])
"""


def _run(args: list[str]) -> tuple[float, float, int]:
    """Run a child; return its wall and CPU (user + system) seconds and its max RSS in KiB (``os.wait4``)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    began = time.perf_counter()
    proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - began
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        err = proc.stderr.read().decode() if proc.stderr else ""
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}): {err[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> None:
    """Measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    articles = news_articles(options.articles)
    sizes = [len(a["text"]) for a in articles]
    print(f"{len(articles)} articles, {statistics.mean(sizes):.0f} characters on average")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "articles.json"
        data.write_text(json.dumps(articles), encoding="utf-8")
        one = folder / "one.txt"
        one.write_text(articles[0]["text"], encoding="utf-8")

        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        out = subprocess.run(
            [sys.executable, "-c", THROUGHPUT, str(data), str(options.runs)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if out.returncode:
            raise SystemExit(f"throughput child failed:\n{out.stderr[-3000:]}")
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        rates, peer_rates = figures["rates"], figures["peer_rates"]
        if figures["failed"]:
            print(f"WARNING: extraction failed on {len(figures['failed'])} articles, left out of the timing:")
            for aid, error in sorted(figures["failed"].items()):
                print(f"  {aid}: {error}")
        print(f"throughput on one core (cpu {figures['cpus']}), {options.runs} runs:")
        cpu_rates, peer_cpu = figures["cpu_rates"], figures["peer_cpu_rates"]
        print(
            f"  geo extract   wall: best {max(rates):7.1f} articles/s, "
            f"median {statistics.median(rates):7.1f}; "
            f"per CPU second: best {max(cpu_rates):7.1f}, median {statistics.median(cpu_rates):7.1f}"
        )
        print(
            f"  geotext peer  wall: best {max(peer_rates):7.1f} articles/s, "
            f"median {statistics.median(peer_rates):7.1f}; per CPU second: best {max(peer_cpu):7.1f}, "
            f"median {statistics.median(peer_cpu):7.1f}"
        )
        stages = figures["stages_ms"]
        total = sum(stages.values())
        print(
            "  time per article by stage: "
            + ", ".join(f"{k} {v:.2f} ms ({100 * v / total:.0f} %)" for k, v in stages.items())
        )

        cold: list[tuple[float, float]] = []
        output = folder / "out.geojson"
        command = [
            sys.executable,
            "-m",
            "geo",
            "extract",
            str(one),
            "--published",
            "2020-01-06",
            "-o",
            str(output),
        ]
        for _ in range(options.runs + 1):
            wall, cpu, _ = _run(command)
            cold.append((wall, cpu))
        walls, cpus = [w for w, _ in cold[1:]], [c for _, c in cold[1:]]
        print(
            f"cold start of `geo extract one.txt` (fresh process, {len(walls)} runs after one warm-up): "
            f"wall best {min(walls):.2f} s, median {statistics.median(walls):.2f} s; "
            f"CPU best {min(cpus):.2f} s, median {statistics.median(cpus):.2f} s"
        )

        batch = folder / "batch.jsonl"
        kept = [a for a in articles if a["id"] not in figures["failed"]]
        batch.write_text("".join(json.dumps(a) + "\n" for a in kept), encoding="utf-8")
        _, _, rss = _run([sys.executable, "-m", "geo", "extract", "--jsonl", str(batch), "-o", str(output)])
        _, _, peer_rss = _run([sys.executable, "-c", PEER_MEMORY, str(batch)])
        print(
            f"peak memory (max RSS): geo extract over {len(kept)} articles {rss / 1024:.0f} MiB; "
            f"geotext peer {peer_rss / 1024:.0f} MiB"
        )


if __name__ == "__main__":
    main()
