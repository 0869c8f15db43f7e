"""Embassies and consulates named by country and city become facility toponyms the resolver finds."""

from __future__ import annotations

from geo.extract.parser import default_parser
from geo.model.spans import Toponym


def recognize(text: str) -> list[Toponym]:
    return default_parser().recognize(text)


def _resolved_ids(text: str) -> dict[str, str]:
    parser = default_parser()
    return {r.toponym.surface: r.candidate.id for r in parser.resolve(text, parser.recognize(text))}


def test_embassy_with_its_city_after_it() -> None:
    text = "Guards closed the U.S. embassy compound in Baghdad after the protest."
    spans = {t.surface: t for t in recognize(text)}
    assert spans["U.S. embassy"].feature_hint == "facility"
    assert spans["U.S. embassy"].kind == "place"
    ids = _resolved_ids(text)
    assert ids["U.S. embassy"] == "geo:us-embassy-baghdad"
    assert ids["Baghdad"] == "geonames:98182"


def test_consulate_takes_the_city_named_before_it() -> None:
    text = "Diplomats moved to Erbil last year, and the new American consulate there opened in spring."
    spans = {t.surface: t for t in recognize(text)}
    assert "American consulate" in spans
    assert spans["American consulate"].feature_hint == "facility"
    assert _resolved_ids(text)["American consulate"] == "geo:us-consulate-erbil"


def test_a_post_the_gazetteer_does_not_know_stays_as_it_was() -> None:
    text = "The Chilean embassy in Oslo issued a statement."
    spans = {t.surface: t for t in recognize(text)}
    assert spans["Chilean"].kind == "demonym"
    assert spans["Chilean"].country == "CL"
    assert "Oslo" in spans
    assert not any(t.feature_hint == "facility" for t in spans.values())
