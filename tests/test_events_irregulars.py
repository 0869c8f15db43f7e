"""A bare strike by a non-state armed group is a ground attack (our own example sentences)."""

from __future__ import annotations

from geo.events.irregulars import by_group
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Baidoa": ("test:baidoa", "city", "SO"),
    "Kismayo": ("test:kismayo", "city", "SO"),
    "US": ("iso:US", "country", "US"),
}

tags, events = taggers(PLACES)


def test_militants_that_struck_a_base_attacked_it() -> None:
    text = "Militants on motorbikes struck an army post in Baidoa on Sunday."
    assert ("Baidoa", "attack", "2021-03-14") in events(text, "Baidoa")


def test_a_strike_on_militants_or_reported_by_them_stays_a_strike() -> None:
    text = "A strike on a militant hideout near Kismayo killed ten on Sunday."
    assert ("Kismayo", "strike", "2021-03-14") in events(text, "Kismayo")
    text = "Rebels said a strike hit their base in Baidoa on Sunday."
    assert ("Baidoa", "strike", "2021-03-14") in events(text, "Baidoa")


def test_by_group_needs_no_state_and_no_weapon_from_afar() -> None:
    words = {"militants", "struck", "a", "base"}
    assert by_group("strike", None, words, lead="Militants ") == ("attack", None)
    assert by_group("strike", None, words, lead="Militants ", states=["United States"]) == ("strike", None)
    assert by_group("strike", None, words | {"drones"}, lead="Militants ") == ("strike", None)
    assert by_group("strike", "air_strike", words, lead="Militants ") == ("strike", "air_strike")
