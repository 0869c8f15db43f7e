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
