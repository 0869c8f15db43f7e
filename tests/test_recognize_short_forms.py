"""Short forms of a name given in full before ("Al-Asad" after "Ain al-Asad air base"), on our own text."""

from __future__ import annotations

from geo import Geoparser
from geo.model.spans import Toponym
from geo.recognize.short_forms import short_forms


def _places(parser: Geoparser, text: str) -> list[str]:
    return [t.surface for t in parser.recognize(text) if t.kind == "place"]


def test_the_article_phrase_of_a_name_given_before_is_the_same_place(parser: Geoparser) -> None:
    text = (
        "Drones struck the Ain al-Asad air base on Monday. "
        "Al-Asad was handed over to the Iraqi army in 2011, and advisers returned there in 2014."
    )
    assert "Al-Asad" in _places(parser, text)
    resolved = parser.resolve(text, parser.recognize(text))
    ids = {r.toponym.surface: r.candidate.id for r in resolved}
    assert ids["Al-Asad"] == ids["Ain al-Asad air base"]


def test_a_person_or_a_name_before_it_is_not_the_place() -> None:
    full = Toponym(0, 14, "Ain al-Asad", "Ain al-Asad", "place")
    for text in (
        "Ain al-Asad is quiet. President Bashar al-Asad spoke on Monday.",
        "Ain al-Asad is quiet. The al-Asad Foundation opened a school.",
        "Ain al-Asad is quiet.",
    ):
        assert short_forms(text, [full]) == []


def test_a_name_that_is_only_the_article_phrase_has_no_short_form() -> None:
    full = Toponym(0, 8, "Al-Qaim", "Al-Qaim", "place")
    assert short_forms("Al-Qaim is quiet. Later al-Qaim was shelled.", [full]) == []
