"""The Geoparser: it owns the gazetteer, lexicon, catalogues and caches, pickles to its configuration, gives
the same features in a worker process, and two of them with different catalogues work side by side."""

from __future__ import annotations

import json
import multiprocessing
import pickle
import re
from pathlib import Path

import pytest

import geo.gazetteer
import geo.gazetteer.index
from geo.errors import InputError
from geo.events import tag_events
from geo.events.actors import CatalogueNames
from geo.extract import Geoparser, default_parser, extract, extract_many
from geo.extract import parser as parser_module
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.model.article import Article
from geo.model.feature import EventFeature
from geo.recognize import recognize
from geo.recognize.lexicon import load_lexicon
from geo.resolve import ResolverCaches, resolve

REPO = Path(__file__).resolve().parents[1]
ARTICLES = [
    Article(
        id="rockets",
        text=(
            "BAGHDAD (Reuters) - Rockets struck Erbil airport in northern Iraq on Friday, officials said. "
            "Dutch troops based in Erbil were unharmed. Syrian officials condemned the attack."
        ),
        published="2020-01-06",
    ),
    Article(id="basra", text="Protesters gathered in Basra on Saturday.", published="2023-07"),
    Article(
        id="sentry",
        text="Under Operation Sentry, drones attacked Aden on 3 May 2021. Paris, Texas, was calm.",
        published="2021-05-04",
    ),
]
CATALOGUE = "missions:\n  - name: Operation Sentry\n    aliases: [Sentry]\n    active: 2019/..\n"


def dumped(features: list[EventFeature]) -> list[str]:
    return [json.dumps(f.model_dump(mode="json"), sort_keys=True) for f in features]


def _extract_in_worker(payload: bytes) -> list[str]:
    """Run in a spawned process: unpickle the parser and extract the articles there."""
    parser = pickle.loads(payload)
    assert not parser.loaded
    return [line for article in ARTICLES for line in dumped(parser.extract_features(article))]


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "sentry.yaml"
    path.write_text(CATALOGUE, encoding="utf-8")
    return path


def test_a_parser_pickles_to_its_configuration_only(parser: Geoparser, catalogue: Path) -> None:
    parser.extract(ARTICLES[0])  # loaded: the caches hold something now
    assert parser.loaded
    payload = pickle.dumps(parser)
    assert len(payload) < 600, len(payload)
    assert b"sqlite" in payload  # the index path, not the index
    again = pickle.loads(payload)
    assert not again.loaded
    assert again.gazetteer.path == parser.gazetteer.path
    with_file = pickle.loads(pickle.dumps(Geoparser(catalogues=[catalogue])))
    assert with_file.catalogue_files == (catalogue,)
    assert "Sentry" in with_file.missions
    assert not with_file.loaded  # not even the gazetteer is opened before the first use


def test_an_unpickled_parser_gives_the_same_features(parser: Geoparser) -> None:
    again = pickle.loads(pickle.dumps(parser))
    for article in ARTICLES:
        assert dumped(again.extract_features(article)) == dumped(parser.extract_features(article))
    again.close()
    assert not again.loaded


@pytest.mark.slow
def test_a_spawned_worker_given_the_pickled_parser_gives_the_same_features(
    parser: Geoparser, catalogue: Path
) -> None:
    configured = Geoparser(gazetteer=parser.gazetteer.path, catalogues=[catalogue])
    here = [line for article in ARTICLES for line in dumped(configured.extract_features(article))]
    assert any('"Operation Sentry"' in line for line in here)
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        there = pool.apply(_extract_in_worker, (pickle.dumps(configured),))
    assert there == here
    configured.close()


def test_two_parsers_with_different_catalogues_side_by_side(parser: Geoparser, catalogue: Path) -> None:
    extended = Geoparser(gazetteer=parser.gazetteer, catalogues=[catalogue])
    article = ARTICLES[2]
    missions = {f.properties.place: f.properties.mission for f in extended.extract_features(article)}
    plain = {f.properties.place: f.properties.mission for f in parser.extract_features(article)}
    aden = next(name for name in missions if name.startswith("Aden"))
    assert missions[aden] == "Operation Sentry"
    assert plain[aden] is None
    # interleaved calls keep to their own catalogues
    assert {f.properties.place: f.properties.mission for f in extended.extract_features(article)} == missions
    assert extended.gazetteer is parser.gazetteer  # shared, not reopened


def test_the_free_functions_use_one_default_parser() -> None:
    assert default_parser() is default_parser()
    article = ARTICLES[0]
    assert dumped(extract(article).features) == dumped(default_parser().extract_features(article))
    state = default_parser()._state
    assert state is not None
    many = extract_many(ARTICLES[:2], gazetteer=default_gazetteer())  # the default one: the default parser
    assert default_parser()._state is state
    assert dumped(many.features)[: len(extract(article).features)] == dumped(extract(article).features)
    other = Gazetteer(default_gazetteer().path)  # another connection: a parser of its own for the call
    try:
        assert dumped(extract(article, gazetteer=other).features) == dumped(extract(article).features)
    finally:
        other.close()
    assert default_parser()._state is state


def test_stage_functions_without_the_parsers_caches_give_the_same_result(parser: Geoparser) -> None:
    gazetteer = parser.gazetteer
    text = ARTICLES[0].text + " " + ARTICLES[2].text
    toponyms = recognize(text, gazetteer=gazetteer)
    assert toponyms == parser.recognize(text)
    assert recognize(text, gazetteer=gazetteer, lexicon=load_lexicon(gazetteer.path)) == toponyms
    places = resolve(text, toponyms, gazetteer=gazetteer)
    assert places == parser.resolve(text, toponyms)
    assert resolve(text, toponyms, gazetteer=gazetteer, caches=ResolverCaches(gazetteer)) == places
    tags = tag_events(text, places, published="2021-05-04")
    assert tags == parser.tag_events(text, places, published="2021-05-04")


def test_caches_and_names_must_belong_to_what_they_are_used_with(parser: Geoparser) -> None:
    text = ARTICLES[1].text
    toponyms = parser.recognize(text)
    other = Gazetteer(parser.gazetteer.path)  # the same file, another connection
    try:
        with pytest.raises(InputError, match="another gazetteer"):
            resolve(text, toponyms, gazetteer=other, caches=ResolverCaches(parser.gazetteer))
    finally:
        other.close()
    places = parser.resolve(text, toponyms)
    names = CatalogueNames(parser.missions, parser.actors)
    with pytest.raises(InputError, match="other catalogues"):
        tag_events(text, places, published="2023-07", missions=parser.actors, names=names)


def test_no_stage_opens_the_default_gazetteer(parser: Geoparser, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> Gazetteer:
        raise AssertionError("a stage opened the default gazetteer")

    for module in (geo.gazetteer, geo.gazetteer.index, parser_module):
        monkeypatch.setattr(module, "default_gazetteer", refuse)
    fresh = Geoparser(gazetteer=parser.gazetteer)
    assert dumped(fresh.extract_features(ARTICLES[0])) == dumped(parser.extract_features(ARTICLES[0]))
    # and in the source: only the default parser calls it (docstrings may name it)
    stages = [
        path
        for path in sorted((REPO / "geo").glob("*/*.py"))
        if path.parent.name in {"recognize", "resolve", "events", "extract"} and path.name != "parser.py"
    ]
    assert len(stages) > 20
    callers = [p.name for p in stages if re.search(r"\bdefault_gazetteer\(", p.read_text(encoding="utf-8"))]
    assert callers == []


def test_clear_drops_the_state_and_the_results_do_not_change(catalogue: Path) -> None:
    owner = Geoparser(gazetteer=default_gazetteer().path, catalogues=[catalogue])
    first = dumped(owner.extract_features(ARTICLES[2]))
    opened = owner.gazetteer
    owner.clear()
    assert not owner.loaded
    assert dumped(owner.extract_features(ARTICLES[2])) == first
    assert owner.gazetteer is not opened  # its own connection, closed by clear and opened again
    with owner:
        pass
    assert not owner.loaded
    with pytest.raises(InputError):
        Geoparser(catalogues=[catalogue.with_name("missing.yaml")])


def test_repr_names_the_configuration(catalogue: Path) -> None:
    text = repr(Geoparser(catalogues=[catalogue]))
    assert "default" in text
    assert "sentry.yaml" in text


def test_weights_are_part_of_the_configuration() -> None:
    import dataclasses
    import pickle

    from geo.extract.parser import Geoparser
    from geo.lexicon.weights import default_weights

    packaged = Geoparser()
    assert packaged.weights == default_weights()
    changed = dataclasses.replace(
        default_weights(),
        recogniser=dataclasses.replace(default_weights().recogniser, name_min_weight=0.99),
    )
    custom = Geoparser(weights=changed)
    assert pickle.loads(pickle.dumps(custom)).weights == changed
    assert pickle.loads(pickle.dumps(packaged)).weights == default_weights()
    assert len(pickle.dumps(packaged)) < len(pickle.dumps(custom))


def test_extract_takes_a_text_a_file_or_an_article(tmp_path: Path) -> None:
    from geo.extract.parser import Geoparser
    from geo.model.article import Article

    text = "On 3 January 2020 a drone strike hit Baghdad International Airport."
    parser = Geoparser()
    from_text = parser.extract(text, published="2020-01-06")
    assert from_text.features
    article_file = tmp_path / "a.txt"
    article_file.write_text(text, encoding="utf-8")
    from_file = parser.extract(article_file, published="2020-01-06")
    places = [f.properties.place for f in from_text.features]
    assert [f.properties.place for f in from_file.features] == places
    article = Article(id="a1", text=text, published="2020-01-06")
    assert parser.extract(article).features[0].properties.source.article_id == "a1"
