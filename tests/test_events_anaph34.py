"""Back-references by general nouns of a class: "the strait" and "the gulf" (the last water body), "the port"
(the last city), "the outpost", "the garrison" and "the post" (the last base)."""

from __future__ import annotations

import pytest

from geo.extract import Geoparser
from geo.model.article import Article


def events(text: str, parser: Geoparser) -> list[dict[str, object]]:
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    return [f.properties.model_dump() for f in collection.features if f.properties.event_type != "mention"]


def test_the_strait_means_the_strait_named_before(parser: Geoparser) -> None:
    text = (
        "Shipping traffic through the Strait of Hormuz fell sharply last month. "
        "On Friday a drone struck a tanker in the strait, the navy said."
    )
    names = [e["name"] for e in events(text, parser)]
    assert "Strait of Hormuz" in names


def test_the_port_means_the_city_named_before(parser: Geoparser) -> None:
    text = "Hodeidah is a city on the Red Sea coast of Yemen. Warplanes bombed the port on Friday."
    names = [e["name"] for e in events(text, parser)]
    assert "Hodeidah" in names


@pytest.mark.parametrize("noun", ["outpost", "garrison", "post"])
def test_the_outpost_means_the_base_named_before(parser: Geoparser, noun: str) -> None:
    text = f"Ain al-Asad air base lies in Anbar province. Rockets struck the {noun} on Friday night."
    attacks = [e for e in events(text, parser) if e["event_type"] == "rocket_attack"]
    assert [e["name"] for e in attacks] == ["Ain al-Asad air base"]


def test_the_port_of_a_named_place_is_not_a_back_reference(parser: Geoparser) -> None:
    text = "Hodeidah is a city in Yemen. Warplanes bombed the port of Salif on Friday."
    assert "Hodeidah" not in [e["name"] for e in events(text, parser)]


def test_the_port_does_not_mean_a_strait(parser: Geoparser) -> None:
    text = "Shipping through the Strait of Hormuz fell last month. Warplanes bombed the port on Friday."
    assert "Strait of Hormuz" not in [e["name"] for e in events(text, parser)]


def test_a_post_war_order_is_no_post(parser: Geoparser) -> None:
    text = "Ain al-Asad air base lies in Anbar province. Rockets shaped the post-war order on Friday night."
    assert "Ain al-Asad air base" not in [e["name"] for e in events(text, parser)]


def test_near_the_strait_in_a_clause_of_its_own(parser: Geoparser) -> None:
    text = (
        "Shipping through the Strait of Hormuz fell last month. In April the Guards seized a tanker in the "
        "Gulf of Oman, and on Friday commandos seized a ship near the strait."
    )
    names = {e["name"] for e in events(text, parser)}
    assert {"Strait of Hormuz", "Gulf of Oman"} <= names


def test_a_strait_before_the_cue_is_not_where_it_happened(parser: Geoparser) -> None:
    text = (
        "Shipping through the Strait of Hormuz fell last month. In April the Guards seized a tanker in the "
        "Gulf of Oman, and ships near the strait were warned."
    )
    assert "Strait of Hormuz" not in {e["name"] for e in events(text, parser)}


def test_a_capital_that_speaks_leaves_the_town_to_the_back_reference(parser: Geoparser) -> None:
    text = (
        "Smoke rises over Avdiivka after Russian air strikes on February 16. "
        "Kyiv announced the next day that its troops had withdrawn from the town."
    )
    withdrawals = [e for e in events(text, parser) if e["event_type"] == "withdrawal"]
    assert "Avdiivka" in [e["name"] for e in withdrawals]  # (Kyiv keeps an event of its own too)
