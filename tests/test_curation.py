"""The curated seed data: format checks, faithfulness to the articles, determinism."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from unidecode import unidecode

from geo.cli import cli
from geo.errors import CurationError
from geo.importers.curation import build_features, check_article_text, curation_paths, load_curation
from geo.model.geojson import dumps
from geo.validation import validate_path

CURATION = Path(__file__).resolve().parents[1] / "data" / "curation"
LOCATIONS = Path(__file__).resolve().parents[1] / "data" / "locations.geojson"


@pytest.fixture(scope="module")
def curations():
    return [load_curation(p) for p in curation_paths([CURATION])]


@pytest.fixture(scope="module")
def built(curations):
    return build_features(curations).model_dump(mode="json")


def _articles(shared_dir: Path) -> dict[str, str]:
    meta = json.loads((shared_dir / "articles" / "articles.json").read_text(encoding="utf-8"))
    return {m["id"]: (shared_dir / "articles" / m["file"]).read_text(encoding="utf-8") for m in meta}


@pytest.mark.shared
def test_offsets_and_fingerprints_match_the_articles(curations, shared_dir):
    texts = _articles(shared_dir)
    assert {c.article.id for c in curations} == set(texts)
    for curation in curations:
        text = texts[curation.article.id]
        assert check_article_text(curation, text) == []
        for event in curation.events:
            for start, end in event.mentions:
                assert text[start:end].strip() == text[start:end] != ""


@pytest.mark.shared
def test_metadata_agrees_with_articles_json(curations, shared_dir):
    meta = {m["id"]: m for m in json.loads((shared_dir / "articles" / "articles.json").read_text("utf-8"))}
    for curation in curations:
        m = meta[curation.article.id]
        for key in ("title", "publisher", "url", "published"):
            assert getattr(curation.article, key) == m[key]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’']+", text.lower())


@pytest.mark.shared
def test_no_article_sentence_is_copied_into_the_repository(shared_dir, repo_dir):
    """No run of 8 words from an article body appears in our data, docs or code (titles excepted)."""
    grams: set[str] = set()
    titles = {
        m["title"].lower() for m in json.loads((shared_dir / "articles" / "articles.json").read_text("utf-8"))
    }
    for text in _articles(shared_dir).values():
        body = text.split("\n", 1)[1]
        words = _words(body)
        grams |= {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    suspects = [
        p
        for p in repo_dir.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".md", ".py", ".csv", ".geojson"} and ".git" not in p.parts
    ]
    for path in suspects:
        content = path.read_text(encoding="utf-8", errors="replace")
        for title in titles:
            content = content.lower().replace(title, " ")
        words = _words(content)
        copied = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)} & grams
        assert not copied, f"{path} copies article text: {sorted(copied)[:3]}"


def test_every_event_is_valid_and_cites_its_article(built):
    features = built["features"]
    assert len(features) >= 40
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids))
    for feature in features:
        props = feature["properties"]
        assert props["confidence"] == 1.0
        assert props["source"]["article_id"] in {
            "cn-2020-01-06-netherlands-stops-training-mission",
            "ro-2023-07-dutch-send-troops-to-iraq",
        }
        assert props["mentions"], props["id"]


def test_build_is_deterministic_and_matches_the_committed_file(curations, built):
    again = build_features([load_curation(p) for p in curation_paths([CURATION])])
    assert dumps(again) == dumps(built)
    assert LOCATIONS.read_text(encoding="utf-8") == dumps(built), "run scripts/build-map.sh to refresh"


def test_committed_locations_pass_validation():
    assert validate_path(LOCATIONS) == []


def _find(built, **where):
    hits = [
        f["properties"]
        for f in built["features"]
        if all(f["properties"].get(k) == v for k, v in where.items())
    ]
    assert hits, f"no feature with {where}"
    return hits


def test_key_events_are_typed_dated_and_counted(built):
    strike = _find(built, event_type="strike", sub_event_type="drone_strike")[0]
    assert (strike["date"], strike["feature_class"], strike["place"].lower().count("baghdad")) == (
        "2020-01-03",
        "airport",
        1,
    )
    hawija = _find(built, event_type="strike", date="2015")[0]
    assert (hawija["fatalities"], hawija["name"]) == (70, "Hawija")
    assert {p["troops"] for p in _find(built, event_type="deployment", date="2020-01-06")} == {50, 10}
    hormuz = _find(built, mission="European Maritime Awareness in the Strait of Hormuz")[0]
    assert "France" in hormuz["actors"]
    assert (hormuz["feature_class"], hormuz["country"]) == ("water_body", None)
    assert {p["date"] for p in _find(built, event_type="rocket_attack")} >= {"2020-01"}
    leaving = _find(built, event_type="withdrawal", troops=120)[0]
    assert (leaving["date"], leaving["feature_class"]) == ("2023-05", "airport")
    company = _find(built, troops=145)[0]
    assert (company["mission"], company["date"], company["date_start"], company["date_end"]) == (
        "NATO Mission Iraq",
        "2024-01-01/2025-07",
        "2024-01-01",
        "2025-07-31",
    )
    protest = _find(built, event_type="protest")[0]
    assert (protest["name"], protest["date"], protest["country"]) == ("Deir-Alzour", "2023-07", "SY")
    kidnap = _find(built, event_type="abduction")[0]
    assert (kidnap["date"], kidnap["gazetteer_id"]) == (
        "2023-03",
        _find(built, name="Baghdad")[0]["gazetteer_id"],
    )
    peshmerga = _find(built, event_type="training", troops=5)[0]
    assert peshmerga["mission"] == "Operation Inherent Resolve"
    assert "Peshmerga" in peshmerga["actors"]
    presence = _find(built, event_type="presence", date="2003/..")[0]
    assert (presence["date_start"], presence["date_end"], presence["time_precision"]) == (
        "2003-01-01",
        None,
        "range",
    )


def test_places_without_events_are_mentions_and_misspellings_keep_the_written_name(built):
    mentions = {p["name"]: p for p in _find(built, event_type="mention")}
    assert {"THE HAGUE", "Persian Gulf", "Arbar province", "Tehran", "Europe", "Estonia"} <= set(mentions)
    assert "anbar" in unidecode(mentions["Arbar province"]["place"]).lower()
    assert mentions["Arbar province"]["feature_class"] == "admin_region"
    assert mentions["Arbar province"]["date"] == "2023-07"


def test_broken_curation_files_are_rejected_with_the_reason(tmp_path):
    good = (CURATION / "ro-2023-07-dutch-send-troops-to-iraq.yaml").read_text(encoding="utf-8")
    cases = {
        "unknown place": (
            good.replace("- place: deir-ez-zor", "- place: atlantis", 1),
            "unknown place key 'atlantis'",
        ),
        "bad date": (good.replace("date: 2023-03", "date: 2023-13", 1), "events["),
        "bad mission": (
            good.replace("mission: NATO Mission Iraq", "mission: Operation Nowhere", 1),
            "Operation Nowhere",
        ),
        "span outside": (good.replace("mentions: [[7066", "mentions: [[99999", 1), "outside the article"),
        "not yaml": ("article: [unclosed", "not valid YAML"),
        "not a mapping": ("- 1\n- 2\n", "expected a mapping"),
    }
    for label, (content, message) in cases.items():
        path = tmp_path / f"{label.replace(' ', '-')}.yaml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(CurationError, match=re.escape(message)):
            load_curation(path)
        result = CliRunner().invoke(cli, ["curate", str(path), "-o", str(tmp_path / "out.geojson")])
        assert result.exit_code == 1, label
        assert message in result.output, (label, result.output)
        assert not (tmp_path / "out.geojson").exists()


def test_curate_cli_writes_the_collection(tmp_path, shared_dir):
    out = tmp_path / "locations.geojson"
    result = CliRunner().invoke(
        cli, ["curate", str(CURATION), "-o", str(out), "--articles", str(shared_dir / "articles")]
    )
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == LOCATIONS.read_text(encoding="utf-8")


def test_committed_map_is_the_build_of_the_committed_locations():
    """maps/missions.html is what `geo map` makes of data/locations.geojson today (rebuilt identically)."""
    import html

    from geo.maps import build_map, render_html
    from geo.model.geojson import load_feature_collection

    page = (LOCATIONS.parent.parent / "maps" / "missions.html").read_text(encoding="utf-8")
    title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip())
    fc = load_feature_collection(LOCATIONS)
    assert render_html(build_map(fc, title=title)) == page, "run scripts/build-map.sh to refresh"
