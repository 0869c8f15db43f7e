"""Headline verbs of UCDP-style one-event reports (sentences written here)."""

from __future__ import annotations

import pytest

from tests.test_events import tag


@pytest.mark.parametrize(
    ("headline", "event_type"),
    [
        ("Warplanes bomb areas in the northern countryside of Mosul", "strike"),
        ("Government forces advanced to west of Kirkuk", "attack"),
        ("Rebels advance north of Basra", "attack"),
        ("Government forces shell the western countryside of Mosul", "attack"),
        ("Planes bomb several villages in the countryside of Mosul", "strike"),
        ("Rebels storm Kirkuk", "attack"),
        ("Fighting renews near Kirkuk", "attack"),
        ("Fighting resumes in Basra", "attack"),
        ("Artillery pounds the outskirts of Basra", "attack"),
        ("Violence near the market of Basra claims the lives of 4 people", "attack"),
        ("Militants seize more villages in Mosul", "attack"),
        ("The army retakes Kirkuk", "attack"),
        ("Rebels take control of Basra", "attack"),
        ("Jets hit a convoy, tanks push deeper into Mosul", "attack"),
        ("Government forces expand their control in the vicinity of Kirkuk", "attack"),
        ("The army regains control of Basra", "attack"),
        ("Barrel bombs dropped on Kirkuk", "strike"),
        ("Helicopters drop explosive barrels on the outskirts of Basra", "strike"),
        ("A landmine explodes near Kirkuk", "attack"),
        ("A detainee dies under torture in Basra", "attack"),
        ("Exchange of fire on the outskirts of Mosul", "attack"),
        ("Gunmen detonate a car bomb in Kirkuk", "attack"),
        ("Militants stone a woman to death in Basra", "attack"),
        ("Insurgents behead a driver near Kirkuk", "attack"),
        ("Fire exchange between the army and gunmen in Mosul", "attack"),
        ("Government forces shell two towns in the countryside of Mosul", "attack"),
        ("Jets bomb three villages in the countryside of Kirkuk", "strike"),
        ("Militants whip a man and execute another in Basra", "attack"),
        ("Government forces advance in the eastern countryside of Mosul", "attack"),
        ("Government forces shell al-Basra and areas nearby", "attack"),
        ("The group detonates a booby-trapped car in Kirkuk", "attack"),
        ("Losses among the rebels in Kirkuk", "attack"),
        ("Helicopters shell northern Kirkuk countryside", "attack"),
        ("Continuous fighting on the outskirts of Mosul", "attack"),
        ("Ongoing fighting around Kirkuk", "attack"),
        ("Bloody fighting in Basra overnight", "attack"),
    ],
)
def test_headline_verbs_make_events(headline: str, event_type: str) -> None:
    (name,) = [n for n in ("Mosul", "Kirkuk", "Basra") if n in headline]
    assert tag(headline, name)[name].event_type == event_type


@pytest.mark.parametrize(
    "text", ["The militia has the means to bomb Mosul", "Oh militia, bomb Mosul", "The bomb Mosul"]
)
def test_bomb_without_a_plural_subject_is_no_strike(text: str) -> None:
    assert tag(text, "Mosul")["Mosul"].event_type == "mention"


def test_the_road_of_a_place_is_where_the_clashes_are() -> None:
    found = tag("Rebels target Kirkuk and clashes on the road of Mosul", "Kirkuk", "Mosul")
    assert (found["Kirkuk"].event_type, found["Mosul"].event_type) == ("attack", "attack")


def test_on_the_highway_then_the_name_is_where() -> None:
    found = tag("Battles near Kirkuk and killed on the highway Mosul", "Kirkuk", "Mosul")
    assert found["Mosul"].event_type == "attack"


@pytest.mark.parametrize(
    "text", ["The shell the army found near Mosul", "A storm over Kirkuk", "Winter storms Kirkuk"]
)
def test_nouns_of_headline_verbs_tell_no_event(text: str) -> None:
    (name,) = [n for n in ("Mosul", "Kirkuk") if n in text]
    assert tag(text, name)[name].event_type == "mention"


def test_a_compass_word_after_a_noun_locates_the_name() -> None:
    text = "Troops advance on Kirkuk city and warplanes carry out raids on several villages west Mosul"
    assert tag(text, "Kirkuk", "Mosul")["Mosul"].event_type == "strike"


def test_a_compass_word_after_from_says_where_from() -> None:
    found = tag("Rockets fired from south Kirkuk hit Mosul", "Kirkuk", "Mosul")
    assert (found["Kirkuk"].event_type, found["Mosul"].event_type) == ("mention", "rocket_attack")


def test_seizing_a_ship_is_no_territorial_control() -> None:
    assert tag("Pirates seize a ship off Basra", "Basra")["Basra"].sub_event_type != "territorial_control"


def test_barrels_that_are_no_bombs_tell_no_strike() -> None:
    assert tag("A refinery in Basra fills oil barrels", "Basra")["Basra"].event_type == "mention"


def test_a_fire_that_is_no_exchange_of_fire_is_no_event() -> None:
    assert tag("A forest fire spreads near Mosul", "Mosul")["Mosul"].event_type == "mention"


def test_executing_another_thing_is_no_execution() -> None:
    assert tag("The firm executed another contract in Basra", "Basra")["Basra"].event_type == "mention"


@pytest.mark.parametrize("text", ["Talks advance in Basra", "The company advances in Basra markets"])
def test_advancing_without_armed_forces_is_no_event(text: str) -> None:
    assert tag(text, "Basra")["Basra"].event_type == "mention"


def test_losses_of_money_or_jobs_are_no_event() -> None:
    assert tag("Job losses in Basra factories", "Basra")["Basra"].event_type == "mention"
