"""Fit the resolver's and the recogniser's weights (geo/lexicon/data/weights.yaml) on the dev halves.

Run: ``PYTHONPATH=. python benchmarks/fit_weights.py [--check | --write] [--rounds N]`` from the repository
(needs ../shared/eval/corpora/<corpus>/dev.jsonl).

The procedure
-------------
- **Halves.** The documents of each dev file at even positions (0, 2, ...) are the *fitting* half, those
  at odd positions the *check* half.
- **Objectives.** Resolver weights: the mean over the corpora of acc@161 on gold spans, as in
  ``benchmarks/resolve_gold.py`` (every gold span becomes a toponym with the gold name as query; a gold
  toponym with coordinates counts when the chosen point lies within 161 km, an unresolved one is a miss).
  Recogniser thresholds: the mean over the end-to-end corpora (all but WikToR, which annotates only some
  mentions) of recognition F1 as ``geo eval`` scores it (spans matched one to one by overlap, demonyms
  counted where the corpus annotates them). The two are independent: resolution runs on gold spans.
- **Search.** Coordinate ascent over a grid: for each weight whose source is ``fit``, in file order, the
  values one and two steps (:data:`STEPS`) either side are tried with the others fixed; the best on the
  fitting half is taken when it raises both the fitting half's objective and the check half's by more
  than :data:`TOLERANCE` (a gain only one half sees is noise or overfitting). Rounds repeat until one
  changes nothing (at most ``--rounds``). Weights whose source is ``prior`` (the recogniser's output
  scores, which no figure here counts) are not searched.
- **Speed.** Gold toponyms are built once per document and the resolver's candidate cache stays warm
  across evaluations, so one evaluation of a half is one pass of the real ``resolve`` / ``recognize``
  (about a second for the resolver on a 2-core machine); a round is about 100 of them.

``--check`` runs one round from the packaged weights and exits 0 when no weight moves (the packaged
weights are a fixed point of the procedure), 1 otherwise; ``--write`` runs the fit and writes the values
it finds into the YAML (rationales and sources kept). Both print acc@161 and F1 per corpus and half.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from geo.evaluation.corpus import DEMONYM_CORPORA, RESOLUTION_ONLY_CORPORA, GoldDoc, read_corpus
from geo.evaluation.metrics import Counts, Prediction, prf
from geo.gazetteer import Gazetteer, haversine_km
from geo.lexicon.weights import Weights, default_weights
from geo.model.spans import Toponym
from geo.recognize import recognize
from geo.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "eval" / "corpora"
WEIGHTS_FILE = ROOT / "geo" / "lexicon" / "data" / "weights.yaml"
NAMES = ("lgl", "geowebnews", "tr_news", "geovirus", "wiktor")
KM = 161.0
#: Smallest gain of each half's objective (a mean of shares) that moves a weight: 0.1 point.
TOLERANCE = 0.001
#: Grid step per weight (values one and two steps either side are tried); 0.1 for feature weights.
STEPS: Mapping[str, float] = {
    "resolver.prior": 0.2,
    "resolver.near_km": 50.0,
    "resolver.county_km": 10.0,
    "resolver.temperature": 0.02,
    "recogniser.common_zipf": 0.25,
    "recogniser.strong_max_zipf": 0.25,
    "recogniser.common_min_weight": 0.05,
    "recogniser.name_min_weight": 0.05,
    "recogniser.strong_min_weight": 0.05,
}
DEFAULT_STEP = 0.1
#: Weights that must stay positive (scales); all others stay at or above zero.
POSITIVE = frozenset({"resolver.near_km", "resolver.county_km", "resolver.temperature"})

Objective = Callable[[Weights], float]


@dataclass(frozen=True, slots=True)
class Gold:
    """One document prepared once: its text, gold spans as toponyms and gold points."""

    corpus: str
    text: str
    toponyms: tuple[Toponym, ...]
    points: tuple[tuple[int, int, tuple[float, float]], ...]  # (start, end, (lon, lat)) of located ones
    spans: tuple[tuple[int, int, tuple[float, float] | None], ...]  # every gold span, for F1


@dataclass(slots=True)
class Fit:
    """What a run of the procedure found: the weights, the moves made, and the objectives."""

    weights: Weights
    #: (name, old value, new value, fitting objective, check objective) per move, in order.
    moves: list[tuple[str, float, float, float, float]] = field(default_factory=list)
    fit_score: float = 0.0
    check_score: float = 0.0


def prepare(doc: GoldDoc, corpus: str) -> Gold:
    """Build the gold toponyms and points of ``doc`` once."""
    text = doc.text
    toponyms = tuple(Toponym(t.start, t.end, text[t.start : t.end], t.name) for t in doc.toponyms)
    points = tuple((t.start, t.end, point) for t in doc.toponyms if (point := t.point) is not None)
    return Gold(corpus, text, toponyms, points, tuple((t.start, t.end, t.point) for t in doc.toponyms))


def read_halves(folder: Path, names: Sequence[str]) -> tuple[list[Gold], list[Gold]]:
    """Read the dev files of ``names`` under ``folder`` (those present): (even documents, odd documents)."""
    even: list[Gold] = []
    odd: list[Gold] = []
    for name in names:
        path = folder / name / "dev.jsonl"
        if not path.is_file():
            continue
        for position, doc in enumerate(read_corpus(path)):
            (odd if position % 2 else even).append(prepare(doc, name))
    return even, odd


def resolution_accuracy(docs: Sequence[Gold], weights: Weights, gazetteer: Gazetteer) -> dict[str, float]:
    """acc@161 on gold spans per corpus (see the module docstring)."""
    within: dict[str, int] = {}
    total: dict[str, int] = {}
    for doc in docs:
        if not doc.points:
            continue
        chosen = {
            (r.toponym.start, r.toponym.end): r.candidate
            for r in resolve(doc.text, doc.toponyms, gazetteer=gazetteer, weights=weights)
        }
        for start, end, point in doc.points:
            candidate = chosen.get((start, end))
            hit = candidate is not None and haversine_km((candidate.lon, candidate.lat), point) <= KM
            within[doc.corpus] = within.get(doc.corpus, 0) + hit
            total[doc.corpus] = total.get(doc.corpus, 0) + 1
    return {corpus: within[corpus] / total[corpus] for corpus in total}


def recognition_f1(docs: Sequence[Gold], weights: Weights, gazetteer: Gazetteer) -> dict[str, float]:
    """Recognition F1 per end-to-end corpus, as ``geo eval`` counts it (see the module docstring)."""
    counts: dict[str, Counts] = {}
    for doc in docs:
        if doc.corpus in RESOLUTION_ONLY_CORPORA:
            continue
        found = recognize(doc.text, gazetteer=gazetteer, weights=weights)
        predicted = [
            Prediction(t.start, t.end, t.kind)
            for t in found
            if t.kind != "demonym" or doc.corpus in DEMONYM_CORPORA
        ]
        counts.setdefault(doc.corpus, Counts()).add_doc(doc.spans, predicted, seconds=0.0)
    return {corpus: prf(c.matched, c.predicted, c.gold)[2] for corpus, c in counts.items()}


def mean(values: Mapping[str, float]) -> float:
    """The unweighted mean over corpora (0 when there are none)."""
    return sum(values.values()) / len(values) if values else 0.0


def grid(name: str, value: float) -> list[float]:
    """The values tried for weight ``name`` around ``value``: one and two steps either side, in range."""
    step = STEPS.get(name, DEFAULT_STEP)
    values = [round(value + k * step, 4) for k in (-2, -1, 1, 2)]
    if name in POSITIVE:
        return [v for v in values if v > 0]
    return [v for v in values if v >= 0]


def ascend(
    start: Weights,
    names: Sequence[str],
    fit: Objective,
    check: Objective,
    *,
    rounds: int = 3,
    tolerance: float = TOLERANCE,
    log: Callable[[str], None] = lambda line: None,
) -> Fit:
    """Coordinate ascent of ``names`` from ``start`` (see the module docstring).

    Parameters
    ----------
    start
        The weights to start from.
    names
        The weights to search (``part.field`` names), in order.
    fit, check
        Objectives on the fitting and the check half (higher is better).
    rounds
        At most this many passes over ``names``; the search stops after a pass that moved nothing.
    tolerance
        Smallest gain of ``fit``, and of ``check``, that moves a weight.
    log
        Called with one line per move.

    Returns
    -------
    Fit
        The weights reached, the moves, and both objectives there; no moves when ``start`` is a fixed
        point.
    """
    current = start
    result = Fit(current, fit_score=fit(current), check_score=check(current))
    for _ in range(rounds):
        moved = False
        for name in names:
            value = current.values()[name]
            best: tuple[float, float, Weights] | None = None
            for candidate in grid(name, value):
                trial = current.with_values({name: candidate})
                score = fit(trial)
                if score > result.fit_score + tolerance and (best is None or score > best[0]):
                    best = (score, candidate, trial)
            if best is None:
                continue
            score, candidate, trial = best
            held = check(trial)
            if held <= result.check_score + tolerance:
                log(
                    f"  {name}: {value} -> {candidate} fits better ({result.fit_score:.4f} -> {score:.4f}) "
                    f"but not the check half ({result.check_score:.4f} -> {held:.4f}): kept"
                )
                continue
            log(
                f"  {name}: {value} -> {candidate}: fit {result.fit_score:.4f} -> {score:.4f}, check "
                f"{result.check_score:.4f} -> {held:.4f}"
            )
            result.moves.append((name, value, candidate, score, held))
            current, result.weights, result.fit_score, result.check_score = trial, trial, score, held
            moved = True
        if not moved:
            break
    return result


def write_values(path: Path, values: Mapping[str, float]) -> None:
    """Replace the ``value`` of each named weight in the YAML file, leaving everything else as it is."""
    text = path.read_text(encoding="utf-8")
    for name, value in values.items():
        pattern = re.compile(rf"(?<=- name: {re.escape(name)}\n)(\s+value: )\S+")
        text, count = pattern.subn(rf"\g<1>{float(value)!r}", text)
        if count != 1:
            raise SystemExit(f"{path}: no single entry for {name}")
    path.write_text(text, encoding="utf-8")


def figures(label: str, weights: Weights, halves: Mapping[str, Sequence[Gold]], gazetteer: Gazetteer) -> None:
    """Print acc@161 and F1 per corpus and half for ``weights``."""
    rows = {
        half: (resolution_accuracy(docs, weights, gazetteer), recognition_f1(docs, weights, gazetteer))
        for half, docs in halves.items()
    }
    print(f"{label}:")
    print(f"  {'corpus':<11} " + " ".join(f"{f'{m} {h}':>13}" for m in ("acc@161", "F1") for h in halves))
    for corpus in [*NAMES, "mean"]:
        cells = []
        for metric in (0, 1):
            for half in halves:
                table = rows[half][metric]
                value = mean(table) if corpus == "mean" else table.get(corpus)
                cells.append(f"{value:>13.4f}" if value is not None else f"{'-':>13}")
        print(f"  {corpus:<11} " + " ".join(cells))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="Exit 1 unless the packaged weights are a fixed point."
    )
    mode.add_argument("--write", action="store_true", help="Write the fitted values into the weights file.")
    parser.add_argument("--rounds", type=int, default=3, help="At most this many rounds (default 3).")
    parser.add_argument("--corpora", type=Path, default=CORPORA, help="Folder of the gold corpora.")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"gold corpora not found at {args.corpora}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    gazetteer = Gazetteer.open()
    even, odd = read_halves(args.corpora, NAMES)
    if not even or not odd:
        print(f"need two documents or more under {args.corpora}/<corpus>/dev.jsonl", file=sys.stderr)
        return 2
    start = default_weights()
    fitted = [note.name for note in start.notes if note.source == "fit"]
    print(f"{len(even)} fitting and {len(odd)} check documents; {len(fitted)} weights searched")
    resolution_accuracy(even + odd, start, gazetteer)  # fills the candidate cache once
    print(f"read and warmed in {time.perf_counter() - began:.0f} s")
    resolver = [name for name in fitted if name.startswith("resolver.")]
    recogniser = [name for name in fitted if name.startswith("recogniser.")]

    def resolution(docs: Sequence[Gold]) -> Objective:
        return lambda weights: mean(resolution_accuracy(docs, weights, gazetteer))

    def recognition(docs: Sequence[Gold]) -> Objective:
        return lambda weights: mean(recognition_f1(docs, weights, gazetteer))

    rounds = 1 if args.check else args.rounds
    print("resolver (mean acc@161 on gold spans):")
    first = ascend(start, resolver, resolution(even), resolution(odd), rounds=rounds, log=print)
    print("recogniser (mean recognition F1):")
    second = ascend(first.weights, recogniser, recognition(even), recognition(odd), rounds=rounds, log=print)
    final = second.weights
    moves = first.moves + second.moves
    halves = {"even": even, "odd": odd}
    figures("packaged weights", start, halves, gazetteer)
    if moves:
        figures("fitted weights", final, halves, gazetteer)
    print(f"{len(moves)} weights moved; {time.perf_counter() - began:.0f} s")
    if args.write and moves:
        write_values(WEIGHTS_FILE, {name: final.values()[name] for name, *_ in moves})
        print(f"wrote {WEIGHTS_FILE}")
    return 1 if args.check and moves else 0


if __name__ == "__main__":
    sys.exit(main())
