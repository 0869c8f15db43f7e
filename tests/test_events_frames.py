"""Event frames on our own example sentences: several events at one place, the clause's own date and
numbers, lists after a locative, state strikes, withdrawals and missions (no gazetteer needed)."""

from __future__ import annotations

from geo.events import find_counts
from geo.events.filing import in_dateline
from geo.temporal import find_dates
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
    "Erbil": ("geonames:95446", "city", "IQ"),
    "ERBIL": ("geonames:95446", "city", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "US": ("iso:US", "country", "US"),
    "Tallinn": ("geonames:588409", "city", "EE"),
    "Estonia": ("iso:EE", "country", "EE"),
    "Goma": ("geonames:215605", "city", "CD"),
    "Niger": ("iso:NE", "country", "NE"),
    "Tillaberi region": ("test:tillaberi", "admin_region", "NE"),
}


tags, events = taggers(PLACES)


def test_one_place_carries_the_events_of_its_clauses() -> None:
    text = (
        "Camp Taji was the coalition's headquarters from 2003 until 2011, when it was handed over to "
        "the Iraqi army."
    )
    found = events(text, "Camp Taji")
    assert {kind for _, kind, _ in found} == {"presence", "withdrawal"}
    assert ("Camp Taji", "presence", "2003/2011") in found


def test_a_violent_clause_without_its_own_date_tells_the_same_event_on() -> None:
    text = "Jets struck a market in Kirkuk on Monday, killing 11 people."
    found = [t for t in tags(text, "Kirkuk") if t.event_type != "mention"]
    assert [(t.event_type, t.date, t.fatalities) for t in found] == [("strike", "2021-03-15", 11)]


def test_the_base_refers_back_across_paragraphs_and_it_follows() -> None:
    text = (
        "Rockets hit Camp Taji on Monday.\n\nOfficials opened an inquiry.\n\n"
        "The base, which hosts coalition troops, was hit by a rocket on March 2. It was also attacked in "
        "January."
    )
    found = events(text, "Camp Taji")
    assert ("Camp Taji", "rocket_attack", "2021-03-02") in found
    assert ("Camp Taji", "presence", "2021-03-15") in found  # a state without its own date holds now
    assert ("Camp Taji", "attack", "2021-01") in found


def test_the_date_of_the_cues_clause_governs_and_a_reporting_date_yields() -> None:
    text = "Officials said on Wednesday that gunmen attacked a convoy in Mosul on Monday."
    assert events(text, "Mosul") == {("Mosul", "attack", "2021-03-15")}
    text = "Gunmen attacked a convoy in Mosul on Friday, police said on Monday."
    assert events(text, "Mosul") == {("Mosul", "attack", "2021-03-12")}


def test_places_listed_after_a_locative_share_its_event() -> None:
    text = "Drones targeted bases in Kirkuk, Erbil, and Basra on Sunday."
    found = events(text, "Kirkuk", "Erbil", "Basra")
    assert {place for place, kind, _ in found if kind == "attack"} == {"Kirkuk", "Erbil", "Basra"}


def test_possessive_and_hyphenated_words_keep_a_place_locative() -> None:
    text = "An aid worker was kidnapped by armed men in Niger's western Tillaberi region."
    found = events(text, "Niger", "Tillaberi region")
    assert found == {("Tillaberi region", "abduction", "2021-03-14/2021-03-15")}  # undated: day or day before


def test_a_country_that_modifies_a_noun_is_no_site() -> None:
    text = "Militias fired rockets at US bases in Iraq on Sunday."
    kinds = {t.place.candidate.name: t.event_type for t in tags(text, "US", "Iraq")}
    assert kinds == {"US": "mention", "Iraq": "rocket_attack"}


def test_a_states_attack_from_afar_is_a_strike_a_militias_is_not() -> None:
    text = "US drones attacked a depot in Kirkuk on Sunday."
    assert events(text, "US", "Kirkuk") == {("Kirkuk", "strike", "2021-03-14")}
    text = "Militants attacked a depot in Kirkuk on Sunday."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack", "2021-03-14")}


def test_withdrawal_from_a_place_and_from_an_agreement() -> None:
    text = "The last soldiers withdrew from Estonia on Friday."
    assert events(text, "Estonia") == {("Estonia", "withdrawal", "2021-03-12")}
    text = "The last US troops left Tallinn in 2019."
    assert ("Tallinn", "withdrawal", "2019") in events(text, "US", "Tallinn")
    # someone leaving a place is no withdrawal of forces
    assert events("The minister left Tallinn on Friday.", "Tallinn") == set()
    # a withdrawal from an agreement is a political act
    text = "Estonia withdrew from the agreement on Friday."
    assert {kind for _, kind, _ in events(text, "Estonia")} <= {"political"}


def test_a_bare_troop_count_is_presence_and_numbers_differ_by_event() -> None:
    text = "The US has 900 troops in Iraq."
    found = [t for t in tags(text, "US", "Iraq") if t.event_type != "mention"]
    assert [(t.place.candidate.name, t.event_type, t.troops) for t in found] == [("Iraq", "presence", 900)]


def test_death_tolls_sum_two_counts_and_read_plain_phrasing() -> None:
    text = "Six soldiers and three civilians have lost their lives."
    assert [(c.value, c.kind) for c in find_counts(text)] == [(9, "fatalities")]
    assert [c.value for c in find_counts("The raid resulted in the deaths of at least 20 people.")] == [20]
    assert [c.value for c in find_counts("Thirteen members of the group were killed.")] == [13]


def test_a_mission_named_in_the_article_covers_attacks_in_its_area() -> None:
    text = "MONUSCO peacekeepers patrol the region. Rebels attacked Goma on Sunday."
    (attack,) = [t for t in tags(text, "Goma") if t.event_type == "attack"]
    assert attack.mission == "MONUSCO"


def test_a_violent_event_without_a_date_takes_the_day_of_the_lead() -> None:
    text = "Rockets hit Kirkuk on Sunday.\n\nPolice said gunmen also attacked a checkpoint in Mosul."
    assert ("Mosul", "attack", "2021-03-14") in events(text, "Kirkuk", "Mosul")
    # a presence holds at publication, whatever the lead says
    text = "Rockets hit Kirkuk on Sunday.\n\nAbout 300 soldiers are based in Mosul."
    assert ("Mosul", "presence", "2021-03-15") in events(text, "Kirkuk", "Mosul")
    # the lead's day is the article's first date, even when the first sentences carry none
    text = (
        "Gunmen attacked a checkpoint in Mosul.\n\nThe army was not available for comment. "
        "Residents fled. Shops closed.\n\nThe assault began on Sunday."
    )
    assert ("Mosul", "attack", "2021-03-14") in events(text, "Mosul")


def test_the_date_of_a_dateline_dates_no_event() -> None:
    # the filing date of "CITY, Month Day (Agency) --" yields to the day the story tells
    text = "Basra, March 15 (Agency) -- Rockets hit Kirkuk, police said.\n\nThey were fired on Saturday."
    assert ("Kirkuk", "rocket_attack", "2021-03-13") in events(text, "Kirkuk")
    # a date after a place and a comma inside a sentence is the event's
    text = "Rockets hit Kirkuk, March 13: the police said so on Monday."
    assert ("Kirkuk", "rocket_attack", "2021-03-13") in events(text, "Kirkuk")
    # an agency between slashes closes a dateline too: the report's day and the day before, not its date
    text = "Basra, March 15. /Agency/. Rockets hit Kirkuk, the police said."
    assert ("Kirkuk", "rocket_attack", "2021-03-14/2021-03-15") in events(text, "Kirkuk")
    (date,) = find_dates(text, published="2021-03-15")
    assert in_dateline(text, date)
    # not a date inside a sentence before a slash
    text = "Rockets hit Kirkuk on March 13 / the police said so."
    (date,) = find_dates(text, published="2021-03-15")
    assert not in_dateline(text, date)


def test_numbers_of_a_frame_come_from_its_own_clause() -> None:
    text = "About 300 soldiers are based in Kirkuk, from which 120 soldiers withdrew on Friday."
    found = {t.event_type: t for t in tags(text, "Kirkuk") if t.event_type != "mention"}
    assert (found["presence"].troops, found["presence"].date) == (300, "2021-03-15")
    assert (found["withdrawal"].troops, found["withdrawal"].date) == (120, "2021-03-12")


def test_a_political_act_sits_where_it_is_about_not_at_the_deciding_country() -> None:
    text = "The US parliament approved the mission in Iraq on Friday."
    assert events(text, "US", "Iraq") == {("Iraq", "political", "2021-03-12")}
    text = "Estonia approved the plan on Friday."
    assert events(text, "Estonia") == {("Estonia", "political", "2021-03-12")}


def test_to_names_a_place_only_after_a_word_of_moving() -> None:
    assert events("Rebels attacked ships linked to Iraq on Friday.", "Iraq") == set()
    text = "The army sent 300 soldiers to Kirkuk on Friday."
    assert ("Kirkuk", "deployment", "2021-03-12") in events(text, "Kirkuk")


def test_a_deployment_to_fight_attacks_is_a_deployment() -> None:
    text = "Rwanda is deploying more soldiers to help fight attacks by insurgents in Goma."
    assert {kind for _, kind, _ in events(text, "Goma")} == {"deployment"}
    assert {kind for _, kind, _ in events("Insurgents attacked Goma on Friday.", "Goma")} == {"attack"}


def test_an_attack_told_again_in_general_words_is_the_strike_it_restates() -> None:
    text = (
        "A Turkish drone struck a car in Kirkuk on Sunday, killing two fighters. "
        "Residents of Kirkuk said the attack came at night."
    )
    assert events(text, "Kirkuk") == {("Kirkuk", "strike", "2021-03-14")}
    (strike,) = [t for t in tags(text, "Kirkuk") if t.event_type != "mention"]
    assert strike.fatalities == 2
    assert len(strike.mentions) == 2


def test_an_attack_by_another_side_at_the_place_of_a_strike_stays_an_event() -> None:
    text = (
        "Islamic State fighters attacked an army post in Mosul on Sunday. "
        "Turkish warplanes bombed their positions in Mosul on Sunday."
    )
    assert events(text, "Mosul") == {("Mosul", "attack", "2021-03-14"), ("Mosul", "strike", "2021-03-14")}


def test_an_attack_told_with_a_strike_in_one_sentence_is_that_strike_whatever_actors_it_borrows() -> None:
    # the toll clause borrows the actor of the earlier attack; in the strike's own sentence it is the strike
    text = (
        "Islamic State fighters attacked an army post in Mosul on Sunday. "
        "At least 12 people were killed on Monday when Turkish warplanes struck a market in Kirkuk."
    )
    assert events(text, "Mosul", "Kirkuk") == {
        ("Mosul", "attack", "2021-03-14"),
        ("Kirkuk", "strike", "2021-03-15"),
    }


def test_raids_that_struck_a_town_are_one_event_there_and_a_later_toll_stays_apart() -> None:
    text = (
        "Islamic State fighters attacked an army post in Mosul on Sunday. "
        "Dozens of raids have since Monday struck the towns of Kirkuk and Basra."
    )
    assert {kind for place, kind, _ in events(text, "Mosul", "Kirkuk", "Basra") if place == "Kirkuk"} == {
        "strike"
    }
    # a bare strike told in another sentence than the attack may be another side's
    text = (
        "Unknown forces struck an army post in Kirkuk on Monday. "
        "Two soldiers were killed in Kirkuk on Monday."
    )
    assert {kind for _, kind, _ in events(text, "Kirkuk")} == {"attack", "strike"}


def test_a_headline_without_a_date_is_the_event_its_story_dates() -> None:
    text = (
        "Protesters rally outside the embassy in Tallinn\n\n"
        "Hundreds of protesters gathered outside the embassy in Tallinn on Saturday."
    )
    assert events(text, "Tallinn") == {("Tallinn", "protest", "2021-03-13")}
    (protest,) = [t for t in tags(text, "Tallinn") if t.event_type != "mention"]
    assert len(protest.mentions) == 2


def test_bases_closed_or_transferred_are_withdrawals() -> None:
    closed = "The two bases in Kirkuk and Mosul were closed on Sunday."
    assert events(closed, "Kirkuk", "Mosul") == {
        ("Kirkuk", "withdrawal", "2021-03-14"),
        ("Mosul", "withdrawal", "2021-03-14"),
    }
    handed = "On Sunday the coalition completed the transfer of control of the base in Kirkuk under a deal."
    (tag,) = [t for t in tags(handed, "Kirkuk") if t.event_type != "mention"]
    assert (tag.event_type, tag.sub_event_type) == ("withdrawal", "handover")


def test_missiles_are_a_strike_by_a_state_and_an_attack_by_an_armed_group() -> None:
    by_state = tags("Russian cruise missiles struck Kirkuk on Sunday.", "Kirkuk")
    assert [(t.event_type, t.sub_event_type) for t in by_state] == [("strike", "cruise_missile")]
    by_group = tags("Militants fired missiles at a tanker near Basra on Sunday.", "Basra")
    assert [(t.event_type, t.sub_event_type) for t in by_group] == [("attack", "missile")]


def test_a_decision_in_another_clause_is_no_political_event_of_the_place() -> None:
    text = "Kirkuk is a city of a million people, and the ministry decided on Sunday to raise prices."
    assert events(text, "Kirkuk") == set()
    held = (
        "At a ceremony in Kirkuk on Sunday, which officials of the ministry attended, "
        "the two sides signed an agreement."
    )
    assert events(held, "Kirkuk") == {("Kirkuk", "political", "2021-03-14")}


def test_a_dateline_is_where_the_story_was_filed_not_where_it_happened() -> None:
    text = "Erbil, Iraq (AP) - Gunmen attacked a checkpoint on Sunday."
    assert {(t.place.candidate.name, t.event_type) for t in tags(text, "Erbil", "Iraq")} == {
        ("Erbil", "mention"),
        ("Iraq", "mention"),
    }
    assert events("Kirkuk (AP) - Gunmen attacked a checkpoint in Kirkuk on Sunday.", "Kirkuk") == {
        ("Kirkuk", "attack", "2021-03-14")
    }
    # an upper-case dateline with a dash and no space after it ("KIRKUK—Gunmen ...")
    assert {t.event_type for t in tags("ERBIL—Gunmen attacked a post on Sunday.", "ERBIL")} == {"mention"}
    # a title-case name before a dash alone may head a section: still a place of the event
    assert events("Kirkuk - Gunmen attacked a checkpoint on Sunday.", "Kirkuk") == {
        ("Kirkuk", "attack", "2021-03-14")
    }


def test_a_country_event_restating_one_at_a_place_of_that_country_is_folded_into_it() -> None:
    text = (
        "Drone strike hits a car in Iraq\n\n"
        "A Turkish drone strike killed four fighters near Kirkuk on Sunday, officials said."
    )
    assert events(text, "Iraq", "Kirkuk") == {("Kirkuk", "strike", "2021-03-14")}
    # a movement of forces too, when both are the same kind of movement
    text = "The last troops left Iraq on Friday.\n\nThe last troops left Camp Taji on Friday."
    assert events(text, "Iraq", "Camp Taji") == {("Camp Taji", "withdrawal", "2021-03-12")}
    # the closure of a base is not the country-wide departure
    text = "The last troops left Iraq on Friday.\n\nThe army closed Camp Taji on Friday."
    assert ("Iraq", "withdrawal", "2021-03-12") in events(text, "Iraq", "Camp Taji")


def test_a_dated_clause_whose_subject_is_a_state_tells_a_past_event_of_the_place() -> None:
    text = "Estonia was occupied in 1940, and the US invaded in 2003, only withdrawing from Iraq in 2011."
    found = events(text, "Estonia", "US", "Iraq")
    assert ("Iraq", "withdrawal", "2011") in found
    assert ("Iraq", "attack", "2003") in found


def test_a_state_named_after_the_cue_of_a_dated_clause_makes_no_event_of_the_place() -> None:
    text = "The group, which has attacked forces of the US since 2023, claimed the strike on Kirkuk."
    assert [kind for _, kind, _ in events(text, "US", "Kirkuk")] == ["strike"]


def test_a_listed_name_may_follow_an_arabic_article_and_a_longer_description() -> None:
    # the recogniser leaves the article "Al-" out of the name; four words may describe a listed name
    text = "Drones targeted bases in Kirkuk, Al-Mosul near the Syrian border, and Basra on Sunday."
    found = events(text, "Kirkuk", "Mosul", "Basra")
    assert {place for place, kind, _ in found if kind == "attack"} == {"Kirkuk", "Mosul", "Basra"}


def test_a_list_goes_on_past_a_name_that_was_not_recognised() -> None:
    text = "Militias are present in Kirkuk, Hawija and Mosul, officials said on Sunday."
    found = events(text, "Kirkuk", "Mosul")
    assert {place for place, kind, _ in found if kind == "presence"} == {"Kirkuk", "Mosul"}


def test_a_strike_told_after_its_dated_attack_takes_its_day() -> None:
    text = (
        "Gunmen were killed in Kirkuk on March 2, the army said.\n\n"
        "The army said they died in an air strike on Kirkuk."
    )
    found = [t for t in tags(text, "Kirkuk") if t.event_type != "mention"]
    assert [(t.event_type, t.sub_event_type, t.date) for t in found] == [
        ("strike", "air_strike", "2021-03-02")
    ]


def test_a_strike_with_its_own_date_stays_apart_from_an_earlier_attack() -> None:
    text = "Gunmen were killed in Kirkuk on March 2.\n\nAn air strike hit Kirkuk on March 9."
    found = {(t.event_type, t.date) for t in tags(text, "Kirkuk") if t.event_type != "mention"}
    assert found == {("attack", "2021-03-02"), ("strike", "2021-03-09")}


def test_a_clause_refined_into_a_decision_makes_no_frame_event() -> None:
    # "withdrew from the agreement" is a political act: no second event of the place named before it
    text = (
        "After the invasion of Iraq in 2003, a deal let grain leave its ports until the US withdrew "
        "from the accord."
    )
    found = events(text, "Iraq", "US")
    assert ("Iraq", "attack", "2003") in found
    assert not any(kind == "political" for _, kind, _ in found)


def test_a_name_that_describes_a_state_hosts_no_event_of_another_clause() -> None:
    # "the Sahel country" tells of a state without naming it: the handover is at no named place here
    text = (
        "The mission's exit from the Sahel country goes on, with the last base handed to the army on Friday."
    )
    local = taggers({"Sahel": ("test:sahel", "region", "")})[1]
    assert local(text, "Sahel") == set()


def test_a_relative_clause_of_a_noun_that_is_no_place_makes_no_event_of_the_place() -> None:
    text = "With a base in Kirkuk, the battalion is part of an alliance that was established in 2015."
    found = events(text, "Kirkuk", published="2024-10-17")
    assert not any(date == "2015" for _, _, date in found)
    # a subject of its own that classifies the noun ("a tanker that coastguards counted as hijacked")
    text = (
        "The only tanker that coastguards counted as hijacked this year sailed in March 2023, while "
        "militias in Iraq began attacking convoys."
    )
    assert not any(kind == "abduction" for _, kind, _ in events(text, "Iraq", published="2024-10-17"))


def test_violent_clauses_told_of_a_place_named_only_by_its_reporter_make_one_event() -> None:
    text = (
        "The army command in Kirkuk said troops beat back a raid by militants on Monday and cut a "
        "road used by the group in the city, killing eight fighters, burning three trucks and seizing "
        "two others."
    )
    violent = [t for t in tags(text, "Kirkuk") if t.event_type in {"attack", "strike"}]
    assert len(violent) == 1


def test_an_undated_clause_before_a_place_with_its_own_event_is_not_told_of_it() -> None:
    # the clause "those hosting coalition troops" says which bases, not that Mosul hosts troops
    text = (
        "Attacks on army bases, mainly those hosting coalition troops, have grown since gunmen "
        "killed a commander in Mosul in May 2020."
    )
    assert {kind for _, kind, _ in events(text, "Mosul")} == {"attack"}
    # "on rotation" before a place based "in" it: the troops based there, no second event
    text = "Some 5,000 soldiers have been on rotation so far, and 800 soldiers are based in Estonia."
    assert {kind for _, kind, _ in events(text, "Estonia")} == {"presence"}
    # with a date of its own, the clause is an earlier event of the place named after it
    text = "The US invaded in 2003, only withdrawing from Iraq in 2011."
    assert ("Iraq", "attack", "2003") in events(text, "US", "Iraq")


def test_a_country_in_the_possessive_hosts_no_event_of_another_clause() -> None:
    # "Iraq's parliament": whose parliament; the killing told after it happened elsewhere
    text = "Iraq's parliament passed a resolution on Sunday following the killing of a general."
    assert {kind for _, kind, _ in events(text, "Iraq")} == {"political"}
    text = "The parliament in Iraq passed a resolution on Sunday following the killing of a general."
    assert "attack" in {kind for _, kind, _ in events(text, "Iraq")}


def test_a_clause_told_of_the_country_is_no_event_of_a_town_named_before_it() -> None:
    # "in the country" names where the presence is: not Kirkuk, which only declared victory
    text = (
        "Kirkuk declared victory in 2017, which ended the reason for the presence of foreign troops in the "
        "country."
    )
    assert {kind for _, kind, _ in events(text, "Kirkuk")} <= {"political"}
    text = "Kirkuk declared victory in 2017, which ended the reason for the presence of foreign troops there."
    assert {kind for _, kind, _ in events(text, "Kirkuk")} - {"political"}  # told of Kirkuk


def test_a_clause_of_an_earlier_event_with_its_own_subject_is_no_event_of_the_main_town() -> None:
    # the rebels seized another town ("the old capital"), not Mosul; the province holds both
    local = taggers({**PLACES, "Nineveh province": ("t:nineveh", "admin_region", "IQ")})[1]
    text = (
        "Mosul became the capital of Nineveh province after the rebels had seized control of the old "
        "capital last June."
    )
    assert local(text, "Mosul", "Nineveh province") == {("Nineveh province", "attack", "2020-06")}
    text = (
        "Mosul became the capital of Nineveh province after the rebels seized control of the old capital "
        "last June."
    )
    assert ("Mosul", "attack", "2020-06") in local(text, "Mosul", "Nineveh province")


def test_an_event_named_as_what_its_authors_did_is_no_event_of_another_place() -> None:
    text = "At first, Camp Taji stood for the hunt for the perpetrators of the March 3, 2003 bombings."
    assert {kind for _, kind, _ in events(text, "Camp Taji")} == set()
    text = "At first, Camp Taji stood for the hunt after the March 3, 2003 bombings."
    assert {kind for _, kind, _ in events(text, "Camp Taji")} != set()


def test_a_dateline_in_capitals_run_on_after_a_headline_is_where_the_story_was_filed() -> None:
    text = "Police seek two suspects after a night of unrest. ERBIL, Iraq -- Gunmen attacked a post."
    assert {t.event_type for t in tags(text, "ERBIL")} == {"mention"}
    text = "Police seek two suspects after a night of unrest. ERBIL (AP) - Gunmen attacked a post on Sunday."
    assert {t.event_type for t in tags(text, "ERBIL")} == {"mention"}
    # a title-case name after a sentence is no dateline: "Kirkuk - ..." stays a place of the event
    text = "Police seek two suspects. Gunmen attacked a post in Kirkuk - a city in the north - on Sunday."
    assert ("Kirkuk", "attack") in {(p, k) for p, k, _ in events(text, "Kirkuk")}
