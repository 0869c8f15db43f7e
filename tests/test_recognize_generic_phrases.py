"""Unknown names made places by a generic phrase around them ("X air base", "the village of X"); ours."""

from __future__ import annotations

import pytest

from geo import Geoparser


def _toponyms(parser: Geoparser, text: str) -> dict[str, str | None]:
    return {t.surface: t.feature_hint for t in parser.recognize(text) if t.kind == "place"}


@pytest.mark.parametrize(
    ("text", "surface", "hint"),
    [
        # a two-word site phrase after a name the lexicon knows only as a person's
        ("Rockets were fired at Asad air base on Tuesday.", "Asad air base", "military_base"),
        ("Jets left the Khmeimim Air Base at dawn.", "Khmeimim Air Base", "military_base"),
        # a generic phrase ending in "of" before an unknown name
        ("Gunmen raided the village of Ngorokwe overnight.", "Ngorokwe", "city"),
        ("Drones attacked the base of Tanf again.", "Tanf", "military_base"),
        # an Arabic article joins the words of an unknown name before its generic word
        ("Drones hit the Kharab al-Hamra base on Monday.", "Kharab al-Hamra base", "military_base"),
        ("Fighting near the village of Tell al-Qarmul left two dead.", "Tell al-Qarmul", "city"),
    ],
)
def test_generic_phrase_makes_a_place(parser: Geoparser, text: str, surface: str, hint: str) -> None:
    assert _toponyms(parser, text).get(surface, "missing") == hint


@pytest.mark.parametrize(
    "text",
    [
        "She met the mayor of Ngorokwe in May.",  # "mayor of" is no generic phrase of a place
        "The City of Ngorokwe council met.",  # a capitalised phrase is a name, not a generic word
        "He left his home village of Ngorokwe at ten.",  # a town only after "the/a village of"
    ],
)
def test_no_phrase_no_pattern(parser: Geoparser, text: str) -> None:
    assert "Ngorokwe" not in _toponyms(parser, text)


def test_site_resolves_through_the_article(parser: Geoparser) -> None:
    text = "Rockets were fired at Asad air base in western Iraq on Tuesday."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == "Asad air base"]
    assert [(c.feature_class, c.country) for c in chosen] == [("military_base", "IQ")]


def test_a_military_airport_is_the_airport_named_after_its_town(parser: Geoparser) -> None:
    text = "Drones struck the Deir Ezzor Military Airport overnight."
    resolved = parser.resolve(text, parser.recognize(text))
    chosen = [r.candidate for r in resolved if r.toponym.surface == "Deir Ezzor Military Airport"]
    assert [(c.feature_class, c.country) for c in chosen] == [("airport", "SY")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Two guards died in clashes at Wadimeer city overnight.", "Wadimeer city"),
        ("Shells fell on Kafrunja town at dawn.", "Kafrunja town"),
        ("Jets struck near Qurtalba village again.", "Qurtalba village"),
    ],
)
def test_lower_case_settlement_word_makes_a_place(parser: Geoparser, text: str, surface: str) -> None:
    assert surface in _toponyms(parser, text)


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Shelling Hama city left casualties.", "Shelling Hama city"),  # a known place keeps its own span
        ("Wadimeer City Council met on Monday.", "Wadimeer City"),  # capitalised: some other name
        ("What city did they name?", "What city"),  # an English word
    ],
)
def test_settlement_word_only_in_lower_case_and_not_after_a_place(
    parser: Geoparser, text: str, unwanted: str
) -> None:
    assert unwanted not in _toponyms(parser, text)
