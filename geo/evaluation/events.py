"""Score event extraction against gold events (``geo eval --events``).

The rules follow the scoring suggested by the ``news_events`` gold set (its README); every figure is
micro-averaged over the documents scored, and computed per document with that document's gold only.

Places
    A gold place is *found* when some predicted feature (any event type, ``mention`` included) lies within
    the place's ``tol_km`` of its ``coord`` (distance only; names are not compared). Places marked
    ``optional`` are not required. Predicted places are the distinct places of the features (one per
    gazetteer id); one is *true* when it lies within ``tol_km`` of a required gold place, *neutral*
    (neither true nor false) when it lies only within the tolerance of optional places, *false* otherwise.
    Place precision = true / (true + false), recall = found / required, F1 their harmonic mean.
Events
    A predicted feature other than ``mention`` *can match* a gold event when (a) its point lies within the
    gold place's ``tol_km``, (b) its ``event_type`` is the gold ``event_type`` or one of ``event_type_also``,
    and (c) the date intervals overlap (an open end is unbounded), except that a predicted interval over 3x
    as long as the gold one and over 10 days long only counts when it starts inside the gold interval.
    A gold event with ``duplicate_of`` restates its target at a coarser place: the target and its
    duplicates form one *unit*, which is found when any member is matched; duplicates are not required on
    their own. Matching is one-to-one between units and predicted features, of maximum size (augmenting
    paths; candidates tried with the gold's EDTF date first, then nearest first, a free one before one
    another unit holds). A predicted feature left unmatched that could match another member of an already
    matched unit restates that unit: neutral, neither true nor false.
    Event precision = matched features / (event features - neutral), recall = found units / units.
Types
    For each unit, the *predicted type* is: the matched feature's type; else, among event features within
    the tolerance of a member's place, an accepted type if any has one, else the nearest feature's type;
    else ``mention`` when a ``mention`` feature lies there; else ``missed``. A prediction of an
    ``event_type_also`` type is counted as the gold type. The confusion table counts gold type x predicted
    type; *type accuracy at found places* is the diagonal over the units whose predicted type is neither
    ``mention`` nor ``missed``.
Dates
    Over the units with a feature at the right place and of an accepted type: *exact* when the matched
    feature's bounds equal the gold bounds, *overlap* when matched otherwise, *wrong* when no such feature
    was matched to the unit (dates apart, or the feature went to another unit). ``same precision``
    counts matched features whose EDTF precision (day, month, year, range) equals the gold one.
Numbers and missions
    Over matched units whose matched member (or, when it gives none, the target) states ``fatalities`` /
    ``troops``: the share predicted exactly, also split by gold numbers without a qualifier and with one
    (``at_least``, ``about`` ...); a ``shared`` toll is compared like any other. Over matched units with a
    gold ``mission``: the share whose predicted mission names it, compared case-, accent- and
    punctuation-insensitively, accepting the short forms the gold README lists (:data:`MISSION_SHORT`).
Splits
    Each figure is also given for the odd (1st, 3rd, ...) and even (2nd, 4th, ...) documents of the file,
    as two halves the way a held-out set would be scored, and on request for each collection batch (the
    letters of ``a01``): a method that wins on one batch only is probably overfitting.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from geo.evaluation.events_gold import EventDoc, GoldEvent, PredictedEvent
from geo.evaluation.events_match import MISSION_SHORT, date_class, dates_overlap, same_mission
from geo.gazetteer.distance import haversine_km

__all__ = ["MISSION_SHORT", "EventScores", "dates_overlap", "same_mission", "score_documents"]


def _near(p: PredictedEvent, g: GoldEvent) -> float | None:
    distance = haversine_km(p.point, g.place.point)
    return distance if distance <= g.place.tol_km else None


def _units(doc: EventDoc) -> list[list[GoldEvent]]:
    """Group gold events into units: a target first, then the events that are ``duplicate_of`` it.

    A duplicate of a duplicate joins the final target; a ``duplicate_of`` naming no event of the document,
    or a cycle, leaves the event a unit of its own.
    """
    parent = {e.id: e.duplicate_of for e in doc.events}
    units: dict[str, list[GoldEvent]] = {}
    for e in doc.events:
        root, seen = e.id, {e.id}
        while parent.get(root) in parent and parent[root] not in seen:
            root = str(parent[root])
            seen.add(root)
        if parent.get(root) in seen:  # a cycle: no target to follow
            root = e.id
        units.setdefault(root, []).append(e)
    for members in units.values():
        members.sort(key=lambda g: g.duplicate_of is not None)  # the target first
    return list(units.values())


def _candidates(p: PredictedEvent, unit: Sequence[GoldEvent]) -> tuple[float, GoldEvent] | None:
    best: tuple[float, GoldEvent] | None = None
    for g in unit:
        distance = _near(p, g)
        if distance is None or p.event_type not in g.types or not dates_overlap(p.date, g.date):
            continue
        if best is None or distance < best[0]:
            best = (distance, g)
    return best


def _max_matching(options: list[list[int]]) -> dict[int, int]:
    """Maximum one-to-one matching (unit -> prediction) by augmenting paths over ordered options."""
    owner: dict[int, int] = {}  # prediction -> unit

    def augment(unit: int, seen: set[int]) -> bool:
        free = next((pred for pred in options[unit] if pred not in owner and pred not in seen), None)
        if free is not None:  # a free candidate first: a matched one is taken over only when none is left
            owner[free] = unit
            return True
        for pred in options[unit]:
            if pred in seen:
                continue
            seen.add(pred)
            if pred not in owner or augment(owner[pred], seen):
                owner[pred] = unit
                return True
        return False

    for unit in range(len(options)):
        augment(unit, set())
    return {unit: pred for pred, unit in owner.items()}


def _number(
    counts: Counter[str], what: str, gold: int | None, qualifier: str | None, found: int | None
) -> None:
    if gold is None:
        return
    group = "qualified" if qualifier else "plain"
    right = int(found == gold)
    counts[f"{what}_gold"] += 1
    counts[f"{what}_right"] += right
    counts[f"{what}_{group}_gold"] += 1
    counts[f"{what}_{group}_right"] += right


def _score_places(doc: EventDoc, predicted: Sequence[PredictedEvent], counts: Counter[str]) -> None:
    places: dict[str, tuple[float, float]] = {}
    for p in predicted:
        places.setdefault(p.key, p.point)
    required = [g for g in doc.places if not g.optional]
    counts["places_gold"] += len(required)
    counts["places_found"] += sum(
        1 for g in required if any(haversine_km(pt, g.point) <= g.tol_km for pt in places.values())
    )
    for point in places.values():
        near = [g for g in doc.places if haversine_km(point, g.point) <= g.tol_km]
        if any(not g.optional for g in near):
            counts["places_true"] += 1
        elif not near:
            counts["places_false"] += 1


def _type_label(unit: Sequence[GoldEvent], predicted: Sequence[PredictedEvent]) -> str:
    """The predicted type of an unmatched unit (see the module docstring)."""
    gold_type = unit[0].types[0]
    near: list[tuple[float, PredictedEvent]] = []
    mention = False
    for p in predicted:
        distances = [d for g in unit if (d := _near(p, g)) is not None]
        if not distances:
            continue
        if p.event_type == "mention":
            mention = True
        else:
            near.append((min(distances), p))
    if near:
        if any(p.event_type in g.types for _, p in near for g in unit):
            return gold_type
        return min(near, key=lambda item: item[0])[1].event_type
    return "mention" if mention else "missed"


def score_document(
    doc: EventDoc, predicted: Sequence[PredictedEvent]
) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Return the counts and the type confusion of one document (see the module docstring)."""
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    _score_places(doc, predicted, counts)
    events = [p for p in predicted if p.event_type != "mention"]
    units = _units(doc)
    best: list[dict[int, tuple[float, GoldEvent]]] = [
        {i: c for i, p in enumerate(events) if (c := _candidates(p, unit)) is not None} for unit in units
    ]
    # Candidates are tried with the same date first, then nearest first.
    order = [sorted(row, key=lambda i: (events[i].date != row[i][1].date, row[i][0], i)) for row in best]
    matching = _max_matching(order)
    members = {u: best[u][i][1] for u, i in matching.items()}
    matched_preds = set(matching.values())
    neutral = sum(
        1
        for i in range(len(events))
        if i not in matched_preds and any(i in best[u] and best[u][i][1] is not members[u] for u in matching)
    )
    counts["events_gold"] += len(units)
    counts["events_found"] += len(matching)
    counts["events_predicted"] += len(events) - neutral
    counts["events_true"] += len(matching)
    for u, unit in enumerate(units):
        pred = events[matching[u]] if u in matching else None
        label = unit[0].types[0] if pred is not None else _type_label(unit, predicted)
        confusion[(unit[0].types[0], label)] += 1
        if label not in ("mention", "missed"):
            counts["type_at_place"] += 1
            counts["type_right"] += int(label == unit[0].types[0])
        typed = any(_near(p, g) is not None and p.event_type in g.types for p in events for g in unit)
        if pred is None:
            counts["date_pairs"] += int(typed)
            counts["date_wrong"] += int(typed)
            continue
        member = members[u]
        target = unit[0]
        kind, same_precision = date_class(pred.date, member.date)
        counts["date_pairs"] += 1
        counts[f"date_{kind}"] += 1
        counts["date_same_precision"] += int(same_precision)
        source = member if member.fatalities is not None else target
        _number(counts, "fatalities", source.fatalities, source.fatalities_qualifier, pred.fatalities)
        source = member if member.troops is not None else target
        _number(counts, "troops", source.troops, source.troops_qualifier, pred.troops)
        mission = member.mission or target.mission
        if mission is not None:
            counts["mission_gold"] += 1
            counts["mission_right"] += int(same_mission(pred.mission, mission))
    return counts, confusion


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


@dataclass(slots=True)
class EventScores:
    """Figures of one system on one split of the documents."""

    system: str
    split: str
    docs: int
    counts: Counter[str] = field(default_factory=Counter)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def figures(self) -> dict[str, float | None]:
        """The ratios, None where a denominator is zero."""
        c = self.counts
        place_p = _ratio(c["places_true"], c["places_true"] + c["places_false"])
        place_r = _ratio(c["places_found"], c["places_gold"])
        event_p = _ratio(c["events_true"], c["events_predicted"])
        event_r = _ratio(c["events_found"], c["events_gold"])
        out: dict[str, float | None] = {
            "place_precision": place_p,
            "place_recall": place_r,
            "place_f1": _f1(place_p, place_r),
            "event_precision": event_p,
            "event_recall": event_r,
            "event_f1": _f1(event_p, event_r),
            "type_accuracy": _ratio(c["type_right"], c["type_at_place"]),
            "date_exact": _ratio(c["date_exact"], c["date_pairs"]),
            "date_right": _ratio(c["date_exact"] + c["date_overlap"], c["date_pairs"]),
            "date_same_precision": _ratio(c["date_same_precision"], c["date_exact"] + c["date_overlap"]),
        }
        for what in ("fatalities", "troops"):
            out[what] = _ratio(c[f"{what}_right"], c[f"{what}_gold"])
            out[f"{what}_plain"] = _ratio(c[f"{what}_plain_right"], c[f"{what}_plain_gold"])
            out[f"{what}_qualified"] = _ratio(c[f"{what}_qualified_right"], c[f"{what}_qualified_gold"])
        out["mission"] = _ratio(c["mission_right"], c["mission_gold"])
        return out

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready figures, counts and confusion (``gold -> predicted -> n``)."""
        confusion: dict[str, dict[str, int]] = {}
        for (gold, found), n in sorted(self.confusion.items()):
            confusion.setdefault(gold, {})[found] = n
        return {
            "system": self.system,
            "split": self.split,
            "docs": self.docs,
            **{k: None if v is None else round(v, 4) for k, v in self.figures().items()},
            "counts": dict(sorted(self.counts.items())),
            "confusion": confusion,
        }


def _batch(doc_id: str) -> str:
    """The collection batch of a ``news_events`` id (its letters before the digits: ``a`` for ``a01``)."""
    letters = doc_id.rstrip("0123456789")
    return letters if letters and letters != doc_id else ""


def _in_batch(letters: str, number: int, doc: EventDoc) -> bool:
    return _batch(doc.doc_id) == letters


def score_documents(
    docs: Sequence[EventDoc],
    predictions: Mapping[str, Sequence[PredictedEvent]],
    *,
    system: str,
    batches: bool = False,
) -> list[EventScores]:
    """Score ``predictions`` (by ``doc_id``) on ``docs``: all documents, then the odd and even ones.

    Parameters
    ----------
    docs, predictions
        Gold documents and the predictions by ``doc_id``.
    system
        The system's name in the scores.
    batches
        Also score each collection batch: the documents whose ``doc_id`` is the same letters followed by
        digits (``a01`` ... ``a12``), split ``batch a`` (the gold README's topic letters).

    Returns
    -------
    list of EventScores
        Splits ``all``, ``odd`` (1st, 3rd ... document) and ``even``, then the batches, sorted.
    """
    per_doc = [score_document(doc, predictions.get(doc.doc_id, ())) for doc in docs]
    groups: list[tuple[str, Callable[[int, EventDoc], bool]]] = [
        ("all", lambda n, d: True),
        ("odd", lambda n, d: n % 2 == 1),
        ("even", lambda n, d: n % 2 == 0),
    ]
    if batches:
        for letters in sorted({_batch(d.doc_id) for d in docs} - {""}):
            groups.append((f"batch {letters}", functools.partial(_in_batch, letters)))
    out = []
    for split, keep in groups:
        scores = EventScores(system=system, split=split, docs=0)
        for number, (doc, (counts, confusion)) in enumerate(zip(docs, per_doc, strict=True), start=1):
            if keep(number, doc):
                scores.docs += 1
                scores.counts.update(counts)
                scores.confusion.update(confusion)
        out.append(scores)
    return out
