"""A generic attack told again as "this attack" takes the means of the event it points back to
(geo.events.restated); our own sentences."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Kherson region": ("test:kherson-region", "admin_region", "UA"),
    "Skadovsk": ("test:skadovsk", "city", "UA"),
    "Mosul": ("test:mosul", "city", "IQ"),
}

tags, _ = taggers(PLACES)

TEXT = (
    "A Russian cruise missile strike hit the port of the Kherson region on Tuesday, killing four people. "
    "Officials said a grain ship was damaged. "
    "This attack on the harbour of Skadovsk was the second in a week."
)


def test_this_attack_after_a_missile_strike_is_that_strike() -> None:
    found = {
        t.place.candidate.name: t for t in tags(TEXT, "Kherson region", "Skadovsk", published="2024-10-10")
    }
    assert (found["Skadovsk"].event_type, found["Skadovsk"].sub_event_type) == ("strike", "cruise_missile")
    assert found["Skadovsk"].fatalities == 4


def test_an_attack_of_another_country_keeps_its_type() -> None:
    text = TEXT + " The attack on Mosul on Tuesday killed two."
    found = {
        t.place.candidate.name: t
        for t in tags(text, "Kherson region", "Skadovsk", "Mosul", published="2024-10-10")
    }
    assert found["Mosul"].event_type == "attack"


def test_the_second_attack_after_a_rocket_attack_is_that_rocket_attack() -> None:
    text = (
        "Rockets were launched at a military base near Mosul on Tuesday, with two missiles landing inside "
        "the airport of Mosul. This is the second attack on Mosul in two months."
    )
    found = [t for t in tags(text, "Mosul", published="2024-10-01") if t.event_type != "mention"]
    assert {t.event_type for t in found} == {"rocket_attack"}


MISSILE_PLACES = {
    "Kirkuk": ("test:kirkuk", "city", "IQ"),
    "Zed Airport": ("test:zed", "airport", "IQ"),
}
missile_tags, _ = taggers(MISSILE_PLACES)


def test_the_missiles_after_a_rocket_attack_are_those_rockets() -> None:
    text = (
        "Rockets were fired at a base in Kirkuk on Tuesday. "
        "An official said the first missile hit a car park at Zed Airport."
    )
    found = missile_tags(text, "Kirkuk", "Zed Airport", published="2024-10-01")
    airport = [t for t in found if t.name == "Zed Airport" and t.event_type != "mention"]
    assert [(t.event_type, t.sub_event_type) for t in airport] == [("rocket_attack", "rocket")]


def test_a_missile_without_rockets_before_it_stays_a_missile_attack() -> None:
    text = "Gunmen attacked a base in Kirkuk on Tuesday. An official said the first missile hit Zed Airport."
    found = missile_tags(text, "Kirkuk", "Zed Airport", published="2024-10-01")
    airport = [t for t in found if t.name == "Zed Airport" and t.event_type != "mention"]
    assert [(t.event_type, t.sub_event_type) for t in airport] == [("attack", "missile")]


def test_an_attack_at_the_place_and_day_of_a_rocket_attack_is_that_attack() -> None:
    text = "Rockets hit Zed Airport on Tuesday. This was the second attack on Zed Airport in two months."
    found = missile_tags(text, "Zed Airport", published="2024-10-01")
    assert [t.event_type for t in found if t.event_type != "mention"] == ["rocket_attack"]


WEAPONS_TEXT = (
    "Rocket attacks overnight on the port of Skadovsk killed two people, officials said on Tuesday. "
    "The attack was carried out with guided missiles. "
)


def test_missiles_of_a_state_told_after_a_rocket_attack_make_it_a_strike() -> None:
    text = WEAPONS_TEXT + "The missiles came from a Russian warship."
    found = [t for t in tags(text, "Skadovsk", published="2024-10-10") if t.event_type != "mention"]
    assert [(t.event_type, t.sub_event_type) for t in found] == [("strike", "rocket")]


def test_missiles_without_a_state_keep_the_rocket_attack() -> None:
    text = WEAPONS_TEXT + "Rescue teams worked through the night."
    found = [t for t in tags(text, "Skadovsk", published="2024-10-10") if t.event_type != "mention"]
    assert [t.event_type for t in found] == ["rocket_attack"]


def test_a_state_that_made_the_weapons_or_reports_them_fires_nothing() -> None:
    tails = (
        "The attack was carried out with Iranian-made drones.",
        "The attack used drones, Iraqi officials said.",
    )
    for tail in tails:
        text = "Gunmen attacked a checkpoint in Mosul on Monday. " + tail
        found = [t for t in tags(text, "Mosul", published="2024-10-10") if t.event_type != "mention"]
        assert [t.event_type for t in found] == ["attack"], tail


def test_weapons_fired_from_a_states_territory_make_no_strike() -> None:
    text = (
        "Gunmen attacked a checkpoint in Mosul on Monday. The attack was carried out with drones. "
        "The drones were launched from Syrian territory."
    )
    found = [t for t in tags(text, "Mosul", published="2024-10-10") if t.event_type != "mention"]
    assert [t.event_type for t in found] == ["attack"]


SECOND_PLACES = {"Idlib": ("test:idlib", "city", "SY"), "Ariha": ("test:ariha", "city", "SY")}
second_tags, _ = taggers(SECOND_PLACES)
STRUCK = "Warplanes struck a market in Idlib on Monday, killing 15 civilians."


def _at(text: str) -> dict[str, tuple[str, int | None]]:
    found = second_tags(text, "Idlib", "Ariha", published="2019-12-18")
    return {t.place.candidate.name: (t.event_type, t.fatalities) for t in found if t.event_type != "mention"}


def test_a_second_raid_after_an_air_strike_is_a_strike_with_its_own_toll() -> None:
    found = _at(STRUCK + " A second raid hit a hospital in Ariha hours later.")
    assert found["Ariha"] == ("strike", None)  # the means of the first, not its toll
    assert _at(STRUCK + " Another raid hit a school in Ariha the same day.")["Ariha"][0] == "strike"


def test_another_attack_or_an_armed_groups_raid_keeps_its_type() -> None:
    # "another attack" is said of any means and any side; a raid by a named armed group is a ground raid
    assert _at(STRUCK + " Another attack hit a school in Ariha on Monday.")["Ariha"][0] == "attack"
    raid = STRUCK + " Hayat Tahrir al-Sham fighters launched a second raid on Ariha on Monday."
    assert _at(raid)["Ariha"][0] == "attack"
