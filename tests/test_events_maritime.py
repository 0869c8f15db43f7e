"""Maritime events told as news writers tell them (our own sentences): attacks on ships, hijackings,
boardings and interceptions placed "off the coast of X", in a sea, "N nautical miles east of X" or near a
strait; ships named after places, which are no places; naval missions in a sea; and near misses (a ship
that sailed from a port, a port call, a cruise). See docs/events.md, "Twelfth pass, coast29". Known
failures are strict xfails naming their cause, so that a fix shows up as an unexpected pass."""

from __future__ import annotations

from typing import Any

import pytest

from geo.model.article import Article
from tests.events_support import events_at, fold

PUBLISHED = "2024-05-10"  # a Friday


def _known(reason: str) -> Any:
    return pytest.mark.xfail(reason=reason, strict=True)


# (event type, sentence, place as written, date)
CASES = [
    (
        "attack",
        "Houthi militants fired a missile at a tanker off the coast of Yemen on Wednesday.",
        "Yemen",
        "2024-05-08",
    ),
    (
        "abduction",
        "Somali pirates seized a fishing dhow off the coast of Somalia on Monday.",
        "Somalia",
        "2024-05-06",
    ),
    (
        "abduction",
        "Pirates hijacked a bulk carrier off the coast of Somalia on Tuesday.",
        "Somalia",
        "2024-05-07",
    ),
    (
        "presence",
        "Navy marines boarded a cargo ship off the coast of Eritrea on Thursday.",
        "Eritrea",
        "2024-05-09",
    ),
    (
        "abduction",
        "Gunmen kidnapped three sailors off the coast of Nigeria on Sunday.",
        "Nigeria",
        "2024-05-05",
    ),
    (
        "attack",
        "A drone boat struck a merchant vessel off the shores of Yemen on Wednesday.",
        "Yemen",
        "2024-05-08",
    ),
    (
        "attack",
        "Houthi militants fired missiles at two ships off the coasts of Yemen on Wednesday.",
        "Yemen",
        "2024-05-08",
    ),
    (
        "attack",
        "Houthi militants fired a missile at a tanker off Yemen's coast on Wednesday.",
        "Yemen",
        "2024-05-08",
    ),
    (
        "attack",
        "Houthi militants attacked a tanker in the waters off Yemen on Wednesday.",
        "Yemen",
        "2024-05-08",
    ),
    (
        "abduction",
        "The bulk carrier was hijacked about 600 nautical miles east of the coast of Somalia on Tuesday.",
        "Somalia",
        "2024-05-07",
    ),
    (
        "attack",
        "The vessel was attacked off the coast of Djibouti on Tuesday, a maritime agency said.",
        "Djibouti",
        "2024-05-07",
    ),
    ("attack", "Houthis attacked a ship off the coast of Mukalla on Tuesday.", "Mukalla", "2024-05-07"),
    (
        "attack",
        "The rebels launched a drone at a container ship in the Gulf of Aden on Wednesday.",
        "Gulf of Aden",
        "2024-05-08",
    ),
    (
        "attack",
        "A ballistic missile hit a bulk carrier in the Red Sea off Yemen on Monday.",
        "Red Sea",
        "2024-05-06",
    ),
    (
        "abduction",
        "Pirates hijacked a merchant ship about 380 nautical miles east of Mogadishu on Thursday.",
        "Mogadishu",
        "2024-05-09",
    ),
    ("attack", "A vessel was attacked 50 nautical miles southwest of Aden on Tuesday.", "Aden", "2024-05-07"),
    (
        "attack",
        "Two missiles struck a tanker near the Bab el-Mandeb strait on Saturday.",
        "Bab el-Mandeb",
        "2024-05-04",
    ),
    (
        "attack",
        "Houthi forces attacked the Maersk Hangzhou in the Red Sea on Sunday.",
        "Red Sea",
        "2024-05-05",
    ),
    (
        "attack",
        "The militants targeted the MV Marlin Luanda in the Gulf of Aden on Friday.",
        "Gulf of Aden",
        "2024-05-10",
    ),
    (
        "abduction",
        "The Iranian navy seized an oil tanker in the Gulf of Oman on Thursday.",
        "Gulf of Oman",
        "2024-05-09",
    ),
    (
        "deployment",
        "The EU deployed two frigates to the Red Sea on Monday to escort merchant ships.",
        "Red Sea",
        "2024-05-06",
    ),
    (
        "presence",
        "A German frigate joined the Aspides mission in the Red Sea on Thursday.",
        "Red Sea",
        "2024-05-09",
    ),
    (
        "presence",
        "Spanish warships of Operation Atalanta patrolled the Gulf of Aden on Tuesday.",
        "Gulf of Aden",
        "2024-05-07",
    ),
    (
        "attack",
        "Houthi forces fired two missiles at the MV Genoa Star in the Red Sea on Sunday.",
        "Red Sea",
        "2024-05-05",
    ),
    (
        "attack",
        "The freighter left Singapore last week and was hit by a missile in the Red Sea on Monday.",
        "Red Sea",
        "2024-05-06",
    ),
    ("attack", "Missiles were fired at the USS Carney in the Red Sea on Sunday.", "Red Sea", "2024-05-05"),
    pytest.param(
        "attack",
        "The container ship sailed from Singapore last week before it was hit in the Red Sea on Monday.",
        "Red Sea",
        "2024-05-06",
        marks=_known(
            "a bare passive 'was hit' names no weapon nor attacker: no cue (hit by a storm, by sanctions)"
        ),
    ),
]


@pytest.mark.parametrize(("kind", "text", "place", "date"), CASES)
def test_a_maritime_event_is_placed_where_the_ship_was(
    parser: Any, kind: str, text: str, place: str, date: str
) -> None:
    found = events_at(parser, text, published=PUBLISHED, kind=kind, place=place)
    assert any(f.date == date for f in found), [f.date for f in found]


# (sentence, a place name inside a ship's name, or a port of a voyage, that must hold no event)
NO_EVENT = [
    ("Houthi forces attacked the Maersk Hangzhou in the Red Sea on Sunday.", "Hangzhou"),
    ("Pirates boarded the MV Lima Trader off the coast of Somalia on Tuesday.", "Lima"),
    ("A drone hit the Maersk Detroit in the Gulf of Aden on Friday.", "Detroit"),
    ("The cruise ship made a port call in Djibouti on Tuesday.", "Djibouti"),
    ("The tanker left Rotterdam on Monday bound for Singapore.", "Rotterdam"),
    ("The tanker left Rotterdam on Monday bound for Singapore.", "Singapore"),
    ("Passengers enjoyed a Mediterranean cruise from Barcelona on Sunday.", "Barcelona"),
    ("The ferry docked in Piraeus on Wednesday after a calm crossing.", "Piraeus"),
    (
        "The Liberian-flagged vessel was bound for Jeddah when it was struck in the Red Sea on Sunday.",
        "Jeddah",
    ),
    ("Houthi forces fired two missiles at the MV Genoa Star in the Red Sea on Sunday.", "Genoa"),
    ("The cruise ship anchored off the coast of Croatia on Tuesday.", "Croatia"),
    ("A navy helicopter rescued the crew of a ship sinking off the coast of Yemen on Tuesday.", "Yemen"),
    ("The coast of Yemen is dangerous for fishermen, the official said on Wednesday.", "Yemen"),
    (
        "The container ship sailed from Singapore last week before it was hit in the Red Sea on Monday.",
        "Singapore",
    ),
]


@pytest.mark.parametrize(("text", "name"), NO_EVENT)
def test_a_ship_name_or_a_port_of_call_holds_no_event(parser: Any, text: str, name: str) -> None:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    held = [
        (f.properties.event_type, f.properties.name)
        for f in collection.features
        if f.properties.event_type != "mention" and fold(name) in fold(f.properties.name or "")
    ]
    assert not held, held


def test_a_named_island_in_a_sea_stays_the_site() -> None:
    """The sea after a ship's name is the site ("at the MV Y in the X Sea"); after a place the text names
    ("at the island Y in the X Sea") the place is, and the sea only locates it."""
    from geo.events import tag_events
    from tests.events_support import resolved

    places = {
        "Red Sea": ("w1", "water_body", None),
        "Kamaran": ("c1", "city", "YE"),
    }
    ship = "Missiles were fired at the MV Lucky Star in the Red Sea on Sunday."
    island = "Missiles were fired at Kamaran in the Red Sea on Sunday."
    on_ship = {
        t.place.candidate.name: t.event_type
        for t in tag_events(ship, resolved(ship, places, "Red Sea"), published=PUBLISHED)
    }
    on_island = {
        t.place.candidate.name: t.event_type
        for t in tag_events(island, resolved(island, places, "Red Sea", "Kamaran"), published=PUBLISHED)
    }
    assert on_ship == {"Red Sea": "attack"}
    assert on_island == {"Kamaran": "attack", "Red Sea": "mention"}
