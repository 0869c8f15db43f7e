"""Armed groups a text names are country evidence for its ambiguous names (our own sentences)."""

from __future__ import annotations

from geo import Geoparser
from geo.resolve.actors import actor_countries, actor_evidence


def test_actors_named_give_their_countries_once_each() -> None:
    found = actor_countries("SDF units and the Syrian Democratic Forces' allies fought IS near the dam.")
    assert found == {"SY": 1.5, "IQ": 0.5}


def test_actor_names_are_matched_as_written() -> None:
    assert actor_countries("This is what the report says.") == {}
    assert actor_countries("NATO ministers met in Brussels.") == {}  # no country of its own


def test_an_actor_pulls_an_ambiguous_name_into_its_country(parser: Geoparser) -> None:
    text = "SDF fighters repelled an attack in Tabaqa countryside overnight."
    resolved = parser.resolve(text, parser.recognize(text))
    assert [r.candidate.country for r in resolved if r.toponym.surface == "Tabaqa" and r.candidate] == ["SY"]


def test_a_group_written_in_capitals_is_no_country_code(parser: Geoparser) -> None:
    # "IS" is the Islamic State here, not Iceland's code: its countries, not Iceland's, weigh on Palmyra
    text = "IS gunmen shot two men in Palmyra market at dawn."
    resolved = parser.resolve(text, parser.recognize(text))
    assert [r.candidate.country for r in resolved if r.toponym.surface == "Palmyra" and r.candidate] == ["SY"]


def test_an_actor_name_inside_a_word_is_no_actor_but_one_after_it_is() -> None:
    # "xIS", "al-IS" and "IS'" touch word characters; the "IS" after "xIS " stands alone.
    assert actor_evidence("The DAXIS and ex-IS units met.")[1] == []
    text = "The HTSIS unit, then IS fighters."
    assert actor_evidence(text)[1] == [(text.index("IS f"), text.index("IS f") + 2)]


def test_syrian_rebel_groups_give_syria() -> None:
    # UCDP actors of Syria's conflicts (catalog_actors.yaml): our own sentence
    found = actor_countries("Jaysh al-Islam and Rahman Corps traded fire east of the capital.")
    assert found == {"SY": 2.0}
