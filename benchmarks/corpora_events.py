"""Events geo finds in news it was not tuned on: the dev halves of the toponym corpora.

LGL (US local news), GeoWebNews, TR-News and GeoVirus (disease news) report few conflict events, so most
event features there are false: words of violence, force or politics in their everyday senses (an accident
that "killed", a firm "based in" X, a city council that "voted"). This prints the non-mention events per 100
texts of each corpus and by type, and with ``--sample N`` a seeded sample of N of them with their sentence,
to be read and judged (right, wrong type, not an event, wrong place).

Run from the repository::

    python benchmarks/corpora_events.py [--corpora lgl,geowebnews,tr_news,geovirus] [--sample 150] [--seed 13]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.extract import Geoparser  # noqa: E402

CORPORA = ("lgl", "geowebnews", "tr_news", "geovirus")


def _corpora_dir() -> Path:
    """The first ``shared/eval/corpora`` above the repository."""
    for parent in ROOT.parents:
        candidate = parent / "shared" / "eval" / "corpora"
        if candidate.is_dir():
            return candidate
    raise SystemExit("no shared/eval/corpora found above the repository")


def events(names: list[str]) -> tuple[dict[str, int], list[dict[str, str]]]:
    """The number of texts of each corpus, and one row per non-mention event tag of all of them."""
    parser = Geoparser()
    base = _corpora_dir()
    texts: dict[str, int] = {}
    rows: list[dict[str, str]] = []
    for name in names:
        lines = (base / name / "dev.jsonl").read_text(encoding="utf-8").split("\n")
        docs = [json.loads(line) for line in lines if line.strip()]
        texts[name] = len(docs)
        for doc in docs:
            text = doc["text"]
            places = parser.resolve(text, parser.recognize(text))
            for tag in parser.tag_events(text, places, published=None, include_mentions=False):
                start, end = tag.sentence
                rows.append(
                    {
                        "corpus": name,
                        "doc": str(doc["doc_id"]),
                        "name": tag.name,
                        "type": tag.event_type,
                        "sentence": " ".join(text[start:end].split()),
                    }
                )
    return texts, rows


def main() -> None:
    """Extract, count and optionally print a sample."""
    options = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    options.add_argument("--corpora", default=",".join(CORPORA), help="comma-separated corpus names")
    options.add_argument("--sample", type=int, default=0, help="print a sample of this many events")
    options.add_argument("--seed", type=int, default=13, help="seed of the sample")
    args = options.parse_args()
    names = [n.strip() for n in args.corpora.split(",") if n.strip()]
    texts, rows = events(names)
    found = Counter(row["corpus"] for row in rows)
    for name in names:
        rate = 100 * found[name] / texts[name]
        print(f"{name:<11} {texts[name]:>5} texts {found[name]:>5} events {rate:>6.1f} per 100")
    total = sum(texts.values())
    print(
        f"{'all':<11} {total:>5} texts {len(rows):>5} events {100 * len(rows) / max(total, 1):>6.1f} per 100"
    )
    print("by type:", ", ".join(f"{kind} {n}" for kind, n in Counter(r["type"] for r in rows).most_common()))
    if args.sample:
        chosen = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
        for row in chosen:
            print(f"[{row['corpus']} {row['doc']}] {row['type']} @ {row['name']}: {row['sentence'][:300]}")


if __name__ == "__main__":
    main()
