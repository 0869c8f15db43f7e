"""Very long texts are read in windows (linear time); their features index into the whole text."""

from __future__ import annotations

import itertools

import pytest

from geo import settings
from geo.extract.chunks import windows
from geo.extract.parser import Geoparser
from geo.model.article import Article


def test_windows_cover_the_text_in_order_and_cut_at_breaks() -> None:
    text = ("First paragraph about Erbil. " * 5 + "\n\n") * 40
    spans = windows(text, 400)
    assert spans[0][0] == 0
    assert spans[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in itertools.pairwise(spans))
    assert all(end - start <= 400 for start, end in spans)
    assert all(text[:end].endswith("\n\n") for _, end in spans[:-1])


def test_a_short_text_is_one_window() -> None:
    assert windows("Erbil.", 100_000) == [(0, 6)]


def test_a_text_without_breaks_is_cut_hard() -> None:
    assert windows("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]


def test_bad_size_is_refused() -> None:
    with pytest.raises(ValueError, match="window size"):
        windows("text", 0)


def test_features_of_a_windowed_text_index_into_the_whole_text(monkeypatch: pytest.MonkeyPatch) -> None:
    paragraph = "On Monday rockets hit Erbil. Troops arrived in Basra on Tuesday.\n\n"
    text = paragraph * 30
    article = Article(id="long", text=text, published="2021-07-07")
    parser = Geoparser()
    whole = parser.extract(article)
    monkeypatch.setattr(settings, "chunk_chars", 300)
    windowed = parser.extract(article)
    assert len(windows(text, 300)) > 1
    for feature in windowed.features:
        for mention in feature.properties.mentions:
            assert text[mention.start : mention.end] == feature.properties.name
    # the same places and events; every mention of every window is kept
    assert {(f.properties.place, f.properties.event_type) for f in windowed.features} == {
        (f.properties.place, f.properties.event_type) for f in whole.features
    }
    erbil = next(f for f in windowed.features if f.properties.place == "Erbil" and f.properties.mentions)
    assert len(erbil.properties.mentions) == 30
