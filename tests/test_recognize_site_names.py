"""Airports and air bases named after people are read whole (geo.recognize.site_names), own sentences."""

from __future__ import annotations

import pytest

from geo import Geoparser


def _places(parser: Geoparser, text: str) -> list[str]:
    return [t.surface for t in parser.recognize(text) if t.kind == "place"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Two flights left Ben Gurion airport late on Sunday.", "Ben Gurion airport"),
        ("The minister landed at Imam Khomeini airport after midnight.", "Imam Khomeini airport"),
        ("Passengers waited at Charles de Gaulle airport for hours.", "Charles de Gaulle airport"),
        ("A convoy reached Aden Adde airport at noon.", "Aden Adde airport"),
        # a possessive before the name is no title ("Prince") of it
        ("Gunfire shut Port-au-Prince's Toussaint Louverture airport.", "Toussaint Louverture airport"),
    ],
)
def test_person_named_site_is_one_name(parser: Geoparser, text: str, surface: str) -> None:
    assert surface in _places(parser, text)


def test_person_named_site_resolves_to_the_airport(parser: Geoparser) -> None:
    text = "Two flights left Ben Gurion airport late on Sunday."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == "Ben Gurion airport"]
    assert [(c.feature_class, c.country) for c in chosen] == [("airport", "IL")]
    assert not [r for r in resolved if r.toponym.surface == "Ben"]  # not Benin


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a known place with its site word stays as it was
        ("A rocket fell near Baghdad International Airport on Monday.", "Baghdad International Airport"),
        # a demonym or an acronym before the name is not part of it
        ("Drones targeted the US Ain al-Asad air base at dawn.", "Ain al-Asad air base"),
    ],
)
def test_known_sites_unchanged(parser: Geoparser, text: str, surface: str) -> None:
    assert surface in _places(parser, text)


def test_only_the_first_words_of_site_phrases_are_looked_at() -> None:
    from geo.recognize import site_names
    from geo.recognize.tokens import word_columns

    assert {phrase.split()[0] for phrase in site_names.SITE_PHRASES} == site_names._SITE_KEYS
    tokens = word_columns("Gunmen from Kirkuk raided a market on Monday, officials said.")
    found: list[site_names.Candidate] = []
    assert site_names.named_sites(found, tokens, None) is found  # type: ignore[arg-type]  # no site word


def test_a_site_phrase_with_two_words_is_found_by_its_first(parser: Geoparser) -> None:
    text = "Jets took off from Prince Sultan air base before dawn."
    assert "Prince Sultan air base" in _places(parser, text)
