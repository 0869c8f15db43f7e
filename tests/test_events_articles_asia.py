"""Fresh South and Central Asia articles (tests/data/articles31/asia.jsonl, e01-e10), written with their gold
before geo ever ran on them (wave 31, art31e): the 2021 Kabul pullout and the Bagram handover, TTP and Baloch
attacks and kidnapped engineers in Pakistan, Line of Control shelling, the Manas handover, a Nepali UN
contingent, the Bundestag's Resolute Support vote, IS-K bombings in Kabul, Pakistani strikes in Khost and
Paktika with the protests after them, and the 2014 security agreements.

Before the fixes (``geo eval --events``, ``--no-peer``): event P/R/F1 .571/.537/.554 (odd .588/.556, even
.552/.516), place F1 .958. After: .707/.612/.656 (odd .767/.639, even .643/.581), place F1 .966;
``FLOOR`` holds them minus 0.02 (docs/events.md, "Fourteenth pass, art31e"). The unit tests below check
each rule added for them on our own sentences.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from geo import Geoparser
from geo.model.article import Article
from tests.events_support import set_falls_short

GOLD = Path(__file__).resolve().parent / "data" / "articles31" / "asia.jsonl"
#: Final figures on all ten documents, minus 0.02.
FLOOR = {"event_precision": 0.687, "event_recall": 0.592, "place_f1": 0.946}


@cache
def _parser() -> Geoparser:
    return Geoparser()


def _events(text: str, published: str) -> set[tuple[str, str, str]]:
    features = _parser().extract_features(Article("t", text, published=published))
    return {
        (f.properties.name, f.properties.event_type, str(f.properties.date))
        for f in features
        if f.properties.event_type != "mention"
    }


def test_the_asia_articles_keep_their_figures() -> None:
    assert not set_falls_short(GOLD, FLOOR)


@pytest.mark.parametrize("said", ["last weekend", "the previous weekend", "over the past weekend"])
def test_last_weekend_told_on_a_saturday_is_the_weekend_before(said: str) -> None:
    found = _events(f"Gunmen attacked a police post in Bannu {said}.", "2024-03-16")  # a Saturday
    assert ("Bannu", "attack", "2024-03-09/2024-03-10") in found


def test_the_weekend_told_on_a_saturday_is_this_one() -> None:
    found = _events("Gunmen attacked a police post in Bannu at the weekend.", "2024-03-16")
    assert ("Bannu", "attack", "2024-03-16/2024-03-17") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "The foreign ministry in Kabul lodged a protest with the ambassador on Monday.",
        "The foreign ministry in Kabul lodged a formal protest with the ambassador on Monday.",
        "The foreign ministry summoned the charge d'affaires in Kabul on Monday.",
    ],
)
def test_a_formal_complaint_is_political_not_a_demonstration(sentence: str) -> None:
    found = _events(sentence, "2024-03-19")
    assert {kind for _, kind, _ in found} == {"political"}


def test_a_street_protest_is_still_a_protest() -> None:
    found = _events("Hundreds of students protested in Jalalabad on Monday.", "2024-03-19")
    assert ("Jalalabad", "protest", "2024-03-18") in found


def test_the_country_a_march_chants_against_is_no_site() -> None:
    text = "On Tuesday, hundreds of people marched through Kandahar chanting slogans against Pakistan."
    found = _events(text, "2024-03-19")
    assert ("Kandahar", "protest", "2024-03-19") in found
    assert not any(place == "Pakistan" for place, _, _ in found)


def test_camp_before_an_unknown_name_is_not_the_town_camp() -> None:
    text = "The instructors are stationed at Camp Marmal outside Mazar-i-Sharif."
    features = _parser().extract_features(Article("t", text, published="2020-03-13"))
    names = {f.properties.name for f in features}
    assert "Camp" not in names
    assert "Mazar-i-Sharif" in names


def test_who_names_a_target_is_no_site() -> None:
    text = "Jets struck what Islamabad called militant hideouts in two eastern provinces on Monday."
    found = _events(text, "2024-03-19")
    assert not any(place == "Islamabad" for place, _, _ in found)


def test_a_capital_calling_an_attack_something_is_no_site() -> None:
    text = "Gunmen attacked a checkpoint in Kunduz on Monday. Berlin called the attack cowardly."
    found = _events(text, "2020-03-13")
    assert not any(place == "Berlin" for place, _, _ in found)


def test_the_strikes_after_a_verb_of_saying_keep_the_day_told_before() -> None:
    text = (
        "Warplanes struck hideouts in two eastern provinces before dawn on Monday.\n\n"
        "The Taliban administration said the strikes hit homes in Paktika province and in Khost province, "
        "killing eight people. The army said the operation targeted a group it blamed for an attack on a "
        "post in Mir Ali on Saturday that killed seven soldiers."
    )
    found = _events(text, "2024-03-19")
    assert ("Khost province", "strike", "2024-03-18") in found


@pytest.mark.parametrize(
    "sentence",
    [
        "In Bannu, a town to the north of Lakki Marwat, gunmen abducted two engineers on Monday.",
        "In Bannu, a town some 60 km north of Lakki Marwat, gunmen abducted two engineers on Monday.",
    ],
)
def test_the_place_an_apposition_locates_by_is_no_site(sentence: str) -> None:
    found = _events(sentence, "2024-03-16")
    assert ("Bannu", "abduction", "2024-03-11") in found
    assert not any(place == "Lakki Marwat" for place, _, _ in found)


def test_two_places_of_one_attack_stay_two_sites() -> None:
    found = _events("Gunmen attacked Bannu and Lakki Marwat on Monday.", "2024-03-16")
    assert {place for place, _, _ in found} == {"Bannu", "Lakki Marwat"}


def test_rebels_entering_a_town_capture_it() -> None:
    found = _events("Insurgents entered Jalalabad on Monday.", "2021-08-31")
    assert ("Jalalabad", "attack", "2021-08-30") in found


def test_state_forces_entering_a_town_deploy_there() -> None:
    found = _events("Government troops entered Jalalabad on Monday.", "2021-08-31")
    assert ("Jalalabad", "deployment", "2021-08-30") in found


def test_who_names_a_target_hosts_no_event_of_another_clause() -> None:
    text = "Jets struck what Islamabad called militant hideouts on Monday, which drew angry protests."
    found = _events(text, "2024-03-19")
    assert not any(place == "Islamabad" for place, _, _ in found)
