"""Events told of "both countries": an act at the two countries named before (our own example sentences)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Chad": ("iso:TD", "country", "TD"),
    "Niger": ("iso:NE", "country", "NE"),
    "France": ("iso:FR", "country", "FR"),
}

tags, events = taggers(PLACES)


def test_a_dated_act_in_both_countries_is_an_event_in_each() -> None:
    text = (
        "France keeps 1,000 soldiers in Chad and 500 in Niger to fight the rebels, who in 2015 seized large"
        " parts of both countries."
    )
    found = events(text, "France", "Chad", "Niger", published="2024-05-28")
    assert {("Chad", "attack", "2015"), ("Niger", "attack", "2015")} <= found


def test_both_countries_of_the_sentence_before() -> None:
    text = "Chad and Niger signed a pact on Monday. Rebels attacked towns in both countries in 2019."
    found = events(text, "Chad", "Niger", published="2024-05-28")
    assert {("Chad", "attack", "2019"), ("Niger", "attack", "2019")} <= found


def test_both_countries_are_the_last_two_named_not_the_subject_before_them() -> None:
    text = (
        "France keeps 1,000 soldiers in Chad and 500 in Niger to fight the rebels, who in 2015 seized large"
        " parts of both countries."
    )
    assert ("France", "attack", "2015") not in events(text, "France", "Chad", "Niger", published="2024-05-28")
