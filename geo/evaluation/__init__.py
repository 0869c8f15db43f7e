"""Evaluation of the geoparser: gold corpora (recognition, resolution) and curated collections.

>>> from geo.evaluation import read_corpus, evaluate_corpus, OurSystem, GeotextSystem  # doctest: +SKIP
>>> docs = read_corpus("../shared/eval/corpora/lgl/dev.jsonl")                          # doctest: +SKIP

See ``docs/extract.md`` for the metrics.
"""

from __future__ import annotations

from geo.evaluation.against import AgainstReport, compare_collections
from geo.evaluation.corpus import GoldDoc, GoldToponym, corpus_name, read_corpus
from geo.evaluation.events import EventScores, score_documents
from geo.evaluation.events_gold import (
    EventDoc,
    gold_from_collection,
    predictions_from_features,
    read_event_gold,
)
from geo.evaluation.events_report import format_events
from geo.evaluation.events_run import EventReport, reference_notes, run_against, run_events
from geo.evaluation.metrics import Counts, Prediction, match_spans, prf
from geo.evaluation.report import format_against, format_scores
from geo.evaluation.runner import CorpusScores, evaluate_corpus, evaluate_system
from geo.evaluation.systems import GeotextSystem, OurSystem, System, population_lookup

__all__ = [
    "AgainstReport",
    "CorpusScores",
    "Counts",
    "EventDoc",
    "EventReport",
    "EventScores",
    "GeotextSystem",
    "GoldDoc",
    "GoldToponym",
    "OurSystem",
    "Prediction",
    "System",
    "compare_collections",
    "corpus_name",
    "evaluate_corpus",
    "evaluate_system",
    "format_against",
    "format_events",
    "format_scores",
    "gold_from_collection",
    "match_spans",
    "population_lookup",
    "predictions_from_features",
    "prf",
    "read_corpus",
    "read_event_gold",
    "reference_notes",
    "run_against",
    "run_events",
    "score_documents",
]
