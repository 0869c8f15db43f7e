"""Cues of what happened told by a noun or a set phrase: sieges and blockades, fighting at a place, the
fall of a town, forces ousted from a place, coups, civil wars and rebellions, forces housed at a base and
aircraft taking off from one (our own example sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kidal": ("geonames:2455290", "city", "ML"),
    "Bamako": ("geonames:2460596", "city", "ML"),
    "Mali": ("geonames:2453866", "country", "ML"),
    "Springfield": ("geonames:4409896", "city", "US"),
    "Incirlik": ("geonames:311046", "military_base", "TR"),
}

tags, events = taggers(PLACES)


def kinds(text: str, name: str, published: str = "2024-05-28") -> set[str]:
    return {kind for _, kind, _ in events(text, name, published=published)}


@pytest.mark.parametrize(
    "text",
    [
        "Rebels besieged Kidal for three weeks in March.",
        "The town of Kidal has been under siege since March.",
        "The siege of Kidal ended on Monday.",
        "The rebels imposed a blockade on Kidal last month.",
    ],
)
def test_a_siege_or_blockade_of_a_town_is_an_attack_there(text: str) -> None:
    assert kinds(text, "Kidal") == {"attack"}


def test_a_siege_mentality_is_no_siege() -> None:
    assert "attack" not in kinds(
        "Voters in Springfield have a siege mentality, the mayor said.", "Springfield"
    )


def test_fighting_at_a_place_between_armed_forces_is_an_attack() -> None:
    text = "Fighting in Kidal between the army and the rebels displaced thousands on Monday."
    assert kinds(text, "Kidal") == {"attack"}


def test_fighting_in_court_is_no_battle() -> None:
    text = "The city is fighting in Springfield's courts over the new budget."
    assert "attack" not in kinds(text, "Springfield")


def test_fighters_fighting_in_a_land_name_who_they_are_no_battle_there() -> None:
    text = "Officials warned of dozens of local volunteers fighting in Kidal and Gao alongside armed groups."
    assert "attack" not in kinds(text, "Kidal")


def test_the_noun_fighting_in_a_town_with_forces_is_a_battle() -> None:
    text = "The fighting in Kidal between army troops and rebels went on for a second day."
    assert "attack" in kinds(text, "Kidal")


@pytest.mark.parametrize(
    "text",
    [
        "The fall of Kidal to the rebels in 2012 shocked the army.",
        "Kidal fell to the rebels in 2012.",
    ],
)
def test_the_fall_of_a_town_is_the_taking_of_it(text: str) -> None:
    assert {(kind, date) for _, kind, date in events(text, "Kidal", published="2024-05-28")} == {
        ("attack", "2012")
    }


def test_the_fall_season_is_no_fall_of_a_town() -> None:
    assert "attack" not in kinds("The mayor moved to Springfield in the fall of 2019.", "Springfield")


def test_forces_ousted_from_a_town_lost_it_in_fighting() -> None:
    text = (
        "The rebels, who are at war with the army after ousting the government from Kidal in 2012, "
        "hold the north."
    )
    assert ("Kidal", "attack", "2012") in events(text, "Kidal", published="2024-05-28")


@pytest.mark.parametrize(
    "text",
    [
        "The military seized power in Bamako in August 2020.",
        "Soldiers toppled the president in Bamako in August 2020.",
        "The junta took power in Bamako in August 2020.",
        "Soldiers in Bamako detained President Jones in August 2020.",
        "In Bamako, army officers declared the removal of the interim head of government in August 2020.",
        "The ouster of the president in Bamako in August 2020 was condemned.",
    ],
)
def test_a_coup_is_a_political_development(text: str) -> None:
    assert {(kind, date) for _, kind, date in events(text, "Bamako", published="2024-05-28")} == {
        ("political", "2020-08")
    }


def test_a_detained_shopkeeper_is_no_political_development() -> None:
    text = "Police in Springfield detained a shopkeeper on Monday."
    assert "political" not in kinds(text, "Springfield")


def test_the_removal_of_troops_of_a_government_is_no_coup() -> None:
    text = "The removal of the government's troops from Springfield began on Monday."
    assert "political" not in kinds(text, "Springfield")


def test_a_bare_removal_of_a_president_is_an_idea_not_a_coup() -> None:
    text = "An opposition leader in Springfield said removal of the president would be justified."
    assert "political" not in kinds(text, "Springfield")


def test_a_board_ousting_its_chief_is_no_coup() -> None:
    text = "The board of the Springfield bakery ousted its chief executive on Monday."
    assert "political" not in kinds(text, "Springfield")


def test_a_civil_war_and_an_armed_rebellion_are_fighting() -> None:
    assert kinds("A civil war broke out in Mali in 2012.", "Mali") == {"attack"}
    assert kinds("An armed rebellion by the militias in Kidal broke out in 2012.", "Kidal") == {"attack"}


def test_a_backbench_rebellion_is_no_fighting() -> None:
    text = "A rebellion by council members in Springfield sank the budget on Monday."
    assert "attack" not in kinds(text, "Springfield")


def test_troops_housed_at_a_base_are_present_there() -> None:
    assert kinds("About 400 soldiers are housed at Incirlik.", "Incirlik") == {"presence"}


def test_jets_taking_off_from_a_base_are_present_there() -> None:
    assert kinds("Two transport planes of the air force took off from Incirlik on Monday.", "Incirlik") == {
        "presence"
    }


def test_an_airliner_taking_off_is_no_presence_of_forces() -> None:
    assert kinds("A passenger flight took off from Springfield on Monday.", "Springfield") == set()


def test_a_threatened_siege_is_a_threat_not_an_attack() -> None:
    assert kinds("The rebels threatened to besiege Kidal.", "Kidal") == {"political"}


def test_a_blockade_that_could_come_is_no_attack_yet() -> None:
    assert "attack" not in kinds("The rebels could impose a blockade on Kidal next month.", "Kidal")


def test_an_insurgency_in_a_region_is_fighting_there_since_it_began() -> None:
    text = "The northern region of Kidal has since 2012 harboured a jihadist insurgency."
    assert ("Kidal", "attack", "2012/2024-05-28") in events(text, "Kidal", published="2024-05-28")


def test_a_town_embroiled_in_conflict_is_fighting_there_since_it_began() -> None:
    text = "Kidal has been embroiled in armed conflict since March last year, residents say."
    assert ("Kidal", "attack", "2023-03/2024-05-28") in events(text, "Kidal", published="2024-05-28")


def test_a_town_embroiled_in_a_scandal_tells_no_fighting() -> None:
    assert kinds("Springfield has been embroiled in a bribery scandal since March.", "Springfield") == set()


def test_a_war_waged_on_a_named_land_is_fighting_there() -> None:
    text = "The junta began its war on neighbouring Mali in May 2022."
    assert ("Mali", "attack", "2022-05") in events(text, "Mali", published="2024-05-28")


def test_a_war_on_a_common_noun_or_against_a_group_tells_no_fighting_at_a_place() -> None:
    assert kinds("The war on drugs in Springfield began in 2006.", "Springfield") == set()
    assert kinds("Jets supported the army in its war against the Jihad Front in Mali.", "Mali") == set()


def test_seizing_large_swaths_of_a_land_is_taking_territory_there() -> None:
    text = "The rebels seized large swaths of Mali in 2012."
    assert events(text, "Mali", published="2024-05-28") == {("Mali", "attack", "2012")}


def test_an_armed_group_hiding_in_an_area_is_present_there() -> None:
    text = "Remnants of the militant group keep up an insurgency by hiding out in Kidal."
    assert kinds(text, "Kidal") == {"presence"}


def test_people_hiding_from_the_rain_tell_no_presence_of_forces() -> None:
    assert (
        kinds("Shoppers were hiding in Springfield's mall from the rain on Monday.", "Springfield") == set()
    )


def test_a_date_of_a_concessive_clause_does_not_date_the_state_of_the_main_clause() -> None:
    text = "Though the militant group was defeated in March 2019, its fighters are still hiding out in Kidal."
    assert events(text, "Kidal", published="2024-05-28") == {("Kidal", "presence", "2024-05-28")}


def test_fighters_based_around_a_town_are_present_there() -> None:
    assert kinds("The militia fighters, based around Kidal, control the roads.", "Kidal") == {"presence"}


def test_a_firm_based_near_a_town_tells_no_presence() -> None:
    assert kinds("The bakery, based near Springfield, opened a second shop.", "Springfield") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The operations of the army's special forces group in Kidal have officially ended.",
        "The French military mission in Bamako came to an end on Friday.",
    ],
)
def test_an_operation_of_forces_that_ended_is_a_withdrawal(text: str) -> None:
    place = "Kidal" if "Kidal" in text else "Bamako"
    assert {kind for _, kind, _ in events(text, place, published="2022-06-13")} == {"withdrawal"}


@pytest.mark.parametrize(
    "text",
    [
        "The rescue operation in Kidal ended on Friday.",  # no forces: no withdrawal
        "Militants vowed to keep fighting in Kidal until the operation ended.",  # a time bound
    ],
)
def test_an_ended_operation_without_forces_or_as_a_time_bound_is_no_withdrawal(text: str) -> None:
    assert "withdrawal" not in {kind for _, kind, _ in events(text, "Kidal", published="2022-06-13")}


@pytest.mark.parametrize(
    "text",
    [
        "Mali joined the African Union in 1963.",
        "Mali became a full member of the alliance in 1963.",
        "Mali has been a member state since 1963.",
    ],
)
def test_a_state_joining_an_alliance_or_union_is_a_political_development(text: str) -> None:
    assert {(kind, date) for _, kind, date in events(text, "Mali", published="2024-05-28")} <= {
        ("political", "1963"),
        ("political", "1963/2024-05-28"),
    }
    assert kinds(text, "Mali") == {"political"}


@pytest.mark.parametrize(
    "text",
    [
        "Troops from Kidal joined UN forces on Monday.",
        "The mayor of Springfield became a member of the board in 1963.",
    ],
)
def test_joining_forces_or_a_board_is_no_accession(text: str) -> None:
    place = "Kidal" if "Kidal" in text else "Springfield"
    assert "political" not in kinds(text, place)
