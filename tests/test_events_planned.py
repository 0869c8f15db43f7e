"""Planned movements of forces: events when told with their time (our own example sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
}

tags, events = taggers(PLACES)


def test_a_planned_withdrawal_with_its_time_is_dated_by_that_time() -> None:
    text = "The last troops will leave Kirkuk at the end of the summer, the ministry said."
    found = events(text, "Kirkuk", published="2022-06-13")
    assert {(name, kind) for name, kind, _ in found} == {("Kirkuk", "withdrawal")}
    assert all(date != "2022-06-13" for _, _, date in found)


def test_a_planned_deployment_with_its_time_is_an_event() -> None:
    text = "Two tank companies will arrive in Basra at the end of October."
    assert events(text, "Basra", published="2022-10-12") == {("Basra", "deployment", "2022-10-21/2022-10-31")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The government plans to withdraw its troops from Mosul.", "Mosul"),  # no time: a plan
        ("Two tank companies could arrive in Basra at the end of October.", "Basra"),  # a possibility
        ("Troops would leave Kirkuk at the end of the summer if the talks failed.", "Kirkuk"),  # a condition
    ],
)
def test_plans_without_time_and_possibilities_are_no_events(text: str, place: str) -> None:
    assert not events(text, place, published="2022-06-13")


def test_a_troop_count_subject_of_a_hypothetical_move_is_no_presence() -> None:
    text = "The minister confirmed that 400 soldiers would leave Kirkuk within a month."
    assert not events(text, "Kirkuk", published="2023-02-19")


def test_a_troop_count_of_a_told_move_still_counts() -> None:
    text = "The minister confirmed that 400 soldiers left Kirkuk on Friday."
    assert {kind for _, kind, _ in events(text, "Kirkuk", published="2023-02-19")} == {"withdrawal"}


def test_a_withdrawal_a_mission_is_set_up_to_monitor_is_no_event() -> None:
    text = "The observer force was set up in Basra in 1991 to monitor the withdrawal of foreign forces."
    assert {kind for _, kind, _ in events(text, "Basra", published="2024-10-12")} == {"deployment"}


def test_an_adverb_may_stand_between_based_and_its_place() -> None:
    text = "The battlegroup is based primarily at Kirkuk."
    assert events(text, "Kirkuk", published="2023-05-13") == {("Kirkuk", "presence", "2023-05-13")}


def test_the_day_a_plan_was_told_is_no_planned_time() -> None:
    text = "The last troops will leave Kirkuk, the ministry said on Tuesday."
    assert not events(text, "Kirkuk", published="2022-06-13")


def test_troops_joined_by_more_troops_on_a_day_is_a_deployment_of_its_own() -> None:
    text = (
        "The 90 troops are going to the city of Basra, to be joined by up to 80 British soldiers on Monday"
        " and by a further company later in the month."
    )
    found = events(text, "Basra", published="2022-10-14")
    assert {("Basra", "deployment", "2022-10-14"), ("Basra", "deployment", "2022-10-17")} <= found


def test_a_team_joined_by_a_coach_is_no_deployment() -> None:
    assert (
        events("The team in Basra was joined by a new coach on Monday.", "Basra", published="2022-10-14")
        == set()
    )


def test_a_stated_intent_to_withdraw_is_a_political_act_dated_by_the_statement() -> None:
    text = (
        "In March, the defence minister said the country would withdraw its troops from Mosul by the end "
        "of the year."
    )
    assert events(text, "Mosul", published="2022-06-13") == {("Mosul", "political", "2022-03")}


def test_a_planned_withdrawal_without_a_statement_is_still_no_event() -> None:
    text = "Troops would withdraw from Mosul if the talks failed."
    assert not events(text, "Mosul", published="2022-06-13")


def test_a_conditional_intent_to_withdraw_is_no_statement() -> None:
    text = "In March, the minister said the troops would withdraw from Mosul if they came under attack."
    assert "political" not in {kind for _, kind, _ in events(text, "Mosul", published="2022-06-13")}
