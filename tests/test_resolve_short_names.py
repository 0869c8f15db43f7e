"""A short name two states share ("Congo") goes to the one the document is about (our own sentences)."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.resolve.candidates import CandidateCache


def _countries(parser: Geoparser, text: str, surface: str) -> list[str | None]:
    resolved = parser.resolve(text, parser.recognize(text))
    return [r.candidate.country for r in resolved if r.toponym.surface == surface]


def test_both_congos_are_candidates(parser: Geoparser) -> None:
    cache = CandidateCache(parser.gazetteer)
    countries = {c.country for c in cache.lookup("Congo") if c.feature_class == "country"}
    assert {"CD", "CG"} <= countries


def test_own_name_adds_no_namesake(parser: Geoparser) -> None:
    cache = CandidateCache(parser.gazetteer)
    countries = {c.country for c in cache.lookup("China") if c.feature_class == "country"}
    assert "TW" not in countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Rebels took Goma in eastern Congo and advanced through North Kivu.", "CD"),
        ("Floods cut the road from Brazzaville to Pointe-Noire, Congo's port city.", "CG"),
    ],
)
def test_document_context_chooses(parser: Geoparser, text: str, country: str) -> None:
    assert _countries(parser, text, "Congo") == [country]


def test_entry_is_the_gazetteers_entry_remembered(parser: Geoparser) -> None:
    cache = CandidateCache(parser.gazetteer)
    first = cache.entry("iso:FR")
    assert first == parser.gazetteer.get("iso:FR")
    assert cache.entry("iso:FR") is first  # the second answer is the remembered one
    assert cache.entry("iso:no-such-code") is None
