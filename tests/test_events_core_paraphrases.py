"""The core event kinds told as a news writer would tell them (our own sentences on real places, with
datelines, weekdays, tolls, counts, headlines, passives), run through the whole parser; see
docs/events.md, "Tenth pass, robust27". Known failures are strict xfails with their cause, so that a
fix shows up as an unexpected pass."""

from __future__ import annotations

from typing import Any

import pytest

from geo.model.article import Article
from tests.events_support import events_at, fold

PUBLISHED = "2024-03-14"  # a Thursday


def _known(reason: str) -> Any:
    return pytest.mark.xfail(reason=reason, strict=True)


def _fold(text: str) -> str:
    return fold(text)


# (event type, sentence, place as written, date or None, fatalities or None, troops or None)
CASES = [
    pytest.param(
        "deployment",
        "GAO, March 3 (Reuters) - Some 400 German troops arrived in Gao on Sunday to reinforce the mission.",
        "Gao",
        "2024-03-03",
        None,
        400,
    ),
    ("deployment", "Britain sends 800 troops to Estonia", "Estonia", None, None, 800),
    (
        "deployment",
        "A company of 150 Dutch marines was deployed to Erbil last week.",
        "Erbil",
        None,
        None,
        150,
    ),
    pytest.param(
        "deployment",
        "The US has stationed an additional 2,000 soldiers in Poland, officials said on Monday.",
        "Poland",
        "2024-03-11",
        None,
        2000,
    ),
    (
        "deployment",
        "Italy dispatched a frigate to the Red Sea on Wednesday to protect merchant shipping.",
        "Red Sea",
        "2024-03-13",
        None,
        None,
    ),
    pytest.param(
        "deployment",
        "Kenyan police officers landed in Port-au-Prince on Friday with a multinational security mission.",
        "Port-au-Prince",
        "2024-03-08",
        None,
        None,
    ),
    (
        "deployment",
        "Spain is to send 120 troops to Lithuania, the government announced.",
        "Lithuania",
        None,
        None,
        120,
    ),
    (
        "withdrawal",
        "The last French soldiers left Niger on Friday, ending a decade-long presence.",
        "Niger",
        "2024-03-08",
        None,
        None,
    ),
    ("withdrawal", "Germany will withdraw its troops from Mali by the end of May.", "Mali", None, None, None),
    (
        "withdrawal",
        "US forces pulled out of the Tanf garrison in Syria on Monday.",
        "Syria",
        "2024-03-11",
        None,
        None,
    ),
    pytest.param(
        "withdrawal",
        "BAMAKO, March 5 (AFP) - Swedish peacekeepers completed their withdrawal from Timbuktu on Tuesday.",
        "Timbuktu",
        "2024-03-05",
        None,
        None,
    ),
    (
        "withdrawal",
        "The UN mission handed over its base in Kidal to the Malian army before leaving.",
        "Kidal",
        None,
        None,
        None,
    ),
    ("withdrawal", "Danish troops to leave Iraq", "Iraq", None, None, None),
    (
        "withdrawal",
        "About 1,000 American troops were withdrawn from Niger last year.",
        "Niger",
        None,
        None,
        1000,
    ),
    (
        "withdrawal",
        "Chad's last soldiers have pulled out of Mogadishu, the army said on Wednesday.",
        "Mogadishu",
        "2024-03-13",
        None,
        None,
    ),
    (
        "training",
        "Dutch instructors trained 200 Iraqi soldiers in Erbil last month.",
        "Erbil",
        None,
        None,
        None,
    ),
    (
        "training",
        "The EU mission trains Malian troops at Koulikoro, north-east of Bamako.",
        "Koulikoro",
        None,
        None,
        None,
    ),
    (
        "training",
        "British troops are training Ukrainian recruits in Salisbury Plain, the ministry said on Tuesday.",
        "Salisbury Plain",
        "2024-03-12",
        None,
        None,
    ),
    (
        "training",
        "NATO held a joint exercise with Estonian forces near Tapa on Monday.",
        "Tapa",
        "2024-03-11",
        None,
        None,
    ),
    (
        "training",
        "Somali soldiers received training from Turkish officers in Mogadishu.",
        "Mogadishu",
        None,
        None,
        None,
    ),
    pytest.param(
        "training",
        "Lithuanian and Polish troops carried out drills in Rukla on Wednesday.",
        "Rukla",
        "2024-03-13",
        None,
        None,
        marks=_known("Rukla is not in the gazetteer"),
    ),
    (
        "strike",
        "US aircraft struck Houthi targets in Hodeidah on Tuesday.",
        "Hodeidah",
        "2024-03-12",
        None,
        None,
    ),
    (
        "strike",
        "An Israeli air strike on Damascus killed 4 people on Monday, state media said.",
        "Damascus",
        "2024-03-11",
        4,
        None,
    ),
    ("strike", "A drone strike near Kismayo killed three al-Shabaab fighters.", "Kismayo", None, 3, None),
    (
        "strike",
        "ADEN, March 10 (Reuters) - US and British warplanes bombed sites in Sanaa overnight.",
        "Sanaa",
        None,
        None,
        None,
    ),
    (
        "strike",
        "Russian missiles hit an energy facility in Odesa on Wednesday, killing 2.",
        "Odesa",
        "2024-03-13",
        2,
        None,
    ),
    ("strike", "Air strikes pound Raqqa", "Raqqa", None, None, None),
    (
        "strike",
        "Turkish jets targeted Kurdish positions 30 km from Qamishli on Sunday.",
        "Qamishli",
        "2024-03-10",
        None,
        None,
    ),
    (
        "strike",
        "Five militants were killed in a French airstrike in the Menaka region on Friday.",
        "Menaka",
        "2024-03-08",
        5,
        None,
    ),
    (
        "rocket_attack",
        "Rockets were fired at the Ain al-Asad air base in Iraq on Tuesday.",
        "Ain al-Asad",
        "2024-03-12",
        None,
        None,
    ),
    (
        "rocket_attack",
        "Three rockets landed near the US embassy in Baghdad on Sunday, causing no casualties.",
        "Baghdad",
        "2024-03-10",
        None,
        None,
    ),
    (
        "attack",
        "Militants shelled the Gao camp with mortars on Monday, wounding two peacekeepers.",
        "Gao",
        "2024-03-11",
        None,
        None,
    ),
    (
        "attack",  # mortars are shelling (ACLED), not rockets (types33)
        "A mortar attack on the UN base in Tessalit killed one soldier.",
        "Tessalit",
        None,
        1,
        None,
    ),
    ("rocket_attack", "Rocket attack targets Erbil airport", "Erbil", None, None, None),
    (
        "attack",
        "Insurgents fired mortar rounds at Mogadishu airport on Wednesday.",
        "Mogadishu",
        "2024-03-13",
        None,
        None,
    ),
    (
        "attack",
        "Kharkiv was shelled overnight, killing 6 civilians, the governor said.",
        "Kharkiv",
        None,
        6,
        None,
    ),
    (
        "attack",
        "Gunmen attacked a military post in Tillaberi on Tuesday, killing 12 soldiers.",
        "Tillaberi",
        "2024-03-12",
        12,
        None,
    ),
    (
        "attack",
        "Twenty soldiers were killed in an ambush near Menaka on Sunday.",
        "Menaka",
        "2024-03-10",
        20,
        None,
    ),
    (
        "attack",
        "A suicide bomber blew himself up at a checkpoint in Mogadishu, killing 7.",
        "Mogadishu",
        "2024-03-13/2024-03-14",
        7,
        None,
    ),
    pytest.param(
        "attack",
        "Jihadists attack army base in Boulkessi",
        "Boulkessi",
        None,
        None,
        None,
        marks=_known("Boulkessi is not in the gazetteer"),
    ),
    pytest.param(
        "attack",
        "NIAMEY, March 6 (AFP) - Jihadists killed 17 Nigerien soldiers near the border with Mali on Monday.",
        "Niger",
        "2024-03-04",
        17,
        None,
        marks=_known("a border between two countries is placed nowhere"),
    ),
    (
        "attack",
        "An improvised explosive device struck a UN convoy 20 km from Aguelhok on Friday.",
        "Aguelhok",
        "2024-03-08",
        None,
        None,
    ),
    (
        "attack",
        "Al-Shabaab fighters stormed a hotel in Mogadishu on Saturday, killing at least 9 people.",
        "Mogadishu",
        "2024-03-09",
        9,
        None,
    ),
    (
        "attack",
        "The Houthis attacked a cargo ship in the Red Sea on Monday.",
        "Red Sea",
        "2024-03-11",
        None,
        None,
    ),
    ("abduction", "Gunmen kidnapped two aid workers in Diffa on Tuesday.", "Diffa", "2024-03-12", None, None),
    (
        "abduction",
        "A German national was abducted in Niamey on Sunday, police said.",
        "Niamey",
        "2024-03-10",
        None,
        None,
    ),
    ("abduction", "Militants seized three engineers near Kidal.", "Kidal", None, None, None),
    ("abduction", "Italian nun kidnapped in Mali", "Mali", None, None, None),
    (
        "abduction",
        "Armed men took hostage 15 villagers in the Tillaberi region on Friday.",
        "Tillaberi",
        "2024-03-08",
        None,
        None,
    ),
    ("abduction", "Two Chinese workers were taken hostage in Agadez last week.", "Agadez", None, None, None),
    (
        "protest",
        "Thousands protested in Bamako on Friday against the French military presence.",
        "Bamako",
        "2024-03-08",
        None,
        None,
    ),
    (
        "protest",
        "Demonstrators gathered outside the French embassy in Niamey on Sunday to demand a withdrawal.",
        "Niamey",
        "2024-03-10",
        None,
        None,
    ),
    ("protest", "Hundreds rally in Ouagadougou against foreign forces", "Ouagadougou", None, None, None),
    (
        "protest",
        "Protesters blocked a French military convoy in Kaya on Saturday.",
        "Kaya",
        "2024-03-09",
        None,
        None,
    ),
    (
        "protest",
        "A crowd marched through Gao on Tuesday to denounce the UN mission.",
        "Gao",
        "2024-03-12",
        None,
        None,
    ),
    pytest.param(
        "protest",
        "Residents of Sanaa staged a demonstration against the US strikes on Friday.",
        "Sanaa",
        "2024-03-08",
        None,
        None,
    ),
    (
        "political",
        "Mali's junta ordered the UN mission to leave the country without delay.",
        "Mali",
        None,
        None,
        None,
    ),
    pytest.param(
        "political",
        "The parliament of Lithuania approved the deployment of German troops on Tuesday.",
        "Lithuania",
        "2024-03-12",
        None,
        None,
    ),
    pytest.param(
        "political",
        "Niger revoked its military agreements with the United States on Saturday.",
        "Niger",
        "2024-03-09",
        None,
        None,
    ),
    (
        "political",
        "The Security Council extended the mandate of the mission in Somalia for a year.",
        "Somalia",
        None,
        None,
        None,
    ),
    pytest.param(
        "political",
        "Iraq asks US-led coalition to end its mission",
        "Iraq",
        None,
        None,
        None,
    ),
    (
        "political",
        "Estonia signed a defence agreement with France on Monday.",
        "Estonia",
        "2024-03-11",
        None,
        None,
    ),
    ("presence", "About 900 US troops remain in Syria.", "Syria", None, None, 900),
    (
        "presence",
        "Some 2,500 US soldiers are based in Iraq as part of the coalition.",
        "Iraq",
        None,
        None,
        2500,
    ),
    ("presence", "France has 1,500 troops stationed in Niger.", "Niger", None, None, 1500),
    pytest.param(
        "presence",
        "The Kidal-based UN contingent patrols the town.",
        "Kidal",
        None,
        None,
        None,
    ),
    ("presence", "German soldiers serving in Gao have been confined to their base.", "Gao", None, None, None),
    ("presence", "About 3,000 NATO troops are deployed in Lithuania.", "Lithuania", None, None, 3000),
    ("presence", "The US maintains a drone base in Agadez.", "Agadez", None, None, None),
    # a second round of sentences
    (
        "deployment",
        "Hundreds of Wagner fighters have arrived in Bamako, a security source said on Monday.",
        "Bamako",
        "2024-03-11",
        None,
        None,
    ),
    (
        "deployment",
        "Rwanda deploys 1,000 troops to Mozambique's Cabo Delgado",
        "Cabo Delgado",
        None,
        None,
        1000,
    ),
    (
        "deployment",
        "The Netherlands will send two F-35 jets to Lithuania in April.",
        "Lithuania",
        None,
        None,
        None,
    ),
    (
        "deployment",
        "Some 500 Turkish soldiers were sent to Idlib over the weekend.",
        "Idlib",
        None,
        None,
        500,
    ),
    (
        "withdrawal",
        "Russian forces withdrew from Kherson on Friday after an eight-month occupation.",
        "Kherson",
        "2024-03-08",
        None,
        None,
    ),
    pytest.param(
        "withdrawal",
        "The Mali-based MINUSMA mission closed its camp in Ber on Sunday.",
        "Ber",
        "2024-03-10",
        None,
        None,
    ),
    ("withdrawal", "Sweden pulls its last troops out of Mali", "Mali", None, None, None),
    pytest.param(
        "training",
        "Some 300 Ukrainian soldiers completed a five-week course in Poland on Wednesday.",
        "Poland",
        "2024-03-13",
        None,
        None,
    ),
    (
        "training",
        "EU instructors began training Somali army officers in Mogadishu last week.",
        "Mogadishu",
        None,
        None,
        None,
    ),
    pytest.param(
        "strike",
        "A US drone killed two al-Qaeda suspects in Marib province on Saturday.",
        "Marib",
        "2024-03-09",
        2,
        None,
    ),
    ("strike", "Israeli warplanes struck a building in Tyre, killing 5 people.", "Tyre", None, 5, None),
    (
        "strike",
        "Coalition aircraft carried out 12 strikes near Mosul on Tuesday.",
        "Mosul",
        "2024-03-12",
        None,
        None,
    ),
    (
        "strike",
        "Two civilians died when a Russian glide bomb hit Kharkiv on Monday.",
        "Kharkiv",
        "2024-03-11",
        2,
        None,
    ),
    (
        "rocket_attack",
        "Katyusha rockets targeted the Green Zone in Baghdad late on Tuesday.",
        "Green Zone",
        "2024-03-12",
        None,
        None,
    ),
    (
        "rocket_attack",
        "A rocket hit a house 5 km from Kiryat Shmona on Friday, wounding one man.",
        "Kiryat Shmona",
        "2024-03-08",
        None,
        None,
    ),
    (
        "rocket_attack",
        "Militants fired two rockets at Erbil airport overnight, the Kurdish government said.",
        "Erbil",
        None,
        None,
        None,
    ),
    pytest.param(
        "attack",
        "Gunmen on motorbikes killed 9 villagers in Seytenga on Sunday.",
        "Seytenga",
        "2024-03-10",
        9,
        None,
        marks=_known("Seytenga is not in the gazetteer"),
    ),
    (
        "attack",
        "A roadside bomb killed three soldiers of the UN mission 15 km north of Ansongo on Wednesday.",
        "Ansongo",
        "2024-03-13",
        3,
        None,
    ),
    pytest.param(
        "attack",
        "Houthi forces launched drones at a tanker off the coast of Aden on Thursday.",
        "Aden",
        "2024-03-14",
        None,
        None,
    ),
    (
        "attack",
        "Four peacekeepers were wounded when their convoy hit a mine near Kidal.",
        "Kidal",
        None,
        None,
        None,
    ),
    (
        "attack",
        "Al-Shabaab militants overran an army base in Galgaduud on Monday, killing 11 soldiers.",
        "Galgaduud",
        "2024-03-11",
        11,
        None,
    ),
    pytest.param(
        "abduction",
        "Unknown gunmen abducted the mayor of Dori on Friday.",
        "Dori",
        "2024-03-08",
        None,
        None,
    ),
    pytest.param(
        "abduction",
        "Islamists holding a French journalist in Gao released a video on Tuesday.",
        "Gao",
        None,
        None,
        None,
    ),
    (
        "protest",
        "Thousands took to the streets of Niamey on Saturday to call for the departure of French troops.",
        "Niamey",
        "2024-03-09",
        None,
        None,
    ),
    (
        "protest",
        "Students demonstrated outside the US embassy in Baghdad on Wednesday.",
        "Baghdad",
        "2024-03-13",
        None,
        None,
    ),
    (
        "protest",
        "Protesters in Kidal burned tyres to demand that the peacekeepers leave.",
        "Kidal",
        None,
        None,
        None,
    ),
    (
        "political",
        "Burkina Faso expelled the French ambassador on Monday.",
        "Burkina Faso",
        "2024-03-11",
        None,
        None,
    ),
    ("political", "Finland formally joined NATO on Tuesday.", "Finland", "2024-03-12", None, None),
    (
        "political",
        "The junta in Niamey suspended its military cooperation with France.",
        "Niamey",
        None,
        None,
        None,
    ),
    ("presence", "About 1,000 US troops are stationed at the Agadez drone base.", "Agadez", None, None, 1000),
    (
        "presence",
        "A 200-strong Estonian contingent is serving in Mali with Operation Barkhane.",
        "Mali",
        None,
        None,
        200,
    ),
    (
        "presence",
        "Dutch F-35s patrol the skies over Poland as part of NATO's air policing mission.",
        "Poland",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("kind", "text", "place", "date", "fatalities", "troops"), CASES)
def test_a_core_event_told_in_news_words_is_found(
    parser: Any,
    kind: str,
    text: str,
    place: str,
    date: str | None,
    fatalities: int | None,
    troops: int | None,
) -> None:
    found = events_at(parser, text, published=PUBLISHED, kind=kind, place=place)
    event = found[0]
    if date is not None:
        assert str(event.date) == date
    if fatalities is not None:
        assert event.fatalities == fatalities
    if troops is not None:
        assert event.troops == troops


PLANS = [
    "France will deploy 300 soldiers to Niamey, the defence ministry said on Tuesday.",
    "US special forces will train Nigerien commandos in Agadez, officials said.",
]


def _only_mentions(parser: Any, text: str) -> None:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    assert {f.properties.event_type for f in collection.features} == {"mention"}


@pytest.mark.parametrize("text", PLANS)
def test_a_plan_without_its_own_time_is_no_event(parser: Any, text: str) -> None:
    _only_mentions(parser, text)


# An approval or a request of a movement is the political act, not the movement (events_context_words,
# classes approving and requesting).
APPROVALS = [
    ("Lithuania's parliament approved the deployment of German troops.", "Lithuania"),
    ("The parliament in Vilnius approved the deployment of German troops.", "Vilnius"),
    ("The Bundestag voted to extend the deployment of German troops in Lithuania.", "Lithuania"),
    ("Iraq asked the coalition to withdraw its troops.", "Iraq"),
    ("Mali's junta asked the peacekeepers to leave the country.", "Mali"),
    ("Iraq demands withdrawal of US troops", "Iraq"),
    ("Niger requested the departure of French forces.", "Niger"),
]


@pytest.mark.parametrize(("text", "place"), APPROVALS)
def test_an_approved_or_requested_movement_is_a_political_act(parser: Any, text: str, place: str) -> None:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    kinds = {(f.properties.name, f.properties.event_type) for f in collection.features}
    assert (place, "political") in kinds
    assert not {k for _, k in kinds} & {"deployment", "withdrawal", "presence"}


ASK_MISSES = [
    "He asked me to leave the room in Baghdad.",
    "The coach asked the players to end the season in Mogadishu on a high.",
]


@pytest.mark.parametrize("text", ASK_MISSES)
def test_asking_someone_to_leave_outside_a_force_is_no_event(parser: Any, text: str) -> None:
    _only_mentions(parser, text)


@pytest.mark.xfail(
    reason="'Ber' resolves to a Greek town (Veroia) though the sentence names Mali", strict=True
)
def test_a_camp_closed_in_a_malian_town_is_placed_in_mali(parser: Any) -> None:
    text = "The Mali-based MINUSMA mission closed its camp in Ber on Sunday."
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    assert [f.properties.country for f in collection.features if f.properties.name == "Ber"] == ["ML"]


CUE_MISSES = [
    "The gold mine near Kidal employs 300 workers.",
    "The airline cancelled its flights to Niamey on Friday.",
    "The club suspended its coach after a defeat in Kharkiv.",
    "Police defused a bomb found near a school in Mosul.",
]


@pytest.mark.parametrize("text", CUE_MISSES)
def test_the_new_cue_words_in_everyday_senses_give_no_event(parser: Any, text: str) -> None:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    assert {f.properties.event_type for f in collection.features} <= {"mention"}


BASED = [
    ("The Kidal-based UN contingent patrols the town.", "Kidal"),
    ("The Erbil-based coalition battalion has 400 soldiers.", "Erbil"),
]


@pytest.mark.parametrize(("text", "place"), BASED)
def test_an_x_based_unit_is_present_at_x(parser: Any, text: str, place: str) -> None:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    assert (place, "presence") in {(f.properties.name, f.properties.event_type) for f in collection.features}


def test_an_x_based_firm_is_no_presence(parser: Any) -> None:
    text = "A Dubai-based firm opened an office in Erbil."
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    assert {f.properties.event_type for f in collection.features} == {"mention"}
