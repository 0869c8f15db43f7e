"""Forces pursuing an armed group, or launching an operation against one, are fighting it (our own example
sentences)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {"Kirkuk": ("geonames:94787", "city", "IQ")}

tags, events = taggers(PLACES)


def test_troops_pursuing_rebels_into_a_province_fight_there() -> None:
    text = "Government troops continue to pursue the rebels northwards into Kirkuk."
    assert {kind for _, kind, _ in events(text, "Kirkuk", published="2024-05-28")} == {"attack"}


def test_pursuing_talks_is_no_attack() -> None:
    text = "The ministers will pursue talks in Kirkuk next week."
    assert all(kind != "attack" for _, kind, _ in events(text, "Kirkuk", published="2024-05-28"))


CONGO = {
    "Goma": ("geonames:216281", "city", "CD"),
    "DR Congo": ("geonames:203312", "country", "CD"),
}
congo_tags, congo_events = taggers(CONGO)


def test_an_operation_launched_against_a_group_is_fighting_not_a_deployment() -> None:
    text = (
        "Fighting flared again in DR Congo.\n\n"
        "Troops launched Operation Sukola I in early 2014 against the militia near Goma."
    )
    found = congo_events(text, "DR Congo", "Goma", published="2015-05-06")
    assert ("Goma", "attack", "2014") in {(n, k, d[:4]) for n, k, d in found}
    assert all(kind != "deployment" for _, kind, _ in found)


def test_an_operation_launched_without_a_foe_is_still_a_deployment() -> None:
    text = "Fighting flared again in DR Congo.\n\nTroops launched Operation Sukola I in early 2014."
    found = congo_events(text, "DR Congo", published="2015-05-06")
    assert any(kind == "deployment" for _, kind, _ in found)


def test_an_operation_that_goes_on_against_a_group_is_fighting() -> None:
    text = "Kurdish units continue their operations near Kirkuk against the militants."
    assert {kind for _, kind, _ in events(text, "Kirkuk", published="2024-05-28")} == {"attack"}


def test_continuing_operations_without_a_foe_is_no_attack() -> None:
    text = "The airline will continue its operations at Kirkuk airport next month."
    assert all(kind != "attack" for _, kind, _ in events(text, "Kirkuk", published="2024-05-28"))
