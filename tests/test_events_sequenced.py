"""Which act a place's type belongs to (docs/events.md, "Eighteenth pass, ev37a"). Two acts told in sequence
in one sentence: a clause opened by "after", "before" or "following" tells another act, so an effect cue
("killed", "lost their lives") on one side takes neither the means nor the weapons told on the other side
(:mod:`geo.events.sequenced`). "deployed in" before a time is the act of deploying, not a state at a place;
"agreed in X on the withdrawal" puts the agreement at X; "ending a military presence" tells no presence; the
last forces taking off from X withdraw.
Sentences of our own; near misses keep their old reading."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events_support import named_kinds

PUBLISHED = "2024-03-05"  # a Tuesday


def _kinds(parser: Any, text: str) -> set[tuple[str, str]]:
    return named_kinds(parser, text, published=PUBLISHED)


# (sentence, place, kind, not kind): the place's event is of the kind, and not of the other
TOLD = [
    # the means of the main clause do not type an effect told after "after", "before" (joined)
    (
        "Drones struck fuel tanks in Kherson on Friday, a day after two police officers were killed in "
        "Mykolaiv.",
        "Mykolaiv",
        "attack",
        "strike",
    ),
    (
        "Warplanes hit a market in Ariha on Saturday, two days after gunmen killed six farmers in Saraqeb.",
        "Saraqeb",
        "attack",
        "strike",
    ),
    (
        "Air strikes pounded Marib on Monday before militants killed two engineers in Shabwa.",
        "Shabwa",
        "attack",
        "strike",
    ),
    (
        "Iranian drones struck Erbil following the killing of four Iranian guards in Zahedan.",
        "Zahedan",
        "attack",
        "strike",
    ),
    # nor do the weapons of that clause make a state's killing a strike (side_words, by_state)
    (
        "Turkish jets bombed targets in Syria after five Turkish soldiers were killed in northern Iraq.",
        "Iraq",
        "attack",
        "strike",
    ),
    (
        "Russian missiles hit Kharkiv on Sunday after three Russian soldiers lost their lives in Belgorod.",
        "Belgorod",
        "attack",
        "strike",
    ),
    (
        "Israeli drones struck Tyre on Friday after two Israeli soldiers were killed near Metula.",
        "Metula",
        "attack",
        "strike",
    ),
    # the main clause keeps its own act
    (
        "Turkish jets bombed targets in Syria after five Turkish soldiers were killed in northern Iraq.",
        "Syria",
        "strike",
        "attack",
    ),
    # near misses: one act ("when", a participle), a time after "after", or weapons of the other side that
    # tell no act of their own (the drone found is the attack's)
    ("Twelve people were killed in Ariha when warplanes struck a market.", "Ariha", "strike", "attack"),
    ("Jets struck a depot near Homs after midnight, killing four people.", "Homs", "strike", "attack"),
    (
        "After jets struck a depot near Homs, killing four people, the army withdrew.",
        "Homs",
        "strike",
        "attack",
    ),
    (
        "Guards found parts of a drone near Reni after Russian forces attacked Izmail.",
        "Izmail",
        "strike",
        "attack",
    ),
    (
        "Police recovered the wreckage of a missile near Przewodow after Russian forces attacked Lviv "
        "overnight.",
        "Lviv",
        "strike",
        "attack",
    ),
]


@pytest.mark.parametrize(("text", "place", "kind", "other"), TOLD)
def test_each_act_keeps_its_own_means(parser: Any, text: str, place: str, kind: str, other: str) -> None:
    found = _kinds(parser, text)
    assert (place, kind) in found
    assert (place, other) not in found


# "deployed in" before a time is the act of deploying dated by its adjunct, not a state at a place
# (events_cues.yaml, the presence entry of "deployed in"): (sentence, place, kind, not kind)
DEPLOYED = [
    ("The brigade was deployed in 2016 to Tapa.", "Tapa", "deployment", "presence"),
    ("Marines were deployed in March to Darwin.", "Darwin", "deployment", "presence"),
    ("The mission was deployed in June 1999 in Kosovo.", "Kosovo", "deployment", "presence"),
    (
        "Two battalions were deployed in late 2021 along the border in Podlasie.",
        "Podlasie",
        "deployment",
        "presence",
    ),
    # near misses: "in" before a place keeps the state
    ("About 900 US troops are deployed in Syria.", "Syria", "presence", "deployment"),
    ("The force deployed in Mali numbers 13,000.", "Mali", "presence", "deployment"),
]


@pytest.mark.parametrize(("text", "place", "kind", "other"), DEPLOYED)
def test_deployed_in_a_time_is_the_act(parser: Any, text: str, place: str, kind: str, other: str) -> None:
    found = _kinds(parser, text)
    assert (place, kind) in found
    assert (place, other) not in found


# a place right after a verb of deciding, in its "in/at" phrase, is where the decision is made; the movement
# decided keeps its own places (geo.events.choice, _decided_at): (sentence, place, kind, not kind)
DECIDED = [
    (
        "NATO ministers agreed in Brussels on the deployment of 500 troops to Kosovo.",
        "Brussels",
        "political",
        "deployment",
    ),
    (
        "Lawmakers voted in Vilnius to extend the deployment of German troops in Lithuania.",
        "Vilnius",
        "political",
        "deployment",
    ),
    (
        "The two governments agreed in Cairo on the withdrawal of foreign fighters from Libya.",
        "Cairo",
        "political",
        "withdrawal",
    ),
    (
        "The two governments agreed in Cairo on the withdrawal of foreign fighters from Libya.",
        "Libya",
        "withdrawal",
        "political",
    ),
    (
        "Lawmakers voted in Vilnius to extend the deployment of German troops in Lithuania.",
        "Lithuania",
        "deployment",
        "political",
    ),
    # near miss: no place of the deciding, the movement's place keeps it
    ("France agreed to withdraw its troops from Niger.", "Niger", "withdrawal", "political"),
]


@pytest.mark.parametrize(("text", "place", "kind", "other"), DECIDED)
def test_the_place_of_a_decision_is_the_decisions(
    parser: Any, text: str, place: str, kind: str, other: str
) -> None:
    found = _kinds(parser, text)
    assert (place, kind) in found
    assert (place, other) not in found


# a presence noun that a verb of ending governs is what stops: the sentence tells its end, no presence
# (events_negation.yaml, class ended; geo.events.negated): (sentence, place, kind, not kind)
ENDED = [
    (
        "The Dutch pulled their last soldiers out of Uruzgan on Friday, ending a military presence that "
        "began in 2006.",
        "Uruzgan",
        "withdrawal",
        "presence",
    ),
    (
        "Spain handed over its last base in Herat, ending nine years of military presence in Afghanistan.",
        "Afghanistan",
        "mention",
        "presence",
    ),
    (
        "The last Canadian soldiers left Kandahar in 2011, ending a ten-year presence in Afghanistan.",
        "Afghanistan",
        "mention",
        "presence",
    ),
    # near misses: a presence kept, or another clause's verb of ending
    ("The mission keeps a presence in Gao.", "Gao", "presence", "mention"),
    (
        "The talks ended on Monday; the presence of Turkish troops in Cyprus remains.",
        "Cyprus",
        "presence",
        "mention",
    ),
]


@pytest.mark.parametrize(("text", "place", "kind", "other"), ENDED)
def test_an_ended_presence_is_no_presence(parser: Any, text: str, place: str, kind: str, other: str) -> None:
    found = _kinds(parser, text)
    assert (place, kind) in found
    assert (place, other) not in found


# the last or final forces taking off from a place leave it: a withdrawal, not the presence of a sortie
# (events_cues.yaml, the withdrawal entry of "last ... took off from"): (sentence, place, kind, not kind)
LAST = [
    ("The last British soldiers took off from Kandahar on Sunday.", "Kandahar", "withdrawal", "presence"),
    (
        "The final contingent of Dutch marines takes off from Bagram tomorrow.",
        "Bagram",
        "withdrawal",
        "presence",
    ),
    (
        "On Friday the last two helicopters of the mission took off from Kidal.",
        "Kidal",
        "withdrawal",
        "presence",
    ),
    # near miss: a sortie
    ("Four Polish jets took off from Lask to patrol the border.", "Lask", "presence", "withdrawal"),
]


@pytest.mark.parametrize(("text", "place", "kind", "other"), LAST)
def test_the_last_to_take_off_leave(parser: Any, text: str, place: str, kind: str, other: str) -> None:
    found = _kinds(parser, text)
    assert (place, kind) in found
    assert (place, other) not in found
