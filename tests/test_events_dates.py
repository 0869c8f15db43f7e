"""Which time expression dates an event, on our own example sentences (no gazetteer needed).

Each test is one rule of :meth:`geo.events.document.Document.date` and :mod:`geo.events.dating`, with a
sentence written for it and, where the rule could overreach, the sentence it must leave alone.
"""

from __future__ import annotations

import bisect

from geo.events.dating import (
    date_clause,
    elapsed_from,
    in_relative_clause,
    when_antecedent,
)
from geo.events.published import open_start_from, publication_date
from geo.events.retold import refers_back
from geo.events.sentences import clause_starts
from geo.temporal import Tokens, find_dates
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "Red Sea": ("test:red-sea", "water_body", None),
    "Sanaa": ("geonames:71137", "city", "YE"),
}


tags, events = taggers(PLACES)


def test_a_date_whose_preposition_opens_a_clause_belongs_to_the_clause_before() -> None:
    text = "The rebels have attacked ships in the Red Sea since November."
    clauses = clause_starts(text, Tokens(text))
    (since,) = find_dates(text, published="2021-03-15")
    assert since.surface == "since November"
    assert since.start in clauses  # "since" opens a clause of its own ...
    verb = bisect.bisect_right(clauses, text.index("attacked"))
    assert date_clause(text, clauses, since) == verb  # ... but it dates the verb's clause


def test_the_clause_of_a_date_after_punctuation_is_its_own() -> None:
    text = "The base was hit, since 2019 the third time."
    clauses = clause_starts(text, Tokens(text))
    (since,) = find_dates(text, published="2021-03-15")
    hit = bisect.bisect_right(clauses, text.index("hit"))
    assert date_clause(text, clauses, since) == bisect.bisect_right(clauses, since.start) != hit


def test_a_date_opening_a_sentence_is_not_of_the_sentence_before() -> None:
    text = "They signed a deal, which ends the mission. Since Friday, the troops have left Niger."
    clauses = clause_starts(text, Tokens(text))
    (since,) = find_dates(text, published="2021-03-15")
    assert date_clause(text, clauses, since) == bisect.bisect_right(clauses, since.start)
    assert not in_relative_clause(text, clauses, since)


def test_the_main_clause_takes_its_own_since_date_not_the_year_of_a_relative_clause() -> None:
    text = (
        "The rebels, who have fought the government since they took Sanaa in 2014, have fired "
        "missiles at tankers in the Red Sea since November."
    )
    found = events(text, "Red Sea", "Sanaa", published="2021-03-15")
    assert ("Red Sea", "attack", "2020-11/2021-03-15") in found
    assert not any(place == "Red Sea" and date == "2014" for place, _, date in found)


def test_a_reporting_date_yields_to_the_date_of_another_clause() -> None:
    text = (
        "Officials said on Wednesday that ten soldiers were killed in Kirkuk when gunmen stormed a base "
        "on Monday."
    )
    assert events(text, "Kirkuk", published="2021-03-18") == {("Kirkuk", "attack", "2021-03-15")}


def test_a_reporting_date_still_dates_an_event_told_without_another_date() -> None:
    text = "Officials said on Wednesday that ten soldiers were killed in Kirkuk."
    assert events(text, "Kirkuk", published="2021-03-18") == {("Kirkuk", "attack", "2021-03-17")}


def test_an_end_after_publication_holds_from_publication() -> None:
    text = "The cabinet extended the mission of 300 soldiers in Iraq until 31 March 2027."
    dates = {date for place, _, date in events(text, "Iraq", published="2024-10-17") if place == "Iraq"}
    assert dates == {"2024-10-17/2027-03-31"}


def test_an_end_before_publication_stays_open() -> None:
    text = "The coalition deployed 500 soldiers in Iraq until 2011."
    dates = {date for place, _, date in events(text, "Iraq", published="2024-10-17") if place == "Iraq"}
    assert dates == {"../2011"}


def test_open_start_from_keeps_dates_that_have_a_start() -> None:
    publication = find_dates("on 17 October 2024", published=None)[0]
    (since,) = find_dates("since 2003", published="2024-10-17")
    assert open_start_from(since, publication) is since
    (until,) = find_dates("until 2030", published="2024-10-17")
    assert open_start_from(until, None) is until
    moved = open_start_from(until, publication)
    assert (moved.edtf, moved.date_start, moved.date_end, moved.precision) == (
        "2024-10-17/2030",
        "2024-10-17",
        "2030-12-31",
        "range",
    )


def test_a_when_clause_after_an_interval_takes_its_end() -> None:
    text = (
        "Camp Taji was the coalition's headquarters from 2003 until 2011, when it was handed over to "
        "the Iraqi army."
    )
    found = events(text, "Camp Taji")
    assert ("Camp Taji", "presence", "2003/2011") in found
    assert ("Camp Taji", "withdrawal", "2011") in found


def test_a_when_clause_with_its_own_date_keeps_it() -> None:
    text = "Camp Taji was a coalition base until 2011, when in March 2012 it was handed over to the army."
    found = events(text, "Camp Taji")
    assert ("Camp Taji", "withdrawal", "2012-03") in found


def test_when_antecedent_needs_when_right_after_the_date() -> None:
    text = "Troops held Kirkuk in 2014 and in March when they left."
    dates = find_dates(text, published="2021-03-15")
    clauses = clause_starts(text, Tokens(text))
    assert when_antecedent(text, clauses, text.index("left"), dates) == dates[-1]
    text = "Troops held Kirkuk in 2014 and left when the army came."
    dates = find_dates(text, published="2021-03-15")
    clauses = clause_starts(text, Tokens(text))
    assert when_antecedent(text, clauses, text.index("came"), dates) is None


def test_a_when_clause_after_a_period_named_as_a_whole_takes_all_of_it() -> None:
    text = "The rebels lost ground over the weekend when jets bombed their depots near Sanaa."
    dates = find_dates(text, published="2021-03-16")
    clauses = clause_starts(text, Tokens(text))
    found = when_antecedent(text, clauses, text.index("bombed"), dates)
    assert found is not None
    assert found.edtf == "2021-03-13/2021-03-14"
    # a span between two times is still at its end
    text = "Troops held Kirkuk from 2014 to 2017 when they left."
    dates = find_dates(text, published="2021-03-15")
    clauses = clause_starts(text, Tokens(text))
    found = when_antecedent(text, clauses, text.index("left"), dates)
    assert found is not None
    assert found.edtf == "2017"


def test_a_relative_clause_date_does_not_date_the_state_it_hangs_on() -> None:
    text = "The coalition keeps 400 soldiers in Iraq to fight the group, which in 2014 took large areas."
    dates = {date for place, kind, date in events(text, "Iraq", published="2024-09-28") if kind == "presence"}
    assert dates == {"2024-09-28"}


def test_an_adverbial_date_still_dates_the_state() -> None:
    text = "From January, 145 soldiers will serve in Iraq."
    dates = {date for place, kind, date in events(text, "Iraq", published="2023-12-10") if kind == "presence"}
    assert dates == {"2024-01/.."}


def test_in_relative_clause() -> None:
    text = "The group, which in 2014 took Mosul, lost it in 2017."
    clauses = clause_starts(text, Tokens(text))
    first, second = find_dates(text, published="2021-03-15")
    assert in_relative_clause(text, clauses, first)
    assert not in_relative_clause(text, clauses, second)


def test_a_relative_clause_date_alone_does_not_date_the_main_clause() -> None:
    text = (
        "The mission in Iraq, which reported shelling near its posts in recent days, has patrolled the "
        "frontier for years."
    )
    found = events(text, "Iraq", published="2024-10-12")
    assert ("Iraq", "presence", "2024-10-12") in found  # the patrols (presence) hold at publication ...
    assert ("Iraq", "attack", "2024-10-05/2024-10-12") in found  # ... the fire is the relative clause's


def test_a_cue_inside_the_relative_clause_keeps_its_date() -> None:
    text = "The militia, which attacked Kirkuk on Monday, is backed by Iran."
    assert events(text, "Kirkuk", published="2021-03-17") == {("Kirkuk", "attack", "2021-03-15")}


def test_a_definite_event_noun_takes_the_date_of_the_event_just_told() -> None:
    text = "US jets killed six militants near Kirkuk last week.\n\nThe strikes targeted two depots in Mosul."
    found = events(text, "Kirkuk", "Mosul", published="2021-03-15")
    assert ("Mosul", "strike", "2021-03-08/2021-03-14") in found


def test_an_indefinite_event_after_a_paragraph_break_keeps_the_lead_day() -> None:
    text = "US jets killed six militants near Kirkuk last week.\n\nUS strikes targeted two depots in Mosul."
    found = events(text, "Kirkuk", "Mosul", published="2021-03-15")
    assert not any(place == "Mosul" and date == "2021-03-08/2021-03-14" for place, _, date in found)


def test_refers_back() -> None:
    text = "The strikes hit Mosul. Strikes hit Mosul."
    assert refers_back(text, 0, text.index("strikes"))
    second = text.index("Strikes")
    assert not refers_back(text, second, second)


def test_a_definite_event_noun_looks_past_undated_sentences_and_not_ahead() -> None:
    text = (
        "A missile struck the port of Mosul on Wednesday.\n\n"
        "Officials condemned the killing of civilians.\n\n"
        "This attack on Mosul was the second in a week. A missile hit Kirkuk on Monday."
    )
    found = events(text, "Mosul", "Kirkuk", published="2021-03-17")
    assert ("Kirkuk", "attack", "2021-03-15") in found or ("Kirkuk", "strike", "2021-03-15") in found
    assert {date for place, _, date in found if place == "Mosul"} == {"2021-03-17"}


def test_publication_date() -> None:
    day = publication_date("2021-03-17")
    assert day is not None
    assert (day.edtf, day.date_start, day.date_end, day.precision) == (
        "2021-03-17",
        "2021-03-17",
        "2021-03-17",
        "day",
    )
    span = publication_date("2024-07/2025")
    assert span is not None
    assert (span.edtf, span.date_start, span.date_end) == (
        "2024-07/2025",
        "2024-07-01",
        "2025-12-31",
    )
    assert publication_date(None) is None


def test_n_years_after_counts_back_from_the_other_clause() -> None:
    text = "Fifteen years after marines first arrived at Camp Taji, the last of them left on Friday."
    found = events(text, "Camp Taji", published="2021-07-03")
    assert ("Camp Taji", "deployment", "2006") in found


def test_elapsed_from_units_and_direction() -> None:
    text = "Three months before rebels attacked Kirkuk, the army left Mosul on 10 June 2020."
    dates = find_dates(text, published="2021-07-03")
    clauses = clause_starts(text, Tokens(text))
    found = elapsed_from(text, clauses, text.index("attacked"), dates)
    assert found is not None
    assert (found.edtf, found.precision) == ("2020-09", "month")
    text = "Two days after rebels attacked Kirkuk, the army left Mosul on 10 June 2020."
    dates = find_dates(text, published="2021-07-03")
    found = elapsed_from(text, clause_starts(text, Tokens(text)), text.index("attacked"), dates)
    assert found is not None
    assert found.edtf == "2020-06-08"


def test_elapsed_from_needs_a_date_to_count_from() -> None:
    text = "Fifteen years after marines arrived at Camp Taji, the last of them have left."
    assert elapsed_from(text, clause_starts(text, Tokens(text)), text.index("arrived"), []) is None
    text = "A day after the raid on Kirkuk on Monday, troops left."
    dates = find_dates(text, published="2021-07-03")
    assert elapsed_from(text, clause_starts(text, Tokens(text)), text.index("raid"), dates) is None


def test_the_rules_leave_an_undated_article_undated() -> None:
    text = (
        "Fifteen years after marines first arrived at Camp Taji, the last of them left on Friday. "
        "The cabinet extended the mission of 300 soldiers in Iraq until 31 March 2027. "
        "US jets killed six militants near Kirkuk last week.\n\nThe strikes targeted two depots in Mosul."
    )
    for published in (None, "2024-07/2025"):
        found = tags(text, "Camp Taji", "Iraq", "Kirkuk", "Mosul", published=published)
        assert found
        if published is None:
            assert {t.date for t in found if t.place.candidate.name != "Iraq"} == {"XXXX"}
            assert {t.date for t in found if t.place.candidate.name == "Iraq"} == {"../2027-03-31"}


def test_a_day_in_an_adverbial_narrows_the_year_of_the_cue_clause() -> None:
    text = "On 3 May, recruits who had joined the training courses in Mosul in 2015 graduated."
    found = events(text, "Mosul", published="2015-05-05")
    assert {date for place, _, date in found if place == "Mosul"} == {"2015-05-03"}


def test_a_day_of_another_event_does_not_narrow_the_year() -> None:
    text = "Troops deployed to Camp Taji in 2015, and rebels attacked Kirkuk on 3 May 2015."
    found = events(text, "Camp Taji", "Kirkuk", published="2016-01-01")
    assert found == {("Camp Taji", "deployment", "2015"), ("Kirkuk", "attack", "2015-05-03")}


def test_an_undated_protest_is_reported_on_its_day_or_the_next() -> None:
    text = "Hundreds of protesters gathered outside the governor's office in Kirkuk to denounce the arrests."
    found = events(text, "Kirkuk", published="2021-03-15")
    assert ("Kirkuk", "protest", "2021-03-14/2021-03-15") in found
    # a state told without a date still holds on the publication day
    found = events("US troops are stationed in Kirkuk.", "Kirkuk", published="2021-03-15")
    assert ("Kirkuk", "presence", "2021-03-15") in found


def test_a_fronted_when_clause_dates_the_state_of_the_main_clause() -> None:
    text = "When US troops invaded Iraq in 2003, Camp Taji became their main base."
    assert ("Camp Taji", "presence", "2003") in events(text, "Iraq", "Camp Taji", published="2021-03-15")
    # a when clause after the main clause is no fronted adverbial of it: the state holds now
    text = "Camp Taji is their main base, as it was when US troops invaded Iraq in 2003."
    found = events(text, "Iraq", "Camp Taji", published="2021-03-15")
    assert ("Camp Taji", "presence", "2021-03-15") in found


def test_a_state_told_in_the_past_takes_the_period_told_before_it() -> None:
    text = (
        "Between 2005 and 2009, the alliance ran a small effort to train the army. "
        "This mission operated from Camp Taji and from Kirkuk."
    )
    found = events(text, "Camp Taji", "Kirkuk", published="2024-07")
    assert {date for _, _, date in found} == {"2005/2009"}


def test_a_state_told_in_the_present_still_holds_at_publication() -> None:
    text = (
        "Between 2005 and 2009, the alliance ran a small effort to train the army. "
        "This mission is based at Camp Taji."
    )
    found = events(text, "Camp Taji", published="2024-07")
    assert {date for _, _, date in found} == {"2024-07"}


def test_a_past_state_does_not_take_the_date_of_the_event_after_it() -> None:
    text = "The alliance had 900 soldiers in Iraq, based in Kirkuk. The first convoy departed on May 3."
    found = events(text, "Iraq", "Kirkuk", published="2021-07-15")
    assert not any(date == "2021-05-03" for place, _, date in found if place == "Kirkuk")


def test_a_participle_in_the_subject_is_no_past_state() -> None:
    text = (
        "Rockets hit Camp Taji on Monday. The soldiers stationed at Camp Taji were unharmed, officials said."
    )
    found = events(text, "Camp Taji", published="2021-07-15")
    assert ("Camp Taji", "presence", "2021-07-15") in found


def test_a_past_state_in_a_future_sentence_is_none() -> None:
    text = (
        "Between 2005 and 2009, the alliance ran a small effort to train the army. "
        "Visitors will see the depots that were operating in Kirkuk."
    )
    found = events(text, "Kirkuk", published="2024-07")
    assert not any(date == "2005/2009" for _, _, date in found)


def test_a_date_opening_a_relative_clause_dates_the_cue_of_that_clause() -> None:
    text = (
        "Two raids hit the north this year: one in January that struck Kirkuk and one in March that "
        "struck Mosul."
    )
    found = events(text, "Kirkuk", "Mosul", published="2021-07-15")
    strikes = {(place, date) for place, kind, date in found if kind == "strike"}
    assert strikes == {("Kirkuk", "2021-01"), ("Mosul", "2021-03")}


def test_a_place_of_two_clauses_dated_apart_takes_part_in_two_events() -> None:
    text = (
        "EU warships have been operational in the Red Sea since 2019, while Operation Aspides, in the "
        "Red Sea, escorts merchant ships."
    )
    found = events(text, "Red Sea", published="2024-06-12")
    assert found == {("Red Sea", "presence", "2019/2024-06-12"), ("Red Sea", "presence", "2024-06-12")}


def test_a_place_named_twice_for_one_dated_event_stays_one_event() -> None:
    text = "Warships patrolled the Red Sea on Monday, and helicopters flew over the Red Sea too."
    found = events(text, "Red Sea", published="2024-06-12")
    assert found == {("Red Sea", "presence", "2024-06-10")}


def test_a_date_after_a_semicolon_is_no_adverbial_of_the_verb_before_it() -> None:
    text = "In 2011, the last troops left Iraq; they came back to Iraq in 2014."
    found = events(text, "Iraq", published="2024-03-13")
    assert ("Iraq", "withdrawal", "2011") in found
    assert ("Iraq", "withdrawal", "2014") not in found


def test_a_date_after_the_verb_is_not_one_right_before_it() -> None:
    # the date after the verb tells the time of another clause's verb ("came back"), not the leaving's
    text = "In 2011, the last troops left Iraq, and in 2014 they came back to Iraq."
    found = events(text, "Iraq", published="2024-03-13")
    assert ("Iraq", "withdrawal", "2011") in found


def test_a_cue_of_another_kind_right_before_a_place_governs_it_and_its_date() -> None:
    text = "Troops arrived in Mosul in 2014 and left Kirkuk on Friday."
    found = events(text, "Mosul", "Kirkuk", published="2024-03-13")
    assert found == {("Mosul", "deployment", "2014"), ("Kirkuk", "withdrawal", "2024-03-08")}
    again = "Troops arrived in Kirkuk in 2015 and left Kirkuk on Friday."
    assert events(again, "Kirkuk", published="2024-03-13") == {
        ("Kirkuk", "deployment", "2015"),
        ("Kirkuk", "withdrawal", "2024-03-08"),
    }


def test_a_state_right_before_a_place_does_not_govern_it() -> None:
    text = "Militants attacked troops deployed in Kirkuk on Monday."
    assert events(text, "Kirkuk", published="2024-03-13") == {("Kirkuk", "attack", "2024-03-11")}


def test_two_dated_cues_of_one_kind_each_date_the_place_they_govern() -> None:
    text = "Militants who took Mosul in 2014 attacked Kirkuk on Monday."
    found = events(text, "Mosul", "Kirkuk", published="2024-03-13")
    assert ("Kirkuk", "attack", "2024-03-11") in found
    assert ("Mosul", "attack", "2014") in found


def test_a_drone_strike_that_hit_a_place_keeps_its_kind() -> None:
    found = tags("A drone strike hit Kirkuk on Monday.", "Kirkuk", published="2024-03-13")
    assert [(t.sub_event_type, t.date) for t in found if t.event_type == "strike"] == [
        ("drone_strike", "2024-03-11")
    ]


def test_an_event_told_inside_a_since_phrase_is_at_its_own_time() -> None:
    text = "Jets struck Kirkuk on Monday, the second raid since an attack on Mosul in January."
    found = events(text, "Kirkuk", "Mosul", published="2024-03-13")
    assert ("Mosul", "attack", "2024-01") in found
    assert ("Kirkuk", "strike", "2024-03-11") in found


def test_the_main_event_of_a_since_clause_runs_from_its_time() -> None:
    text = "Attacks on Kirkuk have grown since the army withdrew from Mosul in 2021."
    found = events(text, "Kirkuk", "Mosul", published="2024-03-13")
    assert ("Kirkuk", "attack", "2021/2024-03-13") in found
    assert ("Mosul", "withdrawal", "2021") in found


def test_what_broke_out_in_a_since_clause_goes_on_from_then() -> None:
    text = "Kirkuk has been a front since fighting broke out in Mosul in April 2023."
    found = events(text, "Kirkuk", "Mosul", published="2024-07-13")
    assert ("Mosul", "attack", "2023-04/2024-07-13") in found


def test_an_event_named_after_n_weeks_after_lies_that_long_before() -> None:
    text = "Militants attacked Kirkuk on Monday, two weeks after an assault on Mosul."
    found = events(text, "Kirkuk", "Mosul", published="2024-03-13")
    assert found == {("Kirkuk", "attack", "2024-03-11"), ("Mosul", "attack", "2024-02-23/2024-02-29")}
    days = "Militants attacked Kirkuk on Monday, three days after drones struck Mosul."
    assert ("Mosul", "strike", "2024-03-08") in events(days, "Kirkuk", "Mosul", published="2024-03-13")


def test_an_event_named_after_days_or_months_after_lies_a_few_units_before() -> None:
    # a bare plural counts a few: "days after" two to six days, "months after" two to eleven months
    days = "Militants attacked Kirkuk on Monday, days after an assault on Mosul."
    found = events(days, "Kirkuk", "Mosul", published="2024-03-13")
    assert found == {("Kirkuk", "attack", "2024-03-11"), ("Mosul", "attack", "2024-03-05/2024-03-09")}
    months = "Militants attacked Kirkuk on Monday, months after an assault on Mosul."
    assert ("Mosul", "attack", "2023-04/2024-01") in events(months, "Kirkuk", "Mosul", published="2024-03-13")


def test_a_clause_counted_from_another_is_not_counted_twice() -> None:
    text = "Nearly 20 years after the first troops arrived at Camp Taji, the last soldiers left on Friday."
    found = events(text, "Camp Taji", published="2024-03-13")
    assert ("Camp Taji", "deployment", "2004") in found


def test_one_place_with_two_dated_cues_in_its_clause_takes_part_in_two_events() -> None:
    text = "Kirkuk was attacked by rebels in 2012 and bombed by jets last year."
    found = events(text, "Kirkuk", published="2024-03-13")
    assert found == {("Kirkuk", "attack", "2012"), ("Kirkuk", "strike", "2023")}


def test_a_dated_cue_of_another_place_is_not_a_second_event() -> None:
    text = "Troops arrived in Mosul in 2014 and left Kirkuk on Friday."
    found = events(text, "Mosul", "Kirkuk", published="2024-03-13")
    assert ("Mosul", "withdrawal", "2024-03-08") not in found


def test_a_dated_noun_after_a_preposition_of_time_dates_its_clause() -> None:
    text = "Ministers agreed at a March 2019 summit to send troops to Kirkuk."
    assert events(text, "Kirkuk", published="2021-05-10") == {("Kirkuk", "deployment", "2019-03")}
    text = "Leaders decided during the 2018 talks to deploy troops to Mosul."
    assert events(text, "Mosul", published="2021-05-10") == {("Mosul", "deployment", "2018")}


def test_recent_before_an_event_noun_dates_it_as_recently() -> None:
    text = "Jets struck Kirkuk on Friday. Recent attacks have been reported on bases in Mosul."
    found = events(text, "Kirkuk", "Mosul", published="2021-03-15")
    assert ("Mosul", "attack", "2021-02/2021-03-15") in found


def test_recent_after_the_cue_does_not_date_it() -> None:
    text = "The drone strike on Kirkuk on 2 March answered recent attacks by the group."
    found = events(text, "Kirkuk", published="2021-03-15")
    assert ("Kirkuk", "strike", "2021-03-02") in found
    text = "The drone strike on Kirkuk answered recent attacks by the group."
    found = events(text, "Kirkuk", published="2021-03-15")
    assert all(date != "2021-02/2021-03-15" for _, kind, date in found if kind == "strike")


def test_a_plural_event_noun_in_the_present_perfect_after_a_time_is_a_series_from_it() -> None:
    text = "Militias have intensified their attacks on bases in Kirkuk following the events of 7 March."
    found = events(text, "Kirkuk", published="2021-03-15")
    assert ("Kirkuk", "attack", "2021-03-07/2021-03-15") in found


def test_one_event_in_the_present_perfect_after_a_time_stays_on_that_time() -> None:
    text = "A soldier has been killed in an attack in Kirkuk following the clashes of 7 March."
    found = events(text, "Kirkuk", published="2021-03-15")
    assert all("/" not in (date or "") for _, kind, date in found if kind == "attack")
    text = "Militias intensified their attacks on bases in Kirkuk following the events of 7 March."
    found = events(text, "Kirkuk", published="2021-03-15")
    assert ("Kirkuk", "attack", "2021-03-07") in found


def test_an_act_in_the_perfect_passive_since_a_time_is_at_that_time() -> None:
    text = "A new battalion in Kirkuk has been established since March."
    assert ("Kirkuk", "deployment", "2021-03") in events(text, "Kirkuk", published="2021-07-15")
    text = "The coalition base in Kirkuk has been closed since last week."
    found = events(text, "Kirkuk", published="2021-07-15")
    assert ("Kirkuk", "withdrawal", "2021-07-05/2021-07-11") in found
    # a cue that names the state since a time itself: the accession then
    text = "Iraq remains a member state since 2009 and hosts a summit this week."
    assert ("Iraq", "political", "2009") in events(text, "Iraq", published="2021-07-15")
    # a violent event goes on over the span ("shelled since March": many times), as does a state
    text = "The coalition base in Kirkuk has been shelled since March."
    found = events(text, "Kirkuk", published="2021-07-15")
    assert all(date == "2021-03/2021-07-15" for _, kind, date in found if kind == "attack")


def test_a_violent_activity_begun_at_a_time_goes_on_up_to_publication() -> None:
    text = "The militia began in March to fire rockets at the base in Kirkuk."
    found = events(text, "Kirkuk", published="2021-07-15")
    assert ("Kirkuk", "rocket_attack", "2021-03/2021-07-15") in found
    text = "Government forces started shelling Mosul in May."
    found = events(text, "Mosul", published="2021-07-15")
    assert all(date == "2021-05/2021-07-15" for _, kind, date in found if kind in {"attack", "strike"})
    # an event that itself began on a day is that day; so is one without a verb of beginning
    text = "The assault on Mosul began on Monday."
    found = events(text, "Mosul", published="2021-07-15")
    assert all(date == "2021-07-12" for _, kind, date in found if kind == "attack")
    text = "The militia fired rockets at the base in Kirkuk in March."
    assert ("Kirkuk", "rocket_attack", "2021-03") in events(text, "Kirkuk", published="2021-07-15")


def test_an_event_inside_a_since_clause_dated_without_preposition_is_at_that_time() -> None:
    text = "Mosul has been quiet since the army withdrew from Kirkuk last year."
    assert ("Kirkuk", "withdrawal", "2022") in events(text, "Kirkuk", "Mosul", published="2023-07-27")
    text = "Mosul has been shelled since the army withdrew from Kirkuk last week."
    found = events(text, "Kirkuk", "Mosul", published="2023-07-27")
    assert ("Kirkuk", "withdrawal", "2023-07-17/2023-07-23") in found
    assert ("Mosul", "attack", "2023-07-17/2023-07-27") in found
