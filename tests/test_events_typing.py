"""Event typing on our own example sentences: which cue types a place, which places stay mentions (nouns
that name a thing, troop counts, regions that only hold the site of an event)."""

from __future__ import annotations

from typing import Any

from geo.events import EventTag, tag_events
from geo.model.spans import Resolved
from tests.events_support import resolved

# name -> (id, class, country, admin1, admin2)
PLACES = {
    "Ayorou": ("test:ayorou", "city", "NE", "NE.08", "NE.08.01"),
    "Tera": ("test:tera", "city", "NE", "NE.08", "NE.08.02"),
    "Tillaberi region": ("test:tillaberi", "admin_region", "NE", "NE.08", None),
    "Tera department": ("test:tera-dept", "admin_region", "NE", "NE.08", "NE.08.02"),
    "Niger": ("iso:NE", "country", "NE", None, None),
    "Camp Taji": ("test:camp-taji", "military_base", "IQ", "IQ.07", None),
    "Mosul": ("geonames:99072", "city", "IQ", "IQ.15", None),
    "Kirkuk": ("geonames:94787", "city", "IQ", "IQ.13", None),
    "Tapa": ("test:tapa", "city", "EE", "EE.13", None),
    "Sahel": ("test:sahel", "region", None, None, None),
    "US": ("iso:US", "country", "US", None, None),
    "Lebanon": ("iso:LB", "country", "LB", None, None),
    "Red Sea": ("geo:red-sea", "water_body", None, None, None),
}


def _resolved(text: str, *names: str) -> list[Resolved]:
    return resolved(text, PLACES, *names)


def tags(text: str, *names: str, **options: Any) -> list[EventTag]:
    return tag_events(text, _resolved(text, *names), published="2021-03-15", **options)


def events(text: str, *names: str) -> set[tuple[str, str]]:
    return {(t.place.candidate.name, t.event_type) for t in tags(text, *names) if t.event_type != "mention"}


def test_a_troop_count_in_a_clause_without_a_place_tells_no_event_of_its_own() -> None:
    text = "Gunmen attacked a convoy near Mosul on Monday, while 40 soldiers waited for orders on Tuesday."
    assert events(text, "Mosul") == {("Mosul", "attack")}


def test_the_noun_base_in_a_clause_without_a_place_tells_no_event() -> None:
    text = "Rockets hit Camp Taji on Monday, which is the largest base of the coalition since 2015."
    assert events(text, "Camp Taji") == {("Camp Taji", "rocket_attack")}


def test_a_region_holding_the_site_of_the_same_event_stays_a_mention() -> None:
    text = "Drones struck Ayorou, one of the towns deep inside Tillaberi region, on Monday."
    assert events(text, "Ayorou", "Tillaberi region") == {("Ayorou", "strike")}
    # nor is it the host of the event told in a clause without a place ("Gunmen")
    text = "Gunmen who came from Tillaberi region attacked the town of Tera on Monday."
    assert events(text, "Tera", "Tillaberi region") == {("Tera", "attack")}


def test_a_region_listed_beside_a_town_it_holds_is_a_site_of_its_own() -> None:
    text = "Drones struck the town of Tera and the Tera department on Monday."
    assert events(text, "Tera department", "Tera") == {("Tera", "strike"), ("Tera department", "strike")}


def test_a_region_of_another_province_keeps_its_event() -> None:
    text = "Drones struck Mosul, then targeted the outskirts of Tillaberi region on Monday."
    assert ("Tillaberi region", "attack") in events(text, "Mosul", "Tillaberi region")


def test_an_effect_takes_the_type_of_the_means_its_sentence_names() -> None:
    text = "Explosions were heard in Kirkuk on Monday as air strikes hit militia positions."
    assert events(text, "Kirkuk") == {("Kirkuk", "strike")}
    text = "Explosions were heard in Kirkuk on Monday, residents said."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_a_shell_that_struck_is_shelling_not_a_strike() -> None:
    found = tags("A shell struck the police headquarters in Kirkuk on Monday.", "Kirkuk")
    assert [(t.event_type, t.sub_event_type) for t in found if t.event_type != "mention"] == [
        ("attack", "shelling")
    ]


def test_going_home_is_a_withdrawal_only_when_forces_go() -> None:
    text = "The tourists were driving to Kirkuk to return home on Monday."
    assert events(text, "Kirkuk") == set()
    text = "The last soldiers left Kirkuk to return home on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "withdrawal")}


def test_a_failed_act_and_a_condition_are_no_events() -> None:
    text = "The peacekeepers were failing to protect civilians in Kirkuk on Monday."
    assert events(text, "Kirkuk") == set()
    text = "The alliance said it would resume its mission in Kirkuk if the government requested it."
    assert ("Kirkuk", "political") not in events(text, "Kirkuk")


def test_a_place_in_the_subject_of_a_verb_of_saying_is_where_the_speaker_is() -> None:
    text = "The health ministry in Kirkuk said that gunmen attacked a convoy on Monday."
    assert events(text, "Kirkuk") == set()
    text = "In Kirkuk, police said gunmen attacked a convoy on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_what_a_protest_is_against_is_no_site() -> None:
    text = "Thousands rallied in Kirkuk on Friday in rallies against the siege of Mosul."
    assert events(text, "Kirkuk", "Mosul") == {("Kirkuk", "protest")}


def test_troops_heading_to_a_place_are_a_deployment() -> None:
    text = "On Monday, 300 soldiers will head to the northern town of Tapa."
    assert events(text, "Tapa") == {("Tapa", "deployment")}
    text = "On Monday, 300 soldiers were in the northern town of Tapa."
    assert events(text, "Tapa") == {("Tapa", "presence")}


def test_what_happens_habitually_is_no_event() -> None:
    text = "Gunmen regularly kidnap travellers near Mosul for ransom."
    assert events(text, "Mosul") == set()
    text = "Gunmen have attacked convoys near Mosul in the past, but police said the road was calm."
    assert events(text, "Mosul") == set()
    text = "Gunmen attacked a convoy near Mosul in the past 24 hours."
    assert events(text, "Mosul") == {("Mosul", "attack")}
    text = "Militias occasionally fire rockets at bases near Mosul."
    assert events(text, "Mosul") == set()


def test_a_habit_ends_at_a_second_predicate_joined_by_and() -> None:
    text = "The army regularly shells villages near Mosul and has dozens of outposts in the area."
    assert events(text, "Mosul") == {("Mosul", "presence")}
    text = "The army regularly shells villages near Mosul and outposts in the area."
    assert events(text, "Mosul") == set()


def test_an_outpost_at_a_place_is_a_presence() -> None:
    assert events("The militia keeps three outposts in Kirkuk.", "Kirkuk") == {("Kirkuk", "presence")}


def test_an_escort_tells_no_event_away_from_a_place() -> None:
    text = "Gunmen attacked a convoy near Mosul on Monday, escorted by the army."
    assert events(text, "Mosul") == {("Mosul", "attack")}


def test_a_lower_case_hyphenated_compound_keeps_a_place_locative() -> None:
    text = "Coalition jets have been conducting strikes in rebel-held Niger since January."
    assert events(text, "Niger") == {("Niger", "strike")}


def test_a_place_that_is_the_subject_of_a_verb_cue_stands_for_who_acts() -> None:
    text = "On Monday, Kirkuk has been targeting the rebels with drones."
    assert events(text, "Kirkuk") == set()
    text = "On Monday, Kirkuk was targeted by the rebels."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_a_place_that_owns_a_thing_placed_elsewhere_is_no_site() -> None:
    text = "A drone struck Kirkuk's liaison office in Mosul on Monday."
    assert events(text, "Kirkuk", "Mosul") == {("Mosul", "strike")}
    text = "A drone struck Kirkuk's airport on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "strike")}


def test_a_site_inherits_no_presence_from_the_noun_bases() -> None:
    text = "Militias fired at US bases forty times last year. These include 16 on Camp Taji."
    assert ("Camp Taji", "presence") not in events(text, "Camp Taji")
    text = "Coalition troops are stationed across the north. These include 300 at Camp Taji."
    assert ("Camp Taji", "presence") in events(text, "Camp Taji")


def test_a_training_mission_present_at_a_site_is_training() -> None:
    text = "The alliance's training mission operated from Camp Taji in 2010."
    assert events(text, "Camp Taji") == {("Camp Taji", "training")}
    text = "The alliance's battalion operated from Camp Taji in 2010."
    assert events(text, "Camp Taji") == {("Camp Taji", "presence")}


def test_violence_that_left_people_dead_is_an_attack() -> None:
    # where the fighting was: the place families fled to is no site of it (tests/test_events_refuge.py)
    text = "Fighting that left dozens dead in Kirkuk last week forced families to flee."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_a_stronghold_of_a_country_is_where_troops_go() -> None:
    text = "The coalition sent a surge of troops to the rebels' stronghold of northern Niger in 2014."
    assert events(text, "Niger") == {("Niger", "deployment")}


def test_a_decision_in_another_clause_is_no_event_of_a_place_unless_it_sets_the_scene() -> None:
    text = "The envoy urged both sides to resume negotiations, noting that the city of Kirkuk is crowded."
    assert events(text, "Kirkuk") == set()
    text = "At a ceremony in Kirkuk, the two ministers signed the agreement."
    assert events(text, "Kirkuk") == {("Kirkuk", "political")}


def test_a_gunfight_is_an_armed_clash_not_the_presence_of_its_soldiers() -> None:
    text = "Two soldiers were injured in a gunfight in Kirkuk on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_a_violent_incident_is_an_attack() -> None:
    text = "A violent incident broke out in Kirkuk on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_in_the_presence_of_someone_is_no_presence_of_forces() -> None:
    text = "A ceremony took place in Kirkuk on Monday in the presence of the governor."
    assert events(text, "Kirkuk") == set()


def test_rockets_named_with_drones_make_a_generic_attack() -> None:
    text = "Militias targeted the air base near Kirkuk with rockets and drones on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}
    text = "Militias fired rockets at the air base near Kirkuk on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "rocket_attack")}


def test_a_country_owning_the_target_is_no_actor_of_a_state_strike() -> None:
    # "US bases" says whose bases were hit: the attack of unnamed militias stays an attack
    text = "US bases near Kirkuk came under attack by drones on Monday."
    found = [t for t in tags(text, "US", "Kirkuk") if t.event_type != "mention"]
    assert [(t.place.candidate.name, t.event_type, t.actors) for t in found] == [("Kirkuk", "attack", ())]
    text = "US jets struck militia positions near Kirkuk with drones on Monday."
    found = [t for t in tags(text, "US", "Kirkuk") if t.event_type != "mention"]
    assert [(t.place.candidate.name, t.event_type) for t in found] == [("Kirkuk", "strike")]


def test_troops_taken_from_a_town_or_base_leave_it() -> None:
    text = "Two transport planes picked up the last 300 soldiers from Camp Taji on Tuesday."
    assert events(text, "Camp Taji") == {("Camp Taji", "withdrawal")}
    text = "On Tuesday, 300 soldiers were at Camp Taji."
    assert events(text, "Camp Taji") == {("Camp Taji", "presence")}


def test_ground_an_armed_group_holds_is_presence_not_an_attack() -> None:
    text = "The militants, who continue to occupy the outskirts of Mosul, abducted two traders on Monday."
    assert ("Mosul", "presence") in events(text, "Mosul")
    text = "The group holds large parts of the countryside around Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "presence")}
    text = "Rebels occupied Kirkuk on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}


def test_trainers_sent_to_a_place_are_a_deployment() -> None:
    text = "On Monday the alliance agreed to deploy a small team of trainers to Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "deployment")}
    text = "On Monday a small team of trainers taught courses in Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "training")}


def test_forces_that_go_on_protecting_a_place_are_present_there() -> None:
    text = "The mission continues to protect some 20,000 civilians in Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "presence")}
    text = "On Monday the mission sent soldiers to protect civilians in Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "deployment")}
    # a "protection site" is a kind of camp, no act of protecting
    text = "On Monday some 2,000 families sheltered at the protection site in Kirkuk."
    assert events(text, "Kirkuk") == set()


def test_bases_established_in_listed_towns_are_a_deployment_at_each() -> None:
    text = (
        "On Monday the mission established temporary bases in Mosul, Kirkuk and Tapa to support its forward"
        " operating bases in Ayorou."
    )
    assert events(text, "Mosul", "Kirkuk", "Tapa", "Ayorou") == {
        ("Mosul", "deployment"),
        ("Kirkuk", "deployment"),
        ("Tapa", "deployment"),
        ("Ayorou", "presence"),
    }


def test_establishing_is_a_deployment_only_for_something_of_forces() -> None:
    text = "On Monday the army established two new outposts near Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "deployment")}
    text = "In May a battle group was established in Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "deployment")}
    text = "On Monday the soldiers in Kirkuk established a council to run the province."
    assert events(text, "Kirkuk") == set()


def test_a_place_given_as_an_example_belongs_to_the_clause_before() -> None:
    text = "Jets struck depots near Tapa and in three provinces overnight, including Mosul, and Kirkuk."
    assert events(text, "Tapa", "Mosul", "Kirkuk") == {
        ("Tapa", "strike"),
        ("Mosul", "strike"),
        ("Kirkuk", "strike"),
    }


def test_strikes_that_were_conducted_are_armed() -> None:
    text = "The two allies conducted strikes near Kirkuk on Monday."
    assert events(text, "Kirkuk") == {("Kirkuk", "strike")}
    text = "Dock workers staged strikes in Kirkuk on Monday."
    assert events(text, "Kirkuk") == set()


def test_a_headline_word_governs_no_name_on_the_next_line() -> None:
    text = "Jets strike militias near Kirkuk\nThe US conducted the strikes on Monday night."
    assert {(t.place.candidate.name, t.event_type) for t in tags(text, "Kirkuk", "US")} >= {("US", "mention")}


def test_a_country_after_rural_is_where_the_group_holds_ground() -> None:
    text = "The militia, which holds wide parts of rural western Niger, keeps recruiting."
    assert events(text, "Niger") == {("Niger", "presence")}


def test_a_country_paired_with_another_modifier_names_whose_forces() -> None:
    # "US and British forces": the country says whose forces, so "It" still points back to the base
    text = (
        "Camp Taji was the headquarters of the coalition until 2011. It continues to host US and British"
        " forces."
    )
    found = [t for t in tags(text, "Camp Taji", "US") if t.event_type == "presence"]
    it = text.index("It continues")
    assert {t.place.candidate.name for t in found} == {"Camp Taji"}
    # the state that continues holds now, not until the end the sentence before gave the other one
    told_by_it = [t for t in found if any(start >= it for start, _ in t.mentions)]
    assert [t.date for t in told_by_it] == ["2021-03-15"]


def test_a_located_country_with_a_cue_of_its_own_stays_a_site() -> None:
    text = "On Monday the army had 1,500 soldiers in Niger, based in Ayorou and Tera."
    assert events(text, "Niger", "Ayorou", "Tera") == {
        ("Niger", "presence"),
        ("Ayorou", "presence"),
        ("Tera", "presence"),
    }
    # one cue for the towns and their country: the event is at the towns
    text = "On Monday soldiers were based in Ayorou and Tera in Niger."
    assert ("Niger", "presence") not in events(text, "Niger", "Ayorou", "Tera")


def test_a_cue_whose_preposition_governs_another_noun_types_no_name_elsewhere() -> None:
    # "present in the country" says where the forces are, not the partner the agreement was signed with
    text = "The ministry spoke of the agreement signed with Niger in 2018 on forces present in the country."
    assert events(text, "Niger") == {("Niger", "political")}
    text = "In 2018 some 300 soldiers were present in Niger."
    assert events(text, "Niger") == {("Niger", "presence")}


def test_a_generic_attack_told_after_an_attack_of_known_means_in_its_country_takes_the_means() -> None:
    text = (
        "Six people were killed in Niger on Monday in a rocket attack by the militants. "
        "The militants attacked a village near Tera, leading to the casualties."
    )
    found = [t for t in tags(text, "Niger", "Tera") if t.event_type != "mention"]
    assert [(t.place.candidate.name, t.event_type, t.fatalities) for t in found] == [
        ("Tera", "rocket_attack", 6)
    ]


def test_a_clause_opened_by_where_tells_an_event_of_its_own() -> None:
    text = "On Monday jets struck depots near Kirkuk where militias have a presence."
    assert events(text, "Kirkuk") == {("Kirkuk", "strike"), ("Kirkuk", "presence")}


def test_a_missions_start_is_a_deployment_where_the_catalogue_places_it() -> None:
    text = "The UN force in Lebanon, UNIFIL, was set up in 1978 to keep watch over the frontier."
    found = [(t.place.candidate.name, t.event_type, t.date) for t in tags(text, "Lebanon")]
    assert found == [("Lebanon", "deployment", "1978")]
    text = "Houthi drones struck a tanker in the Red Sea on Monday. The Aspides mission began in February."
    assert ("Red Sea", "deployment", "2021-02") in {
        (t.place.candidate.name, t.event_type, t.date) for t in tags(text, "Red Sea")
    }


def test_announced_preparations_for_a_mission_start_it_unless_the_sentence_places_it() -> None:
    text = "On Monday two allies announced preparations for Operation Prosperity Guardian in the Red Sea."
    assert ("Red Sea", "deployment") in events(text, "Red Sea")
    # "..., announced Operation Irini": the mission speaks, nothing starts
    text = "A ship was stopped off Kirkuk on Monday, announced Operation Irini."
    assert all(t.event_type != "deployment" for t in tags(text, "Kirkuk"))
