"""The second name of a hyphenated pair of parties before a noun of meeting, pact or relations ("the X-Y
summit") is a party, no site (geo.events.bystanders.second_party; our own example sentences)."""

from __future__ import annotations

from geo.events.bystanders import second_party
from tests.events_support import taggers

PLACES = {
    "Moldova": ("iso:MD", "country", "MD"),
    "Georgia": ("iso:GE", "country", "GE"),
    "Chisinau": ("test:chisinau", "city", "MD"),
}
tags, events = taggers(PLACES)


def test_second_name_of_a_pair_before_a_summit() -> None:
    text = "Both sides welcomed the EU-Moldova summit and the Kyiv-Georgia talks."
    assert second_party(text, (text.index("Moldova"), text.index("Moldova") + 7))
    assert second_party(text, (text.index("Georgia"), text.index("Georgia") + 7))


def test_a_pair_before_other_nouns_or_without_a_hyphen_is_left_alone() -> None:
    text = "The EU-Moldova border is calm; Moldova summit plans went ahead."
    assert not second_party(text, (text.index("Moldova"), text.index("Moldova") + 7))
    second = text.index("Moldova", 20)
    assert not second_party(text, (second, second + 7))


def test_a_summit_named_by_its_parties_is_not_held_there() -> None:
    text = "The two leaders met at the EU-Moldova summit on Monday."
    assert events(text, "Moldova") == set()
