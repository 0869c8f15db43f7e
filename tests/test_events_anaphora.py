"""Events told in the sentence after the one that names their place ("killed there", "struck the base")."""

from __future__ import annotations

import pytest

from geo.extract import Geoparser
from geo.model.article import Article


def events(text: str, parser: Geoparser) -> list[dict[str, object]]:
    collection = parser.extract(Article(id="t", text=text, published="2024-03-10"))
    return [f.properties.model_dump() for f in collection.features if f.properties.event_type != "mention"]


def test_there_links_the_event_to_the_place_named_before(parser: Geoparser) -> None:
    text = (
        "Tikrit is a city on the Tigris in Iraq. Two soldiers were killed there in a drone strike on Friday."
    )
    [event] = events(text, parser)
    assert event["name"] == "Tikrit"
    assert event["event_type"] == "strike"
    assert event["date"] == "2024-03-08"
    assert event["fatalities"] == 2
    spans = [(m["start"], m["end"]) for m in event["mentions"]]  # type: ignore[union-attr]
    assert (0, 6) in spans
    assert (text.find("there"), text.find("there") + 5) in spans


def test_the_base_means_the_base_not_the_province(parser: Geoparser) -> None:
    text = "Ain al-Asad air base lies in Anbar province. Rockets struck the base on Friday night."
    attacks = [e for e in events(text, parser) if e["event_type"] == "rocket_attack"]
    assert [e["name"] for e in attacks] == ["Ain al-Asad air base"]
    assert attacks[0]["feature_class"] == "military_base"


@pytest.mark.parametrize(
    "text",
    [
        # the "there" of "there were" points at nothing
        "Tikrit is a city on the Tigris in Iraq. There were two drone strikes last year, officials said.",
        # a new paragraph starts a new topic
        "Tikrit is a city on the Tigris in Iraq.\n\nTwo soldiers were killed there in a drone strike.",
        # no event cue: nothing to link
        "Tikrit is a city on the Tigris in Iraq. Many families live there.",
    ],
)
def test_no_link_without_a_back_reference_an_event_and_the_same_paragraph(
    parser: Geoparser, text: str
) -> None:
    assert events(text, parser) == []


@pytest.mark.parametrize("reference", ["The airbase", "The air base", "The airfield", "The military base"])
def test_the_airbase_and_the_airfield_mean_the_base_named_before(parser: Geoparser, reference: str) -> None:
    text = f"Drones were seen near Al Asad Air Base last week. {reference} hosts some 2,000 coalition troops."
    [event] = events(text, parser)
    assert event["event_type"] == "presence"
    assert event["name"] == "Al Asad Air Base"
    assert event["feature_class"] == "military_base"


def test_a_movement_told_again_without_a_date_is_the_dated_one(parser: Geoparser) -> None:
    text = (
        "The last coalition soldiers left Al Asad Air Base on Friday.\n\n"
        "Officials said Al Asad Air Base had been handed over to the Iraqi army in its entirety."
    )
    withdrawals = [e for e in events(text, parser) if e["event_type"] == "withdrawal"]
    assert [(e["name"], e["date"]) for e in withdrawals] == [("Al Asad Air Base", "2024-03-08")]


def test_the_base_after_a_list_of_sites_is_the_one_the_story_is_about(parser: Geoparser) -> None:
    text = (
        "Militias hit Al Asad Air Base on Friday. Al Asad Air Base hosts coalition troops.\n\n"
        "The attacks have targeted Erbil International Airport and Al Asad Air Base.\n\n"
        "The air base came under a rocket attack in early May."
    )
    found = [e for e in events(text, parser) if e["event_type"] == "rocket_attack"]
    assert [e["name"] for e in found] == ["Al Asad Air Base"]


def test_the_base_as_the_subject_of_a_clause_naming_no_place(parser: Geoparser) -> None:
    text = (
        "Rockets hit Al Asad Air Base on Friday. As the war spread across Iraq, the base was taken over "
        "by coalition forces in 2003."
    )
    found = [(e["name"], e["event_type"], e["date"]) for e in events(text, parser)]
    assert ("Al Asad Air Base", "deployment", "2003") in found


def test_a_back_reference_after_a_preposition_is_no_subject(parser: Geoparser) -> None:
    text = "Rockets hit Al Asad Air Base on Friday. In Iraq, troops withdrew from the base in 2011."
    assert ("Al Asad Air Base", "withdrawal") not in {
        (e["name"], e["event_type"]) for e in events(text, parser)
    }


def test_decades_end_a_sentence() -> None:
    from geo.events import split_sentences

    text = "Engineers built the runway in the 1950s. When war came, it closed."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "Engineers built the runway in the 1950s.",
        "When war came, it closed.",
    ]


def test_on_the_demonym_side_places_a_toll_in_that_country(parser: Geoparser) -> None:
    text = (
        "Fighting across the border between Israel and Lebanon went on this week. "
        "On the Israeli side, four soldiers have been killed, the army said."
    )
    found = [e for e in events(text, parser) if e["fatalities"] == 4]
    assert [(e["place"], e["event_type"]) for e in found] == [("Israel", "attack")]
    side = text.index("Israeli")
    assert {"start": side, "end": side + len("Israeli")} in found[0]["mentions"]  # type: ignore[operator]


def test_a_demonym_without_side_places_nothing(parser: Geoparser) -> None:
    text = "Fighting went on in Lebanon this week. Israeli soldiers said four people had been killed."
    assert [e["place"] for e in events(text, parser) if e["fatalities"] == 4] != ["Israel"]


def test_the_city_is_not_a_capital_that_acts(parser: Geoparser) -> None:
    text = (
        "Moscow has been shelling the ports around Kherson for a week. The city was shelled again on Sunday."
    )
    found = {e["place"] for e in events(text, parser) if e["date"] == "2024-03-10"}
    assert "Moscow" not in found


def test_the_region_means_the_region_or_province_named_just_before(parser: Geoparser) -> None:
    text = "Armed groups roam Diyala province. Gunmen killed five farmers in the region on Friday."
    found = [(e["name"], e["feature_class"]) for e in events(text, parser) if e["date"] == "2024-03-08"]
    assert found == [("Diyala province", "admin_region")]


def test_the_region_far_from_its_name_means_the_only_province_named(parser: Geoparser) -> None:
    text = (
        "Gunmen on motorbikes stole cattle in Diyala province on Monday, a police officer said.\n"
        "The officer spoke on condition of anonymity.\n"
        "Farmers in Iraq have asked for more patrols.\n"
        "Armed groups have long roamed the region where three soldiers were killed in January."
    )
    found = [(e["name"], e["event_type"], e["date"]) for e in events(text, parser)]
    assert ("Diyala province", "attack", "2024-01") in found


def test_the_region_far_from_its_name_means_nothing_when_two_provinces_were_named(parser: Geoparser) -> None:
    text = (
        "Gunmen on motorbikes stole cattle in Diyala province and Kirkuk province on Monday.\n"
        "The officer spoke on condition of anonymity.\n"
        "Farmers in Iraq have asked for more patrols.\n"
        "Armed groups have long roamed the region where three soldiers were killed in January."
    )
    assert all(e["date"] != "2024-01" for e in events(text, parser))


def test_the_region_far_from_its_name_means_nothing_after_a_wider_region(parser: Geoparser) -> None:
    text = (
        "Gunmen on motorbikes stole cattle in Diyala province on Monday, a police officer said.\n"
        "The officer spoke on condition of anonymity.\n"
        "Tensions have risen across the Middle East.\n"
        "Armed groups have long roamed the region where three soldiers were killed in January."
    )
    assert all(e["date"] != "2024-01" for e in events(text, parser))


def test_the_region_does_not_mean_a_country(parser: Geoparser) -> None:
    text = "Armed groups roam Iraq. Gunmen killed five farmers in the region on Friday."
    assert [e["name"] for e in events(text, parser)] == []


def test_the_area_repeats_a_place_named_the_x_area_before(parser: Geoparser) -> None:
    text = (
        "Most farms of the province lie in the Tikrit area. "
        "Gunmen fired on a convoy of the army in the area on Friday."
    )
    found = [(e["name"], e["event_type"], e["date"]) for e in events(text, parser)]
    assert ("Tikrit", "attack", "2024-03-08") in found


def test_the_area_is_no_place_named_without_that_word(parser: Geoparser) -> None:
    text = "Most farms lie near Tikrit. Gunmen fired on a convoy of the army in the area on Friday."
    found = [(e["name"], e["date"]) for e in events(text, parser)]
    assert ("Tikrit", "2024-03-08") not in found


@pytest.mark.parametrize(
    "owners",
    [
        "US advisers",
        "British military advisors",
        "US and allied troops",
        "French and allied military advisers",
    ],
)
def test_a_country_owning_the_forces_is_no_place_of_its_own(parser: Geoparser, owners: str) -> None:
    # "US advisers", "US and allied troops": the country says whose forces, the sentence names no place
    text = f"Kandahar is a city in southern Afghanistan. {owners} were deployed there again in 2014."
    deployments = [e for e in events(text, parser) if e["event_type"] == "deployment"]
    assert [(e["name"], e["date"]) for e in deployments] == [("Kandahar", "2014")]


def test_countries_acting_before_the_cue_leave_there_its_place(parser: Geoparser) -> None:
    # "X and Y deployed troops there": the countries are the subject, "there" the place named before
    text = "Rebels overran Rutshuru in 2021. Uganda and Rwanda deployed troops there in 2022."
    deployments = [e for e in events(text, parser) if e["event_type"] == "deployment"]
    assert [(e["name"], e["date"]) for e in deployments] == [("Rutshuru", "2022")]


def test_a_country_after_the_cue_is_where_not_who(parser: Geoparser) -> None:
    text = "Rebels overran Rutshuru in 2021. Troops deployed there and to Uganda in 2022."
    deployments = [e for e in events(text, parser) if e["event_type"] == "deployment"]
    assert "Rutshuru" not in [e["name"] for e in deployments]


@pytest.mark.parametrize(
    "juba", ["Juba, the capital,", "the capital Juba", "Juba, the South Sudanese capital,"]
)
def test_the_capital_means_the_city_the_text_called_the_capital(parser: Geoparser, juba: str) -> None:
    text = (
        f"Gunmen attacked a hotel in {juba} on Friday. Protesters marched in Wau on Saturday.\n\n"
        "On Sunday, two soldiers were killed in the capital."
    )
    attacks = [(e["name"], e["date"]) for e in events(text, parser) if e["event_type"] == "attack"]
    assert ("Juba", "2024-03-10") in attacks


def test_the_capital_means_nothing_when_no_city_was_called_so(parser: Geoparser) -> None:
    text = (
        "Gunmen attacked a hotel in Juba on Friday. Protesters marched in Wau on Saturday.\n\n"
        "On Sunday, two soldiers were killed in the capital."
    )
    attacks = [(e["name"], e["date"]) for e in events(text, parser) if e["event_type"] == "attack"]
    assert attacks == [("Juba", "2024-03-08")]


def test_the_vessel_is_where_a_ship_was_named_off_a_port_before(parser: Geoparser) -> None:
    text = (
        "A bulk carrier reported two splashes some 50 nautical miles west of Hodeidah. "
        "The crew were unharmed.\n\n"
        "Hours later, its captain said the vessel was struck by a drone boat."
    )
    found = [(e["name"], e["event_type"]) for e in events(text, parser)]
    assert found == [("Hodeidah", "attack")]
    [event] = events(text, parser)
    spans = [(m["start"], m["end"]) for m in event["mentions"]]  # type: ignore[union-attr]
    assert (text.find("the vessel"), text.find("the vessel") + 10) in spans


def test_the_vessel_is_not_a_town_named_without_a_ship_at_sea(parser: Geoparser) -> None:
    text = "Protesters gathered in Hodeidah on Saturday. Later the vessel was attacked by gunmen."
    assert [e["event_type"] for e in events(text, parser)] == ["protest"]


def test_an_event_told_separately_is_not_folded_into_the_one_before(parser: Geoparser) -> None:
    told = (
        "A bulk carrier was struck by a drone boat some 50 nautical miles west of Hodeidah. "
        "{}, the group said it shot down a drone over Yemen."
    )
    apart = sorted(e["name"] for e in events(told.format("Separately"), parser))
    assert apart == ["Hodeidah", "Yemen"]
    assert [e["name"] for e in events(told.format("On Sunday"), parser)] == ["Hodeidah"]


def test_their_camp_means_the_town_the_forces_were_placed_in_just_before(parser: Geoparser) -> None:
    text = "Dutch peacekeepers are stationed in Tikrit. On Friday, their camp was shelled by militants."
    found = {(e["name"], e["event_type"], e["date"]) for e in events(text, parser)}
    assert ("Tikrit", "attack", "2024-03-08") in found
    text = "Dutch peacekeepers are stationed in Tikrit.\n\nOn Friday, their camp was shelled by militants."
    assert not any(e["event_type"] == "attack" for e in events(text, parser))  # another paragraph


def test_its_outskirts_means_the_town_just_named(parser: Geoparser) -> None:
    text = "Tikrit is a city on the Tigris. On Friday, gunmen attacked a checkpoint on its outskirts."
    found = {(e["name"], e["event_type"], e["date"]) for e in events(text, parser)}
    assert ("Tikrit", "attack", "2024-03-08") in found
