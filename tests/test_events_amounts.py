"""Numbers told in the sentence next to an event's (sentences written here)."""

from __future__ import annotations

from geo.events import tag_events
from geo.events.numbers import find_counts, parse_number
from geo.events.tag import EventTag
from geo.model.place import Candidate
from geo.model.spans import Resolved, Toponym
from tests.events_support import resolved
from tests.test_events import resolve, tag


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


def test_a_troop_count_told_next_at_the_event_place_itself() -> None:
    text = (
        "The last Norwegian troops withdrew from a base in Kirkuk on Sunday.\n\n"
        "At a ceremony in Kirkuk, 300 soldiers were the last to go."
    )
    tags = tag_events(text, resolve(text, "Kirkuk"), published="2021-03-15")
    assert (tags[0].event_type, tags[0].troops) == ("withdrawal", 300)
    # another place in the next sentence makes it another story
    other = (
        "The last Norwegian troops withdrew from a base in Kirkuk on Sunday.\n\n"
        "At a ceremony in Mosul, 300 soldiers were the last to go."
    )
    assert tag(other, "Kirkuk", "Mosul")["Kirkuk"].troops is None


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


def test_a_toll_in_the_next_sentence_that_goes_on_telling_the_event() -> None:
    first = "Officials appealed for calm after a clash at a camp near Kirkuk on Sunday.\n"
    told = first + "A quarrel between families at a well ended in the death of an old shepherd."
    assert tag(told, "Kirkuk")["Kirkuk"].fatalities == 1
    # a date, a place or a paragraph of several sentences before: another story
    dated = first + "In March, a quarrel between families at a well ended in the death of an old shepherd."
    assert tag(dated, "Kirkuk")["Kirkuk"].fatalities is None
    placed = first + "A quarrel between families at a well ended in the death of an old shepherd in Mosul."
    assert tag(placed, "Kirkuk", "Mosul")["Kirkuk"].fatalities is None
    longer = "Police guarded the camp all week. " + told
    assert tag(longer, "Kirkuk")["Kirkuk"].fatalities is None


def test_others_captured_or_abducted_after_a_toll_are_no_more_dead() -> None:
    assert [c.value for c in find_counts("Rebels killed 20 soldiers and captured 10 others.")] == [20]
    assert [c.value for c in find_counts("Gunmen killed 5 villagers and abducted 3 others.")] == [5]
    # the others of a toll at another place are more dead
    both = find_counts("Gunmen killed 5 villagers in the hills and 3 others in the valley.")
    assert [c.value for c in both] == [5, 3]


def test_a_toll_told_as_a_range_is_its_low_end() -> None:
    def tolls(text: str) -> list[int]:
        return [c.value for c in find_counts(text) if c.kind == "fatalities"]

    assert tolls("Between ten and fifteen villagers were killed in the raid.") == [10]
    assert tolls("The shelling killed between 20 and 30 civilians.") == [20]
    assert tolls("The raid killed 10 to 15 people.") == [10]
    assert tolls("Some 40-50 fighters were killed in the clashes.") == [40]
    assert tolls("Two or three guards died in the blast.") == [2]
    # one number: a compound word number, a sum, a change of a running toll
    assert tolls("Twenty-five people were killed in the raid.") == [25]
    assert tolls("One hundred and twenty people were killed.") == [120]
    assert tolls("Six soldiers and three civilians were killed.") == [9]
    assert tolls("The toll rose from 10 to 15 people killed.") == [15]


def test_number_words_follow_english_number_grammar() -> None:
    assert parse_number("two thousand five hundred") == 2500
    assert parse_number("a thousand and one") == 1001
    assert parse_number("ninety-nine") == 99
    # two numbers, not one
    assert parse_number("ten and fifteen") is None
    assert parse_number("twenty fifteen") is None
    assert parse_number("five six") is None
    assert parse_number("one hundred and") is None


def test_the_event_place_named_again_is_no_other_place_between_it_and_its_toll() -> None:
    text = "Amid clashes east of Kirkuk, fighters of the Kirkuk Council executed 3 members of the group."
    tags = tag_events(text, resolve(text, "Kirkuk"), published="2021-03-15")
    assert [(t.event_type, t.fatalities) for t in tags] == [("attack", 3)]
    # another place in the toll's clause keeps the toll for its own event
    other = "Amid clashes east of Kirkuk, fighters of a Mosul council executed 3 members of the group."
    found = tag(other, "Kirkuk", "Mosul")
    assert (found["Kirkuk"].fatalities, found["Mosul"].fatalities) == (None, 3)


def test_an_aside_on_who_the_dead_were_without_commas_is_part_of_the_toll() -> None:
    def tolls(text: str) -> list[int]:
        return [c.value for c in find_counts(text) if c.kind == "fatalities"]

    assert tolls("Six villagers including two boys were killed in the shelling.") == [6]
    assert tolls("Eight guards among them a captain were killed at the gate.") == [8]
    # an aside opened by a comma may end without one before "were killed", after a long group name
    long = "Nine members of the Northern Lions brigade, including a senior commander were killed."
    assert tolls(long) == [9]
    # not a clause of its own: "are among the N killed" tells the toll
    assert tolls("Three teachers including two women are among the 7 people killed in the raid.") == [7]


def test_victims_of_a_second_kind_without_a_number_are_part_of_the_toll() -> None:
    def tolls(text: str) -> list[int]:
        return [c.value for c in find_counts(text) if c.kind == "fatalities"]

    text = "12 members of the border guard and gunmen allied with the unit were killed in the raid."
    assert tolls(text) == [12]
    assert tolls("About 30 fighters and commanders were killed in the clashes.") == [30]
    # a second count is added, not swallowed
    assert tolls("Six soldiers and three civilians were killed.") == [9]
    assert tolls("Five soldiers and a civilian were killed.") == [6]
    # a clause after "and" is no second kind of victim
    assert tolls("Two fighters in the hills and shelling on the town leave casualties.") == []


def test_a_family_of_n_the_lives_of_the_n_and_more_casualties_raising_the_number() -> None:
    def tolls(text: str) -> list[tuple[int, bool]]:
        return [(c.value, c.running) for c in find_counts(text) if c.kind == "fatalities"]

    assert tolls("A shell killed a family of five in the village.") == [(5, False)]
    assert tolls("The strike killed the family of a commander.") == []
    assert tolls("Drone strikes claimed the lives of the 4 guards at the gate.") == [(4, False)]
    assert tolls("The ambush on the convoy ended killing 9 of both sides.") == [(9, False)]
    # a running total, as "the death toll rose to N"
    assert tolls("Further casualties raise the number to 11 in the town.") == [(11, True)]


def test_the_toll_of_the_place_clause_before_a_frame_in_another_clause() -> None:
    text = "A massacre in Kirkuk kills 8 villagers, while 300 casualties have been killed since May."
    assert tag(text, "Kirkuk")["Kirkuk"].fatalities == 8
    # the place's clause without a toll: the frame's clause tells it
    framed = "The strike, which hit a market in Kirkuk, killed 7 people."
    assert tag(framed, "Kirkuk")["Kirkuk"].fatalities == 7


_REGION = {
    "Lakeland Province": ("test:lakeland", "admin_region", "ZZ", "ZZ.01", None),
    "Port Amber": ("test:port-amber", "city", "ZZ", "ZZ.01", None),
    "Oslo": ("geonames:3143244", "city", "NO", "NO.12", None),
}


def _region_tags(text: str, *names: str, fallback: str | None = None) -> dict[str, EventTag]:
    found = resolved(text, _REGION, *names)
    if fallback is not None:  # a town the gazetteer lacks, placed at its country
        start = text.index(fallback)
        name = "Zedland"
        country = Candidate("iso:ZZ", name, "country", "ZZ", 0.0, 0.0, 0, 1.0, "exact", name, "test")
        toponym = Toponym(start, start + len(fallback), fallback, fallback)
        found = sorted([*found, Resolved(toponym, country, 0.5)], key=lambda r: r.toponym.start)
    tags = tag_events(text, found, published="2021-03-15")
    return {t.name: t for t in tags}


def test_a_troop_count_told_next_at_towns_of_the_region_after_a_capital_that_acts() -> None:
    text = (
        "Norway is sending extra soldiers to Lakeland Province, the minister said.\n\n"
        "Oslo has strengthened its force in Port Amber and Gravel Bay with 2,000 troops."
    )
    # a town of the region (no district known), a capital as subject (who, not where), a town the
    # gazetteer lacks placed at its country: the next sentence names no place outside the region
    found = _region_tags(text, "Lakeland Province", "Port Amber", "Oslo", fallback="Gravel Bay")
    assert found["Lakeland Province"].troops == 2000
    # Oslo where the troops are: another place
    other = (
        "Norway is sending extra soldiers to Lakeland Province, the minister said.\n\n"
        "It has 2,000 troops in Port Amber and Oslo."
    )
    assert _region_tags(other, "Lakeland Province", "Port Amber", "Oslo")["Lakeland Province"].troops is None
