"""Capitals and countries named for their governments (metonymy) act; they are no site (wave 32, cap32).

A capital that is the subject of an act's verb ("Washington and London first hit ...", "Pyongyang has sent
..."), or the speaker before an aside ("Moscow, which ..., called the bombing ..."), is who acts, not where
the act happens: it gets no event. A capital that is the object of the act or stands in a locative ("a car
bomb in Kabul", "strikes on Kyiv", "protests in Washington") stays the site. A deal by which troops "would
leave A and B" plans withdrawals there, no political event at A and B. All sentences are our own.
"""

from __future__ import annotations

from functools import cache

import pytest

from geo import Geoparser
from geo.model.article import Article

PUBLISHED = "2024-03-19"  # a Tuesday


@cache
def _parser() -> Geoparser:
    return Geoparser()


def _events(text: str) -> set[tuple[str, str]]:
    features = _parser().extract_features(Article("t", text, published=PUBLISHED))
    return {
        (f.properties.name, f.properties.event_type) for f in features if f.properties.event_type != "mention"
    }


def _failing(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


ACTING = [
    # a coordinated subject before the act's verb, with an attack cue later in the sentence
    pytest.param(
        "Washington and London first hit rebel radar sites in Yemen on Monday, after weeks of attacks on "
        "merchant ships.",
        ("Washington", "London"),
        marks=_failing("the second coordinated subject hosts the attack of the 'after' phrase"),
    ),
    pytest.param(
        "Paris and Berlin first struck rebel camps in Mali on Monday, after months of raids on army posts.",
        ("Paris", "Berlin"),
        marks=_failing("the second coordinated subject hosts the attack of the 'after' phrase"),
    ),
    ("London and Paris struck weapons depots near Hodeidah on Monday.", ("London", "Paris")),
    pytest.param(
        "Riyadh and Abu Dhabi first bombed rebel positions in Sanaa in March 2015, after the fall of Aden.",
        ("Riyadh", "Abu Dhabi"),
    ),
    pytest.param(
        "Washington and Seoul held joint drills near the border on Monday, "
        "after weeks of missile launches by "
        "the North.",
        ("Washington", "Seoul"),
        marks=_failing("coordinated capitals as subjects of 'held drills' take the training"),
    ),
    # the subject of a sending verb, with a cue in a 'since' phrase
    pytest.param(
        "Pyongyang has sent about 9,000 soldiers to Russia since a cross-border raid in May.",
        ("Pyongyang",),
        marks=_failing("the subject of 'has sent' hosts the raid of the 'since' phrase"),
    ),
    pytest.param(
        "Seoul and Tokyo say Pyongyang has sent about 9,000 soldiers to Russia since May, and that some have "
        "moved to the Belgorod region, where Ukrainian units have fought since an incursion in March.",
        ("Seoul", "Tokyo", "Pyongyang"),
        marks=_failing("the subject of 'has sent' hosts the incursion of a later clause"),
    ),
    ("Berlin will deploy a brigade to Lithuania by 2027.", ("Berlin",)),
    ("Ankara launched an offensive in northern Syria in October 2019.", ("Ankara",)),
    (
        "Turkish jets bombed caves in Duhok province as part of the offensive "
        "Ankara opened in northern Iraq in "
        "April 2022.",
        ("Ankara",),
    ),
    (
        "Turkish troops pushed into Afrin during an offensive Ankara called Operation Olive Branch.",
        ("Ankara",),
    ),
    ("Washington has urged Serbia to pull back the troops it moved to the border.", ("Washington",)),
    # speakers, with or without an aside
    ("Kyiv calls the refineries legitimate targets because they fuel the army.", ("Kyiv",)),
    pytest.param(
        "Seoul and Washington say Pyongyang fired two missiles into the sea on Monday.",
        ("Seoul", "Washington"),
        marks=_failing("coordinated speakers before 'say' host the launch"),
    ),
    ("Moscow says Ukrainian drones hit an oil depot in Bryansk overnight on Monday.", ("Moscow",)),
    ("Kyiv and Warsaw have condemned the missile strike on Lviv on Monday.", ("Kyiv", "Warsaw")),
    ("Drones struck a refinery in Ryazan on Monday, according to Kyiv.", ("Kyiv",)),
    pytest.param(
        "Moscow, which keeps a garrison in the region, called the bombing a terrorist act.",
        ("Moscow",),
        marks=_failing("a speaker before an aside with its own cue hosts the event"),
    ),
    pytest.param(
        "Tehran, which arms the militia, said the raid was an act of aggression.",
        ("Tehran",),
        marks=_failing("a speaker before an aside hosts the event"),
    ),
    pytest.param(
        "Beijing, which has troops on the border, called the shooting a provocation.",
        ("Beijing",),
        marks=_failing("a speaker before an aside with its own cue hosts the event"),
    ),
    pytest.param(
        "Beijing, which has not formally recognised the junta but keeps its "
        "embassy open, called the bombing a "
        "terrorist act and said it was sending police officers to the capital.",
        ("Beijing",),
        marks=_failing("a speaker before a long aside hosts the event"),
    ),
    pytest.param(
        "London, which trains Ukrainian recruits, called the missile strike on Odesa on Monday a war crime.",
        ("London",),
        marks=_failing("a speaker before an aside with its own cue hosts the aside's training"),
    ),
    ("Tehran, which funds the group, praised the rocket attack on Haifa on Monday.", ("Tehran",)),
    (
        "Cairo, which mediates the talks, said the air strikes on Rafah on Monday killed 20 people.",
        ("Cairo",),
    ),
    (
        "Islamabad, which denies sheltering militants, blamed the bombing in "
        "Peshawar on Monday on fighters based "
        "abroad.",
        ("Islamabad",),
    ),
]


@pytest.mark.parametrize(("sentence", "capitals"), ACTING)
def test_a_capital_that_acts_or_speaks_is_no_site(sentence: str, capitals: tuple[str, ...]) -> None:
    places = {name for name, _ in _events(sentence)}
    assert not places & set(capitals), places


SITES = [
    ("A car bomb in Kabul killed nine people on Monday.", "Kabul", {"attack"}),
    ("Russian missiles struck Kyiv on Monday, killing four people.", "Kyiv", {"strike", "attack"}),
    ("The strikes on Kyiv on Monday killed three people.", "Kyiv", {"strike", "attack"}),
    ("Kyiv was hit by a wave of drones on Monday.", "Kyiv", {"strike", "attack"}),
    ("Thousands protested in Washington on Monday against the war.", "Washington", {"protest"}),
    ("Students marched through London on Monday.", "London", {"protest"}),
    ("Drones hit Moscow overnight on Monday.", "Moscow", {"strike", "attack"}),
    ("Israeli jets bombed Damascus on Monday.", "Damascus", {"strike"}),
    ("Beirut came under heavy bombardment on Monday.", "Beirut", {"strike", "attack"}),
    ("Baghdad was rocked by two explosions on Monday.", "Baghdad", {"attack"}),
    ("A suicide bomber struck a mosque in Islamabad on Monday.", "Islamabad", {"attack"}),
    (
        "Moscow, where gunmen attacked a concert hall on Monday, declared a day of mourning.",
        "Moscow",
        {"attack"},
    ),
]


@pytest.mark.parametrize(("sentence", "capital", "kinds"), SITES)
def test_a_capital_that_is_hit_or_hosts_stays_the_site(sentence: str, capital: str, kinds: set[str]) -> None:
    found = _events(sentence)
    assert any(name == capital and kind in kinds for name, kind in found), found


PLANNED = [
    pytest.param(
        "Under the deal signed on Monday, both sides agreed that troops would "
        "leave Kunduz and Baghlan by June.",
        ("Kunduz", "Baghlan"),
        marks=_failing("the places a deal's troops would leave take the deal's political event"),
    ),
    pytest.param(
        "Washington and Baghdad agreed last year that coalition troops would "
        "leave Taji and Balad by September "
        "2025.",
        ("Taji", "Balad"),
        marks=_failing("the places a deal's troops would leave take the deal's political event"),
    ),
    pytest.param(
        "Paris and Bamako agreed on Monday that French troops would leave Gao and Timbuktu by August.",
        ("Gao", "Timbuktu"),
        marks=_failing("the places a deal's troops would leave take the deal's political event"),
    ),
]


@pytest.mark.parametrize(("sentence", "places"), PLANNED)
def test_troops_that_would_leave_places_plan_withdrawals_there(
    sentence: str, places: tuple[str, ...]
) -> None:
    found = _events(sentence)
    for place in places:
        assert (place, "withdrawal") in found, found
        assert (place, "political") not in found, found
