"""Two acts at one place told with their own dates stay two events; our own sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Lebanon": ("test:lebanon", "country", "LB"),
    "Kirkuk": ("test:kirkuk", "city", "IQ"),
}

tags, events = taggers(PLACES)


def test_an_act_done_again_in_another_year_is_two_events() -> None:
    text = "Israeli troops invaded Lebanon in 1978 and again in 2006."
    found = tags(text, "Lebanon", published="2024-05-15")
    assert {t.date for t in found if t.event_type != "mention"} == {"1978", "2006"}


def test_an_attack_again_in_another_month_is_two_events() -> None:
    text = "Jets struck Kirkuk in March and again in May."
    found = tags(text, "Kirkuk", published="2024-06-15")
    assert {t.date for t in found if t.event_type == "strike"} == {"2024-03", "2024-05"}


def test_two_years_joined_by_a_bare_and_stay_one_event() -> None:
    text = "Jets struck Kirkuk in 2014 and 2015."
    found = tags(text, "Kirkuk", published="2024-06-15")
    assert len([t for t in found if t.event_type != "mention"]) == 1


def test_an_attack_on_two_coordinated_days_is_still_two_events() -> None:
    found = events("Jets struck Kirkuk on 3 May and again on 9 May.", "Kirkuk", published="2024-05-12")
    assert {date for _, kind, date in found if kind == "strike"} == {"2024-05-03", "2024-05-09"}


def test_a_capture_and_a_pullout_joined_after_its_year_are_two_events() -> None:
    text = "Rebels captured Kirkuk in 2012 and pulled out of the city days later."
    found = tags(text, "Kirkuk", published="2024-05-15")
    assert {(t.event_type, t.date) for t in found if t.event_type != "mention"} == {
        ("attack", "2012"),
        ("withdrawal", "2012"),
    }


def test_the_second_act_takes_its_own_later_time() -> None:
    text = "Rebels captured Kirkuk in March 2012 and withdrew in December 2012."
    found = tags(text, "Kirkuk", published="2024-05-15")
    assert ("withdrawal", "2012-12") in {(t.event_type, t.date) for t in found}


def test_an_act_in_a_clause_of_time_with_its_own_day_is_its_own_event() -> None:
    text = "The base in Kirkuk was handed over on Tuesday after the last flight left on Monday."
    found = tags(text, "Kirkuk", published="2024-05-15")
    assert {t.date for t in found if t.event_type == "withdrawal"} == {"2024-05-14", "2024-05-13"}


def test_a_clause_of_time_without_its_own_time_adds_no_event() -> None:
    text = "Jets struck Kirkuk on Tuesday after clashes in the city."
    found = tags(text, "Kirkuk", published="2024-05-15")
    assert len({t.date for t in found if t.event_type != "mention"}) == 1
