"""A running toll told in the present perfect is dated by the publication day, apart from the incident
of the last day at the same place (geo.events.when); our own sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
}

tags, events = taggers(PLACES)


def test_a_running_toll_is_an_event_apart_from_the_latest_incident() -> None:
    text = (
        "A convoy was hit by gunfire in Ruritania, damaging two trucks. "
        "The fighting in Ruritania has killed 120 people, including 30 civilians."
    )
    found = [t for t in tags(text, "Ruritania", published="2024-05-12") if t.event_type == "attack"]
    assert {(t.date, t.fatalities) for t in found} == {("2024-05-11/2024-05-12", None), ("2024-05-12", 120)}


def test_a_toll_of_the_past_tense_keeps_the_day_of_the_news() -> None:
    text = (
        "A convoy was hit by gunfire in Ruritania, damaging two trucks. "
        "The fighting in Ruritania killed 12 people."
    )
    found = [t for t in tags(text, "Ruritania", published="2024-05-12") if t.event_type == "attack"]
    assert {t.date for t in found} == {"2024-05-11/2024-05-12"}


def test_lives_lost_are_a_toll_up_to_the_day_of_writing() -> None:
    text = (
        "Jets struck a depot in Ruritania on 3 May. "
        "Since then, five soldiers have lost their lives in Ruritania."
    )
    found = [t for t in tags(text, "Ruritania", published="2024-05-12") if t.event_type == "attack"]
    assert {(t.date, t.fatalities) for t in found} == {("2024-05-12", 5)}


def test_lives_lost_in_a_disaster_are_no_event() -> None:
    text = "Five people lost their lives in floods in Ruritania on 3 May."
    found = [t for t in tags(text, "Ruritania", published="2024-05-12") if t.event_type != "mention"]
    assert found == []
