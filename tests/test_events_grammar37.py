"""Event typing by general grammar on our own example sentences (ev37c): an iterative adverb with a simple
past and a bounded time tells one episode; a force asserted to be headquartered at a place is there; a base
or camp that closes or is shut is a withdrawal."""

from __future__ import annotations

from tests.test_events_typing import events


def test_repeatedly_with_a_simple_past_and_a_bounded_time_is_one_episode() -> None:
    text = "Jets repeatedly bombed rebel depots outside Mosul on Saturday."
    assert events(text, "Mosul") == {("Mosul", "strike")}
    text = "In 2019 insurgents repeatedly ambushed army patrols near Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}
    text = "Tera was shelled repeatedly in January, residents said."
    assert events(text, "Tera") == {("Tera", "attack")}
    # the perfect, the present or "since" keep the habit
    assert events("Kirkuk has been shelled repeatedly since 2019.", "Kirkuk") == set()
    assert events("Militants repeatedly ambush convoys near Tera.", "Tera") == set()
    assert events("Rebels had repeatedly raided Ayorou in March.", "Ayorou") == set()


def test_a_force_asserted_to_be_headquartered_at_a_place_is_there() -> None:
    text = "The peacekeeping force, which has about 900 troops, is headquartered in Kirkuk."
    assert events(text, "Kirkuk") == {("Kirkuk", "presence")}
    text = "The naval force, headquartered in Tapa, counts two frigates and 400 sailors."
    assert events(text, "Tapa") == {("Tapa", "presence")}
    text = "Soldiers of the new brigade are headquartered in Mosul, the army said."
    assert events(text, "Mosul") == {("Mosul", "presence")}
    # a restrictive modifier only identifies the thing: its seat, no site
    assert events("A drone maker headquartered in Kirkuk supplies the army.", "Kirkuk") == set()
    text = "Gunmen attacked the offices of a firm headquartered in Mosul on Monday."
    assert events(text, "Mosul") == set()


def test_a_base_or_camp_that_closes_or_is_shut_is_a_withdrawal() -> None:
    text = "Outposts at Ayorou and Tera will probably be the first ones to close, officials said."
    assert events(text, "Ayorou", "Tera") == {("Ayorou", "withdrawal"), ("Tera", "withdrawal")}
    text = "The last base, near Kirkuk, will be shut down in March."
    assert events(text, "Kirkuk") == {("Kirkuk", "withdrawal")}
    text = "On Friday the two camps outside Mosul were shut, the coalition said."
    assert events(text, "Mosul") == {("Mosul", "withdrawal")}
    # not a refugee camp or a camp for displaced people, not a mission, not "close to" (near), not a verb
    # with an object
    assert events("The refugee camps near Mosul will close in June.", "Mosul") == set()
    assert events("Camps for displaced people near Mosul were closed in May.", "Mosul") == set()
    assert events("The trade mission in Mosul will close in June.", "Mosul") == set()
    assert events("The base at Kirkuk is close to the border.", "Kirkuk") == {("Kirkuk", "presence")}
    text = "Soldiers at the base near Kirkuk were told to close the gate."
    assert events(text, "Kirkuk") == {("Kirkuk", "presence")}


def test_forces_leaving_a_base_with_an_indefinite_article_withdraw() -> None:
    text = "A week later, Italian soldiers left a camp near Tera, close to the border."
    assert events(text, "Tera") == {("Tera", "withdrawal")}
    text = "The brigade's last troops left an old barracks outside Kirkuk on Sunday."
    assert events(text, "Kirkuk") == {("Kirkuk", "withdrawal")}
    text = "On Friday the militia's fighters left a base north of Mosul, the army said."
    assert events(text, "Mosul") == {("Mosul", "withdrawal")}
    # people who left a camp for displaced people are no forces withdrawing
    text = "Gunmen seized 20 women who had left a displacement camp near Mosul to fetch water."
    assert ("Mosul", "withdrawal") not in events(text, "Mosul")


def test_an_adverb_between_the_subject_and_hit_keeps_the_attack() -> None:
    assert events("Coalition jets also hit Mosul on Sunday.", "Mosul") == {("Mosul", "attack")}
    text = "Militant drones reportedly hit the Kirkuk airport on Sunday."
    assert ("Kirkuk", "attack") in events(text, "Kirkuk")
    text = "Rebel gunners then hit two army positions near Tera on Sunday."
    assert events(text, "Tera") == {("Tera", "attack")}
    # not a record or a high: prices that hit a record tell no attack
    assert events("Fuel prices in Mosul also hit a record on Sunday.", "Mosul") == set()


def test_the_headline_present_of_pound_is_an_attack() -> None:
    text = "Coalition jets pound rebel positions around Mosul"
    assert events(text, "Mosul") == {("Mosul", "attack")}
    text = "The army pounds militant hideouts near Kirkuk after a deadly ambush"
    assert events(text, "Kirkuk") == {("Kirkuk", "attack")}
    text = "Rebel gunners pound army positions in Tera as talks stall"
    assert events(text, "Tera") == {("Tera", "attack")}
    # the currency is no attack
    assert events("Soldiers in Mosul earn 300 pounds a month, the army said.", "Mosul") == set()
    assert events("The army spent 5 million pounds on new barracks in Kirkuk.", "Kirkuk") == set()
