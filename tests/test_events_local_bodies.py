"""Local bodies (our own example sentences): a county's, city's or federated state's government or
legislature approving or voting makes no political event; a state's does, and so does a region's
executive."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Ohio": ("test:ohio", "admin_region", "US"),
    "Dayton": ("test:dayton", "city", "US"),
    "Kurdistan": ("test:kurdistan", "admin_region", "IQ"),
    "Baghdad": ("test:baghdad", "city", "IQ"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Dayton became the first Ohio municipal government to approve a bike-sharing plan.", "Dayton"),
        ("Ohio lawmakers voted on a bill on school lunches on Tuesday.", "Ohio"),
        ("A resolution on farm subsidies was passed by the Ohio Senate on Monday.", "Ohio"),
        ("In Dayton, the county government approved a new budget for its libraries.", "Dayton"),
        ("State lawmakers in Ohio approved a budget for road repairs.", "Ohio"),
    ],
)
def test_a_local_body_makes_no_political_event(text: str, place: str) -> None:
    names = (place, "Ohio") if place != "Ohio" and "Ohio" in text else (place,)
    assert not events(text, *names)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In Baghdad, lawmakers approved a budget for the army on Monday.", "Baghdad"),
        ("The Kurdistan government approved a deal on oil exports in Baghdad.", "Baghdad"),
        ("In Baghdad, the government approved a budget while the county government waited.", "Baghdad"),
    ],
)
def test_a_state_body_or_a_region_s_executive_keeps_the_political_event(text: str, place: str) -> None:
    names = ("Kurdistan", place) if "Kurdistan" in text else (place,)
    assert "political" in {k for p, k, _ in events(text, *names) if p == place}
