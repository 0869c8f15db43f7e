"""A host state that says it no longer wants foreign forces or a mission takes a political step (CAMEO:
demand withdrawal, reduce relations; geo.lexicon events_cues); our own sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Norland": ("test:norland", "country", "NO"),
}

tags, events = taggers(PLACES)


def test_a_state_that_no_longer_wants_foreign_forces_acts() -> None:
    text = "In the spring, Ruritania declared its leaders no longer wanted Norland soldiers on its soil."
    assert events(text, "Ruritania", "Norland", published="2022-11-20") == {
        ("Ruritania", "political", "2022-03/2022-05")
    }


def test_no_longer_wanting_a_mission_is_political_too() -> None:
    text = "Ruritania no longer wants the peacekeeping mission, its foreign minister said on Monday."
    found = {(name, kind) for name, kind, _ in events(text, "Ruritania", published="2022-11-20")}
    assert found == {("Ruritania", "political")}


def test_no_longer_wanting_a_job_or_a_house_is_no_event() -> None:
    text = "The coach said on Monday he no longer wanted the job in Ruritania."
    assert events(text, "Ruritania", published="2022-11-20") == set()
