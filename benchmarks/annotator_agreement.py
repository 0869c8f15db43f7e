"""How far two independent annotations of the same articles agree, on geo's own event metric.

Run from the repository::

    PYTHONPATH=. python3 benchmarks/annotator_agreement.py GOLD SECOND [GOLD SECOND ...] [--json]

``GOLD`` is a gold file in the news_events format (``../shared/eval/news_events/README.md``); ``SECOND`` is
an independent second annotation of (some of) its documents in the same format, made by an annotator who
saw only the texts and the README, never the first gold nor any output of geo. The second annotation is
scored *as if it were a system*: each of its places becomes a ``mention`` at its coordinates, each of its
events an event at its place's coordinates with its type and date (its ``event_type_also`` is not used,
as a system gives one type; its ``duplicate_of`` restatements are kept, the scorer counts them neutral),
its fatalities, troops and mission attached. The scorer is geo's (:mod:`geo.evaluation.events`): the
same tolerances, type sets, date overlap and one-to-one matching as ``geo eval --events``.

Next to it, geo's own figures on the same documents (``geo eval --events`` on them), so the distance
between geo and the gold can be read against the distance between two annotators: an event F1
of two annotators well under 1 means the gold's conventions leave room, and a system cannot be expected
to reach more than the annotators share.

Only documents present in both files are scored (a second annotation of ten dev documents is scored
against those ten). The second annotations made so far are in ``tests/data/agreement35/``: ten dev
documents (every ninth; places and events only, no text of them) and the blind3 and blind4 sets, each
made by an annotator (an AI agent, as were the writers of the blind sets) given only the texts, the
README and other dev records::

    PYTHONPATH=. python3 benchmarks/annotator_agreement.py \
        ../shared/eval/news_events/dev.jsonl tests/data/agreement35/dev10_second.jsonl \
        tests/data/articles31/blind3.jsonl tests/data/agreement35/blind3_second.jsonl \
        tests/data/articles31/blind4.jsonl tests/data/agreement35/blind4_second.jsonl

``realnews_second.jsonl`` (wave 36) is a second annotation of the 17 real news pages of
``tests/data/realnews36`` (places and events only); their gold holds no text, so join it first::

    PYTHONPATH=. python3 benchmarks/realnews_events.py --keep /tmp/realnews36.jsonl
    PYTHONPATH=. python3 benchmarks/annotator_agreement.py \
        /tmp/realnews36.jsonl tests/data/agreement35/realnews_second.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geo.evaluation.events import score_documents
from geo.evaluation.events_gold import EventDoc, PredictedEvent, read_event_gold
from geo.evaluation.events_run import geo_predictions
from geo.gazetteer import default_gazetteer

COLUMNS = ("place_f1", "event_precision", "event_recall", "event_f1", "type_accuracy", "date_right")


def second_as_predictions(path: Path) -> dict[str, list[PredictedEvent]]:
    """The second annotation of ``path`` as predictions by ``doc_id`` (see the module docstring)."""
    out: dict[str, list[PredictedEvent]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record: dict[str, Any] = json.loads(line)
        places = {p["name"]: p for p in record.get("places", [])}
        found = [
            PredictedEvent(f"ann2:{name}", name, tuple(p["coord"]), "mention", None)
            for name, p in places.items()
        ]
        for event in record.get("events", []):
            place = places[event["place"]]
            found.append(
                PredictedEvent(
                    f"ann2:{event['place']}",
                    event["place"],
                    tuple(place["coord"]),
                    event["event_type"],
                    event.get("date"),
                    event.get("fatalities"),
                    event.get("troops"),
                    event.get("mission"),
                )
            )
        out[record["doc_id"]] = found
    return out


def figures(
    docs: Sequence[EventDoc], predictions: dict[str, list[PredictedEvent]], system: str
) -> dict[str, Any]:
    """The ``all`` split's figures of ``predictions`` on ``docs``."""
    scores = score_documents(docs, predictions, system=system)[0]
    return {"system": system, "docs": scores.docs, **scores.figures()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="GOLD SECOND pairs")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    if len(args.files) % 2:
        parser.error("give the files in pairs: GOLD SECOND")
    gazetteer = default_gazetteer()
    rows: list[dict[str, Any]] = []
    for gold_path, second_path in zip(args.files[::2], args.files[1::2], strict=True):
        second = second_as_predictions(second_path)
        docs = [d for d in read_event_gold(gold_path) if d.doc_id in second]
        if not docs:
            print(f"error: no document of {second_path} is in {gold_path}", file=sys.stderr)
            return 2
        name = second_path.stem
        rows.append({"set": name, **figures(docs, second, "second annotator")})
        geo = {d.doc_id: list(geo_predictions(d, gazetteer)) for d in docs}
        rows.append({"set": name, **figures(docs, geo, "geo")})
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'set':<14} {'system':<17} {'docs':>4} " + " ".join(f"{c:>15}" for c in COLUMNS))
    for row in rows:
        cells = " ".join(
            f"{row[c]:>15.3f}" if isinstance(row.get(c), float) else f"{'-':>15}" for c in COLUMNS
        )
        print(f"{row['set']:<14} {row['system']:<17} {row['docs']:>4} {cells}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
