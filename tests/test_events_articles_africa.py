"""Wave 31, art31a: ten fresh African conflict excerpts written (with their gold) before geo ever ran on them.

``tests/data/articles31/africa.jsonl`` (doc_ids a01..a10, our own wording on real places): the Sahel (a
rout near the Algerian border and army drone strikes in Mali, the US pullout from Niger's air bases, a
massacre in a Burkinabe town), Nigeria (a school kidnapping, a strike on a forest, older abductions), the
Lake Chad basin (Chad ending its French defence pact, a base overrun on an island), Somalia (ATMIS base
handovers, a mortar attack, EUTM training), Kenya (a roadside bomb, background attacks), eastern DR Congo
(M23 in Goma, protests at embassies, MONUSCO), Mozambique's Cabo Delgado (SAMIM's exit, Rwandan troops,
older raids) and Sudan (drones on Port Sudan, an army strike at Nyala). Wire datelines from one city about
another, tolls with "at least", background paragraphs of older dated events, page chrome.

Figures (``geo eval --events tests/data/articles31/africa.jsonl --no-peer``), event P/R, place F1:
before any fix all .514/.366, place F1 .922 (odd .538/.382, even .485/.348); after the art31a rules and
one gold date fix (a09-e04) all .700/.485 and place F1 .927 (odd .684/.473, even .719/.500; see
docs/events.md, "Fourteenth pass, art31a"). The floor test fails if a later change loses more than
0.02 of them; the unit tests below use our own sentences, one or more per rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import Geoparser
from geo.events.context import modifies
from geo.events.numbers import find_counts
from geo.model.article import Article
from tests.events_support import event_triples, set_falls_short

ARTICLES = Path(__file__).parent / "data" / "articles31" / "africa.jsonl"
#: Final figures on all ten documents (event precision, event recall, place F1), less the 0.02 margin.
FLOOR = {"event_precision": 0.700 - 0.02, "event_recall": 0.485 - 0.02, "place_f1": 0.927 - 0.02}


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _events(parser: Geoparser, text: str, published: str = "2024-07-16") -> set[tuple[str, str, str]]:
    return event_triples(parser, text, published)


def _types(parser: Geoparser, text: str, published: str = "2024-07-16") -> set[tuple[str, str]]:
    return {(name, kind) for name, kind, _ in _events(parser, text, published)}


@pytest.mark.slow
def test_africa_articles_keep_their_figures() -> None:
    assert not set_falls_short(ARTICLES, FLOOR)


# numbers: a year after a month is a date; victims after a word of harm are no force


def test_year_after_a_month_is_no_troop_count() -> None:
    text = "Rwanda first sent 1,000 soldiers and police to the province in July 2021 at Maputo's request."
    assert [(c.kind, c.value) for c in find_counts(text)] == [("troops", 1000)]


@pytest.mark.parametrize(
    "text",
    [
        "A patrol truck hit a mine near the border on Monday, wounding four officers.",
        "The blast injured at least five soldiers outside the camp.",
        "Two other officers were flown to hospital in the capital.",
    ],
)
def test_wounded_are_no_troop_count(text: str) -> None:
    assert not [c for c in find_counts(text) if c.kind == "troops"]


def test_a_force_is_still_counted() -> None:
    counts = find_counts("Kenya sent 400 police officers to Haiti.")
    assert [(c.kind, c.value) for c in counts] == [("troops", 400)]


# cues


def test_carrying_off_pupils_is_an_abduction(parser: Geoparser) -> None:
    text = "In February 2018, militants carried off 110 schoolgirls from the town of Dapchi."
    assert ("Dapchi", "abduction") in _types(parser, text, "2024-03-09")


def test_carrying_off_a_prize_is_none(parser: Geoparser) -> None:
    assert not _events(parser, "The team from Kano carried off the trophy in Lagos last year.", "2024-03-09")


def test_handing_a_base_to_local_forces_is_a_handover(parser: Geoparser) -> None:
    text = "Last week American soldiers handed the air base in Niamey, a drone hub, to Nigerien forces."
    assert ("Niamey", "withdrawal") in _types(parser, text, "2024-07-16")


def test_taking_charge_of_a_base_is_a_handover(parser: Geoparser) -> None:
    text = "In September 2023, Somali troops took charge of the army base in Jowhar."
    assert ("Jowhar", "withdrawal") in _types(parser, text, "2024-06-26")


def test_storming_a_named_town_is_an_attack(parser: Geoparser) -> None:
    text = "On May 10, insurgents stormed Macomia, looting shops and clashing with soldiers."
    assert ("Macomia", "attack", "2024-05-10") in _events(parser, text)


def test_marching_captives_away_is_no_protest(parser: Geoparser) -> None:
    text = "Gunmen stormed a school in Kaduna on Thursday and marched the pupils into the forest."
    assert "protest" not in {kind for _, kind in _types(parser, text, "2024-03-09")}


def test_marching_through_a_city_is_still_a_protest(parser: Geoparser) -> None:
    text = "On Saturday thousands of people marched through Niamey demanding that foreign troops leave."
    assert ("Niamey", "protest") in _types(parser, text, "2024-04-16")


def test_forces_deployed_across_a_country_are_there(parser: Geoparser) -> None:
    text = "Troops from Burundi and Uganda are currently deployed across Somalia."
    assert ("Somalia", "presence") in _types(parser, text, "2024-06-26")


def test_forces_deployed_alongside_others_in_a_region_are_there(parser: Geoparser) -> None:
    text = "Experts say up to 4,000 foreign soldiers are deployed alongside the rebels in North Kivu."
    assert ("North Kivu", "presence") in _types(parser, text, "2025-01-28")


def test_leaving_their_base_is_a_departure(parser: Geoparser) -> None:
    text = "The French pullout ended in August 2022, when the final contingent left its base in Gao."
    assert ("Gao", "withdrawal", "2022-08") in _events(parser, text, "2024-07-29")


def test_crossing_into_a_country_is_a_deployment(parser: Geoparser) -> None:
    text = "Kenyan troops crossed into Somalia in October 2011 to pursue the militants."
    assert ("Somalia", "deployment", "2011-10") in _events(parser, text, "2023-06-13")


def test_migrants_crossing_tell_no_deployment(parser: Geoparser) -> None:
    assert not _events(parser, "Thousands of migrants crossed into Poland last week.", "2023-06-13")


def test_cutting_ties_is_political_at_the_actor(parser: Geoparser) -> None:
    text = "Sudan cut diplomatic ties with the United Arab Emirates on Tuesday."
    assert _types(parser, text, "2025-05-06") == {("Sudan", "political")}


def test_ending_a_defence_pact_is_political(parser: Geoparser) -> None:
    assert ("Chad", "political", "2024-11-28") in _events(
        parser, "Chad on Thursday ended its defence pact with France.", "2024-12-02"
    )


def test_the_partner_of_a_revoked_agreement_is_no_site(parser: Geoparser) -> None:
    text = "In March, Niamey revoked a defence agreement with Washington."
    assert _types(parser, text, "2024-08-06") == {("Niamey", "political")}


# dates


def test_a_date_in_a_participial_aside_describes_the_noun(parser: Geoparser) -> None:
    text = "The ministry said on Thursday that Chad was terminating the accord, revised in 2019, with France."
    assert ("Chad", "political", "2024-11-28") in _events(parser, text, "2024-12-02")


def test_a_lone_aside_date_still_dates_the_event(parser: Geoparser) -> None:
    text = "Chad terminated the accord, revised in 2019, at the request of its junta."
    assert {date for _, _, date in _events(parser, text, "2024-12-02")} == {"2019"}


# places


@pytest.mark.xfail(
    reason="art31a's namesake margin of 0.15 was reverted to 0.1 at the wave-31 merge: with it a namesake"
    " abroad won over a region whose town is meant (Quneitra in UCDP headlines went to Morocco)",
    strict=True,
)
def test_a_regional_capital_outranks_its_namesake_region(parser: Geoparser) -> None:
    features = parser.extract_features(
        Article("t", "The army retook Kidal in November 2023.", published="2024-07-29")
    )
    assert [f.properties.feature_class for f in features if f.properties.name == "Kidal"] == ["city"]


def test_a_lake_prefix_is_no_place_of_its_own(parser: Geoparser) -> None:
    features = parser.extract_features(
        Article("t", "The army is stretched thin on the shores of Lake Chad.", published="2024-12-02")
    )
    assert "Lake" not in {f.properties.name for f in features}
    assert all(f.properties.country != "US" for f in features)


def test_a_country_before_a_unit_adjective_modifies_the_forces() -> None:
    text = "asked a contingent of US special forces to leave"
    assert modifies(text, text.index("US") + 2)
    assert not modifies("held in US special economic zones", len("held in US"))


def test_instructors_who_land_are_deployed(parser: Geoparser) -> None:
    text = "Russian military instructors, along with an air defence system, landed in Niamey in April."
    assert _types(parser, text, "2024-08-06") == {("Niamey", "deployment")}


def test_instructing_is_still_training(parser: Geoparser) -> None:
    text = "Italian officers instructed Somali recruits at a camp in Mogadishu last month."
    assert ("Mogadishu", "training") in _types(parser, text, "2024-06-26")


def test_army_drones_that_destroyed_something_struck_it(parser: Geoparser) -> None:
    text = "The army said its drones destroyed a cargo plane at Nyala airport on Saturday."
    assert ("Nyala airport", "strike", "2025-05-03") in _events(parser, text, "2025-05-06")


def test_a_sentence_naming_an_unknown_town_does_not_go_on_at_the_last_place(parser: Geoparser) -> None:
    text = "Rebels first captured Goma in November 2012. They seized the border town of Zorbaquru in 2022."
    assert _events(parser, text, "2025-01-28") == {("Goma", "attack", "2012-11")}


def test_a_place_in_what_someone_is_accused_of_is_no_site(parser: Geoparser) -> None:
    text = "Students marched in Kinshasa on Tuesday and accused foreign powers of abetting Kigali's army."
    assert _types(parser, text, "2025-01-28") == {("Kinshasa", "protest")}
