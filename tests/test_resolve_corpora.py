"""Resolution on the first documents of each dev corpus stays above a measured floor: on the gold spans,
and in the pipeline that ``geo eval`` scores (recognised toponyms, demonyms included).

The floors are the accuracies measured on these subsets when the test was written minus a margin of about
0.04, so a change that makes resolution clearly worse fails here (full figures: benchmarks/resolve_gold.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluation.corpus import read_corpus
from geo.evaluation.runner import evaluate_system
from geo.evaluation.systems import OurSystem
from geo.gazetteer import default_gazetteer, haversine_km
from geo.model.spans import Toponym
from geo.resolve import ResolverCaches, resolve

# corpus, documents, floor of acc@161 (measured value in the comment)
FLOORS = [
    ("lgl", 60, 0.87),  # measured 0.908
    ("geowebnews", 30, 0.73),  # measured 0.772
    ("tr_news", 30, 0.88),  # measured 0.925
    ("geovirus", 40, 0.82),  # measured 0.859
    ("wiktor", 300, 0.77),  # measured 0.819 (0.670 before the first-sentence features)
]


def accuracy(path: Path, limit: int) -> float:
    gazetteer = default_gazetteer()
    caches = ResolverCaches(gazetteer)  # one for all documents, as a Geoparser keeps
    hits = total = 0
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if number >= limit:
                break
            doc = json.loads(line)
            text = doc["text"]
            toponyms = [
                Toponym(t["start"], t["end"], text[t["start"] : t["end"]], t["name"]) for t in doc["toponyms"]
            ]
            chosen = {
                (r.toponym.start, r.toponym.end): r.candidate
                for r in resolve(text, toponyms, gazetteer=gazetteer, caches=caches)
            }
            for gold in doc["toponyms"]:
                if gold.get("lat") is None:
                    continue
                total += 1
                candidate = chosen.get((gold["start"], gold["end"]))
                hits += (
                    candidate is not None
                    and haversine_km((candidate.lon, candidate.lat), (gold["lon"], gold["lat"])) <= 161
                )
    return hits / total


@pytest.mark.shared
@pytest.mark.parametrize(("corpus", "limit", "floor"), FLOORS)
def test_gold_span_accuracy_stays_above_the_floor(
    shared_dir: Path, corpus: str, limit: int, floor: float
) -> None:
    path = shared_dir / "eval" / "corpora" / corpus / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is missing")
    assert accuracy(path, limit) >= floor


# corpus, documents, floor of acc@161 on recognised toponyms (measured value in the comment)
PIPELINE_FLOORS = [
    ("lgl", 80, 0.85),  # measured 0.888
    ("geowebnews", 30, 0.79),  # measured 0.833
    ("tr_news", 30, 0.90),  # measured 0.939
    ("geovirus", 40, 0.82),  # measured 0.863
]


@pytest.mark.shared
@pytest.mark.parametrize(("corpus", "limit", "floor"), PIPELINE_FLOORS)
def test_pipeline_accuracy_on_recognised_toponyms_stays_above_the_floor(
    shared_dir: Path, corpus: str, limit: int, floor: float
) -> None:
    path = shared_dir / "eval" / "corpora" / corpus / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is missing")
    scores = evaluate_system(read_corpus(path, limit=limit), OurSystem(default_gazetteer()), corpus=corpus)
    assert scores.counts.unresolved <= 2  # demonyms are placed at their country
    assert scores.counts.acc161 is not None
    assert scores.counts.acc161 >= floor
