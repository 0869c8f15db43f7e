"""Run systems over a gold corpus and collect their scores."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from geo.errors import GeoError
from geo.evaluation.corpus import DEMONYM_CORPORA, RESOLUTION_ONLY_CORPORA, GoldDoc
from geo.evaluation.metrics import Counts, prf
from geo.evaluation.systems import System

__all__ = ["CorpusScores", "evaluate_corpus", "evaluate_system"]


@dataclass(frozen=True, slots=True)
class CorpusScores:
    """The scores of one system on one corpus (recognition fields are None in resolution-only runs)."""

    system: str
    corpus: str
    mode: str
    count_demonyms: bool
    counts: Counts

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready figures."""
        c = self.counts
        out: dict[str, Any] = {
            "system": self.system,
            "corpus": self.corpus,
            "mode": self.mode,
            "count_demonyms": self.count_demonyms,
            "docs": c.docs,
            "gold": c.gold,
            "gold_with_coordinates": c.gold_with_point,
        }
        if self.mode == "end_to_end":
            precision, recall, f1 = prf(c.matched, c.predicted, c.gold)
            out |= {
                "predicted": c.predicted,
                "matched": c.matched,
                "precision": precision,
                "recall": recall,
                "f1": f1,
            }
        else:
            out |= {"predicted": None, "matched": None, "precision": None, "recall": None, "f1": None}
        out |= {
            "resolution_scored": len(c.errors_km),
            "unresolved": c.unresolved,
            "acc161": c.acc161,
            "median_error_km": c.median_km,
            "end_to_end_acc161": c.end_to_end if self.mode == "end_to_end" else c.acc161,
            "seconds": c.seconds,
            "docs_per_second": c.docs_per_second,
        }
        return out


def evaluate_system(
    docs: Sequence[GoldDoc],
    system: System,
    *,
    corpus: str,
    resolution_only: bool | None = None,
    count_demonyms: bool | None = None,
) -> CorpusScores:
    """Score ``system`` on ``docs``.

    Parameters
    ----------
    docs
        The gold documents.
    system
        What to run (:class:`~geo.evaluation.systems.OurSystem`, the geotext peer, ...).
    corpus
        Corpus name; picks the defaults of the two options below.
    resolution_only
        Resolve the gold spans instead of recognising (default: for WikToR).
    count_demonyms
        Count ``demonym`` predictions as toponyms (default: for the corpora that annotate demonyms,
        see :data:`~geo.evaluation.corpus.DEMONYM_CORPORA`); otherwise they are dropped before scoring.

    Returns
    -------
    CorpusScores
        Totals; the timing is the CPU time (``time.process_time``) of the system's calls only, which on
        an idle core equals their wall time and does not count time lost to other processes.
    """
    if resolution_only is None:
        resolution_only = corpus in RESOLUTION_ONLY_CORPORA
    if count_demonyms is None:
        count_demonyms = corpus in DEMONYM_CORPORA
    counts = Counts()
    clock = time.process_time  # CPU time: robust to other processes on a shared machine
    for doc in docs:
        if resolution_only:
            located = [(t, point) for t in doc.toponyms if (point := t.point) is not None]
            began = clock()
            points = system.resolve_spans(doc.text, [(t.start, t.end, t.name) for t, _ in located])
            counts.seconds += clock() - began
            if len(points) != len(located):
                raise GeoError(
                    f"{system.name} resolved {len(points)} spans of {len(located)} in document {doc.doc_id!r}"
                )
            counts.docs += 1
            counts.gold += len(doc.toponyms)
            counts.gold_with_point += len(located)
            for (_, gold_point), point in zip(located, points, strict=True):
                counts.add_error(gold_point, point)
            continue
        began = clock()
        predicted = system.parse(doc.text)
        elapsed = clock() - began
        if not count_demonyms:
            predicted = [p for p in predicted if p.kind != "demonym"]
        counts.add_doc([(t.start, t.end, t.point) for t in doc.toponyms], predicted, seconds=elapsed)
    return CorpusScores(
        system=system.name,
        corpus=corpus,
        mode="resolution_only" if resolution_only else "end_to_end",
        count_demonyms=count_demonyms,
        counts=counts,
    )


def evaluate_corpus(
    docs: Sequence[GoldDoc],
    systems: Sequence[System],
    *,
    corpus: str,
    resolution_only: bool | None = None,
    count_demonyms: bool | None = None,
) -> list[CorpusScores]:
    """Score each system on the same documents (see :func:`evaluate_system`)."""
    return [
        evaluate_system(
            docs, system, corpus=corpus, resolution_only=resolution_only, count_demonyms=count_demonyms
        )
        for system in systems
    ]
