"""Near misses of the ordinary-news guards of ordinary28 (docs/events.md, "Eleventh pass, ordinary28"):
our own sentences in which a cue word of violence, statecraft or forces' movement is used in an everyday
sense (a game's score, a law that "targets" someone, criticism that a plan "came under fire"), or a place
is not where the act happened (the one accused, where volunteers come from, a government speaking). Each
must give no event at its place; armed controls check that the guards keep the events they resemble."""

from __future__ import annotations

import pytest

from tests.events_support import named_types, taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Norland": ("test:norland", "country", "NO"),
    "Kelso": ("test:kelso", "city", "RU"),
    "Brant": ("test:brant", "city", "RU"),
    "Saint Marten": ("test:saintmarten", "city", "RU"),
}
NAMES = tuple(PLACES)

tags, events = taggers(PLACES)


def _events(text: str) -> set[tuple[str, str]]:
    return named_types(tags, text, NAMES, published="2023-06-20")


NEAR_MISSES = {
    # ice hockey words in the sentence of a bare strike (the sports class, geo.events.brawls.sporting)
    "hockey": [
        "The Kelso winger struck twice on the power play before the second intermission.",
        "Brant's captain struck late, beating the goalie with a wrist shot.",
        "The Kelso forward struck on a rebound after the puck bounced off the boards.",
    ],
    # an abstract subject right before a verb of attack: a figure of speech (geo.events.figures)
    "abstract subject": [
        "The new law targets landlords who leave flats empty in Kelso.",
        "Norland's tariffs have also hit farmers across Ruritania.",
        "The mayor's costly trips have come under fire in Norland.",
        "The budget plan came under heavy fire in Brant this week.",
        "The new rules target landlords in Norland.",
    ],
    # the one accused: the object of an accusation, no site (geo.events.accused.accused)
    "accused": [
        "Last week the president accused Norland of meddling in the vote.",
        "In the press, Norland is often accused of every failure of the talks.",
        "The minister dismissed the accusations against Norland as lies.",
    ],
    # a name right before a verb of saying: who speaks, not where (geo.events.accused.speaker)
    "speaker": [
        "Kelso claims that rebel gunmen raided two hill villages overnight.",
        "Norland claimed that rebels had shelled the border villages overnight.",
        "Brant has repeatedly alleged that gunmen attacked its farmers.",
    ],
    # a political cue in a sentence of money given or asked for, no force named (geo.events.civil.funding)
    "funding": [
        "Kelso officials have asked Norland for extra funding to rebuild the old harbour.",
        "Ruritania has decided to contribute $2 million in relief after the floods.",
        "The premier rejected demands for bigger health funding transfers to Brant.",
        "The president urged Norland to help Kelso in its fight against smog.",
        "Ruritania signed an agreement with Norland to cut emissions from coal plants.",
    ],
    # where a journey began: violence on the way is not there (geo.events.accused.journey_start)
    "journey": [
        "Bandits attacked the engineers on a remote road as they drove north from Kelso to the mines.",
        "Two nurses were kidnapped while travelling from Brant to the northern hills.",
    ],
    # "a X man" before a verb of criminal justice: the home of the one charged (geo.events.accused)
    "home of the accused": [
        "A Kelso man charged in the kidnapping of a shop owner pleaded not guilty.",
        "A Brant woman was arrested after the attack on her neighbour in a nearby town.",
    ],
    # a comparison with what was done to another party ("like those against X"; the attribute class)
    "comparison": [
        "Critics want harsh penalties like those against Norland to be imposed.",
        "The minister called for measures similar to those imposed on Norland.",
    ],
    # whose act a protest is about: a possessive after over/against/about/at (geo.events.accused.grievance)
    "grievance": [
        "Students held rallies for a week, furious over Norland's backing of the junta.",
        "Thousands joined rallies against Norland's new border policy on Sunday.",
    ],
    # "voted" after ordinary people: a ballot, no resolution (geo.events.civil.civil_vote)
    "voters": [
        "The minister again claimed that many people voted twice in Kelso.",
        "Residents of the valley overwhelmingly voted to rename the main square in Brant.",
    ],
    # who answers for an act: "X's responsibility for", "X's role in" (geo.events.accused.answerable)
    "answerable": [
        "The speech softened its words on Norland's responsibility for the clashes.",
        "Critics questioned Norland's role in the shelling of the border villages.",
    ],
    # a place inside the name of a church of two saints (geo.events.bodies)
    "two saints": [
        "Police sealed off the Saint Marten and Saint Paul Coptic Church after a bomb went off.",
        "A bomb went off outside the Saint Marten and St. Clare Parish Church on Sunday.",
    ],
    # where fighters or volunteers come from: "<fighters> from X" (geo.events.accused.recruited)
    "recruits": [
        "Officials reported the arrival of volunteer fighters from Kelso.",
        "The government pointed to arriving volunteer fighters from Kelso as proof of a coming war.",
        "The evacuation deal was agreed on Monday as troops, backed by militias from Kelso, closed in.",
        "Reports of mercenaries from Brant arriving with the army were denied.",
    ],
}

CASES = [(rule, text) for rule, texts in NEAR_MISSES.items() for text in texts]


@pytest.mark.parametrize(("rule", "text"), CASES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(CASES)])
def test_an_ordinary_near_miss_gives_no_event(rule: str, text: str) -> None:
    assert _events(text) == set(), rule


CONTROLS = [
    ("Warplanes struck Kelso before dawn, killing four fighters.", ("Kelso", "strike")),
    ("Troops struck Kelso on Monday as the hockey season opened.", ("Kelso", "strike")),
    ("After the new law passed, gunmen targeted a bus in Kelso.", ("Kelso", "attack")),
    ("The convoy came under fire near Brant on Monday.", ("Brant", "attack")),
    ("After the ruling, militants attacked Kelso at night.", ("Kelso", "attack")),
    ("Rebels shelled Kelso on Monday, and Ruritania accused Norland of arming them.", ("Kelso", "attack")),
    ("Norland accused Ruritania of meddling in its elections.", ("Norland", "political")),
    ("Troops began the evacuation of fighters from Kelso on Monday.", ("Kelso", "withdrawal")),
    ("Militias from Norland attacked Kelso on Monday.", ("Kelso", "attack")),
    ("Kelso says rebels attacked Brant on Monday.", ("Brant", "attack")),
    ("A bomb exploded at the Saint Marten and Saint Paul Church in Kelso on Sunday.", ("Kelso", "attack")),
    ("Rebels attacked Saint Marten and Brant on Sunday.", ("Saint Marten", "attack")),
    ("Ruritania decided to send troops and funding to the mission in Kelso.", ("Kelso", "deployment")),
    ("Norland decided to contribute troops to the peacekeeping force in Kelso.", ("Kelso", "political")),
    ("Norland approved funding for troops in Kelso.", ("Kelso", "political")),
    (
        "Norland called for the withdrawal of troops from Kelso, citing pollution from the base.",
        ("Kelso", "political"),
    ),
    ("Gunmen attacked the engineers in Kelso as they drove from Brant.", ("Kelso", "attack")),
    ("Soldiers travelling from Brant were deployed to Kelso on Monday.", ("Kelso", "deployment")),
    ("A Kelso man was kidnapped by gunmen in Kelso on Monday.", ("Kelso", "abduction")),
    ("Militants abducted a Kelso man on Monday.", ("Kelso", "abduction")),
    ("Ruritania imposed sanctions like those against Brant on Norland.", ("Norland", "political")),
    ("Thousands protested in Kelso against Norland's border policy.", ("Kelso", "protest")),
    ("Critics questioned Norland's role in the shelling of Kelso on Monday.", ("Kelso", "strike")),
    ("Kelso was shelled by Norland on Monday.", ("Kelso", "strike")),
    ("Rebels attacked Kelso after the defeat of their allies by Norland.", ("Kelso", "attack")),
    ("Protesters marched through Kelso's old town on Sunday.", ("Kelso", "protest")),
    ("The parliament of Ruritania voted to extend the army's mission in Kelso.", ("Kelso", "political")),
    ("Lawmakers in Ruritania voted to send troops to Kelso on Monday.", ("Ruritania", "political")),
    ("Norland imposed sanctions on Ruritania and froze its loans on Monday.", ("Ruritania", "political")),
    ("Rebels attacked Kelso on Monday, Ruritania says.", ("Kelso", "attack")),
    ("Norland said it no longer wants the foreign peacekeepers.", ("Norland", "political")),
    ("Residents of Kelso said gunmen attacked the market on Monday.", ("Kelso", "attack")),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_the_ordinary_guards_keep_armed_events(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)


TYPED = [
    # bombings by a non-state armed group: an attack with explosives, not a strike (the terror class)
    ("Kelso was hit by repeated deadly bombings at the hands of militants.", ("Kelso", "attack")),
    ("Insurgents carried out two bombings in Kelso last week.", ("Kelso", "attack")),
    # controls: bombings from the air stay strikes, with or without militants named
    ("Warplanes carried out bombings near Kelso on Monday.", ("Kelso", "strike")),
    ("Jets hit militants in repeated bombings near Kelso on Monday.", ("Kelso", "strike")),
]


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_bombings_take_the_type_of_who_bombs(text: str, expected: tuple[str, str]) -> None:
    found = _events(text)
    assert expected in found
    assert {kind for place, kind in found if place == expected[0]} == {expected[1]}


NOT_HERE = [
    # a noun of an act before "by X": X is its agent, no site (the deed class, geo.events.bystanders)
    ("Kelso grew quieter after the imam declared a truce amid a harsh crackdown by Norland.", "Norland"),
    (
        "Critics pressed the premier after Ruritania's heavy defeat by Norland in a short war"
        " and plan rallies to demand his resignation.",
        "Norland",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_HERE)
def test_the_agent_of_an_act_is_no_site(text: str, name: str) -> None:
    assert name not in {place for place, _ in _events(text)}
