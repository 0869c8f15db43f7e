"""A battlegroup is a unit of troops (our own example sentences)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Lithuania": ("iso:LT", "country", "LT"),
    "Rukla": ("test:rukla", "city", "LT"),
}

tags, events = taggers(PLACES)


def test_a_battlegroup_hosted_or_sent_is_a_unit_of_troops() -> None:
    text = "Lithuania has hosted a NATO battlegroup since 2017."
    assert any(kind == "presence" for name, kind, _ in events(text, "Lithuania") if name == "Lithuania")
    text = "The alliance sent a battle group to Rukla on Sunday."
    assert ("Rukla", "deployment", "2021-03-14") in events(text, "Rukla")
