"""Troops contributed to "the mission" just told of (geo.events.contributors), on our own sentences."""

from __future__ import annotations

import pytest

from geo.extract import Geoparser
from geo.model.article import Article


def presences(text: str, parser: Geoparser) -> list[tuple[str, int | None, tuple[str, ...]]]:
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    return [
        (f.properties.name, f.properties.troops, tuple(f.properties.actors))
        for f in collection.features
        if f.properties.event_type == "presence"
    ]


_BEFORE = "Some 1,200 Dutch troops serve with UNIFIL, most in southern Lebanon. "


def test_each_count_given_to_the_mission_is_a_presence_at_its_place(parser: Geoparser) -> None:
    text = _BEFORE + (
        "About 30 countries contribute 10,500 troops to the mission, "
        "led by Italy with around 1,000 troops and France with more than 700."
    )
    found = presences(text, parser)
    assert ("Lebanon", 10500, ()) in found
    assert ("Lebanon", 1000, ("Italy",)) in found
    assert ("Lebanon", 700, ("France",)) in found


def test_a_sentence_naming_another_place_is_no_share_of_the_mission(parser: Geoparser) -> None:
    text = _BEFORE + "Italy also keeps 1,000 troops in Iraq for the mission there."
    assert [p for p in presences(text, parser) if p[1] == 1000 and p[0] == "Lebanon"] == []


def test_no_mission_named_before_places_nothing(parser: Geoparser) -> None:
    text = (
        "Some 1,200 Dutch troops are in southern Lebanon. "
        "About 30 countries contribute 10,500 troops to the force, led by Italy with around 1,000 troops."
    )
    assert [p for p in presences(text, parser) if p[1] in {10500, 1000}] == []


def test_shares_told_by_demonym_or_from_a_country_are_contingents(parser: Geoparser) -> None:
    for tail in (
        "The force has 10,500 troops, including 1,000 Italian soldiers and 700 French soldiers.",
        "The mission has 10,500 troops, including 1,000 from Italy and 700 from France.",
    ):
        found = presences(_BEFORE + tail, parser)
        assert ("Lebanon", 1000, ("Italy",)) in found
        assert ("Lebanon", 700, ("France",)) in found


_TOLD = (
    "Some 1,200 Dutch troops serve with UNIFIL in Lebanon. UNIFIL also has a large base in Tyre. "
    "The soldiers patrol the frontier every day. "
)


def test_the_mission_named_just_before_without_its_place_is_at_its_area(parser: Geoparser) -> None:
    text = _TOLD + (
        "The Security Council renewed the UNIFIL mandate in August. "
        "The peacekeeping mission counts more than 9,000 troops from 40 countries."
    )
    found = presences(text, parser)
    assert ("Lebanon", 9000, ()) in found  # the mission's country, not the town of its base
    assert [p for p in found if p[1] == 9000 and p[0] != "Lebanon"] == []
    # no mission named in the sentences just before: "the mission" may be any
    other = _TOLD + "The Council met in August. The peacekeeping mission counts more than 9,000 troops."
    assert [p for p in presences(other, parser) if p[1] == 9000] == []


@pytest.mark.parametrize(
    "tail",
    [
        "Italy contributes 1,000 troops to the mission.",
        "Italy provides about 1,000 soldiers to the UN force.",
        "Italy has 1,000 troops in the peacekeeping mission.",
        "Italy sends some 1,000 soldiers to the mission.",
        "Italy, which supplies 1,000 troops to the force, backed the renewal.",
    ],
)
def test_a_country_that_gives_troops_to_the_mission_has_them_at_its_place(
    tail: str, parser: Geoparser
) -> None:
    assert ("Lebanon", 1000, ("Italy",)) in presences(_BEFORE + tail, parser)


@pytest.mark.parametrize(
    "tail",
    [
        "Italy has 1,000 troops in Iraq for the mission there.",
        "Italy contributes 1,000 euros to the mission's fund.",
    ],
)
def test_a_country_giving_elsewhere_or_money_is_no_share(tail: str, parser: Geoparser) -> None:
    assert [p for p in presences(_BEFORE + tail, parser) if p[0] == "Lebanon" and p[1] == 1000] == []
