"""Events that spread over coordinated places on our own example sentences: the sites listed after the
place a withdrawal leaves ("withdrew from the X base and Y"), and a list broken by a non-restrictive
relative clause ("after X, which lies near the border, and Y"); a from-to frame of relocation ("moved the
command from X to Y": a withdrawal at X, a deployment at Y); the base warplanes took off from (presence)."""

from __future__ import annotations

from geo.events.context import passive_conjuncts
from geo.events.sites import conjuncts
from tests.events_support import resolved, taggers

# name -> (id, class, country)
PLACES = {
    "Camp Taji": ("test:camp-taji", "military_base", "IQ"),
    "Balad air base": ("test:balad", "military_base", "IQ"),
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
    "Erbil": ("geonames:95446", "city", "IQ"),
    "Iraq": ("iso:IQ", "country", "IQ"),
    "Lebanon": ("iso:LB", "country", "LB"),
    "Syria": ("iso:SY", "country", "SY"),
    "US": ("iso:US", "country", "US"),
}

tags, events = taggers(PLACES)


def test_a_site_listed_after_the_one_a_withdrawal_leaves_is_left_too() -> None:
    text = "US troops withdrew from the Camp Taji base and Balad air base in northern Iraq on Monday."
    found = events(text, "US", "Camp Taji", "Balad air base", "Iraq")
    assert ("Camp Taji", "withdrawal", "2021-03-15") in found
    assert ("Balad air base", "withdrawal", "2021-03-15") in found


def test_countries_after_from_stay_the_origin_of_fighters() -> None:
    text = "The advance was backed by militias from Lebanon, Iraq and Syria on Monday."
    found = events(text, "Lebanon", "Iraq", "Syria")
    assert not any(name in {"Iraq", "Syria"} and kind == "withdrawal" for name, kind, _ in found)


def test_a_relative_clause_inside_a_list_keeps_the_list_together() -> None:
    text = (
        "It is the third site the troops have withdrawn from, after Camp Taji, which lies north of the "
        "capital, and Balad air base."
    )
    places = resolved(text, PLACES, "Camp Taji", "Balad air base")
    assert [p.toponym.surface for p in conjuncts(text, places, places[0])] == ["Balad air base"]
    found = events(text, "Camp Taji", "Balad air base")
    assert {name for name, kind, _ in found if kind == "withdrawal"} == {"Camp Taji", "Balad air base"}


def test_a_clause_after_and_is_no_list() -> None:
    text = "Troops left Camp Taji, which lies north of the capital, and officials in Kirkuk said so."
    places = resolved(text, PLACES, "Camp Taji", "Kirkuk")
    assert conjuncts(text, places, places[0]) == []


def test_a_command_moved_from_one_place_to_another_leaves_the_first_and_comes_to_the_second() -> None:
    text = "The coalition headquarters was relocated from Mosul to Kirkuk on Monday."
    found = events(text, "Mosul", "Kirkuk")
    assert found == {("Mosul", "withdrawal", "2021-03-15"), ("Kirkuk", "deployment", "2021-03-15")}


def test_a_country_left_by_a_moved_command_is_a_site_too() -> None:
    text = "The naval operation's command was transferred from Lebanon to Erbil last month."
    found = events(text, "Lebanon", "Erbil")
    assert {(name, kind) for name, kind, _ in found} == {("Lebanon", "withdrawal"), ("Erbil", "deployment")}


def test_moving_without_forces_or_from_house_to_house_is_no_relocation() -> None:
    assert events("The firm moved its offices from Mosul to Kirkuk on Monday.", "Mosul", "Kirkuk") == set()
    text = "Soldiers moved from house to house in Kirkuk on Monday."
    assert not any(kind in {"withdrawal", "deployment"} for _, kind, _ in events(text, "Kirkuk"))


def test_the_base_warplanes_took_off_from_is_where_they_are() -> None:
    text = "Coalition jets took off from Camp Taji and struck targets in Kirkuk on Monday."
    found = events(text, "Camp Taji", "Kirkuk")
    assert ("Camp Taji", "presence", "2021-03-15") in found
    assert ("Kirkuk", "strike", "2021-03-15") in found


def test_an_airliner_taking_off_is_no_presence() -> None:
    assert events("A passenger plane took off from Camp Taji on Monday.", "Camp Taji") == set()


def test_every_town_of_a_list_a_withdrawal_leaves_is_left() -> None:
    text = "Troops withdrew from Camp Taji, Kirkuk and Mosul in 2020."
    found = events(text, "Camp Taji", "Kirkuk", "Mosul")
    assert found == {(name, "withdrawal", "2020") for name in ("Camp Taji", "Kirkuk", "Mosul")}


def test_a_warship_named_at_a_place_is_a_naval_presence_there() -> None:
    text = "This photo released by the navy shows the frigate Surcouf off Kirkuk, Friday, May 28, 2021."
    assert events(text, "Kirkuk") == {("Kirkuk", "presence", "2021-05-28")}


def test_warships_a_verb_sends_are_its_object_and_a_deployment() -> None:
    text = (
        "On Monday the navy deployed its carrier Example together with two escorting warships to "
        "Kirkuk as a display of strength."
    )
    assert events(text, "Kirkuk") == {("Kirkuk", "deployment", "2021-03-15")}
    assert events("The US sent a destroyer to Kirkuk on Monday.", "US", "Kirkuk") == {
        ("Kirkuk", "deployment", "2021-03-15")
    }


def test_forces_redeployed_from_one_town_to_another_come_to_the_second() -> None:
    text = "Troops were redeployed from Mosul to Kirkuk on Monday."
    found = events(text, "Mosul", "Kirkuk")
    assert found == {("Mosul", "withdrawal", "2021-03-15"), ("Kirkuk", "deployment", "2021-03-15")}


def test_a_destination_after_a_relative_clause_and_to_shares_the_deployment() -> None:
    text = "Troops will be deployed to Kirkuk, where attacks rose, and to Mosul in May."
    found = events(text, "Kirkuk", "Mosul")
    assert ("Kirkuk", "deployment", "2021-05") in found
    assert ("Mosul", "deployment", "2021-05") in found


def test_countries_listed_right_after_a_withdrawal_are_all_left() -> None:
    text = "The US pulled its forces out of Iraq, Lebanon and Syria in 2021."
    found = events(text, "US", "Iraq", "Lebanon", "Syria")
    assert {(name, kind) for name, kind, _ in found} == {
        ("Iraq", "withdrawal"),
        ("Lebanon", "withdrawal"),
        ("Syria", "withdrawal"),
    }


def test_forces_that_moved_on_to_a_town_were_deployed_there() -> None:
    text = "The battalion arrived in Kirkuk on Monday, then moved to Mosul."
    found = events(text, "Kirkuk", "Mosul")
    assert {(name, kind) for name, kind, _ in found} == {("Kirkuk", "deployment"), ("Mosul", "deployment")}
    assert events("The family moved to Mosul in 2010.", "Mosul") == set()


def test_the_subject_of_a_gapped_clause_is_no_item_of_the_list_before_it() -> None:
    text = "The US sent 150 soldiers to Lebanon and Iraq 60 to Syria."
    found = events(text, "US", "Lebanon", "Iraq", "Syria")
    assert {(name, kind) for name, kind, _ in found} == {("Lebanon", "deployment"), ("Syria", "deployment")}


def test_each_name_of_a_coordinated_subject_of_a_passive_is_a_target() -> None:
    text = "Kirkuk, Mosul and Erbil were shelled on Sunday."
    found = events(text, "Kirkuk", "Mosul", "Erbil")
    assert {name for name, kind, _ in found if kind == "attack"} == {"Kirkuk", "Mosul", "Erbil"}
    text = "Both Kirkuk and Mosul came under fire on Sunday."
    found = events(text, "Kirkuk", "Mosul")
    assert {name for name, kind, _ in found if kind == "attack"} == {"Kirkuk", "Mosul"}


def test_names_coordinated_before_another_verb_are_no_targets() -> None:
    text = "Officials from Kirkuk and Mosul said that Erbil was shelled on Sunday."
    found = events(text, "Kirkuk", "Mosul", "Erbil")
    assert {name for name, kind, _ in found if kind == "attack"} == {"Erbil"}
    assert passive_conjuncts(text, text.index("Kirkuk") + len("Kirkuk")) is None
    passive = "Kirkuk, Mosul and Erbil were shelled."
    assert passive_conjuncts(passive, len("Kirkuk")) == passive.index(" were")


def test_a_coordinated_subject_retaken_is_a_target_in_each_name() -> None:
    text = "Kirkuk, Mosul and Erbil were retaken by the army on Sunday."
    found = events(text, "Kirkuk", "Mosul", "Erbil")
    assert {name for name, kind, _ in found if kind == "attack"} == {"Kirkuk", "Mosul", "Erbil"}



def test_as_well_as_and_a_quantifier_before_the_passive_keep_each_name_a_target() -> None:
    text = "Kirkuk as well as Mosul were shelled on Sunday."
    found = events(text, "Kirkuk", "Mosul")
    assert {name for name, kind, _ in found if kind == "attack"} == {"Kirkuk", "Mosul"}
    text = "Kirkuk, Mosul, and Erbil were all shelled on Sunday."
    found = events(text, "Kirkuk", "Mosul", "Erbil")
    assert {name for name, kind, _ in found if kind == "attack"} == {"Kirkuk", "Mosul", "Erbil"}


def test_each_country_of_a_coordinated_subject_of_host_has_the_forces() -> None:
    text = "Iraq, Syria and Lebanon host US troops."
    found = events(text, "Iraq", "Syria", "Lebanon", "US")
    assert {name for name, kind, _ in found if kind == "presence"} == {"Iraq", "Syria", "Lebanon"}
    assert ("Iraq", "presence", "2021-03-15") in events("Iraq hosts large US bases.", "Iraq", "US")
