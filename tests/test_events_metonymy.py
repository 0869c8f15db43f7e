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
from geo.events.subjects import acts, subject_end
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
    ),
    pytest.param(
        "Paris and Berlin first struck rebel camps in Mali on Monday, after months of raids on army posts.",
        ("Paris", "Berlin"),
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
    ),
    # the subject of a sending verb, with a cue in a 'since' phrase
    pytest.param(
        "Pyongyang has sent about 9,000 soldiers to Russia since a cross-border raid in May.",
        ("Pyongyang",),
    ),
    pytest.param(
        "Seoul and Tokyo say Pyongyang has sent about 9,000 soldiers to Russia since May, and that some have "
        "moved to the Belgorod region, where Ukrainian units have fought since an incursion in March.",
        ("Seoul", "Tokyo", "Pyongyang"),
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
    (
        "Odesa has become a frequent target since Kyiv opened its own grain corridor through the Black Sea "
        "in May 2023, bypassing the blockade.",
        ("Kyiv",),
    ),
    (
        "Washington has urged Belgrade to pull back the troops and tanks it moved to the border in the days "
        "after the clash.",
        ("Washington",),
    ),
    ("Drones hit a refinery in Ryazan overnight as Kyiv widens its long-range campaign.", ("Kyiv",)),
    ("Kyiv calls the refineries legitimate targets because they fuel the army.", ("Kyiv",)),
    pytest.param(
        "Seoul and Washington say Pyongyang fired two missiles into the sea on Monday.",
        ("Seoul", "Washington"),
    ),
    ("Moscow says Ukrainian drones hit an oil depot in Bryansk overnight on Monday.", ("Moscow",)),
    (
        "Dozens of soldiers were deployed to the eastern part of the border region, which Dhaka denies.",
        ("Dhaka",),
    ),
    ("Kyiv and Warsaw have condemned the missile strike on Lviv on Monday.", ("Kyiv", "Warsaw")),
    ("Drones struck a refinery in Ryazan on Monday, according to Kyiv.", ("Kyiv",)),
    pytest.param(
        "Moscow, which keeps a garrison in the region, called the bombing a terrorist act.",
        ("Moscow",),
    ),
    pytest.param(
        "Tehran, which arms the militia, said the raid was an act of aggression.",
        ("Tehran",),
    ),
    pytest.param(
        "Beijing, which has troops on the border, called the shooting a provocation.",
        ("Beijing",),
    ),
    pytest.param(
        "Beijing, which has not formally recognised the junta but keeps its "
        "embassy open, called the bombing a "
        "terrorist act and said it was sending police officers to the capital.",
        ("Beijing",),
    ),
    pytest.param(
        "London, which trains Ukrainian recruits, called the missile strike on Odesa on Monday a war crime.",
        ("London",),
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
    ("Kyiv hit by drones on Monday, two killed.", "Kyiv", {"strike", "attack"}),
    ("Israeli jets struck Gaza on Monday after Gaza fired rockets.", "Gaza", {"strike", "attack"}),
    (
        "Kabul, which was hit by a car bomb on Monday, said the attackers came from abroad.",
        "Kabul",
        {"attack"},
    ),
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
    ),
    pytest.param(
        "Washington and Baghdad agreed last year that coalition troops would "
        "leave Taji and Balad by September "
        "2025.",
        ("Taji", "Balad"),
    ),
    pytest.param(
        "Paris and Bamako agreed on Monday that French troops would leave Gao and Timbuktu by August.",
        ("Gao", "Timbuktu"),
    ),
    ("Washington and Tokyo agreed on Monday that the marines would leave Okinawa by 2026.", ("Okinawa",)),
]


@pytest.mark.parametrize(("sentence", "places"), PLANNED)
def test_troops_that_would_leave_places_plan_withdrawals_there(
    sentence: str, places: tuple[str, ...]
) -> None:
    found = _events(sentence)
    for place in places:
        assert (place, "withdrawal") in found, found
        assert (place, "political") not in found, found


def test_without_a_time_troops_that_would_leave_are_only_agreed() -> None:
    found = _events("Both sides agreed that troops would leave Kunduz.")
    assert ("Kunduz", "withdrawal") not in found, found


def test_the_host_party_named_before_the_verb_of_agreeing_takes_the_agreement() -> None:
    found = _events("In May, Kabul and Islamabad agreed that the troops would leave Kandahar by June.")
    assert ("Kabul", "political") in found, found
    assert ("Islamabad", "political") not in found, (
        found
    )  # a party from abroad: the deal is in Kabul's country
    assert ("Kandahar", "withdrawal") in found, found


@pytest.mark.parametrize(
    ("sentence", "host", "abroad"),
    [
        (
            "Washington and Baghdad opened formal talks on Monday on winding down the coalition mission, "
            "which has about 2,500 US troops in Iraq.",
            "Baghdad",
            "Washington",
        ),
        (
            "Paris and Bamako agreed on Monday that French troops would leave Gao and Timbuktu by August.",
            "Bamako",
            "Paris",
        ),
    ],
)
def test_of_two_parties_the_host_takes_the_political_act(sentence: str, host: str, abroad: str) -> None:
    found = _events(sentence)
    assert (host, "political") in found, found
    assert (abroad, "political") not in found, found


def test_two_parties_with_no_place_of_either_both_take_the_act() -> None:
    found = _events("Paris and Berlin signed a defence pact on Monday.")
    assert {name for name, kind in found if kind == "political"} >= {"Paris", "Berlin"}, found


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabul and Islamabad first hit rebel camps in Khost on Monday.",
        "Kabul and Islamabad say rebels attacked a border post in Khost on Monday.",
    ],
)
def test_officials_named_in_a_capital_are_no_coordinated_subject(sentence: str) -> None:
    assert acts(sentence, (0, 5))
    assert acts(sentence, (10, 19))
    assert subject_end(sentence, 5) == 19
    shifted = "Officials in " + sentence
    assert not acts(shifted, (13, 18))
    assert not acts(shifted, (23, 32))
