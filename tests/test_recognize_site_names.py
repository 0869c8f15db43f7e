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


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # one unknown capitalised word before the head noun of a site is its name, when a place
        # relates the site ("in Y", "near Y")
        ("Mourners gathered near the Tavuri pagoda in eastern Lashio.", "Tavuri pagoda"),
        ("Police dispersed a crowd at the Kelbani mosque in Zarqa on Friday.", "Kelbani mosque"),
        ("Shells hit the Zaroun Idris hospital in northern Gaza.", "Zaroun Idris hospital"),
        ("Crowds gathered at the Tavuri Church in Lashio.", "Tavuri Church"),
        # a base named after the site it guards
        ("Drones struck the Marwani gas field base near Deir ez-Zor.", "Marwani gas field base"),
    ],
)
def test_unknown_named_site_is_one_name(parser: Geoparser, text: str, surface: str) -> None:
    assert surface in _places(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Catholic church in Kyiv condemned the attack on Sunday.",  # English words, no proper name
        "Doctors at the National hospital in Gaza treated the wounded.",
        "Police dispersed a crowd at the Kelbani mosque on Friday.",  # no place relates it: no site
        "Gunmen raided the Kelbani camp in May, officials said.",  # a month is no place relating it
    ],
)
def test_english_words_before_a_site_head_are_no_site(parser: Geoparser, text: str) -> None:
    assert not [s for s in _places(parser, text) if s.endswith(("church", "Church", "hospital", "mosque"))]


def test_a_known_town_before_a_site_head_stays_the_town(parser: Geoparser) -> None:
    assert "Erbil" in _places(parser, "Shells hit the Erbil hospital in Iraq on Monday.")


def test_unknown_site_lies_at_the_town_the_text_relates_it_to(parser: Geoparser) -> None:
    text = "Five bodies were found near the Tavuri pagoda in western Lashio, Myanmar."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = {r.toponym.surface: r.candidate.name for r in resolved}
    assert chosen.get("Tavuri pagoda") == "Lashio"


def test_unknown_site_in_a_province_gets_no_point(parser: Geoparser) -> None:
    # not a look-alike town elsewhere, nor the province's point
    text = "Jets bombed the Tavuri camp in North Darfur State on Saturday."
    resolved = parser.resolve(text, parser.recognize(text))
    assert "Tavuri camp" in _places(parser, text)
    assert not [r for r in resolved if r.toponym.surface == "Tavuri camp"]
