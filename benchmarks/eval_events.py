"""Score event extraction on the news_events dev set (geo and the baseline) and on the curated articles.

Run: ``python benchmarks/eval_events.py [--limit N] [--json]`` from the repository (needs
../shared/eval/news_events and ../shared/articles). It prints the ``geo eval --events`` report on the dev set,
then the figures against the events issue's targets (geo, all documents), then the report of geo's
extraction of the two source articles against the curated ``data/locations.geojson``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.evaluation import format_events, read_event_gold, run_against, run_events  # noqa: E402
from geo.extract import extract_many  # noqa: E402
from geo.gazetteer import default_gazetteer  # noqa: E402
from geo.model.geojson import load_feature_collection  # noqa: E402
from geo.readers import read_articles  # noqa: E402

GOLD = ROOT.parent / "shared" / "eval" / "news_events" / "dev.jsonl"
ARTICLES = ROOT.parent / "shared" / "articles"
CURATED = ROOT / "data" / "locations.geojson"

#: figure -> target of the events issue (the figures it will be held to)
TARGETS = {
    "event_recall": 0.80,
    "event_precision": 0.85,
    "type_accuracy": 0.90,
    "date_right": 0.90,
    "fatalities": 0.85,
    "troops": 0.85,
    "mission": 0.90,
    "place_f1": 0.93,
}


def main() -> None:
    """Run both evaluations and print them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, help="gold documents to score (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    options = parser.parse_args()
    gazetteer = default_gazetteer()
    began = time.perf_counter()
    report = run_events(read_event_gold(GOLD, limit=options.limit), gold=str(GOLD), gazetteer=gazetteer)
    seconds = time.perf_counter() - began
    articles = read_articles(sorted(ARTICLES.glob("*.txt")))
    extracted = extract_many(articles, gazetteer=gazetteer).model_dump(mode="json")
    curated = run_against(load_feature_collection(CURATED), extracted, gold=str(CURATED))
    if options.json:
        print(
            json.dumps({"dev": report.as_dict(), "curated": curated.as_dict()}, indent=2, ensure_ascii=False)
        )
        return
    print(format_events(report))
    geo = next(s for s in report.scores if s.system == "geo" and s.split == "all").figures()
    print("targets (geo, all documents):")
    for key, target in TARGETS.items():
        value = geo[key]
        shown = "-" if value is None else f"{value:.3f}"
        verdict = "" if value is None else ("met" if value >= target else "below")
        print(f"  {key:<16} {shown:>6}  target >= {target:.2f}  {verdict}")
    print(f"\n({report.docs} documents scored in {seconds:.0f} s, both systems)\n")
    print(format_events(curated))


if __name__ == "__main__":
    main()
