"""geo extract: the pipeline on real text, the CLI's inputs and outputs, errors, and the source articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.extract import extract, extract_many
from geo.model.article import Article
from geo.model.feature import feature_collection
from geo.model.validate import validate_object

TEXT = (
    "BAGHDAD (Reuters) - Rockets struck Erbil airport in northern Iraq on Friday, officials said. "
    "Dutch troops based in Erbil were unharmed."
)
REPO = Path(__file__).resolve().parents[1]


def test_extract_places_events_on_the_text_with_offsets_and_source() -> None:
    fc = extract(Article(id="rockets", text=TEXT, published="2020-01-06"))
    features = [f.properties for f in fc.features]
    assert features, "no features"
    names = {p.place for p in features}
    assert "Erbil International Airport" in names
    for p in features:
        assert p.source.article_id == "rockets"
        assert 0 < p.confidence <= 1
        assert p.mentions
        assert any(TEXT[m.start : m.end] == p.name for m in p.mentions), p
    airport = [p for p in features if p.gazetteer_id == "icao:ORER"]
    assert any(p.event_type == "rocket_attack" for p in airport), airport
    assert validate_object(feature_collection(fc.features)) == []


def test_extract_is_deterministic_and_many_concatenates() -> None:
    a = Article(id="a", text=TEXT, published="2020-01-06")
    b = Article(id="b", text="Protesters gathered in Basra on Saturday.", published="2023-07")
    one = feature_collection(extract(a).features)
    assert feature_collection(extract(a).features) == one
    both = feature_collection(extract_many([a, b]).features)
    assert both["features"][: len(one["features"])] == one["features"]
    assert {f["properties"]["source"]["article_id"] for f in both["features"]} == {"a", "b"}


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "erbil-rockets.md"
    path.write_text(f"---\ntitle: Rockets\nurl: https://news.example/erbil\n---\n{TEXT}", encoding="utf-8")
    return path


def test_cli_writes_a_valid_collection_to_stdout_and_to_a_file(article_file: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(article_file), "--published", "2020-01-06"])
    assert result.exit_code == 0, result.output
    fc = json.loads(result.stdout)
    assert fc["type"] == "FeatureCollection"
    assert validate_object(fc) == []
    for feature in fc["features"]:
        source = feature["properties"]["source"]
        assert source["article_id"] == "erbil-rockets"
        assert source["title"] == "Rockets"
        assert source["published"] == "2020-01-06"
    out = tmp_path / "out" / "events.geojson"
    result = runner.invoke(cli, ["extract", str(article_file), "--published", "2020-01-06", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8")) == fc
    assert f"to {out}" in result.stderr


def test_cli_dash_output_is_standard_output(
    article_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``-o -`` writes to standard output, as ``geo export`` and ``geo map`` read it: no file named "-"."""
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    plain = runner.invoke(cli, ["extract", str(article_file), "--published", "2020-01-06"])
    dashed = runner.invoke(cli, ["extract", str(article_file), "--published", "2020-01-06", "-o", "-"])
    assert dashed.exit_code == 0, dashed.output
    assert json.loads(dashed.stdout) == json.loads(plain.stdout)
    assert not (tmp_path / "-").exists()
    assert "wrote to" not in dashed.stderr
    resumed = runner.invoke(cli, ["extract", str(article_file), "-o", "-", "--resume"])
    assert resumed.exit_code != 0
    assert "--resume" in resumed.stderr


def test_cli_jsonl_batches_give_geojson_lines(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    rows = [
        {"id": "one", "text": TEXT, "published": "2020-01-06"},
        {"id": "two", "text": "Protesters gathered in Basra on Saturday.", "published": "2023-07"},
    ]
    batch.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--jsonl", str(batch)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    features = [json.loads(line) for line in lines]
    assert all(f["type"] == "Feature" for f in features)
    assert {f["properties"]["source"]["article_id"] for f in features} == {"one", "two"}
    assert validate_object({"type": "FeatureCollection", "features": features}) == []
    collected = CliRunner().invoke(cli, ["extract", "--jsonl", str(batch), "--collection"])
    assert json.loads(collected.stdout)["features"] == features


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give at least one article file"),
        (["{dir}/missing.txt"], "cannot read"),
        (["{file}", "--published", "2020-02-30"], "invalid published date '2020-02-30'"),
        (["{file}", "--published", "soon"], "invalid published date 'soon'"),
    ],
)
def test_cli_errors_leave_no_output(
    article_file: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "Erbil"}\n{broken\n', encoding="utf-8")
    out = tmp_path / "never.geojson"
    argv = [a.format(dir=tmp_path, file=article_file, bad=bad) for a in args]
    result = CliRunner().invoke(cli, ["extract", *argv, "-o", str(out)])
    assert result.exit_code == 1
    assert message in result.output
    assert not out.exists()


#: Curated places geo extract does not find, and why. "New York City": the article's "the Federal Reserve
#: in New York" resolves to the state, as a bare "New York" does in the gold corpora; the cue that named
#: this one institution was a rule for one sentence and is gone (docs/resolution.md). "Syria": the curated
#: file keeps a country named only by a demonym ("Syrian") as a mention; geo maps such countries only with
#: --demonym-countries (the news_events convention: a demonym is never a place; docs/extract.md "Output").
KNOWN_MISSES: set[str] = {"New York City", "Syria"}


@pytest.mark.shared
def test_source_articles_find_the_curated_places(shared_dir: Path, tmp_path: Path) -> None:
    """geo extract on both source articles, scored with geo eval --against the curated file."""
    folder = shared_dir / "articles"
    out = tmp_path / "extracted.geojson"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", *(str(p) for p in sorted(folder.glob("*.txt"))), "-o", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli, ["eval", "--against", str(REPO / "data" / "locations.geojson"), str(out), "--json"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert len(report["articles"]) == 2
    missing = {p["place"] for p in report["place_matches"] if p["found"] is None}
    assert missing <= KNOWN_MISSES
    assert len(report["place_matches"]) - len(missing) >= 30
    assert "Syria" in missing  # mapped only when asked:
    asked = tmp_path / "asked.geojson"
    argv = [
        "extract",
        *(str(p) for p in sorted(folder.glob("*.txt"))),
        "-o",
        str(asked),
        "--demonym-countries",
    ]
    assert runner.invoke(cli, argv).exit_code == 0
    result = runner.invoke(
        cli, ["eval", "--against", str(REPO / "data" / "locations.geojson"), str(asked), "--json"]
    )
    assert "Syria" not in {
        p["place"] for p in json.loads(result.output)["place_matches"] if p["found"] is None
    }
    people = {"Soleimani", "Sudani", "Trump", "Kyle", "Quran", "Rutte"}
    assert not [e for e in report["extras"] if e["name"] in people]
