"""An act told on two coordinated days is two events of its place (geo.events.repeated); our own
sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Kirkuk": ("test:kirkuk", "city", "IQ"),
}

tags, events = taggers(PLACES)


def test_an_attack_on_two_coordinated_days_is_two_events() -> None:
    found = events("Jets struck Kirkuk on 3 May and again on 9 May.", "Kirkuk", published="2024-05-12")
    assert {(kind, date) for _, kind, date in found} == {("strike", "2024-05-03"), ("strike", "2024-05-09")}


def test_a_span_between_two_days_is_one_event() -> None:
    found = events("Jets struck Kirkuk between 3 May and 9 May.", "Kirkuk", published="2024-05-12")
    assert len(found) == 1


def test_a_movement_of_forces_on_two_days_is_one_event() -> None:
    text = "Troops were deployed to Kirkuk on 3 May and on 4 May."
    found = events(text, "Kirkuk", published="2024-05-12")
    assert len({date for _, kind, date in found if kind == "deployment"}) <= 1
