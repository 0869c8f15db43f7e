"""Fresh held-out-style articles on the Levant theatre (wave 31, art31b), and the rules they taught.

``tests/data/articles31/levant.jsonl`` holds ten news excerpts we wrote (b01-b10, our own wording, gold
written and committed before any run): militia drone and rocket attacks on bases hosting US troops (Tower
22, al-Tanf, Ain al-Asad, Harir, the Conoco field), US strikes in Iraq and Syria (Al-Qaim, Jurf al-Sakhar,
Deir ez-Zor, Abu Kamal, Baghdad), Turkish strikes across northern Iraq and north-east Syria (Operation
Claw-Lock, the raids after the Ankara attack), an Islamic State ambush in the desert, NATO Mission Iraq and
Inherent Resolve training, withdrawal plans and troop numbers; wire stories, a command press release,
outlet pages with chrome, an explainer and an analysis with background paragraphs.

Figures (``geo eval --events tests/data/articles31/levant.jsonl --no-peer``), event P/R/F1:
before the rules  all .598/.462/.521, odd .582/.516/.547, even .630/.386/.479; place F1 .911
after the rules   all .771/.604/.677, odd .745/.613/.673, even .812/.591/.684; place F1 .930
(docs/events.md, "Fourteenth pass, art31b"; the floors below are the figures on all ten minus 0.02).

The unit tests below tell each rule in other words (docs/events.md lists them with their provenance).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from geo.model.article import Article
from tests.events_support import set_falls_short

GOLD = Path(__file__).parent / "data" / "articles31" / "levant.jsonl"
PUBLISHED = "2024-03-14"  # a Thursday

#: Final figures on all ten articles minus 0.02: a later change that loses them fails here.
FLOORS = {"event_precision": 0.751, "event_recall": 0.584, "place_f1": 0.910}


def _features(parser: Any, text: str) -> list[tuple[str, str, str, tuple[float, float]]]:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    return [
        (
            f.properties.name or "",
            f.properties.event_type,
            str(f.properties.date),
            (f.geometry.coordinates[0], f.geometry.coordinates[1]),
        )
        for f in collection.features
    ]


def _kinds(parser: Any, text: str) -> set[tuple[str, str]]:
    return {(name, kind) for name, kind, _, _ in _features(parser, text)}


@pytest.mark.slow
def test_levant_articles_keep_their_figures() -> None:
    assert not set_falls_short(GOLD, FLOORS)


# (kind, sentence, place as written): each must give an event of that kind at that place
FOUND = [
    # a time adverb between the drones and their target (events_cues, attack)
    ("attack", "The militia said it launched three drones overnight at the air base in Erbil.", "Erbil"),
    ("attack", "Insurgents fired two drones again at the army camp outside Kidal on Monday.", "Kidal"),
    # 'close to' / 'next to' name where something happened (events.context)
    ("attack", "On Monday a drone was shot down close to Harir air base.", "Harir air base"),
    ("attack", "A roadside bomb exploded next to Kirkuk airport on Monday.", "Kirkuk airport"),
    # swept into a named place, forces named (events_cues, attack)
    ("attack", "Rebel fighters swept into Aleppo on Friday.", "Aleppo"),
    # site nouns between two targets (events_context_words gap)
    ("strike", "Drones struck the al-Tanf garrison and Ain al-Asad on Sunday.", "Ain al-Asad"),
    ("attack", "Gunmen stormed the army outpost and Kidal airport on Sunday.", "Kidal airport"),
    # houses forces (events_cues, presence)
    ("presence", "The base, which houses US special forces, lies north of Erbil.", "Erbil"),
    # cutting troop numbers, handing a named base over (events_cues, withdrawal)
    ("withdrawal", "On Monday the army cut the number of troops in Gao from 1,000 to 500.", "Gao"),
    ("withdrawal", "Last month the army halved its strength in Timbuktu from 2,000 to 1,000.", "Timbuktu"),
    ("withdrawal", "US troops handed the Qayyarah base over to Iraqi forces in Nineveh on May 2.", "Nineveh"),
    # a locative aside between commas does not end the clause (events.sentences)
    (
        "rocket_attack",
        "Rockets were fired on Monday at a base at Syria's Omar field, in Deir ez-Zor province, "
        "local sources said.",
        "Deir ez-Zor province",
    ),
    # advising forces, teaching officers (events_cues, training)
    ("training", "Coalition troops advise Iraqi army units in Anbar.", "Anbar"),
    ("training", "The mission teaches officers at a military academy in Kabul.", "Kabul"),
    # seizing a strip of land (events_cues, attack)
    ("attack", "Rebels seized a strip of land near Kidal on Monday.", "Kidal"),
    ("attack", "Government troops took a stretch of territory outside Idlib last week.", "Idlib"),
]

# (sentence, place as written, kind): that place must not take that kind
NOT_FOUND = [
    # 'close to' is no closure of a base
    ("On Monday a drone was shot down close to Harir air base.", "Harir air base", "withdrawal"),
    # not the weather, not the verb without forces
    ("A winter storm swept into Texas on Friday.", "Texas", "attack"),
    # the venue of a statement is no site of what it tells
    ('"We hit them hard," a general told reporters at the Pentagon on Monday.', "Pentagon", "strike"),
    ("The minister said at a news conference in Bamako that rebels attacked Kidal.", "Bamako", "attack"),
    # a capital that rejects, condemns or blames speaks of the act
    ("Militias sent drones against three bases. Tehran rejected any link to the attack.", "Tehran", "attack"),
    ("Gunmen killed four soldiers in Kidal. Bamako condemned the attack.", "Bamako", "attack"),
    # a speaker after the act it tells
    ("Jets hit targets near Al-Qaim, strikes that Baghdad said killed 16 people.", "Baghdad", "strike"),
    ("Gunmen attacked a checkpoint in Kirkuk on Monday, Baghdad said.", "Baghdad", "attack"),
    # advice to residents, the purpose of a presence
    ("The army advised residents of Kirkuk to stay indoors.", "Kirkuk", "training"),
    ("About 2,500 US troops are in Iraq to advise and support Iraqi units.", "Iraq", "training"),
    # talks opened are no base opened
    (
        "Paris and Bamako opened formal talks on Monday on the future of the mission in Mali.",
        "Paris",
        "deployment",
    ),
    # the plural noun 'houses' is no hosting, the number of flights no troop cut
    ("Fire destroyed the houses of security forces in Kirkuk.", "Kirkuk", "presence"),
    ("The airline is cutting the number of flights to Cairo from 20 to 12.", "Cairo", "withdrawal"),
]


@pytest.mark.parametrize(("kind", "text", "place"), FOUND)
def test_an_event_of_the_kind_is_found_at_the_place(parser: Any, kind: str, text: str, place: str) -> None:
    assert (place, kind) in _kinds(parser, text)


@pytest.mark.parametrize(("text", "place", "kind"), NOT_FOUND)
def test_no_event_of_the_kind_at_the_place(parser: Any, text: str, place: str, kind: str) -> None:
    assert (place, kind) not in _kinds(parser, text)


def test_a_province_with_an_act_of_its_own_clause_is_no_container(parser: Any) -> None:
    text = "On March 2, jets bombed a depot in Anbar province, and on March 6 drones hit a camp near Haditha."
    kinds = _kinds(parser, text)
    assert ("Anbar province", "strike") in kinds
    assert ("Haditha", "strike") in kinds


def test_a_province_named_with_its_town_in_one_act_still_only_holds_it(parser: Any) -> None:
    kinds = _kinds(parser, "On Monday militants stormed the town of Haditha in Anbar province.")
    assert ("Haditha", "attack") in kinds
    assert ("Anbar province", "attack") not in kinds


def test_a_town_after_a_base_it_names_only_locates_the_base(parser: Any) -> None:
    kinds = _kinds(parser, "Coalition advisers train Kurdish fighters at Harir air base north of Erbil.")
    assert ("Harir air base", "training") in kinds
    assert ("Erbil", "training") not in kinds


def test_a_state_in_a_relative_clause_holds_now(parser: Any) -> None:
    text = "On Monday, a drone was shot down close to Harir air base, which houses US special forces."
    dates = {(name, kind): date for name, kind, date, _ in _features(parser, text)}
    assert dates[("Harir air base", "attack")] == "2024-03-11"
    assert dates[("Harir air base", "presence")] == PUBLISHED


def test_a_base_guessed_at_a_town_abroad_does_not_pull_the_other_names(parser: Any) -> None:
    text = (
        "The US will cut its forces in Syria. American troops handed the Green Village base to the "
        "Kurdish-led SDF, and a site north of Deir ez-Zor will be vacated. US jets struck targets near "
        "Palmyra on Monday, the Pentagon said."
    )
    points = {name: point for name, _, _, point in _features(parser, text)}
    lon, lat = points["Palmyra"]
    assert 35.0 < lon < 42.0  # Palmyra in Syria, not a namesake in the US
    assert 32.0 < lat < 37.5


def test_an_unknown_district_is_no_town_abroad_that_looks_like_it(parser: Any) -> None:
    text = (
        "A US drone hit a car in eastern Baghdad late on Wednesday, Iraqi officials said. "
        "The car burned out on a main road in the Mashtal district."
    )
    points = {name: point for name, _, _, point in _features(parser, text)}
    lon, lat = points["Mashtal district"]
    assert 38.0 < lon < 49.0  # in Iraq (placed with the story), not a look-alike town in the US or India
    assert 29.0 < lat < 38.0


def test_a_common_word_with_a_number_is_a_post_not_a_town(parser: Any) -> None:
    names = {name for name, _, _, _ in _features(parser, "A drone hit tents at Tower 22 in Jordan.")}
    assert "Tower" not in names
    assert "Jordan" in names
    names = {name for name, _, _, _ in _features(parser, "Flights to Paris 2 times a day were cut.")}
    assert "Paris" in names


def test_a_definite_attack_noun_after_air_strikes_is_a_strike(parser: Any) -> None:
    text = (
        "Turkish jets and drones struck militant targets in northern Syria overnight. "
        "The raids killed 12 civilians in Kobani, local officials said."
    )
    assert ("Kobani", "strike") in _kinds(parser, text)
    text = "A US drone strike hit a car in Baghdad on Wednesday. The missile destroyed a truck in Kirkuk."
    assert ("Kirkuk", "strike") in _kinds(parser, text)
    text = "A US drone strike hit a car in Baghdad on Wednesday. The missile struck a truck in Kirkuk."
    assert ("Kirkuk", "strike") in _kinds(parser, text)


def test_an_attack_told_without_an_article_stays_an_attack(parser: Any) -> None:
    text = "Jets bombed a depot on Monday. Gunmen attacked a checkpoint near Kobani on Tuesday."
    assert ("Kobani", "attack") in _kinds(parser, text)


def test_a_contractor_or_a_general_killed_is_a_death_toll_of_one(parser: Any) -> None:
    collection = parser.extract(
        Article(
            id="t",
            text="On Monday a drone hit a depot near Kirkuk, killing a Canadian contractor.",
            published=PUBLISHED,
        )
    )
    tolls = {f.properties.name: f.properties.fatalities for f in collection.features}
    assert tolls["Kirkuk"] == 1
    collection = parser.extract(
        Article(id="t", text="On Monday a missile killed a Syrian general near Homs.", published=PUBLISHED)
    )
    tolls = {f.properties.name: f.properties.fatalities for f in collection.features}
    assert tolls["Homs"] == 1


def test_special_operations_troops_are_counted(parser: Any) -> None:
    text = "About 40 special operations troops arrived in Niger in late 2017."
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    counts = {f.properties.name: f.properties.troops for f in collection.features}
    assert counts["Niger"] == 40


def test_less_than_a_week_after_lies_within_the_week_before(parser: Any) -> None:
    text = "Gunmen attacked Kirkuk on Monday, less than a week after an assault on Mosul."
    dates = {(name, kind): date for name, kind, date, _ in _features(parser, text)}
    assert dates[("Kirkuk", "attack")] == "2024-03-11"
    assert dates[("Mosul", "attack")] == "2024-03-04/2024-03-11"


def test_an_agreement_is_dated_before_the_plan_it_makes(parser: Any) -> None:
    text = "In January, Paris and Niamey agreed that French soldiers would leave Niger by late June 2025."
    dates = {(name, kind): date for name, kind, date, _ in _features(parser, text)}
    assert dates[("Niamey", "political")] == "2024-01"
    # the place the troops would leave takes the planned withdrawal, dated by the plan (cap32; gold b07-e06)
    assert dates[("Niger", "withdrawal")] == "2025-06-21/2025-06-30"


def test_an_activity_told_in_the_present_holds_now(parser: Any) -> None:
    text = (
        "The EU mission advises the army and teaches officers at a school in Bamako. "
        "A Spanish general took command of it in May 2023."
    )
    dates = {(name, kind): date for name, kind, date, _ in _features(parser, text)}
    assert dates[("Bamako", "training")] == PUBLISHED


def test_a_presence_where_forces_train_is_one_training_event(parser: Any) -> None:
    text = "Coalition troops are stationed at Ain al-Asad, where they train Iraqi soldiers."
    kinds = [kind for name, kind, _, _ in _features(parser, text) if name == "Ain al-Asad"]
    assert kinds == ["training"]


def test_a_passive_hit_in_a_sentence_of_forces_is_an_attack(parser: Any) -> None:
    text = "On Monday the convoy was hit near Kidal, officials said, adding that four soldiers were wounded."
    assert ("Kidal", "attack") in _kinds(parser, text)
    assert ("Kirkuk", "attack") not in _kinds(
        parser, "On Monday Kirkuk was hit hard by floods, officials said."
    )


def test_a_relative_clause_ends_with_its_sentence(parser: Any) -> None:
    text = (
        "Its cells hide in the desert, which stretches to the border. "
        "In February, at least 40 people were killed near Palmyra."
    )
    dates = {(name, kind): date for name, kind, date, _ in _features(parser, text)}
    assert dates[("Palmyra", "attack")] == "2024-02"


def test_a_name_before_monitor_is_an_outlet(parser: Any) -> None:
    text = "Rockets hit a base near Hasakah on Monday, local sources told Levant Monitor."
    names = {name for name, _, _, _ in _features(parser, text)}
    assert "Hasakah" in names
    assert "Levant" not in names


def test_a_country_paired_with_coalition_before_a_noun_of_forces_is_a_modifier(parser: Any) -> None:
    # integ31: with "including" no longer ending a clause, "on U.S. and coalition personnel" put the drone
    # attack told after it on the country; "coalition" pairs with the country as "allied" does
    text = (
        "Militias carried out attacks on U.S. and coalition personnel, including the drone attack of"
        " Jan. 28 that killed three U.S. soldiers at a post in Jordan."
    )
    kinds = _kinds(parser, text)
    assert ("Jordan", "strike") in kinds or ("Jordan", "attack") in kinds
    assert not any(name == "U.S." and kind != "mention" for name, kind in kinds)
