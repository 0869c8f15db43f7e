"""Event recall and precision of ``geo extract`` on the news excerpts with gold events.

Reads ``shared/eval/news_events/dev.jsonl`` (90 documents, 451 gold events; see its README), runs the
whole pipeline (``geo.extract.extract``) on each text with its ``published`` date (the start of an interval:
one document is dated ``2024-07/2025``), and compares the event features (every feature whose type is not
``mention``) with the gold events:

- a gold event is **found** by a predicted feature when the feature's point lies within the gold place's
  ``tol_km`` of its ``coord``, the types agree (the gold ``event_type`` or one of ``event_type_also``) and the
  date intervals overlap; a predicted interval over 3 times as long as the gold one and over 10 days only
  counts when it starts inside the gold interval. Each feature finds at most one gold event (greedy, in gold
  order). A gold event with ``duplicate_of`` is not required: its target counts as found when it or the
  duplicate is found;
- **recall** = found required events / required events; **precision** = predicted event features that found
  a gold event (or one of its duplicates) / predicted event features;
- **type accuracy at matched places** = among required gold events that some predicted feature matches by
  place and date (type ignored), the share where one such feature also has the right type;
- **mission accuracy** = among found gold events with a ``mission``, the share whose matching feature names
  the same mission (case, accents, punctuation and spaces ignored).

Every figure is given over all documents and over the even and odd documents (by their position in the
file) apart, so that a change that only helps one half shows.

    PYTHONPATH=$PWD python3 benchmarks/events_news.py [--json] [--shared DIR]
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo.extract import extract
from geo.gazetteer import default_gazetteer
from geo.model.article import Article
from geo.temporal.edtf import parse_edtf

REPO = Path(__file__).resolve().parents[1]
_WIDE_FACTOR, _WIDE_DAYS = 3, 10


def _shared(given: str | None) -> Path:
    """The ``shared`` folder: given, or beside the repository or one level up (worktrees)."""
    if given:
        return Path(given)
    for parent in REPO.parents:
        if (parent / "shared" / "eval" / "news_events").is_dir():
            return parent / "shared"
    raise SystemExit("cannot find shared/eval/news_events; pass --shared DIR")


def _bounds(edtf: str) -> tuple[datetime.date, datetime.date]:
    parsed = parse_edtf(edtf)
    return (parsed.start or datetime.date.min, parsed.end or datetime.date.max)


def _norm(name: str | None) -> str:
    """A mission name without case, accents, punctuation or spaces."""
    folded = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in folded if ch.isalnum())


#: Predicted canonical names -> the gold names they stand for (the README's usual short forms).
_MISSION_FORMS: dict[str, set[str]] = {
    _norm("European Maritime Awareness in the Strait of Hormuz"): {_norm("EMASoH")},
    _norm("Resolute Support Mission"): {_norm("Resolute Support Mission"), _norm("Resolute Support")},
}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lon1, lat1, lon2, lat2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _dates_match(
    pred: tuple[datetime.date, datetime.date], gold: tuple[datetime.date, datetime.date]
) -> bool:
    if pred[0] > gold[1] or pred[1] < gold[0]:
        return False
    open_bound = datetime.date.min in (*pred, *gold) or datetime.date.max in (*pred, *gold)
    if open_bound:
        return True
    pred_days, gold_days = (pred[1] - pred[0]).days + 1, (gold[1] - gold[0]).days + 1
    if pred_days > _WIDE_FACTOR * gold_days and pred_days > _WIDE_DAYS:
        return gold[0] <= pred[0] <= gold[1]
    return True


@dataclass
class Tally:
    """Counts over a set of documents."""

    required: int = 0
    found: int = 0
    predicted: int = 0
    correct: int = 0
    placed: int = 0
    typed: int = 0
    with_mission: int = 0
    mission_right: int = 0
    docs: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        self.required += other.required
        self.found += other.found
        self.predicted += other.predicted
        self.correct += other.correct
        self.placed += other.placed
        self.typed += other.typed
        self.with_mission += other.with_mission
        self.mission_right += other.mission_right
        self.docs += other.docs
        for key, (hit, total) in other.by_type.items():
            row = self.by_type.setdefault(key, [0, 0])
            row[0] += hit
            row[1] += total

    def figures(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 3) if b else 0.0

        recall, precision = ratio(self.found, self.required), ratio(self.correct, self.predicted)
        f1 = round(2 * recall * precision / (recall + precision), 3) if recall + precision else 0.0
        return {
            "docs": self.docs,
            "gold_events": self.required,
            "predicted_events": self.predicted,
            "recall": recall,
            "precision": precision,
            "f1": f1,
            "type_accuracy_at_matched_places": ratio(self.typed, self.placed),
            "matched_places": self.placed,
            "mission_accuracy": ratio(self.mission_right, self.with_mission),
            "matched_with_mission": self.with_mission,
        }


def _score(doc: dict[str, Any], features: list[dict[str, Any]]) -> Tally:
    places = {p["name"]: p for p in doc["places"]}
    preds = []
    for feature in features:
        props = feature["properties"]
        if props["event_type"] == "mention":
            continue
        lon, lat = feature["geometry"]["coordinates"][:2]
        preds.append(((lon, lat), props["event_type"], _bounds(props["date"]), _norm(props.get("mission"))))
    golds = []
    for event in doc["events"]:
        place = places[event["place"]]
        types = {event["event_type"], *event.get("event_type_also", [])}
        golds.append((event, tuple(place["coord"]), float(place["tol_km"]), types, _bounds(event["date"])))

    def near(pred: tuple[Any, ...], gold: tuple[Any, ...]) -> bool:
        return _km(pred[0], gold[1]) <= gold[2] and _dates_match(pred[2], gold[4])

    used: set[int] = set()
    found_ids: set[str] = set()
    tally = Tally(docs=1, predicted=len(preds))
    for gold in golds:
        for number, pred in enumerate(preds):
            if number not in used and pred[1] in gold[3] and near(pred, gold):
                used.add(number)
                found_ids.add(gold[0]["id"])
                if gold[0].get("mission"):
                    tally.with_mission += 1
                    tally.mission_right += _norm(gold[0]["mission"]) in _MISSION_FORMS.get(pred[3], {pred[3]})
                break
    tally.correct = len(used)
    for gold in golds:
        event = gold[0]
        if event.get("duplicate_of"):
            continue
        dups = {e["id"] for e in doc["events"] if e.get("duplicate_of") == event["id"]}
        hit = bool(({event["id"]} | dups) & found_ids)
        tally.required += 1
        tally.found += hit
        row = tally.by_type.setdefault(event["event_type"], [0, 0])
        row[0] += hit
        row[1] += 1
        placed = [pred for pred in preds if near(pred, gold)]
        if placed:
            tally.placed += 1
            tally.typed += any(pred[1] in gold[3] for pred in placed)
    return tally


def main() -> None:
    """Run the pipeline on the dev documents and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="the shared folder (default: found beside the repository)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    path = _shared(args.shared) / "eval" / "news_events" / "dev.jsonl"
    docs = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    gazetteer = default_gazetteer()
    halves = {"all": Tally(), "even": Tally(), "odd": Tally()}
    for position, doc in enumerate(docs):
        article = Article(
            id=doc["doc_id"],
            text=doc["text"],
            title=doc.get("title"),
            published=doc["published"].split("/")[0],
        )
        collection = extract(article, gazetteer=gazetteer)
        features = [f.model_dump(mode="json") for f in collection.features]
        tally = _score(doc, features)
        halves["all"].add(tally)
        halves["even" if position % 2 == 0 else "odd"].add(tally)
    result = {name: tally.figures() for name, tally in halves.items()}
    result["recall_by_type"] = {
        key: f"{hit}/{total}" for key, (hit, total) in sorted(halves["all"].by_type.items())
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"{'docs':>5} {'half':<5} {'gold':>5} {'pred':>5} {'recall':>7} {'prec':>6} {'f1':>6} type@place")
    for name in ("all", "even", "odd"):
        row = result[name]
        print(
            f"{row['docs']:>5} {name:<5} {row['gold_events']:>5} {row['predicted_events']:>5}"
            f" {row['recall']:>7} {row['precision']:>6} {row['f1']:>6}"
            f" {row['type_accuracy_at_matched_places']:>10}"
        )
    print(
        f"mission accuracy at found events: {result['all']['mission_accuracy']}"
        f" of {result['all']['matched_with_mission']}"
    )
    print("recall by gold type:", ", ".join(f"{k} {v}" for k, v in result["recall_by_type"].items()))


if __name__ == "__main__":
    main()
