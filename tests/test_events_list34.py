"""Lists of places with more than one item: an apposition giving a bearing between two items, a second toll
in a list, items after another place that a common noun locates."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Lakeport": ("test:lakeport", "city", "LT"),
    "Hillbrook": ("test:hillbrook", "city", "LT"),
    "Marlow": ("test:marlow", "city", "LT"),
    "Dunmere": ("test:dunmere", "city", "KE"),
    "Ashford": ("test:ashford", "city", "KE"),
    "Ostland": ("iso:TD", "country", "TD"),
    "Camp Velo": ("test:camp-velo", "military_base", "TD"),
    "Rivera": ("test:rivera", "city", "TD"),
    "Sandby": ("test:sandby", "city", "TD"),
}

tags, events = taggers(PLACES)


def test_a_bearing_between_two_items_keeps_the_list() -> None:
    text = (
        "The brigade will reach 4,000 troops next year, stationed at two new garrisons: "
        "Lakeport, west of the capital, and Hillbrook, near the city of Marlow."
    )
    found = {(place, kind) for place, kind, _ in events(text, "Lakeport", "Hillbrook", "Marlow")}
    assert ("Lakeport", "presence") in found
    assert ("Hillbrook", "presence") in found


def test_a_bearing_with_a_distance_keeps_the_list() -> None:
    text = "About 800 soldiers are stationed at Lakeport, 20 km north of the border, and Hillbrook."
    found = {(place, kind) for place, kind, _ in events(text, "Lakeport", "Hillbrook")}
    assert ("Hillbrook", "presence") in found


def test_a_second_toll_in_the_list_takes_its_own_number() -> None:
    text = "Its gunmen killed 52 people at Dunmere in May 2013 and 131 at Ashford in June 2015."
    found = {
        (t.place.candidate.name, t.event_type, t.fatalities)
        for t in tags(text, "Dunmere", "Ashford")
        if t.event_type != "mention"
    }
    assert ("Dunmere", "attack", 52) in found
    assert ("Ashford", "attack", 131) in found


def test_camps_after_a_base_in_the_capital_are_listed() -> None:
    text = (
        "About 900 foreign soldiers are based in Ostland, at the Camp Velo air base in the capital "
        "and at camps in Rivera and Sandby."
    )
    found = {(place, kind) for place, kind, _ in events(text, "Ostland", "Camp Velo", "Rivera", "Sandby")}
    assert ("Rivera", "presence") in found
    assert ("Sandby", "presence") in found


def test_an_item_placed_near_a_common_noun_keeps_the_list() -> None:
    text = "The drones targeted two towns: Lakeport, near the border, and Hillbrook."
    found = {(place, kind) for place, kind, _ in events(text, "Lakeport", "Hillbrook")}
    assert ("Hillbrook", "attack") in found
