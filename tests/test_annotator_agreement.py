"""benchmarks/annotator_agreement.py: a second annotation scored as a system on geo's event metric."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

from geo.evaluation.events_gold import read_event_gold
from tests.scripts_support import load_script

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "articles31" / "blind3.jsonl"


def _module() -> ModuleType:
    return load_script(ROOT / "benchmarks" / "annotator_agreement.py")


def test_an_annotation_agrees_fully_with_itself() -> None:
    agreement = _module()
    second = agreement.second_as_predictions(GOLD)
    docs = read_event_gold(GOLD)
    got = agreement.figures(docs, second, "self")
    assert got["docs"] == 10
    assert got["event_f1"] == 1.0
    assert got["place_f1"] == 1.0
    assert got["date_right"] == 1.0


def test_a_second_annotation_that_types_or_dates_otherwise_agrees_less(tmp_path: Path) -> None:
    agreement = _module()
    lines = GOLD.read_text(encoding="utf-8").splitlines()
    changed = []
    for line in lines:
        record = json.loads(line)
        for number, event in enumerate(record["events"]):
            event.pop("event_type_also", None)
            if number % 2 == 0:  # every other event: another type the gold does not allow
                event["event_type"] = "protest" if event["event_type"] != "protest" else "training"
        changed.append(json.dumps(record))
    second_path = tmp_path / "second.jsonl"
    second_path.write_text("\n".join(changed) + "\n", encoding="utf-8")
    docs = read_event_gold(GOLD)
    got = agreement.figures(docs, agreement.second_as_predictions(second_path), "changed")
    assert got["place_f1"] == 1.0
    assert 0.3 < got["event_recall"] < 0.8
    assert got["type_accuracy"] < 0.8


def test_the_stored_second_annotations_of_dev_documents_hold_no_text_of_them() -> None:
    """The dev texts and the real news pages (tests/data/realnews36) are not ours to copy: their second
    annotations keep places and events only."""
    folder = ROOT / "tests" / "data" / "agreement35"
    paths = sorted([*folder.glob("dev*_second.jsonl"), folder / "realnews_second.jsonl"])
    assert all(path.is_file() for path in paths)
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines()]
    for line in lines:
        record = json.loads(line)
        assert set(record) == {"doc_id", "published", "places", "events"}
        for event in record["events"]:
            assert not {"trigger", "evidence", "note"} & set(event)
        for place in record["places"]:
            assert "mentions" not in place
