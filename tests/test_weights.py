"""The resolver's and recogniser's weights: one frozen object read from data, used by both, refittable."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from types import ModuleType

import pytest

from geo.errors import InputError
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.lexicon import load, parse
from geo.lexicon.weights import RecogniserWeights, ResolverWeights, Weights, default_weights, weights_from
from geo.model.spans import Toponym
from geo.recognize import recognize
from geo.resolve import resolve
from tests.scripts_support import load_script

REPO = Path(__file__).resolve().parents[1]
#: Weights that make the resolver blind to the containers and regions a text names.
BLIND = {
    "resolver.within": 0.0,
    "resolver.local": 0.0,
    "resolver.country": 0.0,
    "resolver.admin1": 0.0,
    "resolver.admin1_any": 0.0,
}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return default_gazetteer()


@pytest.fixture(scope="module")
def fit_weights() -> ModuleType:
    """``benchmarks/fit_weights.py`` as a module (benchmarks are scripts, not a package)."""
    return load_script(REPO / "benchmarks" / "fit_weights.py")


def test_every_weight_has_a_value_rationale_and_source() -> None:
    weights = default_weights()
    lexicon = load("weights")
    assert set(lexicon.sources) == {"fit", "prior"}
    assert set(weights.values()) == {note.name for note in weights.notes}
    for note in weights.notes:
        assert note.rationale, note.name
        assert "\n" not in note.rationale, note.name
        assert note.source in lexicon.sources, note.name
        assert weights.values()[note.name] == note.value
    assert weights.resolver.prior == weights.note("resolver.prior").value == 2.2
    assert weights.recogniser.common_zipf == 4.0


def test_weights_are_frozen_and_derived_values_follow() -> None:
    weights = default_weights()
    with pytest.raises(dataclasses.FrozenInstanceError):
        weights.resolver.near = 1.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        weights.recogniser = weights.recogniser  # type: ignore[misc]
    changed = weights.with_values({"resolver.near": 0.5, "resolver.temperature": 0.1})
    assert changed.resolver.context_span == pytest.approx(weights.resolver.context_span + 0.3)
    assert changed.resolver.softmax_span == pytest.approx(3.0)
    assert weights.resolver.near == 0.2  # the packaged object is untouched
    with pytest.raises(InputError):
        weights.with_values({"resolver.nowhere": 1.0})
    with pytest.raises(InputError):
        dataclasses.replace(weights.resolver, temperature=0.0)


def test_malformed_weight_files_are_refused() -> None:
    good = {"about": "weights", "sources": {"fit": "fitted"}}
    entries = [
        {"name": f"{part}.{item.name}", "value": 1.0, "rationale": "why", "source": "fit"}
        for part, cls in (("resolver", ResolverWeights), ("recogniser", RecogniserWeights))
        for item in dataclasses.fields(cls)
        if item.init
    ]
    assert isinstance(weights_from(parse("w", {**good, "entries": entries})), Weights)
    for broken in (
        entries[1:],  # one missing
        [*entries, entries[0]],  # one twice
        [{**entries[0], "rationale": " "}, *entries[1:]],  # no rationale
        [{**entries[0], "value": "high"}, *entries[1:]],  # not a number
        [{**entries[0], "name": "resolver.nowhere"}, *entries[1:]],  # unknown
    ):
        with pytest.raises(InputError):
            weights_from(parse("w", {**good, "entries": broken}))


def test_the_resolver_reads_its_weights(gazetteer: Gazetteer) -> None:
    # "Paris, Texas": the container after the name and the state named in the text outweigh the
    # capital's importance; with those features off, the capital wins.
    text = "Flooding closed roads in Paris, Texas, on Monday."
    toponyms = [Toponym(25, 30, "Paris", "Paris")]
    weights = default_weights()
    assert resolve(text, toponyms, gazetteer=gazetteer)[0].candidate.country == "US"
    assert resolve(text, toponyms, gazetteer=gazetteer, weights=weights)[0].candidate.country == "US"
    assert BLIND.keys() <= weights.values().keys()
    blind = weights.with_values(BLIND)
    assert resolve(text, toponyms, gazetteer=gazetteer, weights=blind)[0].candidate.country == "FR"
    # and the packaged weights still give the same answer afterwards (no cache shared across weights)
    assert resolve(text, toponyms, gazetteer=gazetteer)[0].candidate.country == "US"


def test_the_recogniser_reads_its_weights(gazetteer: Gazetteer) -> None:
    text = "The delegation flew from Baghdad to Erbil on Monday."
    weights = default_weights()
    plain = recognize(text, gazetteer=gazetteer)
    assert [t.surface for t in plain] == ["Baghdad", "Erbil"]
    assert recognize(text, gazetteer=gazetteer, weights=weights) == plain
    flatter = weights.with_values({"recogniser.score_slope": 0.25})  # importance counts less
    lower = recognize(text, gazetteer=gazetteer, weights=flatter)
    assert all(a.score < b.score for a, b in zip(lower, plain, strict=True))
    # every single word "common" and no place important enough: without a locative cue only a major
    # place (a capital) stays
    strict = weights.with_values({"recogniser.common_zipf": 0.0, "recogniser.common_min_weight": 1.01})
    cueless = "Baghdad and Erbil signed the deal."
    assert [t.surface for t in recognize(cueless, gazetteer=gazetteer)] == ["Baghdad", "Erbil"]
    assert [t.surface for t in recognize(cueless, gazetteer=gazetteer, weights=strict)] == ["Baghdad"]


def test_ascent_finds_a_better_value_and_stops_at_a_fixed_point(fit_weights: ModuleType) -> None:
    start = default_weights()

    def peak(weights: Weights) -> float:  # best at near = 0.4, temperature = 0.08
        return -((weights.resolver.near - 0.4) ** 2) - (weights.resolver.temperature - 0.08) ** 2

    names = ["resolver.near", "resolver.temperature"]
    found = fit_weights.ascend(start, names, peak, peak, rounds=5)
    assert found.weights.resolver.near == pytest.approx(0.4)
    assert found.weights.resolver.temperature == start.resolver.temperature
    assert [move[0] for move in found.moves] == ["resolver.near"]
    again = fit_weights.ascend(found.weights, names, peak, peak, rounds=5)
    assert again.moves == []
    assert again.weights is found.weights
    # a gain on the fitting half that the check half does not share moves nothing
    assert fit_weights.ascend(start, names, peak, lambda weights: -peak(weights)).moves == []
    # a gain below the tolerance moves nothing
    assert fit_weights.ascend(start, names, peak, peak, tolerance=1.0).moves == []


def test_fit_objectives_on_a_tiny_synthetic_corpus(fit_weights: ModuleType, gazetteer: Gazetteer) -> None:
    from geo.evaluation.corpus import GoldDoc, GoldToponym

    text = "Flooding closed roads in Paris, Texas, on Monday. Officials in Paris said the water fell."
    gold = (
        GoldToponym(25, 30, "Paris", -95.5555, 33.6609),
        GoldToponym(32, 37, "Texas", -99.2506, 31.2504),
        GoldToponym(63, 68, "Paris", -95.5555, 33.6609),
    )
    doc = fit_weights.prepare(GoldDoc("d1", text, gold), "lgl")
    weights = default_weights()
    assert fit_weights.resolution_accuracy([doc], weights, gazetteer) == {"lgl": 1.0}
    blind = weights.with_values(BLIND)
    assert fit_weights.resolution_accuracy([doc], blind, gazetteer)["lgl"] < 1.0
    assert fit_weights.recognition_f1([doc], weights, gazetteer) == {"lgl": 1.0}
    assert fit_weights.grid("resolver.near", 0.1) == [0.0, 0.2, 0.3]
    assert fit_weights.grid("resolver.temperature", 0.04) == [0.02, 0.06, 0.08]


def test_write_values_changes_only_the_named_value(fit_weights: ModuleType, tmp_path: Path) -> None:
    source = (REPO / "geo" / "lexicon" / "data" / "weights.yaml").read_text(encoding="utf-8")
    path = tmp_path / "weights.yaml"
    path.write_text(source, encoding="utf-8")
    fit_weights.write_values(path, {"resolver.near": 0.3})
    changed = path.read_text(encoding="utf-8")
    assert len(changed.splitlines()) == len(source.splitlines())
    import yaml

    raw = yaml.safe_load(changed)
    rebuilt = weights_from(parse("weights", raw))
    assert rebuilt.resolver.near == 0.3
    assert rebuilt.values() == {**default_weights().values(), "resolver.near": 0.3}


def test_check_passes_on_a_tiny_corpus_the_packaged_weights_get_right(
    fit_weights: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    docs = []
    for number, (text, names) in enumerate(
        (
            ("Flooding closed roads in Paris, Texas, on Monday.", {"Paris": (-95.5555, 33.6609)}),
            ("The convoy drove from Baghdad to Erbil overnight.", {"Baghdad": (44.4009, 33.3406)}),
        )
    ):
        toponyms = [
            {
                "start": text.index(name),
                "end": text.index(name) + len(name),
                "name": name,
                "lon": lon,
                "lat": lat,
            }
            for name, (lon, lat) in names.items()
        ]
        docs.append({"doc_id": f"d{number}", "text": text, "toponyms": toponyms})
    (tmp_path / "tr_news").mkdir()
    lines = "\n".join(json.dumps(doc) for doc in docs)
    (tmp_path / "tr_news" / "dev.jsonl").write_text(lines + "\n", encoding="utf-8")
    # resolution is right on both halves, and no recogniser step helps both (one document each): the
    # packaged weights are a fixed point of the procedure here
    assert fit_weights.main(["--check", "--corpora", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "1 fitting and 1 check documents" in out
    assert "0 weights moved" in out
    assert fit_weights.main(["--check", "--corpora", str(tmp_path / "none")]) == 2
