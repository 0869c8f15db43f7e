"""A mishap named in a story's lead and told on in general words later is no violent event
(geo.events.mishaps; our own example sentences)."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Dover": ("test:dover", "city", "US"),
    "Millbrook": ("test:millbrook", "city", "US"),
    "Kessa": ("test:kessa", "city", "NE"),
}
tags, events = taggers(PLACES)


def test_a_blast_after_a_gas_leak_in_the_lead_is_no_attack() -> None:
    text = (
        "A gas leak caused an explosion at a bakery early on Monday, injuring nine people, the fire service "
        "said. Firefighters reached the scene within minutes. The blast happened just after 6 a.m. at a "
        "bakery in the centre of Millbrook."
    )
    assert events(text, "Millbrook") == set()


def test_homes_destroyed_after_flooding_in_the_lead_are_no_attack() -> None:
    text = (
        "Heavy flooding has forced thousands of families from their homes, aid groups said on Tuesday. "
        "Hundreds of houses near Kessa have been destroyed."
    )
    assert events(text, "Kessa") == set()


def test_a_stabbing_in_a_court_story_is_no_event() -> None:
    text = (
        "A man was jailed for six years on Friday by a judge at the county court. "
        "The victim was stabbed several times in an attack outside a shop in Dover on March 3."
    )
    assert events(text, "Dover") == set()


def test_armed_agents_in_the_story_keep_the_attack() -> None:
    text = (
        "A road accident blocked the main highway for hours on Monday, officials said. "
        "Later that day gunmen opened fire on a market. The attack in Kessa killed four people."
    )
    assert {place for place, kind, _ in events(text, "Kessa")} == {"Kessa"}


def test_a_mishap_named_after_the_lead_keeps_the_attack() -> None:
    text = (
        "Villagers fled their homes on Monday, aid workers said. "
        "Many left on motorcycles. "
        "The attack on Kessa killed four people overnight."
    )
    assert {place for place, kind, _ in events(text, "Kessa")} == {"Kessa"}


def test_a_house_fire_or_tainted_liquor_that_kills_is_no_attack() -> None:
    assert events("Kitchen fire kills woman, 90, in Millbrook.", "Millbrook") == set()
    assert events("Bootleg liquor killed nine people in Kessa last week.", "Kessa") == set()
    assert events("Food poisoning killed two guests at a wedding in Dover.", "Dover") == set()


def test_gunmen_who_set_a_fire_that_killed_keep_the_attack() -> None:
    text = "Gunmen set a market on fire in Kessa on Friday; the fire killed six people."
    assert {place for place, _, _ in events(text, "Kessa")} == {"Kessa"}
