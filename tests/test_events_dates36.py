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

#: Datelines of stories filed from two or three cities at once, joined by slashes, or from a city with
#: its country or region after it (wire styles).
SLASHED = [
    "ANKARA/BAGHDAD, March 15 (Agency) - Artillery shelled Kirkuk on Saturday, officials said.",
    "Headline\n\nLONDON/NEW YORK/TOKYO, March 15 (Agency) -- Gunmen attacked Kirkuk on Saturday.",
    "Cairo/Tel Aviv, March 15: Drones struck Kirkuk on Saturday and the army said the raids hit Mosul.",
    "SULAIMANIYAH, Iraq, March 15 (Agency) - A roadside bomb hit a patrol in Kirkuk on Saturday.",
    "Title\n\nDOHUK, Kurdistan Region, March 15 -- Militants raided Mosul on Saturday, police said.",
    "AMMAN/ZARQA, Jordan, March 15 (Agency) - Missiles landed in Basra on Saturday.",
]


@pytest.mark.parametrize("text", SLASHED)
def test_a_dateline_of_several_cities_dates_no_event(text: str) -> None:
    first = next(d for d in find_dates(text, published="2021-03-15") if "15" in d.surface)
    assert in_dateline(text, first)
    assert filed_day(text, "2021-03-16") == "2021-03-15"
    names = [n for n in ("Kirkuk", "Mosul", "Basra") if n in text]
    found = [e for e in events(text, *names) if e[1] != "mention"]
    assert found
    assert all(date == "2021-03-13" for _, _, date in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Rockets hit Kirkuk and/or Mosul, March 13 (late) - the police said so on Monday.",
        "Rockets hit Kirkuk, Iraq, March 13: the police said so on Monday.",
        "Kirkuk, Mosul, Basra, Iraq, March 13 - a list of four names is no dateline head.",
    ],
)
def test_a_date_inside_a_sentence_is_no_datelines(text: str) -> None:
    assert not any(in_dateline(text, d) for d in find_dates(text, published="2021-03-15"))


#: A state told by a participle set off by commas, in a sentence whose other clause tells a plan.
APPOSITIVE = [
    "The Italian brigade, based in Kirkuk, will rotate its staff in June.",
    "Officials said in February that the engineers, mostly stationed near Mosul, would go home by August.",
    "A Polish company, deployed at Basra, is due to be replaced in July, the ministry said.",
]


@pytest.mark.parametrize("text", APPOSITIVE)
def test_a_state_beside_its_noun_holds_now_whatever_the_plan(text: str) -> None:
    names = [n for n in ("Kirkuk", "Mosul", "Basra") if n in text]
    found = [e for e in events(text, *names) if e[1] == "presence"]
    assert found
    assert all(date == "2021-03-15" for _, _, date in found), found


def test_a_state_in_its_own_clause_keeps_the_planned_time() -> None:
    found = events("About 300 soldiers will be stationed in Mosul from June.", "Mosul")
    assert [d for _, kind, d in found if kind == "presence"] == ["2021-06/.."]
