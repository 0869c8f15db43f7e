"""Fit the learned event confidence (geo/events/confidence_weights.json) and measure it on held-out halves.

Run: ``PYTHONPATH=. python3 benchmarks/fit_event_confidence.py [--write] [--candidates] [--json OUT]`` from
the repository (needs ../shared/eval/news_events/dev.jsonl; the product never reads ../shared).

The procedure
-------------
- **Data.** geo extracts every document of the dev set (the publication date ``geo eval --events``
  passes) and keeps the features *before* calibration (the tagger's confidence is an input). Each event
  feature (not ``mention``) is labelled 1 when the event scoring of :mod:`geo.evaluation.events` matches
  it to a gold unit or counts it neutral (it restates a matched unit), 0 otherwise.
- **Model.** Logistic regression (scikit-learn ``LogisticRegression``, L2, ``C`` = :data:`C`) on the
  product's own vector (:func:`geo.events.confidence.feature_vector`: the tagger's confidence and the
  breadth of the place); the intercept is the ``bias`` weight.
- **Held out.** Two folds by document halves, as ``geo eval`` splits them (odd = 1st, 3rd ... document):
  fit on one half, predict the other. Per test half: ROC AUC of the learned probability and of the
  tagger's confidence, log loss (and that of the training half's base rate), and event P/R/F1 as
  ``geo eval`` scores them without a threshold and with the threshold (events under it become
  ``mention``, :func:`geo.events.confidence.calibrate`) chosen on the *training* half only (the one that
  maximises the training half's event F1 with its own fitted probabilities).
- ``--candidates`` also fits the richer candidate vectors of ``benchmarks/event_confidence_candidates.py``
  (all of them with ``C`` chosen by 5-fold cross-validation by documents on the training half, and a
  greedy forward selection on the training half): the figures that show why the shipped model is small.
- ``--write`` fits on all 90 documents and writes the weights, the threshold (chosen on all documents;
  null when the held-out halves do not both gain from one) and their provenance.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import GroupKFold

from geo.evaluation.events import _candidates, _max_matching, _units, score_documents
from geo.evaluation.events_gold import EventDoc, PredictedEvent, read_event_gold
from geo.evaluation.events_run import feature_prediction
from geo.events.confidence import FEATURE_NAMES, WEIGHTS_FILE, Model, calibrate, feature_vector
from geo.extract.build import build_features
from geo.extract.parser import default_parser
from geo.model.article import Article
from geo.model.feature import EventFeature

GOLD = Path("../shared/eval/news_events/dev.jsonl")
OUT = Path(__file__).resolve().parent.parent / "geo" / "events" / WEIGHTS_FILE
#: Inverse L2 strength of the shipped model.
C = 1.0
#: The strengths tried for the candidate vectors, and the least drop of log loss that adds a feature.
CS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
GAIN = 0.001
THRESHOLDS = tuple(round(t, 3) for t in np.arange(0.05, 0.80, 0.025))

Row = dict[str, Any]


def raw_features(doc: EventDoc) -> list[EventFeature]:
    """geo's features of one document before the learned confidence (the tagger's confidence kept)."""
    parser = default_parser()
    article = Article(id=doc.doc_id, text=doc.text, title=doc.title, url=doc.url, published=doc.reference)
    return build_features(article, parser._drafts(doc.text, published=doc.reference))


def labels(doc: EventDoc, predicted: Sequence[PredictedEvent]) -> list[int | None]:
    """1 for an event prediction matched (or neutral) by the scoring of ``geo eval --events``, 0 for a
    false one, None for ``mention`` (the matching of :func:`geo.evaluation.events.score_document`)."""
    index = [i for i, p in enumerate(predicted) if p.event_type != "mention"]
    events = [predicted[i] for i in index]
    units = _units(doc)
    best = [{i: c for i, p in enumerate(events) if (c := _candidates(p, unit)) is not None} for unit in units]
    order = [sorted(row, key=lambda i: (events[i].date != row[i][1].date, row[i][0], i)) for row in best]
    matching = _max_matching(order)
    members = {u: best[u][i][1] for u, i in matching.items()}
    matched = set(matching.values())
    out: list[int | None] = [None] * len(predicted)
    for k, i in enumerate(index):
        neutral = k not in matched and any(k in best[u] and best[u][k][1] is not members[u] for u in matching)
        out[i] = int(k in matched or neutral)
    return out


def _mention(f: EventFeature) -> bool:
    return f.properties.event_type == "mention"


def collect(docs: Sequence[EventDoc], *, candidates: bool) -> list[Row]:
    rows = []
    for number, doc in enumerate(docs, start=1):
        features = raw_features(doc)
        row: Row = {
            "doc": doc,
            "half": "odd" if number % 2 else "even",
            "features": features,
            "vectors": [
                None if f.properties.event_type == "mention" else feature_vector(f.properties)
                for f in features
            ],
            "labels": labels(doc, [feature_prediction(f) for f in features]),
        }
        if candidates:
            from event_confidence_candidates import feature_vectors

            row["candidates"] = feature_vectors(doc.text, features, published=doc.reference)
        rows.append(row)
    return rows


def matrix(rows: Sequence[Row], key: str = "vectors") -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The vectors, labels and document numbers of the event features of ``rows``."""
    xs, ys, groups = [], [], []
    for number, row in enumerate(rows):
        for v, y in zip(row[key], row["labels"], strict=True):
            if v is not None:
                xs.append(v)
                ys.append(y)
                groups.append(number)
    return np.array(xs, dtype=float), np.array(ys, dtype=int), np.array(groups)


def _fit_columns(x: np.ndarray, y: np.ndarray, columns: Sequence[int], c: float) -> np.ndarray:
    """Weights over all columns of ``x`` (column 0 the bias), zero outside ``columns``."""
    weights = np.zeros(x.shape[1])
    if not columns:
        weights[0] = math.log(y.mean() / (1 - y.mean()))
        return weights
    model = LogisticRegression(C=c, max_iter=5000).fit(x[:, list(columns)], y)
    weights[0] = model.intercept_[0]
    weights[list(columns)] = model.coef_[0]
    return weights


def _cv_loss(x: np.ndarray, y: np.ndarray, groups: np.ndarray, columns: Sequence[int], c: float) -> float:
    """Log loss of 5-fold cross-validation by documents with the ``columns`` of ``x``."""
    probs = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        w = _fit_columns(x[train], y[train], columns, c)
        probs[test] = 1 / (1 + np.exp(-(x[test] @ w)))
    return float(log_loss(y, probs))


def fit(rows: Sequence[Row], *, key: str = "vectors", how: str = "fixed") -> tuple[np.ndarray, float]:
    """Weights fitted on ``rows``: ``fixed`` (all columns, :data:`C`), ``cv`` (all columns, ``C`` by
    cross-validation) or ``forward`` (greedy forward selection by cross-validated log loss)."""
    x, y, groups = matrix(rows, key)
    every = [j for j in range(1, x.shape[1]) if len(set(x[:, j])) > 1]
    if how == "fixed":
        return _fit_columns(x, y, every, C), C
    columns: list[int] = every if how == "cv" else []
    if how == "forward":
        best = _cv_loss(x, y, groups, columns, C)
        while trials := [(_cv_loss(x, y, groups, [*columns, j], C), j) for j in every if j not in columns]:
            loss, j = min(trials)
            if loss > best - GAIN:
                break
            columns.append(j)
            best = loss
    c = min(CS, key=lambda c: _cv_loss(x, y, groups, columns, c))
    return _fit_columns(x, y, columns, c), c


def event_scores(rows: Sequence[Row], model: Model | None) -> dict[str, float]:
    """Event P/R/F1 of ``rows`` as ``geo eval`` scores them, after :func:`calibrate` with ``model``."""
    predictions = {}
    for row in rows:
        features = (
            row["features"] if model is None else calibrate(row["doc"].doc_id, row["features"], model=model)
        )
        predictions[row["doc"].doc_id] = [feature_prediction(f) for f in features]
    s = score_documents([r["doc"] for r in rows], predictions, system="geo")[0]
    fig, counts = s.figures(), s.counts
    out = {k: round(float(fig[f"event_{k}"] or 0.0), 4) for k in ("precision", "recall", "f1")}
    return {**out, "true": counts["events_true"], "predicted": counts["events_predicted"]}


def best_threshold(rows: Sequence[Row], weights: np.ndarray) -> float | None:
    """The threshold of :data:`THRESHOLDS` that maximises the event F1 of ``rows`` (None: none helps)."""
    best: tuple[float, float | None] = (event_scores(rows, None)["f1"], None)
    for t in THRESHOLDS:
        f1 = event_scores(rows, Model(tuple(float(w) for w in weights), t))["f1"]
        if f1 > best[0] + 1e-9:
            best = (f1, t)
    return best[1]


def held_out(rows: Sequence[Row], *, key: str = "vectors", how: str = "fixed") -> dict[str, Any]:
    names: Sequence[str] = FEATURE_NAMES
    if key == "candidates":
        import event_confidence_candidates

        names = event_confidence_candidates.FEATURE_NAMES
    out: dict[str, Any] = {}
    for train_half, test_half in (("odd", "even"), ("even", "odd")):
        train = [r for r in rows if r["half"] == train_half]
        test = [r for r in rows if r["half"] == test_half]
        weights, c = fit(train, key=key, how=how)
        x, y, _ = matrix(test, key)
        learned = 1 / (1 + np.exp(-(x @ weights)))
        base = float(matrix(train, key)[1].mean())
        figures: dict[str, Any] = {
            "events": len(y),
            "true_share": round(float(y.mean()), 3),
            "c": c,
            "weights": {names[j]: round(float(w), 3) for j, w in enumerate(weights) if w},
            "auc_learned": round(float(roc_auc_score(y, learned)), 3),
            "auc_tagger": round(float(roc_auc_score(y, x[:, 1])), 3),
            "log_loss": round(float(log_loss(y, learned)), 3),
            "log_loss_base_rate": round(float(log_loss(y, np.full(len(y), base))), 3),
        }
        if key == "vectors":
            threshold = best_threshold(train, weights)
            model = Model(tuple(float(w) for w in weights), threshold)
            figures["threshold_from_train"] = threshold
            figures["without_threshold"] = event_scores(test, None)
            figures["with_threshold"] = event_scores(test, model)
        out[f"test {test_half}"] = figures
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="fit on all documents and write the weights")
    parser.add_argument("--candidates", action="store_true", help="also fit the candidate vectors")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    rows = collect(read_event_gold(GOLD), candidates=args.candidates)
    figures = {"shipped": held_out(rows)}
    if args.candidates:
        figures["candidates, C by cross-validation"] = held_out(rows, key="candidates", how="cv")
        figures["candidates, forward selection"] = held_out(rows, key="candidates", how="forward")
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if args.write:
        halves = figures["shipped"].values()
        gains = all(h["with_threshold"]["f1"] > h["without_threshold"]["f1"] for h in halves)
        weights, _ = fit(rows)
        threshold = best_threshold(rows, weights) if gains else None
        y = matrix(rows)[1]
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip()
        data = {
            "what": "logistic regression of the learned event confidence (geo.events.confidence)",
            "source": "fitted on our own gold annotations of news_events dev.jsonl (90 documents): label ="
            " the event feature is matched to a gold event (or restates one) by geo eval --events",
            "script": "benchmarks/fit_event_confidence.py --write",
            "fitted": datetime.date.today().isoformat(),
            "code_at": commit,
            "model": f"sklearn LogisticRegression, L2, C={C}",
            "examples": len(y),
            "positives": int(y.sum()),
            "threshold_rule": "chosen on all documents when a threshold chosen on each half raised the"
            " other half's event F1 on both halves; else null",
            "held_out": figures["shipped"],
            "features": list(FEATURE_NAMES),
            "weights": [round(float(w), 4) for w in weights],
            "threshold": threshold,
        }
        OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}: weights {data['weights']}, threshold {threshold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
