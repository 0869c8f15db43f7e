"""Gold places that were only mentions (ment33): sentences written here, one behaviour each."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.model.article import Article


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _types(parser: Geoparser, text: str, published: str = "2024-03-09") -> set[tuple[str, str]]:
    found = parser.extract_features(Article("t", text, published=published))
    return {
        (f.properties.event_type, f.properties.name) for f in found if f.properties.event_type != "mention"
    }


def test_mostly_in_narrows_where_the_troops_are(parser: Geoparser) -> None:
    found = _types(parser, "France keeps 700 soldiers in Syria, mainly in Hasakah and Raqqa provinces.")
    assert ("presence", "Hasakah") in found
    assert ("presence", "Raqqa") in found


def test_most_of_them_at_a_camp_is_where_they_are_stationed(parser: Geoparser) -> None:
    # The camp's town named (site37: a "Camp X" the gazetteer lacks is no look-alike town abroad).
    found = _types(
        parser, "Some 20,000 US troops are stationed in Japan, most of them at Camp Hansen near Kin."
    )
    assert ("presence", "Camp Hansen") in found


def test_mostly_in_a_list_of_towns_shares_the_strike(parser: Geoparser) -> None:
    found = _types(parser, "Warplanes struck several towns, mostly in Raqqa and Deir ez-Zor.")
    assert {("strike", "Raqqa"), ("strike", "Deir ez-Zor")} <= found


def test_a_force_that_still_has_troops_at_a_site_is_there(parser: Geoparser) -> None:
    assert ("presence", "al-Tanf") in _types(parser, "The coalition still has soldiers at al-Tanf.")


def test_a_state_that_keeps_a_count_of_soldiers_somewhere_is_there(parser: Geoparser) -> None:
    assert ("presence", "Estonia") in _types(parser, "Britain keeps about 900 soldiers in Estonia.")


def test_offices_or_staff_of_a_firm_are_no_forces(parser: Geoparser) -> None:
    assert not _types(parser, "The bank has offices in Berlin and staff in Munich.")


def test_the_perfect_has_had_troops_since_is_a_retrospect(parser: Geoparser) -> None:
    assert ("presence", "Lebanon") not in _types(parser, "Spain has had troops in Lebanon since 2006.")


def test_a_vehicle_that_hit_an_explosive_device_was_attacked(parser: Geoparser) -> None:
    found = _types(parser, "A patrol car hit an explosive device near Mandera on Friday.")
    assert ("attack", "Mandera") in found


def test_an_explosive_device_defused_is_no_attack(parser: Geoparser) -> None:
    assert not _types(parser, "Engineers found and defused an explosive device in Mombasa.")


def test_camps_in_towns_after_a_base_in_the_capital_are_listed_too(parser: Geoparser) -> None:
    text = (
        "About 800 Spanish soldiers are based in Mali, at the Colonel Abdou Diallo air base in the capital "
        "and at camps in Gao and Timbuktu."
    )
    assert {("presence", "Gao"), ("presence", "Timbuktu")} <= _types(parser, text)


def test_soldiers_taught_at_a_place_are_trained_there(parser: Geoparser) -> None:
    found = _types(parser, "Ukrainian soldiers are taught at Wildflecken by German instructors.")
    assert ("training", "Wildflecken") in found


def test_children_taught_at_a_school_tell_no_training(parser: Geoparser) -> None:
    assert not _types(parser, "Children are taught at a school in Hamburg.")


def test_a_training_mission_is_training_without_soldiers_named(parser: Geoparser) -> None:
    found = _types(parser, "The training mission in Kunduz is now led by Norway.")
    assert ("training", "Kunduz") in found


def test_a_training_mission_run_from_a_town_is_there(parser: Geoparser) -> None:
    assert ("training", "Bamako") in _types(parser, "Spain runs a training mission from Bamako.")
    found = _types(parser, "Norway leads the training mission in the north from Kunduz.")
    assert ("training", "Kunduz") in found
