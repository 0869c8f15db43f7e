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


def _tolls(text: str, *names: str) -> set[tuple[str, int | None]]:
    return {(t.place.candidate.name, t.fatalities) for t in tags(text, *names) if t.event_type != "mention"}


def test_another_toll_after_a_date_takes_its_own_number() -> None:
    text = "Gunmen killed 14 people in Lakeport on Monday and another 26 in Hillbrook on Tuesday."
    assert _tolls(text, "Lakeport", "Hillbrook") == {("Lakeport", 14), ("Hillbrook", 26)}


def test_tolls_listed_with_commas_each_take_their_number() -> None:
    text = "Gunmen killed 14 people in Lakeport, 26 in Hillbrook and 7 in Marlow."
    expected = {("Lakeport", 14), ("Hillbrook", 26), ("Marlow", 7)}
    assert _tolls(text, "Lakeport", "Hillbrook", "Marlow") == expected


def test_a_qualified_second_toll_takes_its_own_number() -> None:
    text = "Air strikes killed 14 in Lakeport and at least 26 in Hillbrook."
    assert _tolls(text, "Lakeport", "Hillbrook") == {("Lakeport", 14), ("Hillbrook", 26)}


def test_wounded_after_a_toll_are_no_second_toll() -> None:
    text = "Gunmen killed 14 people in Lakeport and wounded 26 in Hillbrook."
    assert ("Hillbrook", 26) not in _tolls(text, "Lakeport", "Hillbrook")
