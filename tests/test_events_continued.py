"""Events told on in a sentence that names no place (geo.events.continued)."""

from __future__ import annotations

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Gulf of Aden": ("test:gulf-of-aden", "water_body", None),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Syria": ("iso:SY", "country", "SY"),
}

tags, events = taggers(PLACES)


def test_a_dated_event_without_a_place_continues_the_place_of_the_sentence_before() -> None:
    text = (
        "Jets struck the market of Kirkuk on Monday. Nine civilians were killed in air strikes on Saturday."
    )
    found = events(text, "Kirkuk", published="2021-03-17")
    assert {date for place, kind, date in found if place == "Kirkuk" and kind == "strike"} == {
        "2021-03-15",
        "2021-03-13",
    }


def test_the_date_of_another_verb_makes_no_event_of_the_cue() -> None:
    text = (
        "Frigates guard the Gulf of Aden. The operation started in March after drone attacks on "
        "merchant ships."
    )
    found = events(text, "Gulf of Aden", published="2024-07-07")
    assert not any(kind == "attack" for _, kind, _ in found)


def test_an_event_on_days_already_told_at_the_place_is_no_second_one() -> None:
    text = (
        "Jets struck the market of Kirkuk last week. Nine civilians were killed in air strikes on Saturday."
    )
    found = events(text, "Kirkuk", published="2021-03-17")
    assert {date for place, kind, date in found if place == "Kirkuk"} == {"2021-03-08/2021-03-14"}


def test_an_event_of_another_type_on_days_told_at_the_place_is_one_of_its_own() -> None:
    # air strikes on a day of weeks of fighting in the town are a strike of that day, not the fighting told on
    text = (
        "Rebels have attacked army posts in Kirkuk since early February. "
        "Residents said air strikes continued on Saturday."
    )
    found = events(text, "Kirkuk", published="2021-03-17")
    assert ("Kirkuk", "strike", "2021-03-13") in found


def test_no_event_is_told_on_when_the_sentence_before_tells_events_at_two_places() -> None:
    text = "Jets struck Kirkuk and Mosul on Monday. Nine civilians were killed in air strikes on Saturday."
    found = events(text, "Kirkuk", "Mosul", published="2021-03-17")
    assert not any(date == "2021-03-13" for _, _, date in found)


def test_the_sentence_after_a_paragraph_break_continues_the_place_too() -> None:
    text = "Pirates seized a boat in the Gulf of Aden on Monday.\n\nThey hijacked a trawler on 19 April."
    found = events(text, "Gulf of Aden", published="2019-04-25")
    assert ("Gulf of Aden", "abduction", "2019-04-22") in found
    assert ("Gulf of Aden", "abduction", "2019-04-19") in found


def test_elsewhere_tells_of_another_place() -> None:
    text = (
        "Jets struck the market of Kirkuk on Monday. Elsewhere, nine were killed in air strikes on Saturday."
    )
    found = events(text, "Kirkuk", published="2021-03-17")
    assert not any(date == "2021-03-13" for _, _, date in found)


def test_events_at_a_country_and_its_towns_are_told_on_at_the_country() -> None:
    text = (
        "Germany had 900 soldiers in Iraq, based in Kirkuk and Mosul. The first convoy of German troops "
        "departed on Oct. 10."
    )
    found = events(text, "Iraq", "Kirkuk", "Mosul", published="2023-12-23")
    assert ("Iraq", "withdrawal", "2023-10-10") in found


def test_events_at_towns_without_their_country_are_not_told_on() -> None:
    text = (
        "Germany had 900 soldiers in Kirkuk and 300 in Mosul. The first convoy of German troops "
        "departed on Oct. 10."
    )
    found = events(text, "Kirkuk", "Mosul", published="2023-12-23")
    assert not any(date == "2023-10-10" for _, _, date in found)


def test_a_sentence_naming_a_place_only_as_an_owner_is_told_on_too() -> None:
    text = (
        "Germany had 900 soldiers in Iraq, based in Kirkuk and Mosul. The first convoy of German troops "
        "departed on Oct. 10, escorted by Iraq's army."
    )
    found = events(text, "Iraq", "Kirkuk", "Mosul", published="2023-12-23")
    assert ("Iraq", "withdrawal", "2023-10-10") in found


def test_events_at_places_of_a_country_named_before_are_told_on_at_that_country() -> None:
    text = (
        "Italy has trained Kurdish forces in Iraq for a decade. The mission trained soldiers at Camp Taji "
        "and in Kirkuk. When the allies ended their combat mission and withdrew their forces in 2011, the "
        "training also stopped."
    )
    found = events(text, "Iraq", "Camp Taji", "Kirkuk", published="2024-06-12")
    assert ("Iraq", "withdrawal", "2011") in found


def test_an_event_of_the_kind_just_told_inside_the_country_is_not_told_on_at_the_country() -> None:
    text = (
        "Italy has trained Kurdish forces in Iraq for a decade. The mission trained soldiers at Camp Taji "
        "and in Kirkuk. The troops took part in an exercise in 2011."
    )
    found = events(text, "Iraq", "Camp Taji", "Kirkuk", published="2024-06-12")
    assert ("Iraq", "training", "2011") not in found


def test_a_toll_over_months_around_the_day_told_is_an_event_of_its_own() -> None:
    text = "Jets struck the market of Kirkuk on Monday. Air strikes have killed 40 people since January."
    found = events(text, "Kirkuk", published="2021-03-17")
    assert ("Kirkuk", "strike", "2021-01/2021-03-17") in found


def test_an_owner_of_another_country_keeps_the_event_from_the_place_told_before() -> None:
    text = "Jets struck the market of Kirkuk on Monday. Syria's army attacked rebels on Saturday."
    found = events(text, "Kirkuk", "Syria", published="2021-03-17")
    assert not any(date == "2021-03-13" for _, _, date in found)


def test_an_event_of_another_kind_is_not_the_event_told_on() -> None:
    # the convoy's arrival is not the attack on it told on (and, without a place, no event of Kirkuk)
    text = (
        "A supply convoy escorted by soldiers was attacked near Kirkuk on Sunday. "
        "Four soldiers were wounded, and the troops arrived on Monday."
    )
    found = events(text, "Kirkuk", published="2021-03-17")
    assert {kind for _, kind, _ in found} == {"attack"}


def test_a_country_acting_in_a_dated_history_tells_its_act_at_the_place_before() -> None:
    # the country named is the actor; a fronted year moves the history on: the withdrawal is Iraq's
    text = (
        "When the Syrian army invaded Iraq in 1990, Camp Taji became its main base. "
        "In 1995, Syria negotiated its withdrawal."
    )
    found = events(text, "Iraq", "Camp Taji", "Syria", published="2021-03-17")
    assert ("Iraq", "withdrawal", "1995") in found


def test_a_country_acting_with_a_fronted_day_is_no_new_event() -> None:
    # a fronted day is more often the event just told again
    text = "Jets struck the market of Kirkuk on Monday. On Saturday, Syria said nine civilians were killed."
    found = events(text, "Kirkuk", "Syria", published="2021-03-17")
    assert not any(date == "2021-03-13" for _, _, date in found)


def test_an_act_of_others_told_after_the_countries_named_is_not_told_on() -> None:
    # the countries named struck; the attack on a convoy is another's, not told at Kirkuk
    text = (
        "Jets struck the market of Kirkuk on Monday. "
        "Syria deployed jets in the wake of an attack on a convoy on Saturday."
    )
    found = events(text, "Kirkuk", "Syria", published="2021-03-17")
    assert not any(kind == "attack" and date == "2021-03-13" for _, kind, date in found)


def test_the_toll_of_an_event_told_on_is_read_past_the_country_that_tells_it() -> None:
    text = (
        "Jets struck the market of Kirkuk on Monday. "
        "Syria said that two of its soldiers were killed by rebels on Saturday."
    )
    found = [t for t in tags(text, "Kirkuk", "Syria", published="2021-03-17") if t.date == "2021-03-13"]
    assert [t.fatalities for t in found] == [2]


def test_the_story_place_named_again_is_told_on_over_a_sentence_without_places() -> None:
    # the sentence before tells no event; the one before it names Iraq, the place of the story's events
    text = (
        "Jets struck a depot in Iraq on Monday. Officials said security in Iraq would take years. "
        "The air force has carried out many such strikes. One in mid-January killed 52 fighters."
    )
    found = events(text, "Iraq", published="2021-03-17")
    assert any(place == "Iraq" and date == "2021-01-11/2021-01-20" for place, _, date in found)


def test_the_story_place_not_named_again_is_not_told_on_over_sentences_without_events() -> None:
    text = (
        "Jets struck a depot in Iraq on Monday. Officials said the work would take years. "
        "The air force has carried out many such strikes. One in mid-January killed 52 fighters."
    )
    found = events(text, "Iraq", published="2021-03-17")
    assert not any(date == "2021-01-11/2021-01-20" for _, _, date in found)


def test_a_political_cue_before_the_country_acting_does_not_hide_its_act() -> None:
    # "a resolution" before the countries named: they still act in the clause of the physical cue
    text = (
        "Syria invaded Iraq in 1990, only withdrawing from Kirkuk in 1995. "
        "The mission was bolstered by a Security Council resolution after Syria attacked again in 2003."
    )
    found = events(text, "Iraq", "Kirkuk", "Syria", published="2021-03-17")
    assert any(kind == "attack" and date == "2003" for _, kind, date in found)
