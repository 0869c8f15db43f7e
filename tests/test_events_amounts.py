"""Numbers told in the sentence next to an event's (sentences written here)."""

from __future__ import annotations

from geo.events.numbers import find_counts, parse_number
from tests.test_events import tag


def test_a_placeless_next_sentence_on_the_strikes_gives_their_toll() -> None:
    text = "Jets carried out air strikes on a market in Mosul on Monday. The strikes killed seven civilians."
    assert tag(text, "Mosul")["Mosul"].fatalities == 7
    # a next sentence that does not speak of the strikes again adds nothing
    other = "Jets carried out air strikes on a market in Mosul on Monday. Floods killed seven civilians."
    assert tag(other, "Mosul")["Mosul"].fatalities is None


def test_the_attack_told_again_keeps_the_toll_of_the_sentence_before() -> None:
    text = (
        "At least 12 people were killed in a rebel attack in the north on Monday.\n\n"
        "The attack hit a village near Kirkuk, officials said."
    )
    assert tag(text, "Kirkuk")["Kirkuk"].fatalities == 12
    plain = "At least 12 people were killed in the north.\n\nA village near Kirkuk was hit, officials said."
    assert tag(plain, "Kirkuk")["Kirkuk"].fatalities is None


def test_the_attack_at_a_place_keeps_the_toll_told_a_few_sentences_before() -> None:
    text = (
        "Gunmen ambushed an aid convoy in the north on Friday, killing three civilians.\n"
        "No group has claimed the ambush so far.\n"
        "Two more civilians are missing after the attack near Kirkuk, the agency said."
    )
    assert tag(text, "Kirkuk")["Kirkuk"].fatalities == 3
    # "the attack" does not govern the place: only the sentence right before may give the toll
    loose = (
        "Gunmen ambushed an aid convoy in the north on Friday, killing three civilians.\n"
        "No group has claimed the ambush so far.\n"
        "The attack came as a deal was being signed in Kirkuk, the agency said."
    )
    assert tag(loose, "Kirkuk")["Kirkuk"].fatalities is None


def test_a_troop_count_in_the_next_sentence_of_the_paragraph_belongs_to_the_deployment() -> None:
    text = "The contingent began deploying to Kirkuk on Monday. Within a week, planes flew in 400 soldiers."
    assert tag(text, "Kirkuk")["Kirkuk"].troops == 400
    apart = (
        "The contingent began deploying to Kirkuk on Monday.\n\nWithin a week, planes flew in 400 soldiers."
    )
    assert tag(apart, "Kirkuk")["Kirkuk"].troops is None


def test_thousands_set_off_by_a_space() -> None:
    assert parse_number("3 000") == 3000
    assert [c.value for c in find_counts("The mission withdrew 2 000 troops in June.")] == [2000]


def test_a_bare_number_repeating_a_troop_count_is_a_troop_count_of_its_own() -> None:
    text = "About 700 soldiers are based in Kirkuk, along with a further 300 in Basra."
    assert [(c.value, c.kind) for c in find_counts(text)] == [(700, "troops"), (300, "troops")]
    found = tag(text, "Kirkuk", "Basra")
    assert (found["Basra"].event_type, found["Basra"].troops) == ("presence", 300)
    assert found["Kirkuk"].troops == 700
    # a bare number after a sentence end repeats nothing
    assert [c.kind for c in find_counts("About 700 soldiers left. Then 300 were hurt.")] == [
        "troops",
        "ellipsis",
    ]


def test_a_noun_before_the_victim_noun_and_more_victim_nouns() -> None:
    assert [c.value for c in find_counts("Two aid workers were killed on Monday.")] == [2]
    assert [c.value for c in find_counts("Three border guards died in the clash.")] == [3]
    assert [c.value for c in find_counts("The blast killed four medical personnel.")] == [4]
    # the free word is one word: two unknown words before the noun are no count
    assert find_counts("After 10 long tiring days soldiers were killed.") == []


def test_a_troop_count_told_next_at_places_inside_the_event_place() -> None:
    # (told for the same date, the country's deployment folds into the one at Mosul: see test_events_frames)
    text = (
        "Norway is deploying more troops to Iraq, the minister said.\n\n"
        "Some 400 soldiers will go to Mosul next month."
    )
    found = tag(text, "Iraq", "Mosul")
    assert (found["Iraq"].event_type, found["Iraq"].troops) == ("deployment", 400)
    # a place outside it makes the next sentence another story
    other = "Norway is deploying more troops to Iraq, the minister said.\n\nSome 400 soldiers are in Syria."
    assert tag(other, "Iraq", "Syria")["Iraq"].troops is None


def test_victims_listed_after_killing_are_added_unless_wounded() -> None:
    text = "The raid killed a militia commander, two fighters and seven civilians in the town."
    assert [c.value for c in find_counts(text)] == [10]
    assert [c.value for c in find_counts("The blast killed 3 soldiers and 5 civilians were wounded.")] == [3]
    assert [c.value for c in find_counts("Shelling killed 3 soldiers and wounded 5 civilians.")] == [3]


def test_one_victim_named_with_an_article_before_was_killed() -> None:
    assert [c.value for c in find_counts("A soldier was killed in the raid.")] == [1]
    text = "The toll includes a farmer, named Omar Saleh (40), who was killed by shelling near the town."
    assert [c.value for c in find_counts(text)] == [1]
    # not a thing, and not when a count already holds the victim
    assert find_counts("A car was killed.") == []
    assert [c.value for c in find_counts("The strike killed a soldier.")] == [1]
    assert tag("A civilian was killed by shelling in Kirkuk on Monday.", "Kirkuk")["Kirkuk"].fatalities == 1


def test_the_weapon_told_again_keeps_the_toll_of_the_sentence_before() -> None:
    text = (
        "A drone strike killed three fighters in the north on Friday.\n\nThe drone hit their car near Kirkuk."
    )
    assert tag(text, "Kirkuk")["Kirkuk"].fatalities == 3


def test_a_source_saying_what_the_strike_did_gives_the_toll_of_the_strike_before() -> None:
    text = (
        "A drone carried out an air strike on a car in Kirkuk on Monday.\n"
        "In a statement, officials in Mosul said that the drone strike killed two fighters."
    )
    found = tag(text, "Kirkuk", "Mosul")
    assert found["Kirkuk"].fatalities == 2
    # a place after the source's verb is another story
    other = (
        "A drone carried out an air strike on a car in Kirkuk on Monday.\n"
        "Officials said that the drone strike in Mosul killed two fighters."
    )
    assert tag(other, "Kirkuk", "Mosul")["Kirkuk"].fatalities is None


def test_wounded_or_missing_soldiers_are_no_troop_count() -> None:
    assert find_counts("Five soldiers were wounded in the blast.") == []
    assert find_counts("Two more peacekeepers are missing after the ambush.") == []
    assert tag("Five soldiers were wounded in Mosul.", "Mosul")["Mosul"].event_type == "mention"
    assert [c.value for c in find_counts("Five soldiers were sent to the border.")] == [5]


def test_military_counts_as_a_noun_not_as_an_adjective() -> None:
    assert find_counts("One military source said the convoy left.") == []
    assert [c.value for c in find_counts("Kenya sent 200 military to the border.")] == [200]


def test_a_troop_count_of_change_is_no_force_at_a_place_but_the_numbers_of_its_event() -> None:
    text = "The mission completed its drawdown in Mosul, reducing its strength by 3,000 soldiers."
    assert [(c.value, c.kind) for c in find_counts(text)] == [(3000, "change")]
    found = tag(text, "Mosul")["Mosul"]
    assert (found.event_type, found.troops) == ("withdrawal", 3000)
    assert [c.kind for c in find_counts("They were joined by 50 soldiers.")] == ["troops"]


def test_numbers_beyond_any_count_are_not_counts() -> None:
    from geo.events.numbers import MAX_COUNT, parse_number

    assert parse_number("9" * 5000) is None  # more digits than int() reads by default: no crash
    assert parse_number("10000000000000000000000") is None  # beyond the contract's integer range
    assert parse_number(str(MAX_COUNT)) == MAX_COUNT
    assert parse_number("3 000") == 3000
