"""Recognition on the gold corpora and the two source articles (../shared): regressions fail here.

Floors are the F1 measured on the first 30 dev documents of each corpus when the test was written
(LGL 0.849, GeoWebNews 0.861, TR-News 0.904, GeoVirus 0.916; span overlap, one to one, demonyms counted
only where the corpus annotates them, see docs/recognition.md) minus about 0.02 for harmless changes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geo.evaluation.corpus import DEMONYM_CORPORA, read_corpus
from geo.evaluation.metrics import match_spans, prf
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.recognize import recognize

pytestmark = pytest.mark.shared

FLOORS = {"lgl": 0.83, "geowebnews": 0.84, "tr_news": 0.88, "geovirus": 0.89}
DOCS = 30


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_recognition_f1_stays_above_the_floor(corpus: str, shared_dir: Path, gaz: Gazetteer) -> None:
    docs = read_corpus(shared_dir / "eval" / "corpora" / corpus / "dev.jsonl", limit=DOCS)
    matched = predicted = gold = 0
    for doc in docs:
        spans = [
            (t.start, t.end)
            for t in recognize(doc.text, gazetteer=gaz)
            if t.kind == "place" or corpus in DEMONYM_CORPORA
        ]
        truth = [(t.start, t.end) for t in doc.toponyms]
        matched += len(match_spans(truth, spans))
        predicted += len(spans)
        gold += len(truth)
    precision, recall, f1 = prf(matched, predicted, gold)
    assert f1 >= FLOORS[corpus], f"{corpus}: P={precision:.3f} R={recall:.3f} F1={f1:.3f}"


def _articles(shared_dir: Path) -> dict[str, str]:
    folder = shared_dir / "articles"
    meta = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    return {item["id"]: (folder / item["file"]).read_text(encoding="utf-8") for item in meta}


# Curated mentions that are not place names in the text: an anaphor ("there") and a militia's name given
# as evidence for the country it operates in.
NOT_NAMES = {"there", "Kataib Hezbollah"}


def test_every_curated_place_of_the_source_articles_is_recognised(
    shared_dir: Path, repo_dir: Path, gaz: Gazetteer
) -> None:
    texts = _articles(shared_dir)
    curated = json.loads((repo_dir / "data" / "locations.geojson").read_text(encoding="utf-8"))
    missed = []
    checked = 0
    for feature in curated["features"]:
        props = feature["properties"]
        text = texts[props["source"]["article_id"]]
        found = recognize(text, gazetteer=gaz)
        for mention in props["mentions"]:
            start, end = mention["start"], mention["end"]
            if text[start:end] in NOT_NAMES:
                continue
            checked += 1
            if not any(t.start < end and start < t.end for t in found):  # "Dutch" stands for NL too
                missed.append((props["name"], text[start:end]))
    assert checked > 20
    assert not missed


def test_no_person_or_organisation_in_the_source_articles_is_a_place(
    shared_dir: Path, gaz: Gazetteer
) -> None:
    people_and_groups = {
        "Soleimani", "Qassem", "Rutte", "Mark Rutte", "Bijleveld", "Sudani", "Trump", "Obama", "Barzani",
        "Tsurkov", "Kataib Hezbollah", "Hezbollah", "NATO", "ISIS", "Peshmerga", "Federal Reserve",
        "Central Bank", "Bank", "Al", "Quds",
    }  # fmt: skip
    for text in _articles(shared_dir).values():
        surfaces = {t.surface for t in recognize(text, gazetteer=gaz) if t.kind == "place"}
        assert not surfaces & people_and_groups
