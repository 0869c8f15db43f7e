"""The best-known bearer of a name wins when a text names nothing else (our own sentences)."""

from __future__ import annotations

from geo import Geoparser
from geo.gazetteer import default_gazetteer
from geo.resolve.known import best_known


def _country(parser: Geoparser, text: str, surface: str) -> str | None:
    resolved = parser.resolve(text, parser.recognize(text))
    found = [r.candidate.country for r in resolved if r.toponym.surface == surface and r.candidate]
    return found[0] if found else None


def test_best_known_is_a_well_known_town_called_by_an_alternate_name() -> None:
    gazetteer = default_gazetteer()
    found = best_known(gazetteer.lookup("Palmyra"))
    assert found is not None
    assert found.country == "SY"  # Tadmur
    assert best_known(gazetteer.lookup("Ten Mile")) is None  # no well-known town bears it


def test_a_lone_name_is_its_best_known_bearer(parser: Geoparser) -> None:
    assert _country(parser, "Shelling was heard in the Palmyra desert overnight.", "Palmyra") == "SY"


def test_a_named_state_still_decides(parser: Geoparser) -> None:
    assert _country(parser, "A barn burned in Palmyra, Pennsylvania, on Sunday.", "Palmyra") == "US"
