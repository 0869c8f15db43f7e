"""A bare "target" without an armed agent or weapon, a state or an actor is figurative (our own example
sentences); with one of them, or in the passive, it is an attack."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Dayton": ("test:dayton", "city", "US"),
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Turkey": ("iso:TR", "country", "TR"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "The new parking rules in Dayton target commuters who leave their cars all day.",
        "Since May the Dayton police have run a campaign to target speeding on school roads.",
        "Graffiti crews often target the old bridge in Dayton.",
    ],
)
def test_a_figurative_target_is_no_event(text: str) -> None:
    assert not events(text, "Dayton")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Militants targeted a checkpoint in Kirkuk on Monday.", ("Kirkuk",)),
        ("Turkey targeted a vehicle near Kirkuk on Monday.", ("Turkey", "Kirkuk")),
        ("A convoy was targeted near Kirkuk on Monday.", ("Kirkuk",)),
    ],
)
def test_a_target_with_an_agent_a_state_or_in_the_passive_is_an_attack(
    text: str, names: tuple[str, ...]
) -> None:
    assert ("Kirkuk", "attack") in {(p, k) for p, k, _ in events(text, *names)}


@pytest.mark.parametrize(
    "text",
    [
        "Helicopters target villages near Kirkuk as clashes go on",
        "New targeting hits the countryside of Kirkuk",
        "Factions target the outskirts of Kirkuk and shell positions in the south.",
    ],
)
def test_a_target_beside_words_of_fighting_is_an_attack(text: str) -> None:
    assert ("Kirkuk", "attack") in {(p, k) for p, k, _ in events(text, "Kirkuk")}
