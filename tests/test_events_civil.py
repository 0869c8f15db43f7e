"""Words of violence and military activity in news that reports none: accidents, disease, natural hazards
(our own example sentences, in the style of local and health news)."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {
    "Dover": ("test:dover", "city", "US"),
    "Millbrook": ("test:millbrook", "city", "US"),
    "Kessa": ("test:kessa", "city", "NE"),
    "Angola": ("iso:AO", "country", "AO"),
    "Namibia": ("iso:NA", "country", "NA"),
    "US": ("iso:US", "country", "US"),
}
tags, events = taggers(PLACES)


def _types(text: str, *names: str) -> set[tuple[str, str]]:
    return {(place, kind) for place, kind, _ in events(text, *names)}


def test_accidents_and_disease_are_no_attack() -> None:
    assert events("A Dover man, 64, was killed in a car accident on the highway.", "Dover") == set()
    assert events("A woman was struck by a car while crossing a road in Millbrook.", "Millbrook") == set()
    assert events("A cholera outbreak in Angola has killed 300 people.", "Angola") == set()
    assert events("A small earthquake struck near Millbrook overnight.", "Millbrook") == set()
    assert events("A hiker died of a heart attack near Dover.", "Dover") == set()
    assert events("A jogger was hurt in a bee attack in Millbrook.", "Millbrook") == set()
    assert events("A fire that gutted a trailer in Dover killed three children.", "Dover") == set()
    assert _types("Three children died when rebels opened fire in Kessa.", "Kessa") == {("Kessa", "attack")}
    assert _types("A fire-fight killed three people in Kessa.", "Kessa") == {("Kessa", "attack")}


def test_a_phrase_of_context_needs_its_words_in_a_row() -> None:
    # "heart attack" is a mishap, the heart of a town and an attack there are not
    heart = "Five people were wounded in an attack in the heart of Kessa."
    assert _types(heart, "Kessa") == {("Kessa", "attack")}
    # "state department" is statecraft, a state's approval and a county department are not
    assert events("The Dover county department won approval from the state in May.", "Dover") == set()


def test_a_mishap_with_an_armed_agent_stays_an_event() -> None:
    assert _types("Gunmen killed four people after a car crash in Kessa.", "Kessa") == {("Kessa", "attack")}
    assert _types("Soldiers were killed in Kessa when militants struck their convoy after a crash.", "Kessa")


def test_everyday_words_of_forces_need_forces_named() -> None:
    assert events("The airline, based in Dover, will start flights in May.", "Dover") == set()
    assert events("The family arrived in Millbrook in 2016.", "Millbrook") == set()
    assert events("Patients were evacuated from the hospital in Dover.", "Dover") == set()
    assert events("Boys train in football jerseys on a field in Kessa.", "Kessa") == set()
    assert events("Police stepped up patrols on the back roads of Millbrook.", "Millbrook") == set()


def test_everyday_words_of_forces_with_forces_named_stay_events() -> None:
    assert _types("A convoy of soldiers arrived in Kessa on Monday.", "Kessa") == {("Kessa", "deployment")}
    assert _types("French troops are based in Kessa.", "Kessa") == {("Kessa", "presence")}
    assert _types("The army evacuated its outpost in Kessa.", "Kessa") == {("Kessa", "withdrawal")}


def test_a_local_body_s_vote_is_no_political_event() -> None:
    assert events("The Millbrook city council voted 5-2 to approve a new parking plan.", "Millbrook") == set()
    assert events("The school board in Dover approved the budget on Tuesday.", "Dover") == set()


def test_a_state_s_decision_stays_political() -> None:
    assert _types("The parliament in Kessa voted to extend the mission.", "Kessa") == {("Kessa", "political")}
    assert _types("Angola approved the deal on Tuesday.", "Angola") == {("Angola", "political")}


def test_a_country_named_in_passing_makes_no_political_act() -> None:
    assert events("A firm with plants in Angola signed agreements with two insurers.", "Angola") == set()
    assert events("Shops added bans on fruit from Angola this week.", "Angola") == set()
    assert events("The singer will fly to Angola to decide on a new album.", "Angola") == set()
    # the country as a place and as an actor is one party, not two
    assert events("In the US, the family makes the decision.", "US") == set()


def test_a_country_as_subject_or_two_countries_stay_political() -> None:
    assert _types("Angola has formally agreed to the plan.", "Angola") == {("Angola", "political")}
    assert _types("Angola signed a trade agreement with Namibia.", "Angola", "Namibia") == {
        ("Angola", "political"),
        ("Namibia", "political"),
    }


def test_a_police_raid_is_no_attack_but_an_armed_raid_is() -> None:
    assert events("Sheriff deputies and a SWAT team raided a house in Dover on Monday.", "Dover") == set()
    assert events("Police find cash and drugs in Millbrook raids.", "Millbrook") == set()
    assert _types("Militants raided a village near Kessa on Monday.", "Kessa") == {("Kessa", "attack")}
    assert _types("Police raided a house in Kessa, killing two gunmen.", "Kessa") == {("Kessa", "attack")}


def test_crimes_films_and_churches_are_no_conflict_events() -> None:
    assert events("A judge in Dover heard testimony on the state's execution method.", "Dover") == set()
    assert _types("Insurgents executed two men after a trial in Kessa.", "Kessa") == {("Kessa", "attack")}
    assert events("A Dover man was charged with sexual assault on Monday.", "Dover") == set()
    assert events("No one was hurt in a home invasion in Millbrook.", "Millbrook") == set()
    assert events("The crew spent a week shooting footage in Dover.", "Dover") == set()
    assert events("Protestant churches are growing in Angola.", "Angola") == set()
    assert events("Angola said the tariffs were trade protectionism.", "Angola") == set()


def test_the_violent_senses_stay_events() -> None:
    assert _types("Rebels assaulted the army post in Kessa.", "Kessa") == {("Kessa", "attack")}
    assert _types("Two people died in a shooting in Kessa.", "Kessa") == {("Kessa", "attack")}
    assert _types("Hundreds protested in Kessa on Friday.", "Kessa") == {("Kessa", "protest")}


def test_protection_presence_and_a_declared_death_need_their_violent_sense() -> None:
    assert events("The law grants wilderness protection to forests in Millbrook.", "Millbrook") == set()
    assert events("Officials confirmed the presence of the virus in Angola.", "Angola") == set()
    assert events("The boy was pronounced dead at a hospital in Dover.", "Dover") == set()
    assert _types("Soldiers were sent to protect the bridge in Kessa.", "Kessa") == {("Kessa", "deployment")}
    assert _types("The presence of French troops in Kessa is ending.", "Kessa") == {("Kessa", "presence")}


def test_ordinary_crime_before_the_courts_and_legal_battles_are_no_event() -> None:
    assert events("Two men were charged with felonious assault and held in the Dover jail.", "Dover") == set()
    assert events("She has fought a long legal battle in Millbrook.", "Millbrook") == set()
    assert _types("Fierce battles raged in Kessa on Sunday.", "Kessa") == {("Kessa", "attack")}
    assert _types("Militants attacked Kessa; two were charged later.", "Kessa") == {("Kessa", "attack")}


def test_police_officers_firms_and_samples_are_no_forces() -> None:
    assert events("Officers arrived at the home in Dover shortly after midnight.", "Dover") == set()
    assert events("The toy company, based in Millbrook, recalled its products.", "Millbrook") == set()
    assert events("Samples were sent to a laboratory in Dover.", "Dover") == set()
    assert events("Salt trucks were deployed on the main roads of Millbrook.", "Millbrook") == set()
    assert _types("Two battalions were deployed to Kessa.", "Kessa") == {("Kessa", "deployment")}


def test_figurative_bases_devices_and_gas_explosions_are_no_event() -> None:
    assert events("Rural voters were her electoral base in Millbrook.", "Millbrook") == set()
    assert events("They base their claims on old maps of Dover.", "Dover") == set()
    assert events("The army bought new surge protectors in Kessa.", "Kessa") == set()
    assert events("A gas explosion at a restaurant in Dover injured six.", "Dover") == set()
    assert _types("A bomb explosion hit a market in Kessa.", "Kessa") == {("Kessa", "attack")}


def test_an_election_named_as_a_time_is_no_event() -> None:
    assert events("The movement grew during the presidential election in Angola.", "Angola") == set()


def test_idioms_of_striking_are_no_strike() -> None:
    assert events("Tragedy struck the family last year in Dover.", "Dover") == set()
    assert _types("Angola struck a trade deal with its neighbours.", "Angola") != {("Angola", "strike")}
    assert _types("Jets struck Kessa on Monday.", "Kessa") == {("Kessa", "strike")}


def test_a_private_visit_is_no_official_visit() -> None:
    assert events("A tourist visiting Angola fell ill last week.", "Angola") == set()
    # a trip of officials with no forces named is diplomacy, no event; a visit to forces is one
    assert events("A Chinese delegation visited Angola on Monday.", "Angola") == set()
    text = "The defence minister visited French soldiers in Angola on Monday."
    assert ("Angola", "political") in _types(text, "Angola")


def test_a_parliament_named_is_no_act_of_it() -> None:
    assert events("He was the chair of the Angola parliament from 1995 to 2001.", "Angola") == set()
    assert _types("The parliament of Angola voted to extend the mission.", "Angola") == {
        ("Angola", "political")
    }


def test_police_raids_and_targets_of_lawsuits_are_no_attack() -> None:
    assert events("A judge dismissed the claims over an immigration raid in Dover.", "Dover") == set()
    assert events("Two firms in Millbrook are the targets of a second lawsuit.", "Millbrook") == set()
    assert _types("Militants raided a village near Kessa.", "Kessa") == {("Kessa", "attack")}


def test_culled_birds_and_a_road_toll_are_no_attack() -> None:
    assert events("Some 4,000 birds were destroyed at a farm in Dover.", "Dover") == set()
    assert events("The holiday road toll rose to 12, with two killed in Millbrook.", "Millbrook") == set()


def test_a_pronoun_subject_brings_the_forces_named_before() -> None:
    text = "Two French battalions crossed the border on Monday. They arrived in Kessa on Friday."
    assert ("Kessa", "deployment") in _types(text, "Kessa")
    assert (
        events("The family crossed the border on Monday. They arrived in Dover on Friday.", "Dover") == set()
    )


def test_a_pronoun_subject_brings_the_state_named_before() -> None:
    text = "The cabinet met on Monday in the capital. It approved the plan for Millbrook on Tuesday."
    assert ("Millbrook", "political") in _types(text, "Millbrook")


def test_an_armed_group_named_keeps_violence_beside_words_of_crime() -> None:
    text = "Islamic State executed a young man in Kessa on charges of spying."
    assert ("Kessa", "attack") in _types(text, "Kessa")
