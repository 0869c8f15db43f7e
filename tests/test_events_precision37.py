"""False events that recur across article sets (docs/events.md, "Eighteenth pass, ev37d"), told in our own
words: each rule is tried on three or more sentences of different wording, and near misses must keep their
old reading."""

from __future__ import annotations

from typing import Any

import pytest

from geo.events.venues import at_venue
from geo.recognize.boilerplate import boilerplate_spans
from tests.events_support import named_kinds

PUBLISHED = "2024-05-10"  # a Friday


def _kinds(parser: Any, text: str) -> set[tuple[str, str]]:
    return named_kinds(parser, text, published=PUBLISHED)


# (sentence, venue): the venue of a decision (geo.events.venues)
# takes the political act, never the movement it decides
VENUES = [
    ("The text adopted in Geneva gives the mission until late March to leave and close its camps.", "Geneva"),
    (
        "The accord signed at Addis Ababa last week provides for the withdrawal of foreign forces.",
        "Addis Ababa",
    ),
    ("Last week negotiators agreed in Arusha on the pullout of the regional force.", "Arusha"),
    ("Envoys of both states agreed in Doha on Sunday on the departure of the foreign brigades.", "Doha"),
]


@pytest.mark.parametrize(("text", "venue"), VENUES)
def test_the_venue_of_a_decision_hosts_the_decision(parser: Any, text: str, venue: str) -> None:
    kinds = {kind for name, kind in _kinds(parser, text) if name == venue}
    assert kinds <= {"political", "mention"}
    assert "political" in kinds or not kinds - {"mention"}


# (sentence, place, kind): a place after "in" that no verb of deciding governs keeps its event
KEPT_VENUE = [
    ("The council agreed to deploy 400 soldiers in Bangui on Monday.", "Bangui", "deployment"),
    ("Recruits who signed up last year arrived in Kidal on Monday.", "Kidal", "deployment"),
    ("The battalion left Gao on Tuesday after the vote.", "Gao", "withdrawal"),
]


@pytest.mark.parametrize(("text", "place", "kind"), KEPT_VENUE)
def test_a_place_not_governed_by_a_decision_keeps_its_event(
    parser: Any, text: str, place: str, kind: str
) -> None:
    assert (place, kind) in _kinds(parser, text)


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("The resolution, adopted on Thursday in X", True),
        ("the accord signed in X", True),
        ("the two sides agreed unanimously at the X", True),
        ("the deal they ratified on 3 March in X", True),
        ("the council agreed to send troops in X", False),
        ("soldiers were deployed in X", False),
        ("the accord signed with X", False),
    ],
)
def test_at_venue(text: str, venue: bool) -> None:
    assert at_venue(text, text.index("X")) is venue


# (sentence, capital): a capital or country that keeps or maintains troops abroad stands for its government
# (the acting class of events_context_words, read by geo.events.subjects): no host of the clause after
KEEPERS = [
    ("Washington keeps 1,800 soldiers in Kuwait and 600 in Qatar, where they train units.", "Washington"),
    ("Paris still maintains 1,000 soldiers in Chad and Djibouti, where they train the armies.", "Paris"),
    ("Ankara maintains a garrison in Bashiqa, where its officers train local fighters.", "Ankara"),
]


@pytest.mark.parametrize(("text", "capital"), KEEPERS)
def test_a_state_keeping_troops_abroad_hosts_no_event(parser: Any, text: str, capital: str) -> None:
    assert {kind for name, kind in _kinds(parser, text) if name == capital} <= {"mention"}


# (sentence, place, kind): where the troops are kept keeps its event
KEPT_HOST = [
    ("Britain keeps 700 soldiers in Latvia, its largest contingent abroad.", "Latvia", "presence"),
    ("Washington keeps 1,800 soldiers in Kuwait and 600 in Qatar, where they train.", "Kuwait", "presence"),
]


@pytest.mark.parametrize(("text", "place", "kind"), KEPT_HOST)
def test_where_troops_are_kept_keeps_its_event(parser: Any, text: str, place: str, kind: str) -> None:
    assert (place, kind) in _kinds(parser, text)


# (sentence, village): a village the gazetteer lacks, matched by a like spelling to a namesake on another
# continent (far from every other place of the text), takes no event there (geo.events.guesses)
GUESSES = [
    (
        "Gunmen shot two fighters at a checkpoint in Thiban, in the Deir ez-Zor countryside, on Monday.",
        "Thiban",
    ),
    ("Militants overran an army post at Busley in the Lower Shabelle region on Monday.", "Busley"),
    ("Fighters attacked a patrol outside Thiban on Sunday, officials in Hasakah said.", "Thiban"),
    ("A roadside bomb hit a convoy near Busley, west of Mogadishu, on Saturday.", "Busley"),
]


@pytest.mark.parametrize(("text", "village"), GUESSES)
def test_a_far_guess_takes_no_event(parser: Any, text: str, village: str) -> None:
    assert {kind for name, kind in _kinds(parser, text) if name == village} <= {"mention"}


def test_a_village_resolved_near_the_story_keeps_its_event(parser: Any) -> None:
    text = "Rebels seized the village of Karma, east of Ouahigouya, on Friday."
    assert ("Karma", "attack") in _kinds(parser, text)


# (sentence, country): regular forces or ships "from X" (no word of removal before them): X is where they
# come from, no site (the recruits class of events_context_words, geo.events.accused.recruited)
ORIGINS = [
    ("The battlegroup numbers about 1,200 soldiers from Spain, Portugal and Slovenia.", "Spain"),
    ("Warships from Denmark and Norway have rotated through the task force since January.", "Denmark"),
    ("Warships from Denmark and Norway have rotated through the task force since January.", "Norway"),
]


@pytest.mark.parametrize(("text", "country"), ORIGINS)
def test_where_forces_come_from_is_no_site(parser: Any, text: str, country: str) -> None:
    assert {kind for name, kind in _kinds(parser, text) if name == country} <= {"mention"}


# (sentence, place, kind): forces taken out of a place ("airlifted the last 200 French troops from X", four
# words between the verb of removal and the noun) leave it: a site
KEPT_SOURCE = [
    ("Planes airlifted the last 200 French troops from Menaka on Tuesday.", "Menaka", "deployment"),
    ("Italy withdrew its soldiers from Herat on Monday.", "Herat", "withdrawal"),
]


@pytest.mark.parametrize(("text", "place", "kind"), KEPT_SOURCE)
def test_forces_removed_from_a_place_keep_it_a_site(parser: Any, text: str, place: str, kind: str) -> None:
    assert (place, kind) in _kinds(parser, text)


# a share button with its object noun heads a line of page chrome, links after it included
# (recognize_boilerplate, role line): the place in the linked headline takes no event
@pytest.mark.parametrize(
    "text",
    [
        "Share this story | Most read: Troops leave Gao",
        "Share this gallery | Next: Scenes from Kidal",
        "Share this article | Read more: Kabul votes on a new budget",
    ],
)
def test_a_share_line_is_chrome(text: str) -> None:
    assert boilerplate_spans(text + "\nThe army said.") == [(0, len(text))]


def test_a_sentence_about_sharing_is_no_chrome() -> None:
    assert boilerplate_spans("Share this view with friends in Kidal, officials said.") == []


# (sentence, country): a country before a unit of its own ("X's 800-strong battalion", "X's peacekeepers")
# says whose the unit is (the modified class of events_context_words): no site of what happens to the unit
UNITS_OF = [
    ("The Kenyan units left Kismayo, leaving Uganda's 4,000-strong contingent to hold the sector.", "Uganda"),
    ("Rebels attacked Burundi's 800-strong battalion near Jowhar on Sunday.", "Burundi"),
    ("Militants shelled Burundi's battalion outside Baidoa on Monday.", "Burundi"),
    ("Gunmen fired on Senegal's peacekeepers near Kidal on Monday.", "Senegal"),
]


@pytest.mark.parametrize(("text", "country"), UNITS_OF)
def test_a_state_named_with_its_unit_is_no_site(parser: Any, text: str, country: str) -> None:
    assert {kind for name, kind in _kinds(parser, text) if name == country} <= {"mention"}


def test_where_the_unit_is_keeps_its_event(parser: Any) -> None:
    kinds = _kinds(parser, "Rebels attacked Burundi's 800-strong battalion near Jowhar on Sunday.")
    assert ("Jowhar", "attack") in kinds
