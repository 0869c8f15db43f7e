"""Death tolls and troop counts read from numbers (sentences written here)."""

from __future__ import annotations

from geo.events import tag_events
from geo.events.numbers import find_counts, parse_number
from tests.test_events import resolve, tag


def _counts(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def test_a_bare_number_after_a_verb_of_killing_is_a_toll_before_a_place_a_comma_or_the_wounded() -> None:
    assert _counts("Shelling kills eight in a northern town.") == [("fatalities", 8)]
    assert _counts("The blast killed seven, including a child.") == [("fatalities", 7)]
    assert _counts("The bombing killed 27 and wounded 40.") == [("fatalities", 27)]
    assert _counts("The raid killed at least seventy.") == [("fatalities", 70)]
    # after "left" a bare number may count anything
    assert _counts("The convoy left 4 in the town.") == [("ellipsis", 4)]


def test_troops_killed_are_a_toll_and_troops_left_behind_a_force() -> None:
    assert _counts("Gunmen killed 5 soldiers in the village.") == [("fatalities", 5)]
    assert _counts("The army left 300 troops in the town.") == [("troops", 300)]


def test_peacekeepers_and_marines_killed_are_victims() -> None:
    assert _counts("2 Ghanaian UN peacekeepers killed in an ambush") == [("fatalities", 2)]
    convoy = "Rebels hit a convoy, killing two peacekeepers and wounding 9 others."
    assert _counts(convoy) == [("fatalities", 2)]
    assert _counts("Three marines were killed.") == [("fatalities", 3)]
    assert _counts("The mission has 900 peacekeepers in the province.") == [("troops", 900)]


def test_the_toll_of_the_next_sentence_that_opens_on_the_toll() -> None:
    text = "Jets struck a fuel depot in Mosul on Sunday. The toll has risen to six people dead, police said."
    assert tag(text, "Mosul")["Mosul"].fatalities == 6
    other = "Jets struck a fuel depot in Mosul on Sunday. Floods left six people dead, officials said."
    assert tag(other, "Mosul")["Mosul"].fatalities is None


def test_a_source_saying_in_a_statement_what_the_attack_did() -> None:
    text = (
        "Gunmen stormed a clinic in Mosul on Sunday. "
        "The charity said in a statement the attack killed at least four people."
    )
    assert tag(text, "Mosul")["Mosul"].fatalities == 4


def test_victims_with_a_place_or_group_after_them_and_an_aside_on_who_they_were() -> None:
    assert _counts("Forty-two people in the Kasai region have been killed since May.") == [("fatalities", 42)]
    assert _counts("Ten members of the same family were killed.") == [("fatalities", 10)]
    assert _counts("Three people, including two children, were killed.") == [("fatalities", 3)]
    # the aside names some of the dead: no troop count of its own
    assert _counts("A bomb killed 12 people, including four soldiers, in the town.") == [("fatalities", 12)]
    assert _counts("Eight people were killed, among them two policemen.") == [("fatalities", 8)]
    # a clause with its own subject is no place or group of the count's noun
    assert _counts("About 300 troops patrol the area where militants killed two.") == [
        ("troops", 300),
        ("fatalities", 2),
    ]


def test_what_someone_fears_is_no_event() -> None:
    text = "Residents of Mosul were afraid to go home for fear of being attacked."
    assert tag(text, "Mosul")["Mosul"].event_type == "mention"


def test_two_troop_counts_of_one_coordination_before_the_name_give_the_first() -> None:
    text = "By June more than 600 troops and nearly 200 Belgian troops will be stationed in Kirkuk."
    assert tag(text, "Kirkuk")["Kirkuk"].troops == 600  # the first count names no country: one force
    # two countries with their own counts are two forces (geo.events.contingents), in text order
    both = "By June more than 600 Dutch troops and nearly 200 Belgian troops will be stationed in Kirkuk."
    tags = tag_events(both, resolve(both, "Kirkuk"), published="2021-03-15")
    assert [t.troops for t in tags if t.place.candidate.name == "Kirkuk"] == [600, 200]
    # a count told with another place first belongs to that place
    apart = "The US has 2,500 troops in Basra and 900 soldiers in Kirkuk."
    assert tag(apart, "Basra", "Kirkuk")["Kirkuk"].troops == 900


def test_sums_of_two_groups_of_dead() -> None:
    assert _counts("Three soldiers and a civilian were killed.") == [("fatalities", 4)]
    assert _counts("Four Dutch and two Belgian soldiers were killed in the ambush.") == [("fatalities", 6)]
    assert _counts("Two US soldiers and three Malian ones were killed.") == [("fatalities", 5)]
    # a year is no first part; "were" after one victim needs a first part
    assert _counts("In 2019 and 2020 five soldiers were killed.") == [("fatalities", 5)]
    assert _counts("A civilian were killed.") == []


def test_shot_dead_and_gunned_down() -> None:
    assert _counts("Gunmen shot dead five people in the village.") == [("fatalities", 5)]
    assert _counts("Gunmen gunned down 7 worshippers at a mosque.") == [("fatalities", 7)]
    assert _counts("The army shot down 3 drones.") == []


def test_assassinations_executions_and_running_tolls() -> None:
    assert _counts("Gunmen assassinate 3 officers of the police in the west.") == [("fatalities", 3)]
    assert _counts("Militants slay 2 members of a local council.") == [("fatalities", 2)]
    assert _counts("The group carried out the execution of 12 prisoners.") == [("fatalities", 12)]
    assert _counts("The death toll of the shelling raises to 5.") == [("fatalities", 5)]
    assert _counts("A landmine claims the lives of 4 brothers.") == [("fatalities", 4)]
    assert _counts("The group executes 4 “spies” in the town.") == [("fatalities", 4)]
    assert _counts("At least 10 fighters of “Northern Storm” were killed.") == [("fatalities", 10)]


def test_more_verbs_and_words_of_killing() -> None:
    assert _counts("Jihadists behead 3 members of a rival faction.") == [("fatalities", 3)]
    assert _counts("The group slaughters 2 shepherds in the desert.") == [("fatalities", 2)]
    assert _counts("A bomb kills 3 of his escorts near the city.") == [("fatalities", 3)]
    assert _counts("Coalition jets kill 8 IS in the north.") == [("fatalities", 8)]
    assert _counts("2 persons are executed on charges of spying.") == [("fatalities", 2)]
    assert _counts("Shelling leads to the death of 7 in the old city.") == [("fatalities", 7)]
    assert _counts("7 citizens of one family killed in an explosion") == [("fatalities", 7)]
    # an acronym after a number counts only after a verb of killing
    assert _counts("The army sent 200 UN observers.") == []


def test_troops_among_a_larger_number() -> None:
    text = "The mission has about 8,000 personnel, more than 7,000 of whom are troops."
    assert _counts(text) == [("troops", 8000), ("troops", 7000)]


def test_running_tolls_asides_and_unit_sizes() -> None:
    assert _counts("The toll from the attack rose to 30.") == [("fatalities", 30)]
    assert _counts("The number of people killed has risen to 40.") == [("fatalities", 40)]
    assert _counts("The toll road to the city was closed.") == []
    assert _counts("Seven people, four of them children, were killed.") == [("fatalities", 7)]
    assert _counts("A 250-member police contingent arrived.") == [("troops", 250)]
    assert _counts("A 100-man team of engineers was deployed.") == [("troops", 100)]
    assert _counts("A 50-member delegation of lawmakers visited.") == []


def test_one_victim_who_died() -> None:
    assert _counts("A civilian died in the shelling.") == [("fatalities", 1)]
    assert _counts("A soldier dies of his wounds.") == [("fatalities", 1)]
    assert _counts("Three soldiers and a civilian died.") == [("fatalities", 4)]
    assert _counts("One person dies in a blast.") == [("fatalities", 1)]
    assert _counts("A man whose brother died years ago spoke.") == []


def test_a_next_sentence_that_opens_on_a_toll() -> None:
    text = "An air strike hit a market in Mosul on Monday. At least five people were killed, officials said."
    assert tag(text, "Mosul")["Mosul"].fatalities == 5
    # not another occurrence, not a toll told later in the sentence, not in another paragraph
    other = "Militants attacked Kirkuk on Monday. Five soldiers were killed in a separate attack last week."
    found = tag_events(other, resolve(other, "Kirkuk"), published="2021-03-15")
    assert [t.fatalities for t in found if t.date == "2021-03-15"] == [None]  # last week's is its own
    later = "An air strike hit a market in Mosul on Monday. Officials said that floods killed five people."
    assert tag(later, "Mosul")["Mosul"].fatalities is None
    apart = "An air strike hit a market in Mosul on Monday.\n\nFive people were killed, officials said."
    assert tag(apart, "Mosul")["Mosul"].fatalities is None


def test_a_next_sentence_whose_source_says_the_toll_first() -> None:
    text = "A bomb exploded at a bus stop in Mosul on Monday. Police said at least six people were killed."
    assert tag(text, "Mosul")["Mosul"].fatalities == 6
    said = "A bomb exploded at a bus stop in Mosul on Monday. The governor said on Tuesday that six died."
    assert tag(said, "Mosul")["Mosul"].fatalities == 6
    # not a toll of another occurrence, nor one told after a longer clause of the source
    other = "A bomb exploded at a bus stop in Mosul on Monday. Police said six people were killed last year."
    found = tag_events(other, resolve(other, "Mosul"), published="2021-03-15")
    assert [t.fatalities for t in found if t.date == "2021-03-15"] == [None]  # last year's is its own
    later = "A bomb exploded in Mosul on Monday. Police said the driver of a lorry that crashed killed six."
    assert tag(later, "Mosul")["Mosul"].fatalities is None


def test_a_toll_opening_the_next_paragraph_that_points_back_to_the_event() -> None:
    # one sentence a paragraph, as wire copy is laid out: the toll points back to "the attack"
    text = "Gunmen attacked a police post in Mosul on Monday.\nSix officers were killed in the attack."
    assert tag(text, "Mosul")["Mosul"].fatalities == 6
    fighting = "Gunmen attacked a police post in Mosul on Monday.\nThe army said six died in the fighting."
    assert tag(fighting, "Mosul")["Mosul"].fatalities == 6
    # not after a paragraph of several sentences, nor without a pointer back
    longer = "Gunmen attacked a police post in Mosul on Monday. It burned.\nSix were killed in the attack."
    assert tag(longer, "Mosul")["Mosul"].fatalities is None


def test_a_bare_number_sent_to_another_place_repeats_the_troop_noun() -> None:
    found = tag("Norway sent 150 soldiers to Basra and 50 to Kirkuk.", "Basra", "Kirkuk")
    assert (found["Basra"].troops, found["Kirkuk"].troops) == (150, 50)
    # a bare number before "to" does not keep the toll after it from being read: a range, its low end
    assert _counts("Between 20 to 30 people were killed.")[-1] == ("fatalities", 20)


def test_which_toll_of_a_sentence_of_several_events() -> None:
    text = "In Mosul, a car bomb killed 7 people; in Kirkuk, gunmen killed 2 policemen."
    found = tag(text, "Mosul", "Kirkuk")
    assert (found["Mosul"].fatalities, found["Kirkuk"].fatalities) == (7, 2)
    found = tag("At least 12 people were killed in Mosul and 4 in Kirkuk.", "Mosul", "Kirkuk")
    assert (found["Mosul"].fatalities, found["Kirkuk"].fatalities) == (12, 4)
    text = "Rockets struck Kirkuk on Monday, a week after a bombing in Mosul killed 20 people."
    found = tag(text, "Mosul", "Kirkuk")
    assert (found["Mosul"].fatalities, found["Kirkuk"].fatalities) == (20, None)
    # a place inside the clause of the place's own event keeps the toll
    text = "Militants attacked a base in Kirkuk with rockets fired from Mosul, killing 20."
    assert tag(text, "Mosul", "Kirkuk")["Kirkuk"].fatalities == 20


def test_dozens_counted() -> None:
    assert parse_number("two dozen") == 24
    assert parse_number("half a dozen") == 6
    assert _counts("The strike killed two dozen people.") == [("fatalities", 24)]
    assert _counts("The raid killed half a dozen fighters.") == [("fatalities", 6)]
    assert _counts("Half a dozen civilians died.") == [("fatalities", 6)]
    assert _counts("Dozens of people were killed.") == []


def test_troops_of_a_force_and_troops_killed() -> None:
    found = tag("Norway deployed jets to Kirkuk, where 200 of its soldiers are based.", "Kirkuk")
    assert found["Kirkuk"].troops == 200
    assert _counts("One of its soldiers was killed.") == [("fatalities", 1)]
    text = "Norway has 900 troops in Basra; Kirkuk hosts 300 Danish soldiers."
    found = tag(text, "Basra", "Kirkuk")
    assert (found["Basra"].troops, found["Kirkuk"].troops) == (900, 300)


def test_one_named_victim_told_by_a_pronoun_and_parts_of_a_force() -> None:
    assert _counts("The army said it struck the commander, adding he was killed in the area.") == [
        ("fatalities", 1)
    ]
    assert _counts("The shepherd said he was not killed.") == []
    assert _counts("A soldier was not killed.") == []
    assert _counts("Turkey said two of its service members were killed.") == [("fatalities", 2)]
    assert _counts("The strikes bring the toll to 34 in two days.") == [("fatalities", 34)]


def test_a_running_total_yields_to_the_event_toll() -> None:
    text = "At least 64 people were killed in Mosul, raising the death toll to 145."
    assert tag(text, "Mosul")["Mosul"].fatalities == 64
    assert [c.running for c in find_counts(text)] == [False, True]
    assert tag("The death toll in Mosul rose to 20.", "Mosul")["Mosul"].fatalities == 20


def test_the_death_of_one_victim() -> None:
    assert _counts("Clashes broke out, resulting in the death of a 45-year-old farmer.") == [
        ("fatalities", 1)
    ]
    assert _counts("The killing of a journalist sparked protests.") == [("fatalities", 1)]
    assert _counts("The death toll of a week of fighting rose to 40.") == [("fatalities", 40)]


def test_a_date_after_a_toll_is_no_second_toll() -> None:
    text = "The killing of an unarmed man on March 18 in the city sparked protests."
    assert _counts(text) == [("fatalities", 1)]  # the day of the date is no count at all (para28)


def test_the_day_of_a_date_is_no_count() -> None:
    assert _counts("An attack on March 3 killed 11 people.") == [("fatalities", 11)]
    assert _counts("A strike on Feb. 29 killed 11 people.") == [("fatalities", 11)]
    assert _counts("The raid on 3 March killed 11 people.") == [("fatalities", 11)]
    # after "in" + month a number is a count unless a comma or an ordinal ends it
    assert _counts("In March 30 soldiers were killed.") == [("fatalities", 30)]
    # the days of a range of days
    assert _counts("A strike on the night of March 9 to 10 killed 11 people.") == [("fatalities", 11)]
    assert _counts("Strikes on 9-10 March killed 11 people.") == [("fatalities", 11)]
    assert _counts("Strikes between March 9 and 10 killed 11 people.") == [("fatalities", 11)]
    # a comma ends the date: the number after it is a count
    assert _counts("On March 9, 10 soldiers were killed.") == [("fatalities", 10)]


def test_the_source_after_a_listed_toll_is_no_victim() -> None:
    assert _counts("Rebels shelled the town, killing five civilians, a local official said.") == [
        ("fatalities", 5)
    ]
    assert _counts("The blast killed two soldiers and a civilian, a doctor at the hospital told us.") == [
        ("fatalities", 3)
    ]


def test_a_range_of_troops_counts_its_low_end() -> None:
    assert _counts("Between 200 and 300 soldiers were sent to the city.") == [("troops", 200)]
    assert _counts("The army sent 40 or 50 soldiers.") == [("troops", 40)]
    assert ("troops", 3000) in _counts("The force grew from 2,000 to 3,000 troops.")


def test_the_dead_and_wounded_counted_together_are_no_toll() -> None:
    assert ("fatalities", 30) not in _counts("More than 30 killed and wounded in shelling on the town.")
    assert ("fatalities", 15) not in _counts("15 casualties and injuries in raids on the villages.")
    assert ("fatalities", 20) not in _counts("Shells hit the market, leaving 20 martyrs and wounded.")
    # a toll, then the wounded counted on their own
    assert ("fatalities", 1) in _counts(
        "The missile struck the port, causing one fatality and injuries to five crew."
    )


def test_a_headline_passive_without_its_auxiliary_tells_one_victim() -> None:
    assert _counts("A civilian killed in shelling on a border town") == [("fatalities", 1)]
    assert _counts("Clashes go on. A child killed by sniper fire near the market") == [("fatalities", 1)]
    # an active "killed" with its object, and a victim inside a longer noun phrase, are no such passive
    assert _counts("A soldier killed the gunman near the market") == []
    assert _counts("The family of a civilian killed in the town protested") == []


def test_claiming_a_number_of_lives_is_a_toll() -> None:
    assert _counts("Shelling on the town claims 9 lives") == [("fatalities", 9)]
    assert _counts("Clashes claimed at least twelve lives overnight") == [("fatalities", 12)]
    # what is claimed without "lives" is no toll
    assert _counts("The rebels claim 9 villages") == []


def test_a_place_before_claims_lives_stays_a_place() -> None:
    text = "Shelling on Kirkuk claims 9 lives"
    tags = tag_events(text, resolve(text, "Kirkuk"), published="2021-03-15")
    assert [(t.event_type, t.fatalities) for t in tags] == [("attack", 9)]


def test_losing_lives_or_fighters_is_a_toll_and_losing_villages_is_not() -> None:
    assert _counts("4 civilians lose their lives in the shelling") == [("fatalities", 4)]
    assert _counts("The group loses 10 of its fighters in an ambush") == [("fatalities", 10)]
    assert _counts("The army lost 12 soldiers in the clashes") == [("fatalities", 12)]
    assert _counts("The rebels lost 3 villages in the clashes") == []


def test_a_headline_victim_without_its_article_is_one() -> None:
    assert _counts("Roadside bomb kills soldier near the border") == [("fatalities", 1)]
    assert _counts("Blast kills young child, wounds 3") == [("fatalities", 1)]
    # plural victims without a number are no count
    assert _counts("Roadside bomb kills soldiers near the border") == []


def test_a_number_of_the_victims_and_employees_are_tolls() -> None:
    assert _counts("3 of the soldiers were killed in an ambush") == [("fatalities", 3)]
    assert _counts("Two of the men died") == [("fatalities", 2)]
    assert _counts("An explosion kills 3 employees in the field") == [("fatalities", 3)]


def test_no_count_runs_across_a_paragraph_break() -> None:
    # a headline's number (an anniversary), then a caption opening on capitalised words and a troop noun
    assert _counts("Garrison at Narvik turns five\n\nGallery\nNorwegian soldiers on a range.") == []
    assert _counts("The unit turned 9\n\nDutch marines train at the port.") == []
    # within a paragraph the count stands
    assert _counts("The unit has 9 Dutch marines at the port.") == [("troops", 9)]


def test_bodies_found_are_a_toll() -> None:
    assert _counts("Villagers said six charred bodies were found by the well.") == [("fatalities", 6)]
    assert _counts("14 bodies recovered from a river in the north") == [("fatalities", 14)]
    assert _counts("Four bodies have been exhumed at the site.") == [("fatalities", 4)]
    # "the bodies of N": the dead, not a troop count
    assert _counts("The bodies of two soldiers were returned on Sunday.") == [("fatalities", 2)]
    # bodies of a vote or of water are no dead
    assert _counts("Three bodies of experts met in May.") == []
    assert _counts("The two bodies of the league voted.") == []


def test_a_rising_toll_may_name_its_event_at_length_before_the_verb() -> None:
    text = "The death toll from an air strike on a school in the town on Tuesday has risen to 23."
    assert _counts(text) == [("fatalities", 23)]


def test_an_officer_is_a_victim_in_the_singular_too() -> None:
    assert _counts("A bomber killed a police officer and two civilians in the town.") == [("fatalities", 3)]
    assert _counts("An officer was killed in the attack.") == [("fatalities", 1)]
    # the officer who tells the toll is no victim
    assert _counts("Rebels killed three people, an army officer said.") == [("fatalities", 3)]


def test_thousands_set_off_by_full_stops_count_whole_people() -> None:
    assert _counts("Some 1.200 soldiers were deployed to the region.") == [("troops", 1200)]
    assert _counts("The raid killed 2.500 people.") == [("fatalities", 2500)]
    assert parse_number("1.200") == 1200
    assert parse_number("1.5") is None  # a decimal is no count of people


def test_two_counts_sharing_the_noun_after_the_second_are_one_toll() -> None:
    assert _counts("A blast killed 4 Iraqi and 2 U.S. soldiers.") == [("fatalities", 6)]
    assert _counts("The strike killed three Syrian and two Russian soldiers.") == [("fatalities", 5)]
    # two places, two tolls
    assert _counts("Gunmen killed 5 in Baghdad and 3 in Mosul.") == [("fatalities", 5), ("fatalities", 3)]


def test_a_massacre_counts_its_dead() -> None:
    assert _counts("Gunmen massacred 30 villagers.") == [("fatalities", 30)]
    assert _counts("The massacre of 30 villagers shocked the country.") == [("fatalities", 30)]
    assert _counts("The massacre of civilians was condemned.") == []


def test_a_scale_told_once_after_a_range_scales_its_low_end() -> None:
    assert _counts("Three to four thousand troops were deployed.") == [("troops", 3000)]
    assert _counts("Between two and three hundred soldiers were killed.") == [("fatalities", 200)]
    assert _counts("Some 2,000 to 3,000 troops were deployed.") == [("troops", 2000)]


def test_the_part_of_the_dead_told_before_them_is_the_toll() -> None:
    assert _counts("Two of the five soldiers were killed.") == [("fatalities", 2)]
    assert _counts("Five soldiers were killed.") == [("fatalities", 5)]
    assert _counts("The final 40 of the 1,200 soldiers left.") == [("troops", 40)]
