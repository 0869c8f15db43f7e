"""Which time expression dates an event (docs/events.md, "Seventeenth pass, ev36a"): our own sentences,
run through the event taggers (no gazetteer needed) and through the date helpers."""

from __future__ import annotations

import pytest

from geo.events.filing import filed_day, in_dateline
from geo.temporal import find_dates
from tests.events_support import taggers

PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
}

tags, events = taggers(PLACES)

#: Datelines of stories filed from two or three cities at once, joined by slashes (a wire style).
SLASHED = [
    "ANKARA/BAGHDAD, March 15 (Agency) - Artillery shelled Kirkuk on Saturday, officials said.",
    "Headline\n\nLONDON/NEW YORK/TOKYO, March 15 (Agency) -- Gunmen attacked Kirkuk on Saturday.",
    "Cairo/Tel Aviv, March 15: Drones struck Kirkuk on Saturday and the army said the raids hit Mosul.",
]


@pytest.mark.parametrize("text", SLASHED)
def test_a_dateline_of_several_cities_dates_no_event(text: str) -> None:
    first = next(d for d in find_dates(text, published="2021-03-15") if "15" in d.surface)
    assert in_dateline(text, first)
    assert filed_day(text, "2021-03-16") == "2021-03-15"
    names = [n for n in ("Kirkuk", "Mosul") if n in text]
    found = [e for e in events(text, *names) if e[1] != "mention"]
    assert found
    assert all(date == "2021-03-13" for _, _, date in found), found


def test_a_slash_inside_a_sentence_opens_no_dateline() -> None:
    text = "Rockets hit Kirkuk and/or Mosul, March 13 (late) - the police said so on Monday."
    assert not any(in_dateline(text, d) for d in find_dates(text, published="2021-03-15"))
