"""Paraphrases and near misses of the behaviours the eleventh pass (xfail28) taught the parser, in our own
words (docs/events.md, "Eleventh pass, xfail28"): each found kind of event is told three to five more ways,
and the same words without such an event must not give one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events_support import named_kinds

PUBLISHED = "2024-03-14"  # a Thursday


def _kinds(parser: Any, text: str) -> set[tuple[str, str]]:
    return named_kinds(parser, text, published=PUBLISHED)


def _events(parser: Any, text: str) -> set[str]:
    return {kind for _, kind in _kinds(parser, text)} - {"mention"}


# (kind, sentence, place as written): each must give an event of that kind at that place
FOUND = [
    # drones launched or fired at a target (events_cues, attack)
    ("attack", "Rebels fired three drones towards the airport in Goma on Monday.", "Goma"),
    ("attack", "Militants launched explosive-laden drones at an army base near Kidal.", "Kidal"),
    ("attack", "The group said it launched a swarm of drones against a warship off Hodeidah.", "Hodeidah"),
    ("strike", "Russia launched dozens of drones at Kyiv overnight.", "Kyiv"),
    ("attack", "Two drones were fired towards the air base in Erbil on Monday.", "Erbil"),
    ("attack", "Hezbollah fired drones at northern Israel on Sunday.", "Israel"),
    # a course completed or attended by forces (events_cues, training)
    ("training", "Nigerian commandos underwent a three-month course at Kaduna.", "Kaduna"),
    ("training", "Forty Somali soldiers finished a demining course in Mogadishu last week.", "Mogadishu"),
    ("training", "Ukrainian troops attended an artillery course in Grafenwoehr in May.", "Grafenwoehr"),
    # more forces stationed somewhere are a movement there (events_cues, deployment)
    ("deployment", "France stationed 300 more troops in Chad last month.", "Chad"),
    ("deployment", "Britain will station an extra 500 soldiers in Estonia from May.", "Estonia"),
    ("deployment", "The Pentagon is stationing another 1,500 marines in Okinawa.", "Okinawa"),
    ("deployment", "The army has stationed further tanks in Narva.", "Narva"),
    # the residents of a place act there (events_context_words, of_noun)
    ("protest", "Inhabitants of Kharkiv held a rally on Sunday to honour the defenders.", "Kharkiv"),
    ("protest", "Residents of Niamey marched against the junta on Sunday.", "Niamey"),
    ("protest", "Hundreds of villagers of Tillaberi protested on Monday over the killings.", "Tillaberi"),
    ("attack", "Residents of Mosul said gunmen attacked a checkpoint overnight.", "Mosul"),
    # an official abducted or killed: the official's town is where, when nothing else is named
    ("attack", "Gunmen shot dead the governor of Kandahar on Monday.", "Kandahar"),
    ("abduction", "Militants kidnapped the deputy mayor of Kaya last week.", "Kaya"),
    ("attack", "Jihadists assassinated the mayor of Djibo on Sunday.", "Djibo"),
    ("attack", "Insurgents ambushed the governor of Diffa on the road on Tuesday.", "Diffa"),
    # forces or police of a mission that landed at a named place arrived there (events_cues, deployment)
    ("deployment", "British marines landed at Berbera on Tuesday.", "Berbera"),
    ("deployment", "The first Kenyan contingent landed in Haiti on Monday.", "Haiti"),
    ("deployment", "Hundreds of French paratroopers have landed in Timbuktu.", "Timbuktu"),
    ("deployment", "Rwandan police landed in Bangui on Sunday to join the UN mission.", "Bangui"),
    ("deployment", "Kenyan troops land in Haiti", "Haiti"),
    # an armed group holding civilians or foreigners has abducted them (events_cues, abduction)
    ("abduction", "Kidnappers holding two Italian nuns near Kidal demanded a ransom.", "Kidal"),
    ("abduction", "Jihadists are still holding three aid workers in the Menaka region.", "Menaka region"),
    ("abduction", "Al-Shabaab militants held two Kenyan teachers in Jilib for months.", "Jilib"),
    ("abduction", "Gunmen who have been holding 20 villagers in Zamfara freed them on Monday.", "Zamfara"),
]


@pytest.mark.parametrize(("kind", "text", "place"), FOUND)
def test_a_paraphrase_gives_its_event(parser: Any, kind: str, text: str, place: str) -> None:
    assert (place, kind) in _kinds(parser, text)


# the same words, no such event
MISSES = [
    "The company launched delivery drones in Kigali on Monday.",
    "Farmers in Kaduna fired up their drones to spray the fields.",
    "A hobbyist lost his drone at a park in Odesa.",
    "The drones were launched at a festival in Kigali to light the sky.",
    "Fans launched drones at the Olympic stadium in Paris.",
    "Students completed a five-week course in Poland on Wednesday.",
    "The golfers finished the course at Tapa in record time.",
    "Nurses attended a first-aid course in Erbil last month.",
    "Police stationed an additional officer outside the school in Bamako.",
    "The railway station in Gdansk hired an additional 20 staff.",
    "Residents of Sanaa said the heat was unbearable this summer.",
    "Former residents of Kidal met their relatives in Bamako.",
    "Residents of Erbil voted for a new council.",
    "The deputy attacked the mayor of Kaya over the budget on Monday.",
    "Voters elected the mayor of Dori on Friday.",
    "The mayor of Dori said the market would reopen on Friday.",
    "The minister's plane landed in Niamey on Friday.",
    "Police officers landed in Lagos for a football tournament.",
    "The army chief's helicopter landed on the roof of a hotel in Goma.",
    "Rebels held a meeting with villagers in Bunia on Monday.",
    "Police are holding a French journalist in Gao.",
    "Fighters held positions near Kharkiv overnight.",
]


def test_rockets_that_landed_stay_a_rocket_attack(parser: Any) -> None:
    found = _kinds(parser, "Three rockets landed in Kiryat Shmona on Sunday.")
    assert ("Kiryat Shmona", "rocket_attack") in found
    assert ("Kiryat Shmona", "deployment") not in found


def test_an_official_abducted_elsewhere_is_placed_there(parser: Any) -> None:
    found = _kinds(parser, "Gunmen abducted the mayor of Dori in Ouagadougou on Friday.")
    assert ("Ouagadougou", "abduction") in found
    assert ("Dori", "abduction") not in found


# a count of forces stationed without "more" stays their presence
PRESENT = [
    ("Germany stationed more than 4,000 soldiers in Lithuania.", "Lithuania"),
    ("Some 2,000 additional soldiers are now stationed in Poland.", "Poland"),
]


@pytest.mark.parametrize(("text", "place"), PRESENT)
def test_forces_stationed_without_more_are_present(parser: Any, text: str, place: str) -> None:
    assert (place, "presence") in _kinds(parser, text)


@pytest.mark.parametrize("text", MISSES)
def test_the_same_words_without_the_event_give_none(parser: Any, text: str) -> None:
    assert not _events(parser, text)
