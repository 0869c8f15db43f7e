"""Event extraction on our own held-out-style article sets (``tests/data/articles31/*.jsonl``).

Each file holds ten news excerpts written in our own words in the format of the news_events dev set, with
gold places and events annotated by its conventions **before geo was run on them** (the first commit of
each file says so). The other sets (africa, levant, gulf, europe, asia, formats; wire, regional, missions
from wave 35) were then used to find and fix general failures; ``blind``, ``blind2``, ``blind3`` and
``blind4`` were written without any run of geo and never used for fitting: they measure what those fixes
bring to text they were not made on. Prints event P/R/F1, place F1,
type, date right, fatalities, troops and mission for each set and its odd/even halves, plus the pooled
figures of the fitted sets and of the blind ones.

Run from the repository::

    python benchmarks/own_articles.py [--json] [--sets africa,blind]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from geo.evaluation.events_gold import read_event_gold
from geo.evaluation.events_run import run_events
from geo.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "tests" / "data" / "articles31"
COLUMNS = (
    ("event P", "event_precision"),
    ("event R", "event_recall"),
    ("event F1", "event_f1"),
    ("place F1", "place_f1"),
    ("type", "type_accuracy"),
    ("date right", "date_right"),
    ("fatal.", "fatalities"),
    ("troops", "troops"),
    ("mission", "mission"),
)


def score(path: Path) -> list[dict[str, Any]]:
    """geo's scores on one gold file: the rows of splits all, odd and even."""
    docs = read_event_gold(path)
    report = run_events(docs, gold=str(path), gazetteer=default_gazetteer(), baseline=False)
    return [s for s in report.as_dict()["scores"] if s["system"] == "geo"]


def pooled(paths: list[Path]) -> list[dict[str, Any]]:
    """The scores of several gold files taken as one (doc ids are unique across the sets)."""
    docs = [doc for path in paths for doc in read_event_gold(path)]
    report = run_events(docs, gold="pooled", gazetteer=default_gazetteer(), baseline=False)
    return [s for s in report.as_dict()["scores"] if s["system"] == "geo"]


def _cell(value: object) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def main() -> None:
    """Score every set (or those of ``--sets``) and print a table (or JSON)."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sets", help="comma-separated set names (default: every file in the folder)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args()
    paths = sorted(FOLDER.glob("*.jsonl"))
    if args.sets:
        wanted = set(args.sets.split(","))
        paths = [p for p in paths if p.stem in wanted]
    results: dict[str, list[dict[str, Any]]] = {p.stem: score(p) for p in paths}
    fitted = [p for p in paths if not p.stem.startswith("blind")]
    blind = [p for p in paths if p.stem.startswith("blind")]
    if len(fitted) > 1:
        results["fitted sets pooled"] = pooled(fitted)
    if len(blind) > 1:
        results["blind sets pooled"] = pooled(blind)
    if args.json:
        print(json.dumps(results, indent=2))
        return
    header = f"{'set':<20} {'split':<5} " + " ".join(f"{name:>9}" for name, _ in COLUMNS)
    print(header)
    print("-" * len(header))
    for name, rows in results.items():
        for row in rows:
            if row["split"] in ("all", "odd", "even"):
                cells = " ".join(f"{_cell(row.get(key)):>9}" for _, key in COLUMNS)
                print(f"{name:<20} {row['split']:<5} {cells}")


if __name__ == "__main__":
    main()
