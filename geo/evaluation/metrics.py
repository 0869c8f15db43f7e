"""Scoring arithmetic: span matching, precision/recall/F1, accuracy within 161 km, median error.

Definitions (``geo eval``):

- **Span overlap**: a prediction and a gold toponym match when their character ranges overlap by at
  least one character. Matching is one-to-one: pairs are taken greedily by largest overlap, then by
  position, so a prediction covers at most one gold toponym and vice versa.
- **Recognition**: precision = matched predictions / predictions, recall = matched gold / gold,
  F1 = their harmonic mean (0 when both are 0).
- **Resolution on recognised toponyms**: over the gold toponyms with coordinates that a prediction
  matched; the error is the great-circle distance between the prediction's point and the gold point,
  and a matched toponym the system could not resolve gets the maximal error of 20,038 km (half the
  Earth's circumference). ``acc@161`` = share with error <= 161 km; median error in km.
- **End to end**: over all gold toponyms with coordinates, the share matched by a prediction whose
  point lies within 161 km.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from geo.gazetteer.distance import haversine_km

__all__ = ["ACC_KM", "MAX_ERROR_KM", "Counts", "Prediction", "match_spans", "prf"]

#: The customary accuracy radius of geoparsing benchmarks (100 miles).
ACC_KM: Final = 161.0
#: Error given to a toponym the system recognised but could not place.
MAX_ERROR_KM: Final = 20038.0


@dataclass(frozen=True, slots=True)
class Prediction:
    """A predicted toponym: span, kind (``place``/``demonym``) and point ``(lon, lat)`` if resolved."""

    start: int
    end: int
    kind: str = "place"
    point: tuple[float, float] | None = None


def match_spans(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Match gold spans to predicted spans one to one by overlap.

    Parameters
    ----------
    gold, predicted
        ``(start, end)`` ranges, end exclusive.

    Returns
    -------
    dict
        Index of a gold span -> index of its predicted span.

    Examples
    --------
    >>> match_spans([(0, 5), (10, 14)], [(0, 3), (1, 6), (20, 22)])
    {0: 1}
    """
    pairs: list[tuple[int, int, int, int]] = []
    order = sorted(range(len(predicted)), key=lambda j: predicted[j])
    for i, (gs, ge) in enumerate(gold):
        for j in order:
            ps, pe = predicted[j]
            if ps >= ge:
                break
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                pairs.append((-overlap, gs, i, j))
    pairs.sort()
    used_gold: dict[int, int] = {}
    used_pred: set[int] = set()
    for _, _, i, j in pairs:
        if i in used_gold or j in used_pred:
            continue
        used_gold[i] = j
        used_pred.add(j)
    return dict(sorted(used_gold.items()))


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Return precision, recall and F1 for ``matched`` hits, ``predicted`` predictions, ``gold`` items."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(slots=True)
class Counts:
    """Running totals over the documents of a corpus for one system."""

    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    gold_with_point: int = 0
    errors_km: list[float] = field(default_factory=list)
    unresolved: int = 0
    seconds: float = 0.0

    def add_doc(
        self,
        gold: Sequence[tuple[int, int, tuple[float, float] | None]],
        predicted: Sequence[Prediction],
        *,
        seconds: float,
    ) -> None:
        """Score one document: ``gold`` as ``(start, end, point or None)``, ``predicted`` as given."""
        self.docs += 1
        self.seconds += seconds
        self.gold += len(gold)
        self.predicted += len(predicted)
        matches = match_spans([(s, e) for s, e, _ in gold], [(p.start, p.end) for p in predicted])
        self.matched += len(matches)
        self.gold_with_point += sum(1 for _, _, point in gold if point is not None)
        for i, j in matches.items():
            point = gold[i][2]
            if point is not None:
                self.add_error(point, predicted[j].point)

    def add_error(self, gold: tuple[float, float], predicted: tuple[float, float] | None) -> None:
        """Record the error of one resolved (or unresolvable: ``None``) gold toponym."""
        if predicted is None:
            self.unresolved += 1
            self.errors_km.append(MAX_ERROR_KM)
        else:
            self.errors_km.append(haversine_km(predicted, gold))

    @property
    def within(self) -> int:
        """Number of scored toponyms placed within :data:`ACC_KM`."""
        return sum(1 for error in self.errors_km if error <= ACC_KM)

    @property
    def acc161(self) -> float | None:
        """Accuracy within 161 km over the scored (recognised, gold-located) toponyms."""
        return self.within / len(self.errors_km) if self.errors_km else None

    @property
    def median_km(self) -> float | None:
        """Median error in km over the scored toponyms."""
        return statistics.median(self.errors_km) if self.errors_km else None

    @property
    def end_to_end(self) -> float | None:
        """Share of all gold toponyms with coordinates found and placed within 161 km."""
        return self.within / self.gold_with_point if self.gold_with_point else None

    @property
    def docs_per_second(self) -> float | None:
        """Documents processed per CPU second of the system's own calls."""
        return self.docs / self.seconds if self.seconds > 0 else None
