"""Merge repairs of wave 32 (fix32): rules of the art31a-e branches that met in the merged tree.

Each test uses our own sentence and checks that both branches' intents hold together.
"""

from __future__ import annotations

import pytest

from geo import Geoparser
from tests.events_support import event_triples


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _events(parser: Geoparser, text: str, published: str = "2024-02-08") -> set[tuple[str, str, str]]:
    return {(kind, name, date) for name, kind, date in event_triples(parser, text, published)}


def _types(parser: Geoparser, text: str, published: str = "2024-02-08") -> set[tuple[str, str]]:
    return {(kind, name) for kind, name, _ in _events(parser, text, published)}


def test_an_included_act_with_its_own_relative_clause_is_told_apart(parser: Geoparser) -> None:
    # art31c: no clause break before ', including'; a part with its own verb ('the one that killed')
    # is an act of its own, so the place of the main clause hosts nothing (fix32)
    text = (
        "The officer ran the militia's operations in Lebanon and helped to plan raids on American troops, "
        "including the one that killed two soldiers in Jordan last month."
    )
    found = _types(parser, text)
    assert ("attack", "Jordan") in found
    assert ("attack", "Lebanon") not in found


def test_included_targets_still_share_the_strike(parser: Geoparser) -> None:
    # art31c's intent kept: the list after ', including' names parts of the targets struck
    found = _types(parser, "Warplanes hit 40 targets, including depots near Deir ez-Zor, on Friday.")
    assert ("strike", "Deir ez-Zor") in found


def test_marchers_followed_by_a_time_still_protest(parser: Geoparser) -> None:
    # art31a: transitive 'marched' (an object after it) is no protest; a time after it is no object (fix32)
    text = "In Kandahar, about 200 students marched the previous day, waving banners against the government."
    assert ("protest", "Kandahar") in _types(parser, text, "2014-09-30")


def test_captives_marched_away_are_still_no_protest(parser: Geoparser) -> None:
    # art31a's intent kept
    text = "Gunmen marched the pupils into the forest near Kaduna."
    assert not any(kind == "protest" for kind, _ in _types(parser, text))


def test_a_town_locating_an_unknown_numbered_site_hosts_no_presence(parser: Geoparser) -> None:
    # art31b: 'Base 12' is a numbered post, no town 'Base'; art31e: 'X, a depot near Y' makes Y only locate
    # X, now also when the gazetteer lacks X and on the outskirts or edge of Y (fix32)
    text = (
        "Some 300 Italian troops stationed at Forward Base 12, a supply depot on the outskirts of Gao, "
        "left Mali on Friday."
    )
    found = _types(parser, text, "2024-05-10")
    assert ("presence", "Gao") not in found
    assert ("withdrawal", "Mali") in found


def test_a_town_north_of_another_still_hosts_the_attack(parser: Geoparser) -> None:
    # art31e's intent kept: X is the site, Y only locates it
    found = _types(parser, "Rebels attacked Kidal, a town north of Gao, on Friday.", "2024-05-10")
    assert ("attack", "Kidal") in found
    assert ("attack", "Gao") not in found


def test_launchers_that_were_preparing_to_fire_were_struck_on_the_past_day(parser: Geoparser) -> None:
    # art31d: 'preparing to' looks ahead; the past progressive 'were preparing to' does not (fix32)
    text = (
        "On Thursday the navy also destroyed three rocket launchers near Hodeidah "
        "that were preparing to fire."
    )
    found = _events(parser, text, "2024-03-08")
    assert any(name == "Hodeidah" and date == "2024-03-07" for _, name, date in found)


def test_preparing_to_still_speaks_of_the_future() -> None:
    # art31d's intent kept, and the past progressive told apart
    from geo.temporal._tense import future

    ahead = "The army is preparing to move the unit there in November."
    past = "The crews were preparing to fire in November."
    assert future(ahead, ahead.index("November"), ahead.index("November") + 8)
    assert not future(past, past.index("November"), past.index("November") + 8)


def test_who_denies_a_charge_hosts_none_of_its_acts(parser: Geoparser) -> None:
    # art31a: forces crossing into a place deploy there; art31e: who labels a target hosts no event;
    # a name in ', which X denies' answers the charge told before it, no site either (fix32)
    text = (
        "Kabul accuses Tehran of helping militants cross into the Afghan-held part of the border region, "
        "which Tehran denies."
    )
    assert not any(name == "Tehran" for _, name in _types(parser, text, "2020-11-14"))


def test_a_past_state_ended_by_a_dated_event_is_dated_then(parser: Geoparser) -> None:
    # exposed at the merge (art31b's numbered-post rule): a past presence told 'before <event> in <month>'
    # held up to then, not at publication (fix32)
    text = "Some 800 Italian soldiers were stationed in Chad before the junta took over in March 2021."
    assert ("presence", "Chad", "2021-03") in _events(parser, text, "2024-08-06")


def test_a_present_state_with_until_still_holds_now(parser: Geoparser) -> None:
    text = "About 500 French troops are stationed in Chad until the mandate ends in March."
    assert ("presence", "Chad", "2024-08-06") in _events(parser, text, "2024-08-06")


def test_less_than_a_week_after_a_counted_strike_dates_it_in_the_week_before(parser: Geoparser) -> None:
    # art31b: 'less than a week after X' puts X in the week before; art31c: 'hit' before a count of targets
    # is a strike, whose cue ('targets') stands further from 'after' (fix32: up to six words)
    text = (
        "A drone strike hit a car in Mosul on Wednesday night. The raid came less than a week after "
        "coalition jets hit more than 40 targets in Syria."
    )
    found = _events(parser, text, "2024-05-10")
    assert any(name == "Syria" and date == "2024-05-01/2024-05-08" for _, name, date in found)


def test_a_region_around_an_unknown_named_field_hosts_no_caption_event(parser: Geoparser) -> None:
    # art31d: a long 'Photo:' caption is read as text; the site it names ('the Kaldor oil field', which the
    # gazetteer lacks) is where the patrol is, the region after 'in' only locates it (fix32)
    text = "Photo: A Danish armoured vehicle on patrol near the Kaldor oil field in northern Iraq, May 2023."
    assert not any(name == "Iraq" for _, name in _types(parser, text, "2024-05-10"))


def test_a_region_after_an_unnamed_kind_of_site_still_hosts_the_event(parser: Geoparser) -> None:
    found = _types(parser, "Drones struck the Tishreen dam in northern Syria on Monday.", "2024-05-10")
    assert ("strike", "Syria") in found
