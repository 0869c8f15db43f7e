"""Where people fled or were driven to ("thousands fled into X", "the rebels were pushed into X and Y") is no
site of the violence that drove them; forces that "push into X" still attack X; who rules a place ("under
X's control", "the officer in charge of X") is no site either, nor are the places of a main clause after
"amid the attacks" (our own example sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Beni": ("geonames:219057", "city", "CD"),
    "Uganda": ("geonames:226074", "country", "UG"),
    "Rwanda": ("geonames:49518", "country", "RW"),
}

tags, events = taggers(PLACES)


def kinds(text: str, name: str, *names: str) -> set[str]:
    return {kind for place, kind, _ in events(text, name, *names, published="2021-11-08") if place == name}


@pytest.mark.parametrize(
    "text",
    [
        "After the rebels attacked Beni on Sunday, thousands fled into Uganda.",
        "The rebels attacked Beni on Sunday and fled to neighbouring Uganda on Monday.",
        "The rebels attacked Beni in 2012; a year later they were pushed out of it into Uganda.",
    ],
)
def test_where_people_fled_to_is_no_site_of_the_attack(text: str) -> None:
    assert kinds(text, "Uganda", "Beni") == set()
    assert kinds(text, "Beni", "Uganda") == {"attack"}


def test_every_name_of_a_list_after_a_verb_of_flight_is_a_refuge() -> None:
    text = "The rebels seized Beni in 2012 and were pushed into Uganda and Rwanda by the army in 2013."
    assert kinds(text, "Rwanda", "Uganda", "Beni") == set()


def test_forces_pushing_into_a_town_attack_it() -> None:
    assert kinds("Army tanks pushed deeper into Beni on Monday.", "Beni") == {"attack"}


def test_a_vehicle_driven_into_a_place_attacks_it() -> None:
    assert kinds("A truck was driven into Beni's market on Monday, killing six.", "Beni") == {"attack"}


# "under X's control": X rules the place, it is no site
RULERS = {
    "Kabul": ("geonames:1138958", "city", "AF"),
    "Moscow": ("geonames:524901", "city", "RU"),
    "Poland": ("geonames:798544", "country", "PL"),
}
_, ruled_events = taggers(RULERS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels attacked villages under Kabul's control on Monday.", "Kabul"),
        (
            "The alliance decided to deploy troops to Poland and states formerly under Moscow's rule.",
            "Moscow",
        ),
    ],
)
def test_who_rules_a_place_is_no_site(text: str, name: str) -> None:
    names = [n for n in RULERS if n in text]
    assert not any(place == name for place, _, _ in ruled_events(text, *names, published="2017-03-17"))


def test_the_domain_of_an_officer_in_charge_is_no_site() -> None:
    places = {"Kidal region": ("geonames:2455289", "admin_region", "ML")}
    _, charged = taggers(places)
    text = "The officer in charge of the Kidal region was killed in a drone strike on Monday."
    assert not charged(text, "Kidal region", published="2024-04-16")


def test_amid_the_attacks_told_before_is_no_event_of_the_main_clause() -> None:
    places = {"Kidal": ("geonames:2455290", "city", "ML")}
    _, amid = taggers(places)
    text = "Amid the attacks, the president met army commanders in the city of Kidal on Monday."
    assert not amid(text, "Kidal", published="2023-07-27")
    text = "Amid heavy shelling of Kidal, residents fled on Monday."
    assert {kind for _, kind, _ in amid(text, "Kidal", published="2023-07-27")} == {"attack"}
