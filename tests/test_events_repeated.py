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


def test_two_coordinated_pronouns_with_their_own_times_are_two_events() -> None:
    text = (
        "Jets struck Kirkuk on 3 May. Several raids have been deadly, including one in early April that "
        "killed 12 fighters and one in late April that killed 9."
    )
    found = tags(text, "Kirkuk", published="2024-05-12")
    april = {(t.date, t.fatalities) for t in found if t.event_type != "mention" and t.date != "2024-05-03"}
    assert april == {("2024-04-01/2024-04-10", 12), ("2024-04-21/2024-04-30", 9)}


def test_one_pronoun_with_its_time_is_one_event() -> None:
    text = "Jets struck Kirkuk on 3 May. Several raids were deadly, one in early April killing 12."
    found = tags(text, "Kirkuk", published="2024-05-12")
    assert {t.date for t in found if t.event_type != "mention"} <= {"2024-05-03", "2024-04-01/2024-04-10"}


def test_a_pronoun_time_already_told_at_the_place_adds_no_event() -> None:
    text = (
        "Jets struck Kirkuk in late April. Raids on Kirkuk were deadly, including one in early April that "
        "killed 12 and one in late April that killed 9."
    )
    found = tags(text, "Kirkuk", published="2024-05-12")
    assert len([t for t in found if t.date == "2024-04-21/2024-04-30"]) == 1
