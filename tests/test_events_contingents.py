"""Contingents of several countries counted in one clause are one event each (geo.events.contingents);
our own sentences."""

from __future__ import annotations

from geo.extract import Geoparser
from geo.model.article import Article


def _forces(text: str, parser: Geoparser) -> list[tuple[str, str, int | None, tuple[str, ...]]]:
    collection = parser.extract(Article(id="t", text=text, published="2022-05-10"))
    return sorted(
        (p.name, p.event_type, p.troops, tuple(p.actors))
        for f in collection.features
        if (p := f.properties).event_type in {"presence", "deployment"}
    )


def test_two_countries_with_their_own_counts_are_two_forces(parser: Geoparser) -> None:
    text = "By June some 600 Dutch troops and about 200 Belgian troops will be stationed in Lithuania."
    forces = _forces(text, parser)
    assert [(name, troops) for name, _, troops, _ in forces] == [("Lithuania", 200), ("Lithuania", 600)]
    assert [actors for *_, actors in forces] == [("Belgium",), ("Netherlands",)]


def test_counts_of_one_country_stay_one_force(parser: Geoparser) -> None:
    text = "By June some 600 Dutch troops and about 200 Dutch marines will be stationed in Lithuania."
    assert len(_forces(text, parser)) == 1


def test_a_count_restated_inside_another_stays_one_force(parser: Geoparser) -> None:
    text = "Some 600 Dutch troops, including 200 Belgian troops, will be stationed in Lithuania by June."
    assert len(_forces(text, parser)) == 1


def _dated(text: str, parser: Geoparser) -> list[tuple[str, int | None, str | None]]:
    collection = parser.extract(Article(id="t", text=text, published="2022-05-10"))
    return sorted(
        (p.event_type, p.troops, p.date)
        for f in collection.features
        if (p := f.properties).event_type in {"presence", "deployment"}
    )


def test_another_country_joining_later_is_a_force_of_its_own(parser: Geoparser) -> None:
    # published on a Tuesday: "on Friday" is three days later
    text = (
        "Some 200 soldiers will go to the port of Klaipeda, together with about 40 Danish soldiers on Friday."
    )
    assert _dated(text, parser) == [("deployment", 40, "2022-05-13"), ("deployment", 200, "2022-05-10")]


def test_a_joining_count_without_a_time_of_its_own_stays_one_force(parser: Geoparser) -> None:
    text = "Some 200 soldiers are sent to the port of Klaipeda, with about 40 Danish soldiers due to follow."
    assert len(_dated(text, parser)) == 1
