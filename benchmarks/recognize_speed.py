"""Toponym recognition speed, lexicon load time and memory.

    python benchmarks/recognize_speed.py [--repeat N]

Prints: the cold start of a fresh process (import geo.recognize, open the gazetteer, map the lexicon,
recognise one sentence), the warm time per KB and per ~4 KB article over the dev texts of the gold corpora
in ../shared (or a generated news-like text when ../shared is absent), and the peak resident memory.
Timings are noisy on a shared machine: the best of ``--repeat`` runs is reported, with the median.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
CORPORA = REPO.parent / "shared" / "eval" / "corpora"

COLD = """
import time
t0 = time.perf_counter()
from geo.extract.parser import default_parser
found = default_parser().recognize("THE HAGUE, Netherlands (CN) - Dutch troops left Erbil for Baghdad.")
print(time.perf_counter() - t0)
"""


def texts() -> list[str]:
    """Dev texts of the news corpora cut into ~4 KB articles, or a generated text."""
    found: list[str] = []
    for name in ("lgl", "geowebnews", "tr_news", "geovirus"):
        path = CORPORA / name / "dev.jsonl"
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                found += [json.loads(line)["text"] for line in handle if line.strip()]
    if not found:
        sentence = (
            "Dutch troops left Erbil International Airport for Baghdad on Friday, officials in The Hague "
            "said, after rockets hit Ain al-Asad in Anbar province. Prime Minister Mark Rutte said: "
        )
        found = [sentence * 20]
    joined = "\n\n".join(found)
    return [joined[i : i + 4096] for i in range(0, len(joined), 4096)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    colds = []
    for _ in range(args.repeat):
        out = subprocess.run(
            [sys.executable, "-c", COLD], capture_output=True, text=True, check=True, cwd=REPO
        ).stdout
        colds.append(float(out.strip()))
    print(
        f"cold start (import + open + lexicon + one sentence): best {min(colds):.3f} s, "
        f"median {statistics.median(colds):.3f} s"
    )

    from geo.gazetteer import default_gazetteer
    from geo.recognize import recognize
    from geo.recognize.lexicon import load_lexicon

    gazetteer = default_gazetteer()
    started = time.perf_counter()
    lexicon = load_lexicon(gazetteer.path)
    print(f"lexicon load in this process: {time.perf_counter() - started:.4f} s")
    articles = texts()
    kb = sum(len(a) for a in articles) / 1024
    recognize(articles[0], gazetteer=gazetteer, lexicon=lexicon)
    runs, cpu = [], []
    for _ in range(args.repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        for article in articles:
            recognize(article, gazetteer=gazetteer, lexicon=lexicon)
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    best, median = min(runs), statistics.median(runs)
    print(f"CPU time: best {min(cpu):.2f} s = {1000 * min(cpu) / kb:.3f} ms per KB (less affected by load)")
    print(
        f"CPU time per ~4 KB article: best {1000 * min(cpu) / len(articles):.3f} ms, "
        f"median {1000 * statistics.median(cpu) / len(articles):.3f} ms"
    )
    from geo.recognize.tokens import word_columns  # what the recogniser uses

    tok = []
    for _ in range(args.repeat):
        cpu_started = time.process_time()
        for article in articles:
            word_columns(article)
        tok.append(time.process_time() - cpu_started)
    print(f"  of which the tokenizer: best {1000 * min(tok) / len(articles):.3f} ms per article")
    print(f"{len(articles)} articles of ~4 KB ({kb:.0f} KB): best {best:.2f} s, median {median:.2f} s")
    print(
        f"  {1000 * best / kb:.3f} ms per KB, {1000 * best / len(articles):.2f} ms per article, "
        f"{len(articles) / best:.0f} articles/s (best run)"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
