"""Which time expression dates an event: rules added for the dates issue (our own example sentences)."""

from __future__ import annotations

import pytest

from geo.events.dating import previous_occurrence
from geo.temporal import find_dates
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
    "Gulf of Aden": ("test:gulf-of-aden", "water_body", None),
}

tags, events = taggers(PLACES)


def dates(text: str, published: str) -> list[tuple[str, str]]:
    return [(e.surface, e.edtf) for e in find_dates(text, published=published)]


def test_the_cue_verb_itself_is_no_reporting_verb() -> None:
    # "declared" is a reporting verb, but here it is the political act the date belongs to
    text = (
        "At a rally on Sunday, the leader said the war, over which Kirkuk declared victory in May 2019, "
        "was over."
    )
    found = events(text, "Kirkuk", published="2021-03-15")
    assert ("Kirkuk", "political", "2019-05") in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Pirates have raided ships since last October.",
            "2024-10-01",
            [("since last October", "2023-10/2024-10-01")],
        ),
        ("The curfew holds until next March.", "2024-10-01", [("until next March", "../2025-03")]),
        ("The port was mined last October.", "2024-10-01", [("last October", "2023-10")]),
        # a month followed by the year it falls in
        ("The town fell in October last year.", "2024-03-10", [("in October last year", "2023-10")]),
        ("The town fell on 5 May this year.", "2024-10-01", [("on 5 May this year", "2024-05-05")]),
        ("Talks resume in June next year.", "2024-10-01", [("in June next year", "2025-06")]),
        ("Raids went on since May last year.", "2025-04-01", [("since May last year", "2024-05/2025-04-01")]),
        # the night before publication covers two calendar days, like "overnight"
        ("Drones hit the base last night.", "2021-07-05", [("last night", "2021-07-04/2021-07-05")]),
    ],
)
def test_relative_expressions(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


def test_the_same_place_just_told_with_a_date_dates_the_undated_strike_there() -> None:
    text = (
        "A rocket hit a market in Basra on Monday.\n"
        "On Wednesday, the army said jets had bombed a depot in Mosul.\n"
        "A commander died in an air strike on the depot in Mosul, officials said."
    )
    found = events(text, "Basra", "Mosul", published="2021-03-18")
    assert ("Mosul", "strike", "2021-03-17") in found
    assert ("Mosul", "strike", "2021-03-15") not in found  # not the lead's day


def test_an_event_of_another_kind_at_the_same_place_does_not_lend_its_date() -> None:
    text = (
        "A rocket hit a market in Basra on Monday.\n"
        "On Wednesday, troops arrived in Mosul.\n"
        "Jets bombed a depot in Mosul."
    )
    found = events(text, "Basra", "Mosul", published="2021-03-18")
    assert ("Mosul", "strike", "2021-03-17") not in found


def test_an_undated_strike_at_another_place_keeps_the_lead_day() -> None:
    text = (
        "A rocket hit a market in Basra on Monday.\n"
        "On Wednesday, gunmen killed a commander in Mosul.\n"
        "Jets bombed Kirkuk."
    )
    found = events(text, "Basra", "Mosul", "Kirkuk", published="2021-03-18")
    assert ("Kirkuk", "strike", "2021-03-15") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("These were the first pirate attacks in the area since October.", True),
        ("It was the deadliest strike on the city since 2019.", True),
        ("Troops fired for the first time since 2015.", True),
        ("Rebels have shelled the city since October.", False),
        ("It was the first raid, since 2019 the militia has grown.", False),
    ],
)
def test_previous_occurrence(text: str, expected: bool) -> None:
    (since,) = [d for d in find_dates(text, published="2021-03-15") if d.surface.startswith("since")]
    assert previous_occurrence(text, since) is expected


def test_the_first_attack_since_a_date_takes_the_date_told_before() -> None:
    text = (
        "Between 21 and 23 April, pirates attacked two fishing boats. "
        "These were the first pirate attacks in the Gulf of Aden since October last year."
    )
    found = events(text, "Gulf of Aden", published="2019-05-03")
    assert found == {("Gulf of Aden", "attack", "2019-04-21/2019-04-23")}


def test_a_withdrawal_after_a_state_over_an_interval_is_at_its_end() -> None:
    text = "From 2005-2009, NATO ran a training mission there, but left Mosul when its mandate ran out."
    found = events(text, "Mosul", published="2014-12-04")
    assert ("Mosul", "withdrawal", "2009") in found


def test_a_withdrawal_framed_by_an_interval_alone_keeps_it() -> None:
    text = "Between 2014 and 2016, the troops withdrew from Mosul."
    found = events(text, "Mosul", published="2021-03-15")
    assert ("Mosul", "withdrawal", "2014/2016") in found


def test_a_report_date_yields_to_the_day_the_next_sentence_tells() -> None:
    text = (
        "Gunmen are accused of attacking a tanker in the Gulf of Aden, officials reported early Monday.\n"
        "The tanker hit in the attack on Sunday was damaged by an explosion."
    )
    found = events(text, "Gulf of Aden", published="2024-02-19")
    assert found == {("Gulf of Aden", "attack", "2024-02-18")}


def test_a_report_date_stays_when_the_next_sentence_tells_an_older_day() -> None:
    text = (
        "Gunmen attacked a tanker in the Gulf of Aden, officials said on Monday.\n"
        "A similar attack on 3 January killed two sailors."
    )
    found = events(text, "Gulf of Aden", published="2024-02-19")
    assert ("Gulf of Aden", "attack", "2024-02-19") in found


def test_an_inspection_is_an_act_dated_by_the_inspection_told_just_before() -> None:
    text = (
        "The naval mission carried out its first inspection of a tanker bound for Basra last Thursday.\n\n"
        "The tanker was boarded and inspected in waters south of Basra."
    )
    found = events(text, "Basra", published="2020-09-14")
    assert found == {("Basra", "presence", "2020-09-10")}


def test_an_undated_inspection_is_an_act_of_the_report_day_or_the_day_before() -> None:
    text = "The naval mission said its sailors boarded and inspected a tanker in waters south of Basra."
    found = events(text, "Basra", published="2020-09-14")
    assert found == {("Basra", "presence", "2020-09-13/2020-09-14")}


def test_a_state_of_presence_still_holds_at_publication() -> None:
    text = "The mission began its patrols last Thursday.\n\nTroops are stationed in Basra."
    found = events(text, "Basra", published="2020-09-14")
    assert ("Basra", "presence", "2020-09-14") in found


def test_a_past_perfect_date_in_the_next_sentence_does_not_date_an_undated_attack() -> None:
    text = "Rebels attacked two villages near Mosul. They had held the area in 2012."
    found = events(text, "Mosul", published="2021-11-08")
    assert ("Mosul", "attack", "2012") not in found


def test_a_date_in_the_next_sentence_still_dates_an_undated_attack() -> None:
    text = "Rebels attacked two villages near Mosul. The fighting began on Sunday."
    assert ("Mosul", "attack", "2021-11-07") in events(text, "Mosul", published="2021-11-08")


@pytest.mark.parametrize(
    ("text", "attributive"),
    [
        ("Under Resolution 2292 (2016) the ship was diverted.", True),
        ("The ship was seized (in 2016) and sold.", False),
        ("The ship was seized in 2016.", False),
    ],
)
def test_a_year_in_parentheses_labels_a_name(text: str, attributive: bool) -> None:
    (year,) = find_dates(text, published="2022-07-20")
    assert year.attributive is attributive


def test_a_date_after_the_cue_is_its_adverbial_not_the_nearer_one_before() -> None:
    text = "Troops reached Basra in 2014 and left Kirkuk on Friday."
    found = events(text, "Kirkuk", published="2021-03-10")
    assert ("Kirkuk", "withdrawal", "2021-03-05") in found


def test_a_fronted_adverbial_dates_the_clause_when_no_date_follows_the_cue() -> None:
    text = "On Friday, after a week of talks, troops left Kirkuk."
    assert events(text, "Kirkuk", published="2021-03-10") == {("Kirkuk", "withdrawal", "2021-03-05")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pirates freed the crew this week.", [("this week", "2012-08-13/2012-08-16")]),
        ("Talks will resume this week.", [("this week", "2012-08-16/2012-08-19")]),
    ],
)
def test_this_week_runs_up_to_or_from_publication(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, "2012-08-16") == expected


def test_a_possessive_event_noun_takes_the_date_of_the_event_just_told() -> None:
    text = (
        "Two tank companies will arrive in Kirkuk at the end of October.\n\n"
        "Their deployment to Mosul will be made by rail."
    )
    found = events(text, "Kirkuk", "Mosul", published="2022-10-12")
    assert ("Mosul", "deployment", "2022-10-21/2022-10-31") in found


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a deadline in a future sentence is the next such day, even when this year's has passed
        ("Troops will stay until September 15.", "2024-09-20", [("until September 15", "../2025-09-15")]),
        ("The border will stay shut until Friday.", "2023-12-30", [("until Friday", "../2024-01-05")]),
        # without a future cue, the nearest one either way
        ("The troops stayed until March 3.", "2024-05-20", [("until March 3", "../2024-03-03")]),
        ("The border stays shut until Sunday.", "2023-12-28", [("until Sunday", "../2023-12-31")]),
    ],
)
def test_deadlines(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


def test_an_undated_attack_is_the_publication_day_or_the_day_before() -> None:
    text = "Gunmen attacked a checkpoint in Kirkuk."
    assert events(text, "Kirkuk", published="2024-02-03") == {("Kirkuk", "attack", "2024-02-02/2024-02-03")}


def test_an_undated_state_still_holds_at_publication() -> None:
    text = "Coalition troops are stationed in Kirkuk."
    assert events(text, "Kirkuk", published="2024-02-03") == {("Kirkuk", "presence", "2024-02-03")}


def test_news_lag_keeps_a_coarse_publication_date() -> None:
    assert events("Gunmen attacked a checkpoint in Kirkuk.", "Kirkuk", published="2024-02") == {
        ("Kirkuk", "attack", "2024-02")
    }


def test_an_old_caption_date_does_not_hide_the_lead_day() -> None:
    # The two strikes state different tolls: with the same toll the headline's would be the lead's event
    # told again (geo.events.identity.fold_same_toll) and fold into it.
    text = (
        "Drone strike kills four in Kirkuk\n\n"
        "Fighters leave their base in Mosul, March 10, 2015.\n\n"
        "A drone strike on Friday killed two fighters in Basra."
    )
    found = events(text, "Kirkuk", "Mosul", "Basra", published="2023-07-29")
    assert ("Kirkuk", "strike", "2023-07-28") in found


def test_a_date_qualifying_a_noun_after_the_cue_yields_to_the_clause_time() -> None:
    # "the 2015 accord" names the accord; the withdrawal is dated by the weekend
    text = "Over the weekend, troops pulled out of Kirkuk under the 2015 accord with the government."
    assert events(text, "Kirkuk", published="2021-03-10") == {
        ("Kirkuk", "withdrawal", "2021-03-06/2021-03-07")
    }


def test_a_date_qualifying_a_noun_after_the_cue_dates_it_when_the_sentence_has_no_other() -> None:
    text = "Troops pulled out of Kirkuk under the 2015 accord with the government."
    assert events(text, "Kirkuk", published="2021-03-10") == {("Kirkuk", "withdrawal", "2015")}


def test_a_date_after_following_the_dates_the_clause() -> None:
    # "following the 2003 invasion" places the clause in 2003 as "in 2003" would
    text = "Built in the 1980s, the base near Kirkuk was taken over by US troops following the 2003 invasion."
    assert "2003" in {date for _, _, date in events(text, "Kirkuk", published="2019-12-03")}


def test_a_state_in_a_where_clause_holds_at_the_time_of_the_event_it_hangs_on() -> None:
    # the camp "where troops are stationed" is described as it was when it was attacked
    text = "Militants attacked a camp in Kirkuk on Sunday, where foreign troops are stationed."
    assert events(text, "Kirkuk", published="2021-03-10") == {
        ("Kirkuk", "attack", "2021-03-07"),
        ("Kirkuk", "presence", "2021-03-07"),
    }


def test_the_lead_day_passes_over_a_dated_sentence_that_tells_no_event() -> None:
    # a photo caption with an old date opens the text; the lead is the first sentence telling an event
    text = (
        "A picture released on August 20 shows smoke over the city.\n\n"
        "Jets struck Kirkuk on Thursday, the army said.\n\n"
        "Gunmen later attacked a checkpoint in Mosul."
    )
    assert ("Mosul", "attack", "2022-04-14") in events(text, "Mosul", published="2022-04-15")


def test_a_date_after_the_cue_of_an_event_named_after_a_lapse_is_its_own() -> None:
    # "a day after militants bombed Kirkuk on Sunday": Sunday is the bombing's own time, not a day later
    text = "The shelling of Mosul came a day after militants bombed Kirkuk on Sunday."
    found = events(text, "Kirkuk", published="2021-03-10")
    assert {date for place, _, date in found if place == "Kirkuk"} == {"2021-03-07"}


def test_a_when_clause_after_since_refers_to_the_start() -> None:
    # "since 2014, when they were deployed": the deployment is in 2014, not at publication
    text = "Foreign troops have been in Kirkuk since 2014, when they were deployed to fight militants."
    found = events(text, "Kirkuk", published="2021-03-10")
    assert ("Kirkuk", "deployment", "2014") in found


def test_a_day_inside_the_week_told_in_the_same_clause_dates_the_event() -> None:
    # "for the second time this week on Tuesday": Tuesday, the week told more precisely
    text = "Kirkuk was hit by rockets for the second time this week on Tuesday."
    assert events(text, "Kirkuk", published="2021-03-12") == {("Kirkuk", "rocket_attack", "2021-03-09")}


def test_an_undated_movement_is_not_folded_into_one_dated_years_before() -> None:
    # "in 2011" is history the story recalls; the undated departure is its news, on the publication day
    text = (
        "Officials said the last foreign soldiers have left Kirkuk.\n"
        "Foreign troops first arrived in Mosul in 2003.\n"
        "In 2011, the army withdrew from Kirkuk."
    )
    found = events(text, "Kirkuk", "Mosul", published="2021-03-18")
    assert ("Kirkuk", "withdrawal", "2011") in found
    assert ("Kirkuk", "withdrawal", "2021-03-18") in found


def test_an_undated_movement_is_still_folded_into_one_dated_this_year() -> None:
    text = (
        "Officials said the last foreign soldiers have left Kirkuk.\n"
        "In January, the army withdrew from Kirkuk."
    )
    found = events(text, "Kirkuk", published="2021-03-18")
    assert found == {("Kirkuk", "withdrawal", "2021-01")}


def test_an_until_date_of_the_sentence_before_does_not_date_an_undated_event() -> None:
    # "until July 2025" bounds how long the mission lasts; it is no time at which troops were sent
    text = "The mission will be extended until July 2025. The government sent more troops to Kirkuk."
    assert events(text, "Kirkuk", published="2023-07-10") == {("Kirkuk", "deployment", "2023-07-10")}


def test_a_place_after_the_cue_and_its_time_takes_the_time_after_it() -> None:
    # "on Monday" is the attack's own time; Mosul is told in a later phrase with its own
    text = "Rebels attacked Kirkuk on Monday and then moved on to Mosul on Wednesday."
    found = events(text, "Kirkuk", "Mosul", published="2021-03-18")
    assert found == {("Kirkuk", "attack", "2021-03-15"), ("Mosul", "attack", "2021-03-17")}
