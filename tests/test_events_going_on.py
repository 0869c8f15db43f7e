"""Violence told as going on at the time of writing ("are shelling", "continue to raid") is dated by the
publication day, apart from the incident the report tells (geo.events.published.going_on); a country
event dated by the news lag restates such an event at a place of the country (geo.events.countries);
our own sentences."""

from __future__ import annotations

from geo.events.published import going_on
from tests.events_support import taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Borovia": ("test:borovia", "city", "RU"),
}

tags, events = taggers(PLACES)


def _at(text: str, word: str) -> bool:
    return going_on(text, text.index(word))


def test_the_present_progressive_and_continue_to_are_going_on() -> None:
    assert _at("Militia gunmen are still raiding the farms.", "raiding")
    assert _at("Army units continue to shell the valley.", "shell")
    assert _at("The artillery continues to pound the hills.", "pound")


def test_a_past_or_plain_verb_is_not_going_on() -> None:
    assert not _at("Militia gunmen raided the farms.", "raided")
    assert not _at("Army units will shell the valley.", "shell")
    assert not _at("The gunmen are from the hills and raided the farms.", "raided")


def test_violence_going_on_is_dated_by_the_report_apart_from_the_incident() -> None:
    text = (
        "Rebels attacked Borovia, residents said. "
        "Gunmen continue to attack houses in the east of Borovia, a resident told reporters."
    )
    found = {t.date for t in tags(text, "Borovia", published="2024-05-12") if t.event_type == "attack"}
    assert found == {"2024-05-11/2024-05-12", "2024-05-12"}


def test_an_incident_without_a_date_keeps_the_news_lag() -> None:
    text = "Gunmen attacked houses in the east of Borovia, a resident told reporters."
    found = {t.date for t in tags(text, "Borovia", published="2024-05-12") if t.event_type == "attack"}
    assert found == {"2024-05-11/2024-05-12"}


def test_a_country_event_of_the_news_lag_restates_the_event_going_on_at_its_town() -> None:
    text = (
        "Army units continue to attack rebel hideouts in Borovia. "
        "The attacks in Ruritania come as the current peace talks stall."
    )
    found = {
        (t.place.candidate.name, t.event_type, t.date)
        for t in tags(text, "Ruritania", "Borovia", published="2024-05-12")
        if t.event_type != "mention"
    }
    assert found == {("Borovia", "attack", "2024-05-12")}
