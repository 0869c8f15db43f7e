"""Domestic events told by a demonym only ("the Xian army withdrew"), on our own sentences."""

from __future__ import annotations

from geo.extract import Geoparser
from geo.model.article import Article


def events(text: str, parser: Geoparser) -> list[tuple[str, str, str]]:
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    return [
        (f.properties.event_type, f.properties.name, str(f.properties.date))
        for f in collection.features
        if f.properties.event_type != "mention"
    ]


def test_the_story_countrys_army_by_its_demonym_acts_in_that_country(parser: Geoparser) -> None:
    text = (
        "Jihadists attacked a convoy in northern Mali on Sunday. "
        "The Malian army withdrew from two of its camps on Monday."
    )
    assert ("withdrawal", "Mali", "2024-03-04") in events(text, parser)


def test_protesters_named_by_the_story_countrys_demonym_protest_there(parser: Geoparser) -> None:
    text = (
        "Gunmen killed two police officers in Iraq on Thursday. "
        "Thousands of Iraqi protesters rallied on Friday against corruption."
    )
    assert ("protest", "Iraq", "2024-03-08") in events(text, parser)


def test_a_demonym_of_another_country_places_nothing(parser: Geoparser) -> None:
    text = (
        "Gunmen killed two police officers in Iraq on Thursday, and Iran was blamed. "
        "Thousands of Iranian protesters rallied on Friday against corruption."
    )
    assert [e for e in events(text, parser) if e[0] == "protest"] == []


def test_a_demonym_without_a_time_of_its_own_places_nothing(parser: Geoparser) -> None:
    text = (
        "Gunmen killed two police officers in Iraq on Thursday. "
        "Iraqi protesters often rally against corruption."
    )
    assert [e for e in events(text, parser) if e[0] == "protest"] == []


def test_a_person_introduced_with_the_demonym_acts_at_home_amid_protests(parser: Geoparser) -> None:
    # the subject is the person the article introduced as "Xian Prime Minister ..."; "amid" protests
    # went on in the same country on the act's days
    text = (
        "Lebanon's parliament voted on a new budget on Saturday. "
        "Earlier, Lebanese Prime Minister Jane Karam urged lawmakers to act. "
        "Karam stepped down in October amid weeks of street protests."
    )
    found = events(text, parser)
    assert ("political", "Lebanon", "2023-10") in found
    assert ("protest", "Lebanon", "2023-10") in found


def test_a_person_introduced_with_another_demonym_places_nothing(parser: Geoparser) -> None:
    text = (
        "Lebanon's parliament voted on a new budget on Saturday. "
        "Earlier, French Prime Minister Jane Karam urged lawmakers to act. "
        "Karam stepped down in October amid weeks of street protests."
    )
    assert [e for e in events(text, parser) if e[0] == "protest"] == []


def test_a_country_named_only_as_the_source_before_the_cue_names_no_place(parser: Geoparser) -> None:
    text = (
        "Jihadists attacked a convoy in northern Mali on Sunday. "
        "According to France, the Malian army withdrew from two of its camps on Monday."
    )
    assert ("withdrawal", "Mali", "2024-03-04") in events(text, parser)
