"""Headline grammar: present tense, no articles, "N killed" without a subject (sentences written here)."""

from __future__ import annotations

import pytest

from tests.test_events import tag


@pytest.mark.parametrize(
    ("headline", "place"),
    [
        ("Rebels shell Kirkuk again", "Kirkuk"),
        ("Warplanes target the western countryside of Mosul", "Mosul"),
        ("Militia shells hit Basra overnight", "Basra"),
        ("Clashes continue in the vicinity of Kirkuk", "Kirkuk"),
        ("Heavy losses as violent fighting continues in Mosul", "Mosul"),
        ("Casualties in Basra", "Basra"),
        ("Bodies found in Kirkuk", "Kirkuk"),
        ("Bodies of 4 young men found near Kirkuk", "Kirkuk"),
        ("Government forces advance towards Kirkuk", "Kirkuk"),
        ("Assassinations continue in Basra", "Basra"),
    ],
)
def test_headline_places_its_event(headline: str, place: str) -> None:
    assert tag(headline, place)[place].event_type != "mention"


@pytest.mark.parametrize(
    ("headline", "dead"),
    [
        ("Mortar rounds kill 4 citizens in Mosul", 4),
        ("9 martyrs in air strikes on Mosul", 9),
        ("Gunmen attack a checkpoint in Mosul and kill 3 of them", 3),
        ("Bombing in Mosul leaves 12 casualties", 12),
        ("One casualty in shelling on Mosul", 1),
        ("Casualties of the Mosul bombings rise to 21", 21),
        ("Death toll of the western countryside of Mosul rises to 6", 6),
        ("Militants execute two young men in Mosul", 2),
        ("Militants execute 5 in Mosul", 5),
        ("3 fighters die in battles in Mosul", 3),
    ],
)
def test_headline_death_counts(headline: str, dead: int) -> None:
    assert tag(headline, "Mosul")["Mosul"].fatalities == dead


def test_the_part_of_a_place_is_where_its_clause_happens() -> None:
    found = tag(
        "Drones shell the southwestern part of Kirkuk and clashes continue in Mosul", "Kirkuk", "Mosul"
    )
    assert found["Kirkuk"].event_type == "attack"
    assert found["Mosul"].event_type == "attack"


@pytest.mark.parametrize(
    "headline",
    [
        "Injuries in shelling on Kirkuk countryside and Mosul countryside",
        "Clashes in Kirkuk outskirts and Mosul",
    ],
)
def test_place_noun_after_a_name_keeps_the_next_name_locative(headline: str) -> None:
    found = tag(headline, "Kirkuk", "Mosul")
    assert found["Kirkuk"].event_type == "attack"
    assert found["Mosul"].event_type == "attack"


def test_place_noun_without_a_name_ends_the_locative() -> None:
    found = tag("Clashes erupted in the countryside and Norway said it would send envoys", "Norway")
    assert found["Norway"].event_type == "mention"


def test_shell_company_is_no_shelling() -> None:
    assert tag("Shell Oil opens an office in Basra", "Basra")["Basra"].event_type == "mention"


def test_a_possible_advance_is_no_event() -> None:
    found = tag("Analysts expect a possible advance on Kirkuk", "Kirkuk")
    assert found["Kirkuk"].event_type == "mention"


def test_claim_the_lives_of_is_a_death_toll() -> None:
    assert tag("Car bombs in Mosul claim the lives of 6 people", "Mosul")["Mosul"].fatalities == 6


def test_others_after_a_death_toll_are_dead_too_unless_wounded() -> None:
    from geo.events.numbers import find_counts

    text = "2 dead in shelling on Mosul and 5 others in a blast in Kirkuk"
    assert [(c.value, c.kind) for c in find_counts(text)] == [(2, "fatalities"), (5, "fatalities")]
    assert [c.value for c in find_counts("A raid killed 3 civilians and wounded 7 others in Mosul.")] == [3]
    assert find_counts("Troops arrived and 5 others in Kirkuk.") == []


def test_each_coordinated_event_of_a_headline_keeps_its_own_toll() -> None:
    text = "2 dead in shelling on Mosul and 5 others in a blast in Kirkuk and clashes in Basra"
    found = tag(text, "Mosul", "Kirkuk", "Basra")
    assert (found["Mosul"].fatalities, found["Kirkuk"].fatalities) == (2, 5)
    assert found["Basra"].event_type == "attack"
    assert found["Basra"].fatalities is None
    # one toll after places in one event is theirs
    shared = tag("Air strikes hit Mosul and Kirkuk, killing 12 people.", "Mosul", "Kirkuk")
    assert (shared["Mosul"].fatalities, shared["Kirkuk"].fatalities) == (12, 12)


@pytest.mark.parametrize(
    ("headline", "dead"), [("Kirkuk shelling kills 6 civilians", 6), ("Mosul bombing leaves 3 dead", 3)]
)
def test_a_name_before_a_noun_in_ing_is_where_it_happened(headline: str, dead: int) -> None:
    (name,) = [n for n in ("Mosul", "Kirkuk") if n in headline]
    found = tag(headline, name)[name]
    assert found.event_type != "mention"
    assert found.fatalities == dead


def test_a_place_before_the_next_phrase_takes_the_cue_of_its_own_phrase() -> None:
    found = tag("Artillery targets the city of Kirkuk and an explosion in Mosul", "Kirkuk", "Mosul")
    assert found["Kirkuk"].event_type == "attack"
    assert found["Mosul"].event_type == "attack"


@pytest.mark.parametrize(
    "headline",
    [
        "Jets kill two fighters in Mosul and casualties in the southern and southwestern Kirkuk countryside",
        "Jets bomb the townships of Kirkuk and Mosul",
    ],
)
def test_compound_compass_words_and_townships_keep_a_name_locative(headline: str) -> None:
    found = tag(headline, "Kirkuk", "Mosul")
    assert found["Kirkuk"].event_type != "mention"
    assert found["Mosul"].event_type != "mention"


def test_the_object_of_a_headline_gerund_of_attack_is_a_site() -> None:
    found = tag("Shelling Kirkuk city and its countryside and clashes in Mosul", "Kirkuk", "Mosul")
    assert found["Kirkuk"].event_type == "attack"
    assert found["Mosul"].event_type == "attack"


def test_the_targeting_of_a_place_is_a_site() -> None:
    found = tag("Jets hit Mosul and the army renews the targeting of Kirkuk city", "Mosul", "Kirkuk")
    assert found["Kirkuk"].event_type != "mention"


def test_the_place_a_blast_rocks_is_a_site() -> None:
    found = tag("Shells target Mosul and a new explosion rocks Kirkuk city", "Mosul", "Kirkuk")
    assert found["Kirkuk"].event_type == "attack"


def test_the_section_of_a_place_is_where_its_phrase_happens() -> None:
    found = tag(
        "Raids by warplanes on the eastern section of Kirkuk and more casualties in Mosul", "Kirkuk", "Mosul"
    )
    assert found["Kirkuk"].event_type != "mention"


def test_the_axes_of_a_place_are_where_fighting_is() -> None:
    found = tag("Clashes near Mosul and on other axes of Kirkuk southern countryside", "Mosul", "Kirkuk")
    assert found["Kirkuk"].event_type == "attack"


def test_a_spaced_dash_after_a_country_is_no_compound() -> None:
    found = tag("Jets kill 51 militants in Syria - military statement", "Syria")
    assert (found["Syria"].event_type, found["Syria"].fatalities) == ("attack", 51)
    assert tag("Syria-backed militias attack Kirkuk", "Syria", "Kirkuk")["Syria"].event_type == "mention"


def test_a_town_after_an_unknown_name_is_the_site() -> None:
    # "in Y in X": a Y that is no place at all (a hill the gazetteer lacks) leaves the town X the site
    found = tag("Heavy clashes in the Tiger Heights in Mosul countryside", "Mosul")
    assert found["Mosul"].event_type == "attack"


def test_a_region_or_a_known_site_after_a_name_only_locates_it() -> None:
    # a region is no site of an unknown place in it; a named camp ("the Y camp in X") is a site of its own
    found = tag("Heavy clashes in the Tiger Heights in Iraq", "Iraq")
    assert found["Iraq"].event_type == "mention"
    assert tag("Jets bombed the Tiger camp in Mosul", "Mosul")["Mosul"].event_type == "mention"


def test_a_town_after_a_name_resolved_in_another_country_is_the_site() -> None:
    # "in Y in X" with Y resolved abroad: Y cannot lie in X, so the town X stays the site
    found = tag("Heavy clashes in Aden in Mosul countryside", "Aden", "Mosul")
    assert found["Mosul"].event_type == "attack"
    # Y resolved in X's country only locates itself in X
    assert (
        tag("Heavy clashes in Kirkuk in Mosul countryside", "Kirkuk", "Mosul")["Mosul"].event_type
        == "mention"
    )
