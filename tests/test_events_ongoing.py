"""Ongoing violence told in a relative clause beside a dated act is a second event of its place
(geo.events.ongoing); our own sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Kirkuk province": ("test:kirkuk-province", "admin_region", "IQ"),
    "Ruritania": ("test:ruritania", "country", "RU"),
}

tags, events = taggers(PLACES)


def test_a_place_that_is_the_scene_of_clashes_has_a_second_event() -> None:
    text = (
        "Jets carried out airstrikes on Friday against militants in Kirkuk province, which is the scene of "
        "clashes between two armed groups."
    )
    found = events(text, "Kirkuk province", published="2024-05-12")
    assert ("strike", "2024-05-10") in {(kind, date) for _, kind, date in found}
    assert ("attack", "2024-05-12") in {(kind, date) for _, kind, date in found}


def test_a_campaign_in_a_dashed_relative_clause_is_a_second_event() -> None:
    text = (
        "The command -- which has been conducting strikes in Ruritania for months -- said it destroyed "
        "two launchers over the past 24 hours."
    )
    found = events(text, "Ruritania", published="2024-06-12")
    dates = {date for _, kind, date in found if kind in {"strike", "attack"}}
    assert len(dates) == 2
    assert "2024-06-12" in dates


def test_a_relative_clause_of_the_past_adds_no_event() -> None:
    text = (
        "Jets carried out airstrikes on Friday against militants in Kirkuk province, which was hit by "
        "clashes between two armed groups."
    )
    found = events(text, "Kirkuk province", published="2024-05-12")
    assert [kind for _, kind, _ in found if kind != "mention"] == ["strike"]


def test_a_dated_relative_clause_adds_no_ongoing_event() -> None:
    text = (
        "Jets carried out airstrikes on Friday against militants in Kirkuk province, which has been seeing "
        "clashes since March."
    )
    found = events(text, "Kirkuk province", published="2024-05-12")
    assert ("attack", "2024-05-12") not in {(kind, date) for _, kind, date in found}


def test_a_peaceful_relative_clause_adds_no_event() -> None:
    text = (
        "Jets carried out airstrikes on Friday against militants in Kirkuk province, which has been hosting "
        "peace talks."
    )
    found = events(text, "Kirkuk province", published="2024-05-12")
    assert [kind for _, kind, _ in found if kind != "mention"] == ["strike"]
