"""Negated and denied events: no event where the cue's own clause says it did not happen (our own example
sentences), and no false negation where the words only look like one."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Basra": ("geonames:99532", "city", "IQ"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("There were no clashes in Kirkuk on Monday.", "Kirkuk"),
        ("There was no major attack on Mosul on Tuesday.", "Mosul"),
        ("No troops are stationed in Kirkuk.", "Kirkuk"),
        ("Not a single soldier was deployed to Basra.", "Basra"),
        ("Not one soldier was deployed to Basra.", "Basra"),
        ("No US troops are stationed in Kirkuk.", "Kirkuk"),
        ("The army has not withdrawn from Kirkuk.", "Kirkuk"),
        ("The army hasn't withdrawn from Kirkuk.", "Kirkuk"),
        ("The army has not yet deployed troops to Basra.", "Basra"),
        ("British troops were never deployed to Basra.", "Basra"),
        ("Neither troops nor police were deployed to Basra.", "Basra"),
        ("The army never fired on Kirkuk, the general said.", "Kirkuk"),
        ("Troops are no longer stationed in Kirkuk.", "Kirkuk"),
        ("Iraq denied that its forces struck Mosul.", "Mosul"),
        ("The ministry denied reports that soldiers had attacked a village near Mosul.", "Mosul"),
        ("The ministry rejected reports that troops had shelled Mosul.", "Mosul"),
        ("He dismissed as false claims that troops had shelled Mosul.", "Mosul"),
        ("There were no reports of clashes in Mosul on Monday.", "Mosul"),
        ("Iraq denied its forces struck Mosul on Monday.", "Mosul"),
        ("The army denied claims by the militants that its jets struck Mosul.", "Mosul"),
        ("Troops have yet to withdraw from Kirkuk.", "Kirkuk"),
        ("The army refused to withdraw from Kirkuk.", "Kirkuk"),
        ("The minister ruled out sending troops to Basra.", "Basra"),
        ("No attacks have been reported in Kirkuk since the truce.", "Kirkuk"),
        ("The general has given no formal order to withdraw from Kirkuk.", "Kirkuk"),
        ("The army had no time to withdraw from Basra.", "Basra"),
        ("In Basra, the troop deployment was cancelled on Monday.", "Basra"),
        ("In Kirkuk, the summit is unlikely to take place, the ministry said.", "Kirkuk"),
    ],
)
def test_a_negated_or_denied_cue_is_no_event(text: str, place: str) -> None:
    assert not events(text, place, published="2021-03-15")
    assert {t.event_type for t in tags(text, place, published="2021-03-15")} == {"mention"}


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        ("Troops retook Mosul without any casualties.", "Mosul", "attack"),
        ("Gunmen killed no fewer than 20 people in Mosul on Monday.", "Mosul", "attack"),
        ("The ceasefire did not stop the attack on Mosul on Monday.", "Mosul", "attack"),
        ("A car bomb exploded not far from Mosul on Monday.", "Mosul", "attack"),
        ("Nobody was hurt in the attack on Mosul on Monday.", "Mosul", "attack"),
        ("No one was killed when militants attacked Mosul on Monday.", "Mosul", "attack"),
        ("Police said no soldiers were killed when militants attacked Mosul.", "Mosul", "attack"),
        ("There were no reports of damage from the rocket attack on Mosul.", "Mosul", "rocket_attack"),
        ("The army denied responsibility for the attack on Mosul on Monday.", "Mosul", "attack"),
        ("The group denied carrying out the attack on Mosul.", "Mosul", "attack"),
        ("Iran denies attack on oil facilities in Basra.", "Basra", "attack"),
        ("Iraq denied any attack on Basra on Monday.", "Basra", "attack"),
        ("No group has claimed responsibility for the bombing in Mosul.", "Mosul", "strike"),
        ("Troops did not withdraw from Kirkuk until Monday.", "Kirkuk", "withdrawal"),
        ("Kirkuk registered the highest No vote in the referendum on the treaty.", "Kirkuk", "political"),
        ("No. 3 Squadron deployed to Basra on Monday.", "Basra", "deployment"),
        ("Militants attacked Mosul, and a truce was cancelled on Monday.", "Mosul", "attack"),
        (
            "The army rejected reports from Mosul, where gunmen attacked a checkpoint on Monday.",
            "Mosul",
            "attack",
        ),
    ],
)
def test_words_that_only_look_like_a_negation_keep_the_event(text: str, place: str, kind: str) -> None:
    assert {k for _, k, _ in events(text, place, published="2021-03-15")} == {kind}


def test_not_only_but_also_keeps_both_events() -> None:
    text = "Militants not only attacked Mosul but also shelled Kirkuk."
    found = {(p, k) for p, k, _ in events(text, "Mosul", "Kirkuk")}
    assert found == {("Mosul", "attack"), ("Kirkuk", "attack")}


def test_a_negation_stays_in_its_clause() -> None:
    text = "Troops did not withdraw from Kirkuk but attacked Mosul."
    assert {(p, k) for p, k, _ in events(text, "Kirkuk", "Mosul")} == {("Mosul", "attack")}
    text = "Militants attacked Mosul on Monday, but no clashes were reported in Kirkuk."
    assert {(p, k) for p, k, _ in events(text, "Kirkuk", "Mosul")} == {("Mosul", "attack")}


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Gunmen killed no fewer than 20 people in Mosul on Monday.", 20),
        ("No fewer than 20 people were killed in Mosul on Monday.", 20),
        ("Gunmen killed not less than 20 people in Mosul on Monday.", 20),
        ("No one was killed when militants attacked Mosul on Monday.", None),
        ("Not one soldier was killed when militants attacked Mosul on Monday.", None),
    ],
)
def test_a_negated_number_counts_nobody_and_no_fewer_than_is_a_qualifier(text: str, toll: int | None) -> None:
    found = [t for t in tags(text, "Mosul") if t.event_type != "mention"]
    assert [(t.event_type, t.fatalities) for t in found] == [("attack", toll)]
