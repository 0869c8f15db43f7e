"""tests/data/realnews36 (events annotated blind on real corpus pages) and benchmarks/realnews_events.py.

The stored records hold no text (it belongs to the publishers): each names its corpus document and the
SHA-256 of its text. The checks against the texts are skipped when ``../shared`` (the corpora) is absent.
The script is exercised only on a toy record written here, never on the stored records (the lead runs it
on those).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.scripts_support import load_script

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "data" / "realnews36"
CORPORA = ROOT.parent / "shared" / "eval" / "corpora"
VALIDATE = ROOT.parent / "shared" / "eval" / "news_events" / "validate_gold.py"
needs_corpora = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/eval/corpora is absent")


def _module() -> ModuleType:
    script = ROOT / "benchmarks" / "realnews_events.py"
    return load_script(script)


def _validate(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(VALIDATE), str(path)], capture_output=True, text=True, check=False
    )


def _stored() -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = _module().read_stored(FOLDER)
    return records


def _spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    spans = [m for p in record["places"] for m in p["mentions"]]
    spans += [e["trigger"] for e in record["events"]] + [e["evidence"] for e in record["events"]]
    return spans + list(record["demonyms"])


def test_the_stored_records_hold_no_text_and_name_their_source() -> None:
    records = _stored()
    assert records
    for record in records:
        assert "text" not in record, record["doc_id"]
        assert set(record["source"]) == {"corpus", "doc_id"}, record["doc_id"]
        assert re.fullmatch(r"[0-9a-f]{64}", record["text_sha256"]), record["doc_id"]
        assert record["published_how"], record["doc_id"]
    assert len({r["doc_id"] for r in records}) == len(records)


@needs_corpora
def test_the_stored_hashes_match_the_corpus_texts() -> None:
    module = _module()
    joined = module.join_records(_stored(), corpora=CORPORA)
    for record in joined:
        assert module.text_sha256(record["text"]) in {r["text_sha256"] for r in _stored()}


@needs_corpora
def test_every_offset_lies_inside_its_text() -> None:
    for record in _module().join_records(_stored(), corpora=CORPORA):
        text = record["text"]
        for span in _spans(record):
            assert 0 <= span["start"] < span["end"] <= len(text), (record["doc_id"], span)
            if "text" in span:
                assert text[span["start"] : span["end"]] == span["text"], (record["doc_id"], span)


@needs_corpora
def test_no_note_repeats_five_words_of_its_text() -> None:
    def words(value: str) -> list[str]:
        return re.findall(r"\w+", value.lower())

    def strings(value: object, key: str = "") -> list[str]:
        if key in {"text", "name", "aliases", "place", "url", "doc_id", "text_sha256", "source"}:
            return []  # names, spans and identifiers may repeat the text
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in strings(v, k)]
        if isinstance(value, list):
            return [s for v in value for s in strings(v)]
        return []

    stored = {r["doc_id"]: r for r in _stored()}
    for record in _module().join_records(stored.values(), corpora=CORPORA):
        tokens = words(record["text"])
        runs = {tuple(tokens[i : i + 5]) for i in range(len(tokens) - 4)}
        for value in strings(stored[record["doc_id"]]):
            own = words(value)
            assert not any(tuple(own[i : i + 5]) in runs for i in range(len(own) - 4)), value


@needs_corpora
@pytest.mark.skipif(not VALIDATE.is_file(), reason="validate_gold.py is absent")
def test_the_joined_records_pass_validate_gold(tmp_path: Path) -> None:
    module = _module()
    path = tmp_path / "joined.jsonl"
    module.write_gold(module.join_records(_stored(), corpora=CORPORA), path)
    done = _validate(path)
    assert done.returncode == 0, done.stdout


# --- the script on a toy record (text written for this test) ---

TOY_TEXT = (
    "Mortar fire hits police post near Kirkuk\n\n"
    "KIRKUK, Iraq - Unknown gunmen fired several mortar rounds at a police checkpoint on the southern "
    "edge of Kirkuk late on Tuesday, wounding two officers, a provincial security official told reporters "
    "on Wednesday. The rounds landed close to the checkpoint after dark and damaged a parked vehicle. "
    "Nobody has said they carried out the attack. Security forces closed the road to Tikrit for several "
    "hours while they searched nearby farms. Attacks of this kind have become rarer in the province over "
    "the past two years, the official added, but small cells still move through the valleys between "
    "Kirkuk and the Hamrin mountains. The provincial council asked Baghdad for more police reinforcements "
    "after the incident."
)


def _toy(tmp_path: Path, *, digest: str | None = None) -> tuple[Path, Path]:
    module = _module()
    corpora = tmp_path / "corpora"
    (corpora / "toy").mkdir(parents=True)
    row = {
        "doc_id": "7",
        "title": "Mortar fire hits police post near Kirkuk",
        "url": "https://example.org/toy",
        "text": TOY_TEXT,
    }
    (corpora / "toy" / "dev.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")

    def mentions(*names: str) -> list[dict[str, Any]]:
        found = [
            {"start": m.start(), "end": m.end(), "text": n} for n in names for m in re.finditer(n, TOY_TEXT)
        ]
        return sorted(found, key=lambda m: int(m["start"]))

    trigger = TOY_TEXT.index("fired")
    sentence = TOY_TEXT.index("Unknown gunmen")
    record: dict[str, Any] = {
        "doc_id": "toy-7",
        "url": "https://example.org/toy",
        "published": "2024-05-15",
        "published_how": "inferred: a toy record",
        "places": [
            {
                "name": "KIRKUK",
                "aliases": ["Kirkuk"],
                "mentions": mentions("KIRKUK", "Kirkuk"),
                "coord": [44.3922, 35.4681],
                "feature_class": "city",
                "country": "IQ",
                "tol_km": 30,
            },
            {
                "name": "Iraq",
                "mentions": mentions("Iraq"),
                "coord": [43.7, 33.0],
                "feature_class": "country",
                "country": "IQ",
                "tol_km": 500,
            },
        ],
        "events": [
            {
                "id": "toy-7-e01",
                "place": "KIRKUK",
                "event_type": "attack",
                "sub_event_type": "shelling",
                "date": "2024-05-14",
                "actors": [],
                "trigger": {"start": trigger, "end": trigger + 5, "text": "fired"},
                "evidence": {"start": sentence, "end": TOY_TEXT.index(".", trigger) + 1},
            },
        ],
        "demonyms": [],
        "source": {"corpus": "toy", "doc_id": "7"},
        "text_sha256": digest or module.text_sha256(TOY_TEXT),
    }
    folder = tmp_path / "stored"
    folder.mkdir()
    (folder / "toy.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    return folder, corpora


def test_the_script_joins_a_toy_record_with_its_text(tmp_path: Path) -> None:
    module = _module()
    folder, corpora = _toy(tmp_path)
    (joined,) = module.join_records(module.read_stored(folder), corpora=corpora)
    assert joined["text"] == TOY_TEXT
    assert joined["title"] == "Mortar fire hits police post near Kirkuk"
    assert list(joined)[:6] == ["doc_id", "url", "title", "published", "published_how", "text"]
    assert "source" not in joined
    assert "text_sha256" not in joined


def test_a_changed_text_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = _module()
    folder, corpora = _toy(tmp_path, digest="0" * 64)
    with pytest.raises(module.JoinError, match="does not match its sha256"):
        module.join_records(module.read_stored(folder), corpora=corpora)
    assert module.main(["--folder", str(folder), "--corpora", str(corpora)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "toy-7" in err
    assert "sha256" in err


def test_a_missing_document_is_a_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = _module()
    folder, corpora = _toy(tmp_path)
    (corpora / "toy" / "dev.jsonl").write_text("", encoding="utf-8")
    assert module.main(["--folder", str(folder), "--corpora", str(corpora)]) == 1
    assert "not found in corpus toy" in capsys.readouterr().err


def test_the_script_scores_a_toy_record_and_keeps_the_joined_gold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _module()
    folder, corpora = _toy(tmp_path)
    keep = tmp_path / "kept.jsonl"
    options = ["--folder", str(folder), "--corpora", str(corpora)]
    assert module.main([*options, "--keep", str(keep), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["docs"] == 1
    systems = {(s["system"], s["split"]) for s in report["scores"]}
    assert {("geo", "all"), ("geo", "odd"), ("geo", "even"), ("baseline", "all")} <= systems
    (kept,) = [json.loads(line) for line in keep.read_text(encoding="utf-8").splitlines()]
    assert kept["text"] == TOY_TEXT
    if VALIDATE.is_file():
        done = _validate(keep)
        assert done.returncode == 0, done.stdout


def test_the_script_prints_the_table_of_geo_eval_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    module = _module()
    folder, corpora = _toy(tmp_path)
    assert module.main(["--folder", str(folder), "--corpora", str(corpora)]) == 0
    out = capsys.readouterr().out
    assert "(1 documents)" in out
    assert "baseline" in out


def test_the_script_has_help() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "realnews_events.py"), "--help"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert "--keep" in done.stdout


#: geo on all 17 documents at 6cab6d5 (the first run on them, wave 36), less 0.02: event P .608, R .456,
#: place F1 .945. A floor only: these documents were annotated without any run of geo and no rule may be
#: fitted to them; the figure is worth something only while that holds.
FLOORS = {"event_precision": 0.608 - 0.02, "event_recall": 0.456 - 0.02, "place_f1": 0.945 - 0.02}


@pytest.mark.slow
@needs_corpora
def test_geo_keeps_its_figures_on_the_real_news_documents(tmp_path: Path) -> None:
    from tests.events_support import set_falls_short

    script = _module()
    joined = script.join_records(script.read_stored(FOLDER), corpora=CORPORA)
    path = tmp_path / "realnews36.jsonl"
    script.write_gold(joined, path)
    assert not set_falls_short(path, FLOORS)
