"""One event told twice: a coarser place restating a finer one, the same toll told in two sentences
(sentences written here)."""

from __future__ import annotations

from dataclasses import replace

from geo.events import tag_events
from geo.events.countries import fold_country_restatements
from geo.gazetteer.index import Candidate
from geo.model.spans import Resolved, Toponym
from tests.events_support import PlaceTable, taggers

PLACES: PlaceTable = {
    "Varna province": ("t:varna-prov", "admin_region", "BG", "BG.61", None),
    "Beloslav": ("t:beloslav", "city", "BG", "BG.61", "BG.61.X"),
    "Aksakovo": ("t:aksakovo", "city", "BG", "BG.61", "BG.61.Y"),
    "Ruse": ("t:ruse", "city", "BG", "BG.52", None),
    "Bulgaria": ("t:bg", "country", "BG"),
    "Tarnovo": ("t:tarnovo", "city", "BG", "BG.63", None),
    "Pirot": ("t:pirot", "city", "RS", "RS.01", None),
    "Ruse village": ("t:ruse", "city", "BG", "BG.52", None),
}
tags, events = taggers(PLACES)


def test_headline_province_restates_the_strike_placed_in_a_town_of_it() -> None:
    text = (
        "Drone strike kills four in Varna province\n\n"
        "A drone hit a car near the town of Beloslav on Friday, killing four people, officials said."
    )
    found = events(text, "Varna province", "Beloslav", published="2021-03-13")
    assert found == {("Beloslav", "strike", "2021-03-12")}


def test_province_naming_two_struck_towns_sums_them_up() -> None:
    text = (
        "Drones strike Varna province\n\n"
        "A drone hit a warehouse in Beloslav on Friday. "
        "Another drone struck a depot in Aksakovo on Friday."
    )
    found = events(text, "Varna province", "Beloslav", "Aksakovo", published="2021-03-13")
    assert ("Varna province", "strike", "2021-03-12") in found
    assert len(found) == 3


def test_a_campaign_across_the_country_is_not_one_attack_on_a_town() -> None:
    text = (
        "Rebels have attacked army posts in Bulgaria since January 4. "
        "On Friday, gunmen attacked a checkpoint in Ruse."
    )
    found = events(text, "Bulgaria", "Ruse", published="2021-03-13")
    assert ("Ruse", "attack", "2021-03-12") in found
    assert any(place == "Bulgaria" for place, _, _ in found)


def test_toll_reported_a_day_later_is_the_shelling_told_again() -> None:
    text = (
        "Rebel shelling killed four civilians in Tarnovo on Thursday, the army said.\n\n"
        "The rebels shelled several neighbourhoods of Tarnovo on Wednesday night, killing four civilians."
    )
    found = tags(text, "Tarnovo", published="2021-03-11")
    violent = [t for t in found if t.event_type != "mention"]
    assert [(t.date, t.fatalities) for t in violent] == [("2021-03-10", 4)]


def test_strikes_told_after_the_attack_with_its_toll_type_it() -> None:
    text = (
        "The army hit back at the rebels on Monday, killing three fighters in Tarnovo.\n\n"
        "The strikes targeted two weapons depots in Tarnovo."
    )
    found = events(text, "Tarnovo", published="2021-03-12")
    assert found == {("Tarnovo", "strike", "2021-03-08")}


def test_different_tolls_at_one_place_are_two_attacks() -> None:
    text = (
        "Rebel shelling of Tarnovo on Wednesday killed four civilians. "
        "On Thursday, rebel shelling of Tarnovo killed two soldiers."
    )
    found = tags(text, "Tarnovo", published="2021-03-12")
    assert len([t for t in found if t.event_type != "mention"]) == 2


def test_same_toll_on_the_next_day_told_later_is_another_attack() -> None:
    text = (
        "Rebel shelling of Tarnovo on Wednesday killed four civilians.\n\n"
        "On Thursday, rebel shelling of Tarnovo killed four more civilians."
    )
    found = tags(text, "Tarnovo", published="2021-03-12")
    assert sorted(t.date for t in found if t.event_type != "mention") == ["2021-03-10", "2021-03-11"]


def test_headline_toll_near_a_town_is_the_attack_the_story_places_at_a_village() -> None:
    text = (
        "Gunmen kill 12 in new attack near Ruse\n\n"
        "Rebels raided the village of Beloslav on Wednesday night, killing 12 farmers, officials said."
    )
    found = events(text, "Ruse", "Beloslav", published="2021-03-11")
    assert found == {("Beloslav", "attack", "2021-03-10")}


def test_headline_toll_is_not_an_attack_in_another_country() -> None:
    text = (
        "Gunmen kill 12 in new attack near Ruse\n\n"
        "Rebels raided the village of Pirot on Wednesday night, killing 12 farmers, officials said."
    )
    found = events(text, "Ruse", "Pirot", published="2021-03-11")
    assert len(found) == 2


def test_attacks_a_report_of_yesterday_refers_to_are_the_campaign_told_before() -> None:
    text = (
        "Since March 1, rebels have attacked army posts in Ruse.\n\n"
        "The governor stated yesterday that the attacks in Ruse had undermined security."
    )
    found = events(text, "Ruse", published="2021-03-11")
    assert found == {("Ruse", "attack", "2021-03-01/2021-03-11")}


def test_an_attack_first_told_in_a_report_keeps_the_report_day() -> None:
    text = "The governor stated yesterday that an attack in Ruse killed two soldiers."
    assert events(text, "Ruse", published="2021-03-11") == {("Ruse", "attack", "2021-03-10")}


def test_clashes_at_a_demonstration_are_the_demonstration_turned_violent() -> None:
    text = (
        "Soldiers on Monday pushed back demonstrators, who had gathered outside the town hall in Ruse, as "
        "violent clashes broke out."
    )
    found = events(text, "Ruse", published="2021-03-16")
    assert {kind for _, kind, _ in found} == {"protest"}
    # a killing that prompts protests is an event of its own
    text = "Gunmen were blamed for killing eight people in Ruse on Sunday, prompting protesters to rally."
    found = events(text, "Ruse", published="2021-03-16")
    assert {kind for _, kind, _ in found} == {"attack", "protest"}


def test_an_inspection_during_a_patrol_of_the_sea_is_part_of_that_presence() -> None:
    local = taggers({"Black Sea": ("t:black-sea", "water_body", None)})[0]
    text = (
        "The frigate boarded a freighter suspected of smuggling arms in the Black Sea last Thursday.\n\n"
        "Navy warships have patrolled the Black Sea since 4 May, hailing hundreds of vessels."
    )
    tagged = local(text, "Black Sea", published="2021-09-14")
    found = [(t.event_type, t.sub_event_type, t.date) for t in tagged]
    assert found == [("presence", None, "2021-05-04/2021-09-14")]


def test_generic_attack_at_the_country_restates_the_strike_at_its_town() -> None:
    attack = tags("Gunmen attacked army posts in Bulgaria on Friday.", "Bulgaria", published="2021-03-13")
    strike = tags("Jets hit a camp near Ruse in an air strike on Friday.", "Ruse", published="2021-03-13")
    assert [(t.event_type, t.date) for t in attack] == [("attack", "2021-03-12")]
    assert [(t.event_type, t.date) for t in strike] == [("strike", "2021-03-12")]
    folded = fold_country_restatements([*attack, *strike])
    assert [(t.name, t.event_type) for t in folded] == [("Ruse", "strike")]
    assert len(folded[0].mentions) == 2


def test_attack_at_the_country_on_another_day_is_no_restated_strike() -> None:
    attack = tags("Gunmen attacked army posts in Bulgaria on Thursday.", "Bulgaria", published="2021-03-13")
    strike = tags("Jets hit a camp near Ruse in an air strike on Friday.", "Ruse", published="2021-03-13")
    folded = fold_country_restatements([*attack, *strike])
    assert [(t.name, t.event_type) for t in folded] == [("Bulgaria", "attack"), ("Ruse", "strike")]


def test_site_name_placed_on_a_province_it_does_not_name_is_no_event_there() -> None:
    text = "Jets struck the airport, which could be used as a Bulgarian base, on Friday."
    place = Resolved(
        Toponym(
            text.index("Bulgarian base"),
            text.index(", on"),
            "Bulgarian base",
            "Bulgarian",
            feature_hint="military_base",
        ),
        Candidate(
            "t:varna-prov", "Varna province", "admin_region", "BG", 0.0, 0.0, 0, 1.0, "exact", "Varna", "test"
        ),
        1.0,
    )
    found = tag_events(text, [place], published="2021-03-13")
    assert [t.event_type for t in found] == ["mention"]
    named = replace(place, toponym=replace(place.toponym, feature_hint=None))
    kept = tag_events(text, [named], published="2021-03-13")
    assert [t.event_type for t in kept] == ["strike"]


def test_event_at_another_village_of_a_town_is_the_one_the_story_names() -> None:
    text = (
        "Gunmen abduct traders in another Ruse village\n\n"
        "Gunmen abducted twelve traders in Tarnovo on Saturday night, residents said."
    )
    found = events(text, "Ruse village", "Tarnovo", published="2021-03-14")
    assert found == {("Tarnovo", "abduction", "2021-03-13")}


def test_event_at_a_named_village_stays_its_own() -> None:
    text = (
        "Gunmen abduct traders in Ruse village\n\n"
        "Gunmen abducted twelve traders in Tarnovo on Saturday night, residents said."
    )
    found = events(text, "Ruse village", "Tarnovo", published="2021-03-14")
    assert found == {("Ruse village", "abduction", "2021-03-13"), ("Tarnovo", "abduction", "2021-03-13")}


def test_clash_at_the_country_without_dead_restates_the_protest_at_its_town() -> None:
    clash = tags(
        "Four people were injured in a gunfight in Bulgaria on Friday.", "Bulgaria", published="2021-03-13"
    )
    protest = tags("Hundreds of protesters rallied in Ruse on Friday.", "Ruse", published="2021-03-13")
    assert [(t.event_type, t.date) for t in clash] == [("attack", "2021-03-12")]
    assert [(t.event_type, t.date) for t in protest] == [("protest", "2021-03-12")]
    folded = fold_country_restatements([*clash, *protest])
    assert [(t.name, t.event_type) for t in folded] == [("Ruse", "protest")]


def test_killing_at_the_country_is_no_restated_protest() -> None:
    clash = tags("Gunmen killed four people in Bulgaria on Friday.", "Bulgaria", published="2021-03-13")
    protest = tags("Hundreds of protesters rallied in Ruse on Friday.", "Ruse", published="2021-03-13")
    assert clash[0].fatalities == 4
    folded = fold_country_restatements([*clash, *protest])
    assert [(t.name, t.event_type) for t in folded] == [("Bulgaria", "attack"), ("Ruse", "protest")]
