"""Near misses of the civil guards of near27 (docs/events.md, "Tenth pass, near27"): our own news-like
sentences in which a firm, a veterinary or trade measure, civilian staff or a railway takes the words of
statecraft or of forces' movements, or a nation only names a flag. Each must give no event at its place;
controls with armed forces or states check that the guards keep the events they resemble."""

from __future__ import annotations

import pytest

from tests.events_support import named_types, taggers

PLACES = {
    "Ruritania": ("test:ruritania", "country", "RU"),
    "Norland": ("test:norland", "country", "NO"),
    "Kelso": ("test:kelso", "city", "RU"),
    "Brant": ("test:brant", "city", "RU"),
}
NAMES = tuple(PLACES)

tags, events = taggers(PLACES)


def _events(text: str) -> set[tuple[str, str]]:
    return named_types(tags, text, NAMES, published="2023-06-20")


NEAR_MISSES = {
    # a firm named as who acts before a political cue (geo.events.civil.firm_act)
    "firm": [
        "Acme, a Ruritania-based firm, signed a deal with Norland's biggest bank.",
        "Velo, a Norland-based carmaker, signed an agreement with a supplier in Ruritania.",
        "The Ruritania producer Acme has signed agreements with insurers over pensions in Norland.",
        "The Norland airline has signed a deal with a Ruritania leasing company.",
    ],
    # farm animals, meat and their diseases in a political sentence (geo.events.civil.livestock_measure)
    "livestock": [
        "Ruritania banned poultry imports from Norland after an outbreak of bird flu.",
        "The minister issued a ban on moving cattle out of Kelso.",
        "Norland decided to resume beef imports from Ruritania on Monday.",
        "Hunting was banned around Kelso over fears of swine fever.",
    ],
    # civilian staff as the subject of a presence or deployment cue (geo.events.civil.civil_staff)
    "civil staff": [
        "Aid workers arrived in Brant as the army reopened the road.",
        "Nurses arrived in Kelso on a military plane.",
        "Twenty journalists arrived in Brant on an army convoy.",
        "Scientists were deployed to Kelso after troops found the contaminated well.",
        "A 12-member team of veterinarians arrived in Kelso on Monday.",
    ],
    # a name before "flag(s)": the flag's nation, no site (geo.events.bystanders.describes)
    "flags": [
        "Crowds waving Norland flags called for the release of the former president.",
        "Thousands holding Norland flags called on the court to free the president.",
        "Protesters burned Norland flags and demanded sanctions.",
    ],
    # a place inside a body's name whose words hold an ampersand (geo.events.bodies)
    "ampersand names": [
        "Protesters marched at Kelso A&M University on Monday.",
        "Graduates of Kelso A&M University marched to the capitol on Monday.",
        "Students of Kelso A&M College protested on Monday.",
    ],
    # the railway noun "train" before a noun it modifies (the training cue)
    "train noun": [
        "The army surplus store in Kelso sold toy tank and train sets.",
        "Soldiers on leave crowded the train station in Kelso.",
        "Train services between Kelso and Brant resumed after the army cleared the snow.",
    ],
}

CASES = [(rule, text) for rule, texts in NEAR_MISSES.items() for text in texts]


@pytest.mark.parametrize(("rule", "text"), CASES, ids=[f"{r}-{i}" for i, (r, _) in enumerate(CASES)])
def test_a_civil_near_miss_gives_no_event(rule: str, text: str) -> None:
    assert _events(text) == set(), rule


CONTROLS = [
    ("Ruritania signed an agreement with Norland to create a joint company.", ("Ruritania", "political")),
    ("The government of Ruritania and the company agreed on a ceasefire in Kelso.", ("Kelso", "political")),
    ("A private military company signed a deal with Ruritania on Monday.", ("Ruritania", "political")),
    ("Norland imposed sanctions on Ruritania on Monday.", ("Ruritania", "political")),
    ("Troops and doctors were deployed to Kelso on Monday.", ("Kelso", "deployment")),
    ("A 200-member team of soldiers arrived in Kelso on Monday.", ("Kelso", "deployment")),
    ("Norland troops arrived in Kelso to help the doctors.", ("Kelso", "deployment")),
    ("Rebels attacked Kelso, waving black flags.", ("Kelso", "attack")),
    ("Norland troops waving their flags arrived in Kelso.", ("Kelso", "deployment")),
    ("Rebels attacked Kelso A&M Road on Monday.", ("Kelso", "attack")),
    ("Norland soldiers train Ruritania troops in Kelso.", ("Kelso", "training")),
    ("Instructors trained 300 soldiers in Kelso last month.", ("Kelso", "training")),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLS)
def test_the_civil_guards_keep_events_of_forces_and_states(text: str, expected: tuple[str, str]) -> None:
    assert expected in _events(text)
