"""``geo eval --events``: the event-extraction scorer on small synthetic gold files, the CLI, the dev set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.evaluation import (
    EventDoc,
    format_events,
    read_event_gold,
    reference_notes,
    run_events,
    score_documents,
)
from geo.evaluation.events import EventScores, dates_overlap, same_mission
from geo.evaluation.events_gold import PredictedEvent, reference_date
from geo.evaluation.events_run import keyword_type
from geo.lexicon import load

SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "eval" / "news_events" / "dev.jsonl"

# Made-up places on a grid near (10, 10): 0.1 degree of latitude is about 11 km.
TOWN = {"name": "Atown", "coord": [10.0, 10.0], "feature_class": "city", "country": "XX", "tol_km": 10}
PROVINCE = {"name": "Bprovince", "coord": [11.0, 10.0], "feature_class": "admin_region", "tol_km": 50}
OPTIONAL = {
    "name": "Cland",
    "coord": [14.0, 10.0],
    "feature_class": "country",
    "tol_km": 30,
    "optional": True,
}


def _line(doc_id: str, places: list[dict[str, Any]], events: list[dict[str, Any]], **extra: Any) -> str:
    places = [{"mentions": [], **p} for p in places]
    data = {"doc_id": doc_id, "text": "Synthetic text.", "published": "2024-03-10", "places": places}
    data["events"] = [{"actors": [], **e} for e in events]
    return json.dumps({**data, **extra})


def _gold(tmp_path: Path, *lines: str) -> list[EventDoc]:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_event_gold(path)


def _pred(
    point: tuple[float, float], event_type: str = "mention", date: str | None = "2024-03-10", **extra: Any
) -> PredictedEvent:
    return PredictedEvent(key=f"{point}", name="x", point=point, event_type=event_type, date=date, **extra)


def _event(n: int, place: str, event_type: str, date: str = "2024-03-10", **extra: Any) -> dict[str, Any]:
    return {"id": f"d1-e{n:02d}", "place": place, "event_type": event_type, "date": date, **extra}


def _all(docs: list[EventDoc], preds: dict[str, list[PredictedEvent]]) -> EventScores:
    return score_documents(docs, preds, system="t")[0]


def test_places_are_found_within_their_tolerance_and_optional_ones_are_neutral(tmp_path: Path) -> None:
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE, OPTIONAL], []))
    preds = {
        "d1": [
            _pred((10.05, 10.0)),  # ~5.5 km from Atown: found, true
            _pred((11.8, 10.0)),  # ~88 km from Bprovince (50): false
            _pred((14.0, 10.1)),  # ~11 km from the optional Cland: neutral
        ]
    }
    scores = _all(docs, preds)
    c = scores.counts
    assert (c["places_gold"], c["places_found"], c["places_true"], c["places_false"]) == (2, 1, 1, 1)
    figures = scores.figures()
    assert figures["place_precision"] == 0.5
    assert figures["place_recall"] == 0.5


def test_event_needs_place_type_and_overlapping_date_and_counts_also_types(tmp_path: Path) -> None:
    events = [_event(1, "Atown", "attack", event_type_also=["strike"]), _event(2, "Bprovince", "protest")]
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE], events))
    preds = {
        "d1": [
            _pred((10.0, 10.02), "strike"),  # the also-type: matches e01
            _pred((11.0, 10.0), "protest", "2024-02"),  # right place and type, dates apart
            _pred((12.0, 10.0), "protest"),  # nowhere near a gold place
        ]
    }
    scores = _all(docs, preds)
    c = scores.counts
    assert (c["events_gold"], c["events_found"], c["events_predicted"], c["events_true"]) == (2, 1, 3, 1)
    assert scores.confusion == {("attack", "attack"): 1, ("protest", "protest"): 1}
    assert (c["date_pairs"], c["date_exact"], c["date_wrong"]) == (2, 1, 1)
    assert scores.figures()["type_accuracy"] == 1.0


def test_matching_is_one_to_one(tmp_path: Path) -> None:
    events = [
        _event(1, "Atown", "attack", "2024-03-09"),
        _event(2, "Atown", "attack", "2024-03-08/2024-03-10"),
    ]
    docs = _gold(tmp_path, _line("d1", [TOWN], events))
    one = _all(docs, {"d1": [_pred((10.0, 10.0), "attack", "2024-03-09")]})
    assert (one.counts["events_found"], one.counts["events_true"], one.counts["events_predicted"]) == (
        1,
        1,
        1,
    )
    # 03-10 fits only e02 and 03-09 both: the matching gives 03-09 to e01 and finds both.
    two = _all(
        docs,
        {"d1": [_pred((10.0, 10.0), "attack", "2024-03-09"), _pred((10.0, 10.0), "attack", "2024-03-10")]},
    )
    assert two.counts["events_found"] == 2
    three = _all(docs, {"d1": [_pred((10.0, 10.0), "attack", "2024-03-09")] * 3})
    assert (three.counts["events_true"], three.counts["events_predicted"]) == (2, 3)


def test_matching_keeps_the_first_choice_when_a_free_candidate_is_left(tmp_path: Path) -> None:
    # two forces at one place and date: the second unit takes the free prediction, the first keeps its own
    events = [_event(1, "Atown", "presence", troops=800), _event(2, "Atown", "presence", troops=300)]
    docs = _gold(tmp_path, _line("d1", [TOWN], events))
    preds = {"d1": [_pred((10.0, 10.0), "presence", troops=800), _pred((10.0, 10.0), "presence", troops=300)]}
    scores = _all(docs, preds)
    assert scores.counts["events_found"] == 2
    assert scores.figures()["troops"] == 1.0


def test_duplicate_of_is_an_alternative_of_its_target(tmp_path: Path) -> None:
    events = [_event(1, "Atown", "strike"), _event(2, "Bprovince", "strike", duplicate_of="d1-e01")]
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE], events))
    coarse = _all(docs, {"d1": [_pred((11.0, 10.0), "strike")]})
    assert (coarse.counts["events_gold"], coarse.counts["events_found"]) == (1, 1)
    both = _all(docs, {"d1": [_pred((10.0, 10.0), "strike"), _pred((11.0, 10.0), "strike")]})
    assert both.figures()["event_precision"] == 1.0  # the restatement is neutral
    assert both.counts["events_predicted"] == 1
    twice = _all(docs, {"d1": [_pred((10.0, 10.0), "strike"), _pred((10.0, 10.0), "strike")]})
    assert twice.figures()["event_precision"] == 0.5  # the same place twice is not a restatement


def test_date_overlap_rules() -> None:
    assert dates_overlap("2024-01-14/2024-01-16", "2024-01-15")
    assert dates_overlap("2024-01-15/..", "2024-01-15")  # wide, but starts inside
    assert not dates_overlap("2024-01", "2024-01-15")  # wide and starting before
    assert dates_overlap("2024-01-10", "2024-01")
    assert not dates_overlap("2024-02", "2024-01")
    assert not dates_overlap(None, "2024-01")
    assert dates_overlap("2023-12-30/2024-01-05", "2024-01")  # 7 days: not wide


def test_date_exactness_and_precision(tmp_path: Path) -> None:
    events = [_event(1, "Atown", "attack", "2024-03"), _event(2, "Bprovince", "attack", "2024-03")]
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE], events))
    preds = {"d1": [_pred((10.0, 10.0), "attack", "2024-03"), _pred((11.0, 10.0), "attack", "2024-03-05")]}
    scores = _all(docs, preds)
    c = scores.counts
    assert (c["date_exact"], c["date_overlap"], c["date_same_precision"]) == (1, 1, 1)
    assert scores.figures()["date_exact"] == 0.5
    assert scores.figures()["date_right"] == 1.0


def test_numbers_and_missions_on_matched_events(tmp_path: Path) -> None:
    events = [
        _event(1, "Atown", "attack", fatalities=5, troops=100, troops_qualifier="about"),
        _event(
            2,
            "Bprovince",
            "deployment",
            fatalities=3,
            fatalities_qualifier="at_least",
            mission="EUNAVFOR Atalanta",
        ),
    ]
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE], events))
    preds = {
        "d1": [
            _pred((10.0, 10.0), "attack", fatalities=5, troops=90),
            _pred((11.0, 10.0), "deployment", fatalities=3, mission="Atalanta"),
        ]
    }
    f = _all(docs, preds).figures()
    assert (f["fatalities"], f["fatalities_plain"], f["fatalities_qualified"]) == (1.0, 1.0, 1.0)
    assert (f["troops"], f["troops_plain"], f["troops_qualified"]) == (0.0, None, 0.0)
    assert f["mission"] == 1.0
    assert same_mission("eFP", "NATO Enhanced Forward Presence")
    assert same_mission("NATO Training Mission - Iraq", "NATO Training Mission – Iraq")
    assert not same_mission("UNIFIL", "UNMISS")
    assert not same_mission(None, "KFOR")


def test_confusion_counts_mentions_misses_and_wrong_types(tmp_path: Path) -> None:
    far = {"name": "Dtown", "coord": [20.0, 10.0], "tol_km": 10}
    events = [_event(1, "Atown", "strike"), _event(2, "Bprovince", "protest"), _event(3, "Dtown", "training")]
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE, far], events))
    preds = {"d1": [_pred((10.0, 10.0), "political"), _pred((11.0, 10.0))]}
    scores = _all(docs, preds)
    assert scores.confusion == {
        ("strike", "political"): 1,
        ("protest", "mention"): 1,
        ("training", "missed"): 1,
    }
    assert (scores.counts["type_at_place"], scores.counts["type_right"]) == (1, 0)
    assert scores.as_dict()["confusion"] == {
        "protest": {"mention": 1},
        "strike": {"political": 1},
        "training": {"missed": 1},
    }


def test_splits_take_odd_and_even_documents(tmp_path: Path) -> None:
    lines = [_line(f"d{n}", [TOWN], [_event(1, "Atown", "attack")]) for n in range(1, 6)]
    docs = _gold(tmp_path, *lines)
    preds = {"d1": [_pred((10.0, 10.0), "attack")], "d3": [_pred((10.0, 10.0), "attack")]}
    all_, odd, even = score_documents(docs, preds, system="t")
    assert [s.split for s in (all_, odd, even)] == ["all", "odd", "even"]
    assert (all_.docs, odd.docs, even.docs) == (5, 3, 2)
    assert (odd.counts["events_found"], even.counts["events_found"]) == (2, 0)
    assert all_.figures()["event_recall"] == pytest.approx(0.4)


def test_an_interval_publication_date_is_extracted_whole(tmp_path: Path) -> None:
    docs = _gold(tmp_path, _line("d1", [TOWN], [], published="2024-07/2025"))
    assert docs[0].reference == "2024-07/2025"
    assert reference_notes(docs) == []
    assert reference_date("2024-03-01") == "2024-03-01"
    assert reference_date("../2024") is None
    open_docs = _gold(tmp_path, _line("d2", [TOWN], [], published="2024/.."))
    assert reference_notes(open_docs) == ["d2: published '2024/..' has an open side; extracted as undated"]


def test_a_malformed_gold_event_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gold.jsonl:1: event 'd1-e01' needs a known place"):
        _gold(tmp_path, _line("d1", [TOWN], [_event(1, "Nowhere", "attack")]))


def test_baseline_typer_takes_the_nearest_keyword_in_the_sentence() -> None:
    text = "Protesters gathered in Atown. Later, an agreement was signed, and rockets hit Btown."
    assert keyword_type(text, text.index("Atown"), text.index("Atown") + 5) == "protest"
    b = text.index("Btown")
    assert keyword_type(text, b, b + 5) == "rocket_attack"
    assert keyword_type("Nothing happened in Ctown.", 20, 25) == "mention"
    lexicon = load("eval_baseline_keywords")
    assert {e["event_type"] for e in lexicon} <= {
        "deployment",
        "withdrawal",
        "training",
        "strike",
        "rocket_attack",
        "attack",
        "abduction",
        "protest",
        "political",
        "presence",
    }


# A sentence of our own; the coordinates are those of the gazetteer's entries (within tolerance).
CLI_TEXT = "Rockets struck the Ain al-Asad air base in Iraq on Monday, the coalition said."


def test_cli_scores_geo_and_the_baseline(tmp_path: Path) -> None:
    base = {"name": "Ain al-Asad air base", "coord": [42.4412, 33.7856], "tol_km": 10}
    iraq = {"name": "Iraq", "coord": [43.7, 33.0], "tol_km": 500}
    line = json.loads(
        _line("d1", [base, iraq], [_event(1, "Ain al-Asad air base", "rocket_attack", "2024-03-04")])
    )
    line["text"] = CLI_TEXT
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(line) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", "--events", "--json", str(gold)])
    assert result.exit_code == 0, result.output
    (report,) = json.loads(result.output)
    assert [(s["system"], s["split"]) for s in report["scores"]] == [
        ("geo", "all"),
        ("geo", "odd"),
        ("geo", "even"),
        ("baseline", "all"),
        ("baseline", "odd"),
        ("baseline", "even"),
    ]
    geo = report["scores"][0]
    assert geo["place_recall"] == 1.0
    assert geo["event_recall"] == 1.0  # Monday before Sunday 10 March 2024: 4 March
    text = CliRunner().invoke(cli, ["eval", "--events", "--no-peer", str(gold)])
    assert text.exit_code == 0, text.output
    assert "gold \\ predicted" in text.output
    assert "baseline" not in text.output


def test_cli_scores_the_curated_file_against_itself(tmp_path: Path) -> None:
    curated = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"
    result = CliRunner().invoke(cli, ["eval", "--events", "--json", "--against", str(curated), str(curated)])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    first = report["scores"][0]
    assert report["docs"] == 2
    assert (first["place_recall"], first["place_precision"]) == (1.0, 1.0)
    assert (first["event_recall"], first["event_precision"], first["date_exact"]) == (1.0, 1.0, 1.0)


@pytest.mark.shared
@pytest.mark.slow
def test_dev_set_report_has_every_figure_in_range() -> None:
    from geo.gazetteer import default_gazetteer

    if not SHARED_GOLD.exists():
        pytest.skip(f"{SHARED_GOLD} is not available")
    docs = read_event_gold(SHARED_GOLD)
    report = run_events(docs, gold=str(SHARED_GOLD), gazetteer=default_gazetteer())
    data = report.as_dict()
    assert data["docs"] == len(docs) >= 90
    assert {(s["system"], s["split"]) for s in data["scores"]} == {
        (system, split) for system in ("geo", "baseline") for split in ("all", "odd", "even")
    }
    for scores in data["scores"]:
        for key in ("place_f1", "event_f1", "type_accuracy", "date_exact", "date_right", "mission"):
            value = scores[key]
            assert value is None or 0.0 <= value <= 1.0, (key, value)
        assert scores["place_recall"] is not None
        assert (
            sum(sum(row.values()) for row in scores["confusion"].values()) == scores["counts"]["events_gold"]
        )
    assert "gold \\ predicted" in format_events(report)


def test_a_duplicate_of_a_duplicate_joins_the_final_target(tmp_path: Path) -> None:
    events = [
        _event(1, "Atown", "strike"),
        _event(2, "Bprovince", "strike", duplicate_of="d1-e01"),
        _event(3, "Cland", "strike", duplicate_of="d1-e02"),
        _event(4, "Atown", "attack", duplicate_of="d1-e99"),
    ]
    docs = _gold(tmp_path, _line("d1", [TOWN, PROVINCE, {**OPTIONAL, "optional": False}], events))
    scores = _all(docs, {"d1": [_pred((14.0, 10.0), "strike")]})
    assert (scores.counts["events_gold"], scores.counts["events_found"]) == (2, 1)
    assert scores.confusion == {("strike", "strike"): 1, ("attack", "missed"): 1}


def test_batches_group_documents_by_their_id_letters(tmp_path: Path) -> None:
    lines = [_line(doc_id, [TOWN], [_event(1, "Atown", "attack")]) for doc_id in ("a01", "a02", "b01", "x")]
    docs = _gold(tmp_path, *lines)
    preds = {"b01": [_pred((10.0, 10.0), "attack")]}
    scores = score_documents(docs, preds, system="t", batches=True)
    assert [(s.split, s.docs) for s in scores] == [
        ("all", 4),
        ("odd", 2),
        ("even", 2),
        ("batch a", 2),
        ("batch b", 1),
    ]
    assert scores[4].figures()["event_recall"] == 1.0
    assert scores[3].figures()["event_recall"] == 0.0
