"""Violence told with everyday words, on our own example sentences: a bare "strike" needs a word of armed
force in its sentence (not a labour strike), and a definite "the strikes" refers back, so the sentence
before it counts too; "pounded" is an attack in a sentence that names armed forces or weapons; so is
fighting reported or flaring at a place."""

from __future__ import annotations

from geo.events.cues import Cue, unarmed
from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Raqqa": ("geonames:172957", "city", "SY"),
    "Tabqa": ("test:tabqa", "city", "SY"),
    "Leeds": ("test:leeds", "city", "GB"),
    "York": ("test:york", "city", "GB"),
}

tags, events = taggers(PLACES)


def test_the_strikes_after_a_sentence_of_warplanes_are_strikes() -> None:
    text = "Warplanes bombed depots in Raqqa on Sunday. The strikes also hit Tabqa."
    found = events(text, "Raqqa", "Tabqa")
    assert ("Tabqa", "strike", "2021-03-14") in found


def test_an_indefinite_or_civil_strike_after_it_stays_no_event() -> None:
    text = "Warplanes bombed depots in Raqqa on Sunday. A strike also closed shops in Tabqa."
    assert not any(name == "Tabqa" for name, _, _ in events(text, "Raqqa", "Tabqa"))
    text = "Nurses walked out in Leeds on Sunday. The strike also closed wards in York."
    assert events(text, "Leeds", "York") == set()


def test_unarmed_reads_the_sentence_before_only_for_a_definite_noun() -> None:
    text = "The strikes also hit it."
    cue = Cue(start=4, end=11, event_type="strike", sub_event_type=None, tier=3)
    assert unarmed(cue, text, {"the", "strikes", "also", "hit", "it"})
    assert not unarmed(cue, text, {"the", "strikes"}, before={"warplanes", "bombed"})
    assert unarmed(cue, text, {"the", "strikes"}, before={"nurses", "walked", "out"})
    bare = "Strikes also hit it."
    assert unarmed(Cue(0, 7, "strike", None, 3), bare, {"strikes"}, before={"warplanes"})


def test_pounded_by_forces_is_an_attack_and_by_the_weather_none() -> None:
    text = "Artillery pounded rebel positions near Raqqa on Sunday."
    assert ("Raqqa", "attack", "2021-03-14") in events(text, "Raqqa")
    text = "Heavy rain pounded Leeds on Sunday and fans pounded drums in York."
    assert events(text, "Leeds", "York") == set()


def test_fighting_reported_or_flaring_at_a_place_is_an_attack() -> None:
    text = "Fighting was reported in Raqqa and Tabqa on Sunday."
    found = events(text, "Raqqa", "Tabqa")
    assert {("Raqqa", "attack", "2021-03-14"), ("Tabqa", "attack", "2021-03-14")} <= found
    assert ("Raqqa", "attack", "2021-03-14") in events("Fighting flared in Raqqa on Sunday.", "Raqqa")


def test_hit_after_a_plural_armed_subject_is_an_attack_and_after_floods_none() -> None:
    assert ("Raqqa", "attack", "2021-03-14") in events("Militants hit Raqqa on Sunday.", "Raqqa")
    assert events("Floods hit Leeds on Sunday.", "Leeds") == set()
