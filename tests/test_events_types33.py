"""Type confusions of the articles31 sets (types33), on our own example sentences: which type an event
of a given means or act takes (news_events type conventions)."""

from __future__ import annotations

from geo.events import EventTag, tag_events
from geo.model.spans import Resolved
from tests.events_support import resolved

# name -> (id, class, country, admin1, admin2)
PLACES = {
    "Tapa": ("test:tapa", "city", "EE", "EE.13", None),
    "Kessa": ("test:kessa", "city", "SO", "SO.1", None),
}


def _resolved(text: str, *names: str) -> list[Resolved]:
    return resolved(text, PLACES, *names)


def tags(text: str, *names: str) -> list[EventTag]:
    return tag_events(text, _resolved(text, *names), published="2024-11-15")


def events(text: str, *names: str) -> set[tuple[str, str]]:
    return {(t.place.candidate.name, t.event_type) for t in tags(text, *names) if t.event_type != "mention"}


def test_mortar_fire_of_an_armed_group_is_an_attack_not_a_rocket_attack() -> None:
    # ACLED puts mortars with shelling and artillery; the conventions give shelling by armed groups
    # the attack type and only rockets the rocket_attack type
    text = "Insurgents fired mortar rounds at the camp in Kessa on Monday, wounding a guard."
    assert events(text, "Kessa") == {("Kessa", "attack")}
    assert events("Mortars hit Kessa overnight.", "Kessa") == {("Kessa", "attack")}


def test_rockets_named_with_mortars_keep_the_rocket_type() -> None:
    text = "Rebels fired rockets and mortars at Kessa on Monday."
    assert events(text, "Kessa") == {("Kessa", "rocket_attack")}


def test_forces_that_leave_for_a_place_are_deployed_there() -> None:
    # "leave for X": set out for X (a deployment to the place after "for"), not a departure from it
    text = "A company of 140 soldiers left for Tapa on Tuesday to join the mission there."
    assert events(text, "Tapa") == {("Tapa", "deployment")}
    text = "A second battalion of 300 troops will leave for Kessa next month."
    assert events(text, "Kessa") == {("Kessa", "deployment")}


def test_leaving_for_a_place_without_forces_is_no_deployment() -> None:
    text = "The singer left for Tapa on Tuesday to begin a concert tour."
    assert ("Tapa", "deployment") not in events(text, "Tapa")


def test_training_a_legion_is_training_of_forces() -> None:
    # a legion is a military unit: the training cue needs a word of armed forces in its sentence
    text = "Estonia will train a volunteer legion at a camp near Tapa from October."
    assert events(text, "Tapa") == {("Tapa", "training")}


def test_a_vote_on_the_deployment_of_a_counted_force_is_the_vote() -> None:
    # the count complements the noun the vote governs: what is approved is no presence of its own
    text = "The parliament voted to prolong the deployment of up to 900 soldiers in Tapa until June."
    assert events(text, "Tapa") == {("Tapa", "political")}
    text = "Lawmakers approved the deployment of about 400 troops to Kessa on Friday."
    assert events(text, "Kessa") == {("Kessa", "political")}


def test_a_counted_deployment_without_a_vote_stays_a_movement() -> None:
    text = "The deployment of 1,200 soldiers to Tapa began on Monday."
    assert events(text, "Tapa") == {("Tapa", "deployment")}


def test_a_toll_told_alone_after_a_drone_strike_is_that_strike() -> None:
    text = "In Kessa, drones hit a market overnight, wounding nine people. A man was killed in nearby Tapa."
    assert events(text, "Kessa", "Tapa") == {("Kessa", "strike"), ("Tapa", "strike")}


def test_a_toll_with_its_own_doer_keeps_its_type() -> None:
    text = "In the city of Kessa, drones hit a market overnight. Gunmen shot dead a man in Tapa."
    assert ("Tapa", "attack") in events(text, "Kessa", "Tapa")
