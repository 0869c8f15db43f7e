"""Wave 35, art35c: unit tests (our own sentences) for the rules found on the missions article set
(``tests/data/articles31/missions.jsonl``; see ``tests/test_events_articles_missions.py`` and
docs/events.md, "Sixteenth pass, art35c: missions"). Each rule has three or more sentences with
different words."""

from __future__ import annotations

from typing import Any

import pytest

from geo import Geoparser
from geo.model.article import Article
from geo.temporal._tense import future
from tests.events_support import event_triples


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _features(parser: Geoparser, text: str, published: str) -> list[Any]:
    return [
        f.properties
        for f in parser.extract_features(Article("t", text, published=published))
        if f.properties.event_type != "mention"
    ]


# temporal/_tense: a date in a past conjunct keeps the past when the future cue is in the other conjunct


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("About 20 advisers arrived in Basra on Monday, and a second team is due next month.", "on Monday"),
        ("The pact was signed in Ankara on March 3 and will be reviewed every year.", "on March 3"),
        ("The frigate sailed from Varna on Thursday but is due to return to port next week.", "on Thursday"),
        ("Two companies deployed to Tapa on Sunday and will stay until the spring.", "on Sunday"),
    ],
)
def test_past_conjunct_keeps_its_date_in_the_past(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert not future(text, at, at + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The battalion will leave Gao on Monday and hand its camp to the army.", "on Monday"),
        ("Troops arrived last year, and more will land on Friday.", "on Friday"),
        ("The ministers will meet in Sofia on June 4.", "on June 4"),
    ],
)
def test_future_conjunct_still_speaks_of_the_future(text: str, phrase: str) -> None:
    at = text.index(phrase)
    assert future(text, at, at + len(phrase))


def test_past_arrival_beside_a_planned_one_is_dated_back(parser: Geoparser) -> None:
    text = "Forty instructors arrived in Basra on Monday, and another group is expected in Erbil next month."
    events = event_triples(parser, text, "2025-03-12")
    assert ("Basra", "deployment", "2025-03-10") in events, events


# lexicon/events_count_words: more nouns of who was killed


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("US forces killed two Islamic State operatives in a drone strike near Al-Bab on Thursday.", 2),
        ("Soldiers killed four assailants in a clash near Gao on Monday.", 4),
        ("Jets killed three Houthi combatants in an air strike on Hodeidah on Tuesday.", 3),
    ],
)
def test_operatives_combatants_and_assailants_are_dead(parser: Geoparser, text: str, toll: int) -> None:
    assert any(p.fatalities == toll for p in _features(parser, text, "2025-04-19"))


# lexicon/events_cues: "<troops> of/from <unit> landed at X" is an arrival


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Around 200 soldiers of the regiment landed at Pristina airport on Saturday.", "Pristina airport"),
        ("About 150 troops from the Estonian Defence League landed at Tartu airfield.", "Tartu airfield"),
        ("Paratroopers of the 173rd Airborne Brigade landed in Riga on Monday.", "Riga"),
    ],
)
def test_troops_of_a_unit_that_landed_arrived(parser: Geoparser, text: str, place: str) -> None:
    found = _features(parser, text, "2025-04-19")
    assert any(p.name == place and p.event_type == "deployment" for p in found), found


def test_planes_that_landed_are_no_arrival_of_troops(parser: Geoparser) -> None:
    text = "Two planes from the base landed at Riga airport on Monday."
    assert not any(p.event_type == "deployment" for p in _features(parser, text, "2025-04-19"))


# events/intent: a decision is dated by its own time, not by the end of what it decides


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        (
            "EU ministers agreed in December to extend the naval mission off Somalia until February 2027.",
            "Somalia",
            "2024-12",
        ),
        ("The parliament voted last month to prolong the mandate in Mali until 2026.", "Mali", "2025-01"),
        (
            "The Security Council decided on Thursday to renew the force's mandate in Lebanon until 2026.",
            "Lebanon",
            "2025-02-13",
        ),
        (
            "Ministers in Vilnius agreed in January to keep the battalion in Lithuania until 2030.",
            "Lithuania",
            "2025-01",
        ),
    ],
)
def test_decision_to_extend_is_dated_at_it(parser: Geoparser, text: str, place: str, date: str) -> None:
    events = event_triples(parser, text, "2025-02-19")
    assert (place, "political", date) in events, events


# lexicon: warship types name naval forces as frigates do (patrols, arrivals and sendings are theirs)


@pytest.mark.parametrize(
    ("text", "place", "kind"),
    [
        (
            "Minehunters from Romania and Bulgaria began a joint patrol in the Black Sea on Monday.",
            "Black Sea",
            "presence",
        ),
        ("Two corvettes patrol the Adriatic Sea.", "Adriatic Sea", "presence"),
        ("Bulgaria sent two minehunters to Varna on Monday.", "Varna", "deployment"),
    ],
)
def test_warship_types_are_naval_forces(parser: Geoparser, text: str, place: str, kind: str) -> None:
    found = _features(parser, text, "2024-07-02")
    assert any(p.name == place and p.event_type == kind for p in found), found


# events_cues (move), events/choice.aimed: forces moved to a place went there, whatever else the clause tells


@pytest.mark.parametrize(
    ("text", "place", "published"),
    [
        (
            "The coalition is due to end its mission in Baghdad by September and move its forces to Erbil.",
            "Erbil",
            "2025-04-19",
        ),
        (
            "The UN ended its mission in Kidal and moved its peacekeepers to Gao in November.",
            "Gao",
            "2025-04-19",
        ),
        ("Britain moved 300 soldiers back to Tapa on Monday.", "Tapa", "2025-03-12"),
        ("The coalition will move its remaining forces to Erbil by September.", "Erbil", "2025-03-12"),
    ],
)
def test_forces_moved_to_a_place_are_deployed_there(
    parser: Geoparser, text: str, place: str, published: str
) -> None:
    found = _features(parser, text, published)
    assert any(p.name == place and p.event_type == "deployment" for p in found), found


def test_the_place_left_keeps_its_withdrawal(parser: Geoparser) -> None:
    text = "The UN ended its mission in Kidal and moved its peacekeepers to Gao in November."
    found = _features(parser, text, "2025-04-19")
    assert any(p.name == "Kidal" and p.event_type == "withdrawal" for p in found), found


def test_a_firm_that_moved_its_offices_tells_no_deployment(parser: Geoparser) -> None:
    found = _features(parser, "The company moved its offices to Erbil last year.", "2025-03-12")
    assert not any(p.event_type == "deployment" for p in found), found


# events_cues (redeployed to) with events/choice.aimed: the goal of a redeployment is a deployment there


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Some units were redeployed to North Kivu and Ituri, where the mission protects civilians.",
            "Ituri",
        ),
        ("The battalion was redeployed from Gao to Menaka on Friday.", "Menaka"),
        ("Some 400 troops were redeployed to Sake on Monday.", "Sake"),
    ],
)
def test_forces_redeployed_to_a_place_arrive_there(parser: Geoparser, text: str, place: str) -> None:
    found = _features(parser, text, "2024-07-02")
    assert any(p.name == place and p.event_type == "deployment" for p in found), found


def test_forces_redeployed_from_a_place_leave_it(parser: Geoparser) -> None:
    found = _features(parser, "The army redeployed units from Kidal last year.", "2024-07-02")
    assert any(p.name == "Kidal" and p.event_type == "withdrawal" for p in found), found


# events_cues (expected in/at): forces expected at a named place are to arrive there; a month is no place


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("More troops are expected in Vilnius next month.", "Vilnius", "2025-04"),
        ("A second team of advisers is expected at a college in Erbil next month.", "Erbil", "2025-04"),
        ("About 300 Dutch soldiers are expected in Tapa in June.", "Tapa", "2025-06"),
    ],
)
def test_forces_expected_at_a_place_are_a_planned_deployment(
    parser: Geoparser, text: str, place: str, date: str
) -> None:
    events = event_triples(parser, text, "2025-03-12")
    assert (place, "deployment", date) in events, events


@pytest.mark.parametrize(
    "text",
    [
        "The legion will drill at a range outside Lublin, and its first recruits are expected in September.",
        "Results of the vote are expected in Baghdad next week.",
        "The minister is expected in Vilnius on Friday.",
    ],
)
def test_no_deployment_expected_without_forces_or_with_a_month(parser: Geoparser, text: str) -> None:
    assert not any(p.event_type == "deployment" for p in _features(parser, text, "2025-03-12"))
