"""Paraphrases of the situations the rules of the tenth pass were fitted on (other tense, voice, word order,
modifiers, synonyms of the same cue list), and near misses that must not take them; our own sentences,
written to check that each rule holds beyond the one sentence it was fitted on (docs/events.md, "Tenth
pass, robust25")."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Norland": ("test:norland", "country", "NO"),
    "Sudland": ("test:sudland", "country", "SD"),
    "Kelso": ("test:kelso", "city", "RU"),
}

tags, events = taggers(PLACES)


def _kinds(text: str, *names: str, published: str = "2023-06-20") -> set[tuple[str, str, str | None]]:
    return {
        (t.place.candidate.name, t.event_type, t.sub_event_type)
        for t in tags(text, *names, published=published)
        if t.event_type != "mention"
    }


# --- a host state that no longer wants foreign forces (CAMEO Demand withdrawal [106]) ---------------------

UNWANTED = [
    "Ruritania no longer wants Norland troops on its soil, the junta said.",
    "The government of Ruritania says it no longer wants any UN peacekeepers.",
    "Ruritania said it no longer needs the peacekeeping mission.",
    "Ruritania told the Security Council it no longer wishes to host the mission.",
    "Norland troops are no longer welcome in Ruritania, the junta said.",
    "Ruritania no longer wants a foreign military presence on its territory.",
    "Ruritania said it did not want Norland soldiers any longer.",
    "Ruritania no longer tolerates the foreign forces, its prime minister said.",
]


@pytest.mark.parametrize("text", UNWANTED)
def test_a_host_state_that_no_longer_wants_foreign_forces_acts(text: str) -> None:
    assert ("Ruritania", "political", None) in _kinds(text, "Ruritania")


UNWANTED_MISSES = [
    "The coach said he no longer wanted the job in Ruritania.",
    "Ruritania no longer wants to pay for the stadium, the minister said.",
    "Ruritania no longer accepts cash payments, the central bank said.",
]


@pytest.mark.parametrize("text", UNWANTED_MISSES)
def test_no_longer_wanting_other_things_is_no_political_step(text: str) -> None:
    assert ("Ruritania", "political", None) not in _kinds(text, "Ruritania")


# --- a lead nation of a multinational unit ---------------------------------------------------------------

LEADS = [
    ("Norland will lead a battalion in Ruritania.", "Ruritania"),
    ("Norland leads the multinational battalion in Ruritania.", "Ruritania"),
    ("Norland is leading an allied battle group in Ruritania.", "Ruritania"),
    ("Norland led the task force in Ruritania.", "Ruritania"),
    ("Norland will head a brigade in Ruritania.", "Ruritania"),
    ("Norland is the lead nation of the battlegroup in Ruritania.", "Ruritania"),
    ("Norland heads the contingent at Kelso.", "Kelso"),
]


@pytest.mark.parametrize(("text", "place"), LEADS)
def test_a_lead_nation_has_its_forces_at_the_unit(text: str, place: str) -> None:
    assert (place, "deployment", "lead_nation") in _kinds(text, "Norland", place)


LEAD_MISSES = [
    "Norland will lead talks in Ruritania on Monday.",
    "Norland leads the group in the football qualifiers in Ruritania.",
    "Norland headed the delegation in Ruritania.",
]


@pytest.mark.parametrize("text", LEAD_MISSES)
def test_leading_talks_or_a_delegation_is_no_deployment(text: str) -> None:
    assert not {k for k in _kinds(text, "Norland", "Ruritania") if k[1] == "deployment"}


# --- an anniversary of a force: the deployment it counts from --------------------------------------------

ANNIVERSARIES = [
    "The Norland battlegroup in Ruritania turns six.",
    "The Norland battlegroup in Ruritania turned six this week.",
    "The Norland battlegroup in Ruritania turned six on Monday.",
    "The multinational battalion in Ruritania celebrated its 6th anniversary on Monday.",
    "The Norland contingent in Ruritania marks six years of presence in the country.",
    "Norland troops in Ruritania mark the sixth anniversary of their deployment.",
    "The Norland contingent in Ruritania is celebrating six years of deployment.",
]


@pytest.mark.parametrize("text", ANNIVERSARIES)
def test_an_anniversary_of_a_force_is_its_deployment_counted_back(text: str) -> None:
    found = {
        (t.place.candidate.name, t.event_type, t.date)
        for t in tags(text, "Ruritania", published="2023-06-20")
        if t.event_type != "mention"
    }
    assert ("Ruritania", "deployment", "2017") in found


ANNIVERSARY_MISSES = [
    "The mayor of Kelso turns sixty.",
    "The festival in Kelso celebrated its 6th anniversary on Monday.",
    "Norland troops in Ruritania marked the sixth anniversary of the battle.",
]


@pytest.mark.parametrize("text", ANNIVERSARY_MISSES)
def test_other_anniversaries_are_no_deployment(text: str) -> None:
    names = [name for name in ("Kelso", "Ruritania") if name in text]
    found = {(t.event_type, t.sub_event_type) for t in tags(text, *names)}
    assert ("deployment", "anniversary") not in found


# --- violence told as going on at the time of writing: the publication day --------------------------------

GOING_ON = [
    "Militias are shelling the outskirts of Kelso.",
    "Gunmen continue to raid farms near Kelso.",
    "Rebels are still shelling Kelso, officials said.",
    "Gunmen have been attacking villages around Kelso.",
    "Fighters keep attacking army posts near Kelso.",
    "Gunmen are continuing to raid farms near Kelso.",
    "They're shelling Kelso again, residents said.",
]


@pytest.mark.parametrize("text", GOING_ON)
def test_violence_going_on_is_dated_by_the_publication_day(text: str) -> None:
    dates = {t.date for t in tags(text, "Kelso", published="2023-06-20") if t.event_type != "mention"}
    assert dates == {"2023-06-20"}


GOING_ON_MISSES = [
    "Gunmen attacked a village near Kelso.",
    "Insurgents kept attacking convoys near Kelso.",
    "Militias were shelling the outskirts of Kelso.",
]


@pytest.mark.parametrize("text", GOING_ON_MISSES)
def test_violence_told_in_the_past_keeps_the_news_lag(text: str) -> None:
    dates = {t.date for t in tags(text, "Kelso", published="2023-06-20") if t.event_type != "mention"}
    assert dates
    assert "2023-06-20" not in dates


def test_an_anniversary_outranks_the_presence_of_a_mission_named_before_the_place() -> None:
    text = "The NATO battlegroup in Ruritania turns six."
    found = {(t.event_type, t.date) for t in tags(text, "Ruritania", published="2023-06-20")}
    assert ("deployment", "2017") in found
    assert ("presence", "2023-06-20") not in found


# --- an act whose result is a state, told in the perfect passive since a time: the act at that time -------

ONSETS = [
    ("A base has been established in Kelso since June.", "deployment", "2023-06"),
    ("A military camp has been set up near Kelso since June.", "deployment", "2023-06"),
    ("The base in Kelso has been closed since March.", "withdrawal", "2023-03"),
]


@pytest.mark.parametrize(("text", "kind", "date"), ONSETS)
def test_a_state_since_a_time_dates_the_act_that_began_it(text: str, kind: str, date: str) -> None:
    assert ("Kelso", kind, date) in events(text, "Kelso", published="2023-06-20")


def test_violence_since_a_time_keeps_its_span() -> None:
    text = "Kelso has been shelled since March."
    assert ("Kelso", "attack", "2023-03") not in events(text, "Kelso", published="2023-06-20")


# --- accession told as membership since a time ------------------------------------------------------------

MEMBERS = [
    ("Ruritania has been a full member state since 1995.", "1995"),
    ("Ruritania has been a member of NATO since April.", "2023-04"),
    ("Ruritania has been a NATO member since April.", "2023-04"),
    ("Ruritania is a member state of the EU since 1995.", "1995"),
]


@pytest.mark.parametrize(("text", "date"), MEMBERS)
def test_membership_since_a_time_is_the_accession(text: str, date: str) -> None:
    assert ("Ruritania", "political", date) in events(text, "Ruritania", published="2023-06-20")


MEMBER_MISSES = [
    "Ruritania has been a member of the team since April.",
    "The mayor of Kelso has been a member since April.",
]


@pytest.mark.parametrize("text", MEMBER_MISSES)
def test_membership_of_a_team_or_a_person_is_no_accession(text: str) -> None:
    names = [name for name in ("Kelso", "Ruritania") if name in text]
    assert not {k for k in events(text, *names, published="2023-06-20") if k[1] == "political"}


# --- a violent activity begun at a time: from then up to publication --------------------------------------

BEGUN = [
    "Rebels began in March to fire rockets at Kelso.",
    "Rebels started shelling Kelso in March.",
    "In March, rebels began shelling Kelso.",
    "Rebels began firing rockets at Kelso in March.",
]


@pytest.mark.parametrize("text", BEGUN)
def test_an_activity_begun_at_a_time_runs_up_to_publication(text: str) -> None:
    dates = {t.date for t in tags(text, "Kelso", published="2023-06-20") if t.event_type != "mention"}
    assert dates == {"2023-03/2023-06-20"}


BEGUN_MISSES = [
    "After talks failed in March, rebels shelled Kelso.",
    "The assault on Kelso began on Monday.",
]


@pytest.mark.parametrize("text", BEGUN_MISSES)
def test_an_event_that_began_keeps_its_own_time(text: str) -> None:
    dates = {t.date for t in tags(text, "Kelso", published="2023-06-20") if t.event_type != "mention"}
    assert "2023-03/2023-06-20" not in dates
    assert "2023-06-19/2023-06-20" not in dates or "began on Monday" not in text


# --- a naval inspection: boarding, inspecting, intercepting or searching a vessel ---------------------------

INSPECTIONS = [
    "A naval patrol inspected a cargo ship off Kelso.",
    "A warship boarded a merchant vessel off Kelso.",
    "The frigate intercepted a dhow off Kelso carrying weapons.",
    "Naval forces intercepted a shipment of arms off Kelso.",
    "A frigate searched two fishing boats off Kelso.",
]


@pytest.mark.parametrize("text", INSPECTIONS)
def test_a_vessel_stopped_by_a_navy_is_an_inspection(text: str) -> None:
    assert ("Kelso", "presence", "inspection") in _kinds(text, "Kelso")


INSPECTION_MISSES = [
    "Police searched a fishing boat in the port of Kelso.",
    "Customs officers intercepted a shipment of cocaine in Kelso.",
    "Officials argued over an intercepted ship bound for Kelso.",
]


@pytest.mark.parametrize("text", INSPECTION_MISSES)
def test_a_search_by_police_or_an_intercepted_ship_is_no_inspection(text: str) -> None:
    assert ("Kelso", "presence", "inspection") not in _kinds(text, "Kelso")


def test_missiles_intercepted_stay_an_attack() -> None:
    assert {kind for _, kind, _ in _kinds("Air defences intercepted two missiles over Kelso.", "Kelso")} <= {
        "attack",
        "strike",
        "rocket_attack",
    }


# --- the dead counted by their bodies ---------------------------------------------------------------------

BODIES = [
    ("Five bodies were found in Kelso on Monday.", 5),
    ("Police recovered 12 bodies in Kelso on Monday.", 12),
    ("Residents found nine charred bodies in Kelso on Monday.", 9),
    ("Rescuers retrieved the bodies of 14 villagers near Kelso on Monday.", 14),
    ("The bodies of seven soldiers were discovered near Kelso on Monday.", 7),
    ("Twelve more bodies were found in Kelso on Monday.", 12),
]


@pytest.mark.parametrize(("text", "dead"), BODIES)
def test_bodies_found_are_a_death_toll(text: str, dead: int) -> None:
    tolls = {t.fatalities for t in tags(text, "Kelso") if t.event_type == "attack"}
    assert tolls == {dead}


BODY_MISSES = [
    "Surveyors found two bodies of water near Kelso on Monday.",
    "Police recovered 12 weapons in Kelso on Monday.",
    "Two governing bodies met in Kelso on Monday.",
]


@pytest.mark.parametrize("text", BODY_MISSES)
def test_bodies_of_water_weapons_or_councils_are_no_toll(text: str) -> None:
    assert not [t for t in tags(text, "Kelso") if t.fatalities]


# --- a running toll, told in the present perfect: dated by the publication day ------------------------------

RUNNING = [
    "The fighting in Kelso has killed 109 people, officials said.",
    "Clashes in Kelso have so far claimed 40 lives.",
    "The death toll from the clashes in Kelso has risen to 40.",
    "The number of people killed in Kelso has climbed to 40.",
    "The fighting in Kelso has left 109 people dead.",
]


@pytest.mark.parametrize("text", RUNNING)
def test_a_running_toll_is_dated_by_the_publication_day(text: str) -> None:
    dates = {t.date for t in tags(text, "Kelso", published="2023-06-20") if t.event_type == "attack"}
    assert dates == {"2023-06-20"}


RUNNING_MISSES = [
    "The bombing in Kelso killed 12 people, officials said.",
    "The blast in Kelso left 12 people dead.",
]


@pytest.mark.parametrize("text", RUNNING_MISSES)
def test_an_incident_s_toll_keeps_the_news_lag(text: str) -> None:
    dates = {t.date for t in tags(text, "Kelso", published="2023-06-20") if t.event_type != "mention"}
    assert dates == {"2023-06-19/2023-06-20"}


# --- an attack whose state's weapons are told in a later sentence is a strike ----------------------------

RESTATED = [
    "An attack hit a fuel depot in Kelso on Monday. The attack used missiles fired from a Russian ship.",
    "An attack hit a fuel depot in Kelso on Monday. The attack used guided missiles fired by Norland.",
    "An attack hit a fuel depot in Kelso on Monday. The strike was carried out with cruise missiles "
    "launched by Norland.",
    "An attack hit a fuel depot in Kelso on Monday. This raid was carried out with drones. The drones were "
    "launched by Norland.",
]


@pytest.mark.parametrize("text", RESTATED)
def test_an_attack_whose_state_s_weapons_are_told_after_is_a_strike(text: str) -> None:
    names = [name for name in ("Kelso", "Norland") if name in text]
    assert {kind for place, kind, _ in _kinds(text, *names) if place == "Kelso"} == {"strike"}


RESTATED_MISSES = [
    "An attack hit a fuel depot in Kelso on Monday. The attack used missiles fired at Norland.",
    "An attack hit a fuel depot in Kelso on Monday. The attack used Russian-made drones.",
]


@pytest.mark.parametrize("text", RESTATED_MISSES)
def test_weapons_aimed_at_or_made_by_a_state_leave_the_attack(text: str) -> None:
    names = [name for name in ("Kelso", "Norland") if name in text]
    assert ("Kelso", "strike", None) not in _kinds(text, *names)


# --- two coordinated pronouns, each with its own time and toll ----------------------------------------------

PRONOUNS = [
    (
        "Gunmen carried out several raids near Kelso, one in mid-May that killed 5 and one in late May that "
        "killed 3.",
        {5, 3},
    ),
    (
        "Militants launched two raids near Kelso: one on May 3 that killed four people and another on May 9 "
        "that killed two.",
        {4, 2},
    ),
]


@pytest.mark.parametrize(("text", "tolls"), PRONOUNS)
def test_each_coordinated_pronoun_keeps_its_own_toll(text: str, tolls: set[int]) -> None:
    found = {t.fatalities for t in tags(text, "Kelso", published="2023-06-20") if t.event_type == "attack"}
    assert found == tolls


def test_a_bare_number_before_and_one_after_killing_needs_the_pronoun() -> None:
    text = "Gunmen killed 5 and wounded one near Kelso on Monday."
    assert {t.fatalities for t in tags(text, "Kelso") if t.event_type == "attack"} == {5}
