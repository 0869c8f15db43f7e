"""Run geo and the baseline over gold event documents and score both (``geo eval --events``).

geo
    :func:`geo.extract.extract_features` on an :class:`~geo.model.article.Article` built from each gold
    line (``doc_id``, ``text``, ``title``, ``url``), with ``published`` as the publication date. The
    extractor takes a day, month or year only: for an interval ``published`` (``2024-07/2025``) it gets the
    interval's start, and the report's notes say so for each such document.
baseline
    The geotext peer of ``geo eval`` (:class:`~geo.evaluation.systems.GeotextSystem`: geotext names,
    GeoNames population lookup) finds the places; each place takes the event type of the keyword of
    :data:`KEYWORDS` nearest to it in its sentence (``mention`` when the sentence has none); every event
    is dated with the publication date (the same reference date as geo's); no numbers, no missions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Final

from geo.errors import InputError
from geo.evaluation.events import EventScores, score_documents
from geo.evaluation.events_gold import (
    EventDoc,
    PredictedEvent,
    gold_from_collection,
    predictions_from_features,
)
from geo.evaluation.systems import GeotextSystem
from geo.extract import extract_features
from geo.lexicon import load
from geo.model.article import Article

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer
    from geo.model.feature import EventFeature

__all__ = [
    "KEYWORDS",
    "EventReport",
    "baseline_predictions",
    "feature_prediction",
    "geo_predictions",
    "keyword_type",
    "reference_notes",
    "run_events",
]

#: The baseline's keyword table (lexicon ``eval_baseline_keywords``).
KEYWORDS: Final[str] = "eval_baseline_keywords"

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(slots=True)
class EventReport:
    """Scores of the systems on gold documents, with notes on how the run was made."""

    gold: str
    docs: int
    scores: list[EventScores] = field(default_factory=list)
    batches: list[EventScores] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready report."""
        return {
            "gold": self.gold,
            "docs": self.docs,
            "scores": [s.as_dict() for s in self.scores],
            "batches": [s.as_dict() for s in self.batches],
            "notes": self.notes,
        }


@functools.cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    table = {str(e["term"]).casefold(): str(e["event_type"]) for e in load(KEYWORDS)}
    terms = sorted(table, key=lambda t: (-len(t), t))
    words = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(rf"(?<![^\W_])(?:{words})(?![^\W_])", re.IGNORECASE), table


def keyword_type(text: str, start: int, end: int) -> str:
    """The baseline's event type for the place at ``text[start:end]`` (see the module docstring)."""
    pattern, table = _pattern()
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    hi = len(text) if stop is None else stop.end()
    best: tuple[int, str] | None = None
    for match in pattern.finditer(text, lo, hi):
        gap = match.start() - end if match.start() >= end else start - match.end()
        kind = table[" ".join(match.group(0).casefold().split())]
        if best is None or gap < best[0]:
            best = (gap, kind)
    return "mention" if best is None else best[1]


def baseline_predictions(doc: EventDoc, system: GeotextSystem) -> list[PredictedEvent]:
    """The baseline's events for one document."""
    out = []
    for p in system.parse(doc.text):
        if p.kind != "place" or p.point is None:
            continue
        out.append(
            PredictedEvent(
                key=f"{p.point[0]:.4f},{p.point[1]:.4f}",
                name=doc.text[p.start : p.end],
                point=p.point,
                event_type=keyword_type(doc.text, p.start, p.end),
                date=doc.reference,
            )
        )
    return out


def feature_prediction(feature: EventFeature) -> PredictedEvent:
    """One of geo's extracted features as a prediction."""
    p = feature.properties
    return PredictedEvent(
        key=p.gazetteer_id,
        name=p.name,
        point=(float(feature.geometry.coordinates[0]), float(feature.geometry.coordinates[1])),
        event_type=p.event_type,
        date=p.date,
        fatalities=p.fatalities,
        troops=p.troops,
        mission=p.mission,
    )


def geo_predictions(doc: EventDoc, gazetteer: Gazetteer) -> list[PredictedEvent]:
    """geo's features for one document, as predictions."""
    article = Article(id=doc.doc_id, text=doc.text, title=doc.title, url=doc.url, published=doc.reference)
    return [feature_prediction(f) for f in extract_features(article, gazetteer=gazetteer)]


def reference_notes(docs: Sequence[EventDoc]) -> list[str]:
    """One note per document whose extraction date differs from its ``published``."""
    return [
        f"{d.doc_id}: published {d.published!r} has an open side; extracted as undated"
        for d in docs
        if d.published != d.reference
    ]


def run_events(
    docs: Sequence[EventDoc], *, gold: str, gazetteer: Gazetteer, baseline: bool = True
) -> EventReport:
    """Extract with geo (and the baseline) and score both on ``docs``.

    Parameters
    ----------
    docs
        Gold documents (:func:`geo.evaluation.events_gold.read_event_gold`).
    gold
        A label for the gold (its path) in the report.
    gazetteer
        The gazetteer geo and the baseline look places up in.
    baseline
        Also run the baseline.

    Returns
    -------
    EventReport
        Scores for ``geo`` (then ``baseline``) on all, odd and even documents.
    """
    report = EventReport(gold=gold, docs=len(docs), notes=reference_notes(docs))
    found: dict[str, Mapping[str, Sequence[PredictedEvent]]] = {
        "geo": {d.doc_id: geo_predictions(d, gazetteer) for d in docs}
    }
    if baseline:
        peer = GeotextSystem(gazetteer)
        found["baseline"] = {d.doc_id: baseline_predictions(d, peer) for d in docs}
    for system, predictions in found.items():
        scored = score_documents(docs, predictions, system=system, batches=True)
        report.scores.extend(s for s in scored if not s.split.startswith("batch "))
        report.batches.extend(s for s in scored if s.split.startswith("batch "))
    return report


def run_against(curated: Mapping[str, Any], extracted: Mapping[str, Any], *, gold: str) -> EventReport:
    """Score an extracted FeatureCollection against a curated one with the event rules (geo only).

    The articles scored are those of ``extracted`` that ``curated`` has too, as in ``geo eval --against``
    (:func:`geo.evaluation.against.compare_collections`); the gold comes from
    :func:`geo.evaluation.events_gold.gold_from_collection`. There is no text, so no baseline.

    Raises
    ------
    InputError
        If the collections have no article in common.
    """
    wanted = sorted({f["properties"]["source"]["article_id"] for f in extracted["features"]})
    have = {f["properties"]["source"]["article_id"] for f in curated["features"]}
    shared = [a for a in wanted if a in have]
    if not shared:
        raise InputError(
            f"the extracted collection shares no article with the curated one (it has {wanted!r})"
        )
    docs = gold_from_collection(curated, articles=shared)
    report = EventReport(
        gold=gold, docs=len(docs), notes=["curated gold: geo's extracted file only, no baseline"]
    )
    report.scores.extend(
        score_documents(docs, predictions_from_features(extracted["features"]), system="geo")
    )
    return report
