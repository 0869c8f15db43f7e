"""Incident-record titles: a date, a record code and an address (titles written here)."""

from __future__ import annotations

import pytest

from geo.events.records import record_title
from tests.events_support import taggers

PLACES = {
    "Tal Hamid": ("t:hamid", "city", "IQ"),
    "Kirkuk governorate": ("t:kirkuk-gov", "admin_region", "IQ"),
    "Iraq": ("t:iraq", "country", "IQ"),
    "Oran": ("t:oran", "city", "DZ"),
    "Kirkuk": ("t:kirkuk", "city", "IQ"),
}
tags, events = taggers(PLACES)


def test_record_title_is_an_event_at_its_finest_place() -> None:
    text = "October 4th 2019: (K318) Tal Hamid village, Kirkuk governorate, Iraq"
    found = events(text, "Tal Hamid", "Kirkuk governorate", "Iraq")
    assert {(place, kind) for place, kind, _ in found} == {("Tal Hamid", "attack")}
    (date,) = {when for _, _, when in found}
    assert date == "2019-10-04"


def test_record_title_without_a_finer_place_is_an_event_at_its_region() -> None:
    text = "June 2nd-3rd 2018: (K77a) an unnamed farm, Kirkuk governorate, Iraq."
    found = events(text, "Kirkuk governorate", "Iraq")
    assert {(place, kind) for place, kind, _ in found} == {("Kirkuk governorate", "attack")}


def test_a_place_outside_the_address_country_is_no_site() -> None:
    text = "May 9th 2018: (K12) Oran roundabout in Tal Hamid, Kirkuk governorate, Iraq"
    found = events(text, "Oran", "Tal Hamid", "Kirkuk governorate", "Iraq")
    assert {place for place, _, _ in found} == {"Tal Hamid"}


@pytest.mark.parametrize(
    "text",
    [
        "Kirkuk, Iraq: (K12) Tal Hamid village, Kirkuk governorate, Iraq",  # a dateline, no date heading
        "October 4th 2019: (K318) Tal Hamid. Kirkuk governorate, Iraq",  # more than one sentence
        "October 4th 2019: (K318) Tal Hamid, Kirkuk governorate, Iraq and beyond",  # not closed by a country
        "October 4th 2019: (K318) Tal Hamid village",  # a single name, no address
        "October 4th 2019: Tal Hamid village, Kirkuk governorate, Iraq",  # no record code
        "October 4th 2019: Tal Hamid, Kirkuk governorate (K318), Iraq",  # no code before the first comma
    ],
)
def test_other_texts_are_no_record_titles(text: str) -> None:
    names = [n for n in ("Tal Hamid", "Kirkuk governorate", "Iraq") if n in text]
    assert events(text, *names) == set()


def test_record_title_span_and_a_news_line() -> None:
    assert record_title("March 17th 2017: (K514) Tal Hamid, Kirkuk governorate, Iraq") == (0, 23)
    assert record_title("Around May 7th : (K712) Tal Hamid, Iraq") is not None
    assert record_title("March 17th 2017: jets struck Tal Hamid. Three died, officials said") is None
    assert record_title("July 4th: (12) Tal Hamid, Kirkuk governorate, Iraq") is None  # a code has letters


def test_record_title_that_tells_its_event_keeps_it() -> None:
    text = "October 4th 2019: (K318) clashes in Tal Hamid, Kirkuk governorate, Iraq"
    found = events(text, "Tal Hamid", "Kirkuk governorate", "Iraq")
    assert ("Tal Hamid", "attack") in {(place, kind) for place, kind, _ in found}
