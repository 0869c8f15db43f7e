"""Fit the learned event-type component (geo/events/type_weights.json) and measure it leave-one-set-out.

Run: ``PYTHONPATH=. python3 benchmarks/fit_event_types.py [--write] [--json OUT]`` from the repository
(needs ../shared/eval/news_events/dev.jsonl; the product never reads ../shared). Extraction of the ten
sets is cached in ``/tmp/fit_event_types.pkl`` keyed by the code's commit (``--fresh`` ignores it).

The procedure
-------------
- **Sets.** Ten sets of our own annotations: the dev set and the nine articles31 sets of
  :data:`SETS` (never the blind sets: they are the lead's held-out checks).
- **Data.** geo extracts every document as ``geo eval --events`` runs it (the rules' types, the learned
  confidence). Each event feature (not ``mention``) whose point lies
  within the tolerance of a gold event's place is an example; its label is the type of the gold event of
  that place with the nearest date (dates that overlap first, then the gap in days; a gold event whose
  types hold the predicted type wins a tie); when that gold event accepts the predicted type
  (``event_type_also``) the label is the predicted type.
- **Features.** :func:`event_type_model.feature_words` (``benchmarks/event_type_model.py``): the rules'
  type, the words of the sentences of the feature's mentions, and the words within a small window of
  each mention. Only words seen in at least two of the training sets are kept.
- **Model.** Multinomial logistic regression (scikit-learn, L2), ``C`` of :data:`CS` chosen by the log
  loss of an inner leave-one-set-out over the training sets. Decision: the model's top type replaces the
  rules' type only when its probability exceeds the rules' type's by more than a margin of
  :data:`MARGINS`, chosen on the training sets only (the margin whose inner held-out predictions give the
  training sets the best pooled event F1; ``never`` when none beats the rules).
- **Held out.** Leave one set out over the ten sets: fit on nine (C and margin chosen inside them),
  apply to the tenth, score the tenth with :func:`geo.evaluation.events.score_documents` (event P/R/F1,
  type accuracy at found places), rules alone against rules + model. For the record only (never used to
  choose), each held-out set is also scored with every margin of :data:`MARGINS` (``by_margin``).
- **Verdict.** The model may ship only if the mean held-out event F1 gains and no held-out set falls by
  more than 0.01 F1. It did not gain (docs/events.md, "Sixteenth pass, learn35"), so it is not in the
  product.
- ``--write`` fits on all ten sets the same way and writes the weights, the margin and their provenance
  to ``geo/events/type_weights.json``; it refuses while the verdict fails unless ``--force`` is given
  (then the margin written is null: the model stays off).
"""

from __future__ import annotations

import argparse
import datetime
import json
import pickle
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from event_type_model import WEIGHTS_FILE, TypeModel, feature_words, retype
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss

from geo.evaluation.events import score_documents
from geo.evaluation.events_gold import EventDoc, read_event_gold
from geo.evaluation.events_match import _bounds, dates_overlap
from geo.evaluation.events_run import feature_prediction
from geo.extract import extract_features
from geo.gazetteer.distance import haversine_km
from geo.model.article import Article
from geo.model.feature import EventFeature

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "dev": Path("../shared/eval/news_events/dev.jsonl"),
    **{
        name: ROOT / "tests" / "data" / "articles31" / f"{name}.jsonl"
        for name in ("africa", "levant", "gulf", "europe", "asia", "formats", "wire", "regional", "missions")
    },
}
OUT = WEIGHTS_FILE
CACHE = Path("/tmp/fit_event_types.pkl")
CS = (0.1, 0.3, 1.0, 3.0)
MARGINS: tuple[float | None, ...] = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, None)
MIN_SETS = 2

Doc = dict[str, Any]  # doc, features, words (None for mentions), labels (None: no example)


def _commit() -> str:
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()


def _gap(predicted: str | None, gold: str) -> tuple[int, float]:
    if predicted is None:
        return (1, 0.0)
    if dates_overlap(predicted, gold):
        return (0, 0.0)
    plo, phi, _ = _bounds(predicted)
    glo, ghi, _ = _bounds(gold)
    try:
        return (1, float(max((glo - phi).days, (plo - ghi).days)))
    except OverflowError:
        return (1, 1e9)


def label(doc: EventDoc, feature: EventFeature) -> str | None:
    """The gold type of one event feature (see the module docstring), None when no gold place is near."""
    p = feature_prediction(feature)
    near = [g for g in doc.events if haversine_km(p.point, g.place.point) <= g.place.tol_km]
    if not near:
        return None
    g = min(near, key=lambda g: (*_gap(p.date, g.date), p.event_type not in g.types))
    return p.event_type if p.event_type in g.types else g.types[0]


def collect(fresh: bool) -> dict[str, list[Doc]]:
    key = _commit()
    if not fresh and CACHE.exists():
        cached = pickle.loads(CACHE.read_bytes())
        if cached["commit"] == key:
            out: dict[str, list[Doc]] = cached["sets"]
            return out
    sets: dict[str, list[Doc]] = {}
    for name, path in SETS.items():
        rows = []
        for doc in read_event_gold(path):
            article = Article(
                id=doc.doc_id, text=doc.text, title=doc.title, url=doc.url, published=doc.reference
            )
            features = extract_features(article)
            mention = [f.properties.event_type == "mention" for f in features]
            rows.append(
                {
                    "doc": doc,
                    "features": features,
                    "words": [
                        None if m else feature_words(doc.text, f)
                        for f, m in zip(features, mention, strict=True)
                    ],
                    "labels": [None if m else label(doc, f) for f, m in zip(features, mention, strict=True)],
                }
            )
        sets[name] = rows
        print(f"{name}: {len(rows)} documents", file=sys.stderr)
    CACHE.write_bytes(pickle.dumps({"commit": key, "sets": sets}))
    return sets


def examples(
    sets: dict[str, list[Doc]], names: Sequence[str]
) -> tuple[list[list[str]], list[str], list[str]]:
    xs, ys, groups = [], [], []
    for name in names:
        for row in sets[name]:
            for words, y in zip(row["words"], row["labels"], strict=True):
                if words is not None and y is not None:
                    xs.append(words)
                    ys.append(y)
                    groups.append(name)
    return xs, ys, groups


def fit_model(xs: list[list[str]], ys: list[str], groups: list[str], c: float) -> tuple[TypeModel, Any]:
    """A TypeModel (margin 0) fitted on the examples, words kept when seen in >= MIN_SETS groups."""
    seen: dict[str, set[str]] = {}
    for words, g in zip(xs, groups, strict=True):
        for w in words:
            seen.setdefault(w, set()).add(g)
    vocab = {w for w, gs in seen.items() if len(gs) >= MIN_SETS or w.startswith("rule=")}
    vec = DictVectorizer()
    x = vec.fit_transform([{w: 1.0 for w in words if w in vocab} for words in xs])
    classes = sorted(set(ys))
    if len(classes) == 1:
        return TypeModel((classes[0],), (0.0,), {}, 0.0), None
    clf = LogisticRegression(C=c, max_iter=5000).fit(x, ys)
    coef = clf.coef_ if len(classes) > 2 else np.vstack([-clf.coef_[0] / 2, clf.coef_[0] / 2])
    bias = clf.intercept_ if len(classes) > 2 else np.array([-clf.intercept_[0] / 2, clf.intercept_[0] / 2])
    names = vec.get_feature_names_out()
    weights = {str(w): tuple(round(float(v), 4) for v in coef[:, j]) for j, w in enumerate(names)}
    model = TypeModel(
        tuple(str(c) for c in clf.classes_), tuple(round(float(b), 4) for b in bias), weights, 0.0
    )
    return model, (clf, vec, vocab)


def _inner(sets: dict[str, list[Doc]], names: Sequence[str], c: float) -> dict[str, TypeModel]:
    """Leave-one-set-out models inside ``names``: the model fitted without each set."""
    out = {}
    for held in names:
        xs, ys, groups = examples(sets, [n for n in names if n != held])
        out[held] = fit_model(xs, ys, groups, c)[0]
    return out


def _loss(sets: dict[str, list[Doc]], models: dict[str, TypeModel]) -> float:
    probs, truth = [], []
    classes = sorted({c for m in models.values() for c in m.classes} | set(examples(sets, list(models))[1]))
    for held, model in models.items():
        xs, ys, _ = examples(sets, [held])
        for words, y in zip(xs, ys, strict=True):
            p = model.probabilities(words)
            probs.append([max(p.get(k, 0.0), 1e-9) for k in classes])
            truth.append(y)
    return float(log_loss(truth, probs, labels=classes)) if truth else 0.0


def predictions(rows: list[Doc], model: TypeModel | None) -> dict[str, list[Any]]:
    out = {}
    for row in rows:
        doc = row["doc"]
        feats = (
            row["features"] if model is None else retype(doc.doc_id, doc.text, row["features"], model=model)
        )
        out[doc.doc_id] = [feature_prediction(f) for f in feats]
    return out


def scores(rows: list[Doc], model: TypeModel | None) -> dict[str, Any]:
    s = score_documents([r["doc"] for r in rows], predictions(rows, model), system="geo")[0]
    fig = s.figures()
    keys = ("event_precision", "event_recall", "event_f1", "type_accuracy")
    return {k: round(float(fig.get(k) or 0.0), 4) for k in keys}


def _with_margin(model: TypeModel, margin: float | None) -> TypeModel:
    return TypeModel(model.classes, model.intercepts, model.weights, margin)


def choose(sets: dict[str, list[Doc]], names: Sequence[str]) -> dict[str, Any]:
    """C and margin chosen on ``names`` only, and the model fitted on them all."""
    inner = {c: _inner(sets, names, c) for c in CS}
    c = min(CS, key=lambda c: _loss(sets, inner[c]))
    rows = [r for n in names for r in sets[n]]

    def pooled(margin: float | None) -> float:
        preds: dict[str, list[Any]] = {}
        for n in names:
            preds.update(
                predictions(sets[n], _with_margin(inner[c][n], margin) if margin is not None else None)
            )
        return float(
            score_documents([r["doc"] for r in rows], preds, system="geo")[0].figures()["event_f1"] or 0
        )

    f1s = {m: pooled(m) for m in MARGINS}
    margin = max(MARGINS, key=lambda m: (round(f1s[m], 6), m is None, m or 0))
    xs, ys, groups = examples(sets, names)
    model = _with_margin(fit_model(xs, ys, groups, c)[0], margin)
    return {
        "c": c,
        "margin": margin,
        "model": model,
        "train_f1": {str(m): round(v, 4) for m, v in f1s.items()},
    }


def held_out(sets: dict[str, list[Doc]]) -> dict[str, Any]:
    table = {}
    for held in sets:
        chosen = choose(sets, [n for n in sets if n != held])
        rules = scores(sets[held], None)
        both = scores(sets[held], chosen["model"])
        ys = examples(sets, [held])[1]
        by_margin = {
            str(m): scores(sets[held], _with_margin(chosen["model"], m))["event_f1"]
            for m in MARGINS
            if m is not None
        }
        table[held] = {
            "c": chosen["c"],
            "margin": chosen["margin"],
            "examples": len(ys),
            "rules": rules,
            "model": both,
            "by_margin": by_margin,
        }
        print(
            f"{held:9} C {chosen['c']:<4} margin {chosen['margin']}  rules F1 {rules['event_f1']:.3f}"
            f" type {rules['type_accuracy']:.3f}  +model F1 {both['event_f1']:.3f}"
            f" type {both['type_accuracy']:.3f}",
            file=sys.stderr,
        )
    return table


def summary(table: dict[str, Any]) -> dict[str, Any]:
    diff = {n: round(t["model"]["event_f1"] - t["rules"]["event_f1"], 4) for n, t in table.items()}
    mean = {
        k: round(float(np.mean([t[k]["event_f1"] for t in table.values()])), 4) for k in ("rules", "model")
    }
    return {
        "mean_f1": mean,
        "gain": diff,
        "ship": mean["model"] > mean["rules"] and min(diff.values()) >= -0.01,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="fit on all ten sets and write the weights")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    parser.add_argument("--force", action="store_true", help="--write even when the verdict fails")
    parser.add_argument("--fresh", action="store_true", help="extract again (ignore the cache)")
    args = parser.parse_args(argv)
    sets = collect(args.fresh)
    table = held_out(sets)
    verdict = summary(table)
    figures = {"held_out": table, "summary": verdict}
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    if args.write and not (verdict["ship"] or args.force):
        print("not written: the model does not beat the rules held out (--force writes it, switched off)")
    elif args.write:
        chosen = choose(sets, list(sets))
        model: TypeModel = chosen["model"]
        ys = examples(sets, list(sets))[1]
        data = {
            "what": "multinomial logistic regression of the learned event type"
            " (benchmarks/event_type_model.py)",
            "source": "fitted on our own gold annotations: news_events dev.jsonl and tests/data/articles31"
            f" {', '.join(n for n in SETS if n != 'dev')}; label = the type of the nearest-dated gold event"
            " at the feature's place",
            "script": "benchmarks/fit_event_types.py --write",
            "fitted": datetime.date.today().isoformat(),
            "code_at": _commit(),
            "model": f"sklearn LogisticRegression (multinomial), L2, C={chosen['c']}"
            " (chosen by an inner leave-one-set-out)",
            "examples": len(ys),
            "margin_rule": "chosen on the training sets; null (model off) unless the leave-one-set-out mean"
            " event F1 gained and no held-out set fell by more than 0.01",
            "held_out": {n: {k: t[k] for k in ("rules", "model", "margin")} for n, t in table.items()},
            "summary": verdict,
            "classes": list(model.classes),
            "intercepts": list(model.intercepts),
            "margin": chosen["margin"] if verdict["ship"] else None,
            "weights": {w: list(row) for w, row in sorted(model.weights.items())},
        }
        OUT.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {OUT}: {len(model.weights)} words, margin {data['margin']}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
