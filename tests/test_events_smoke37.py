"""Plain news sentences of our own (docs/events.md, "Eighteenth pass, smoke37"): common words for an act
that the cue lexicon lacked, and the share of the smoke37 sentence file that geo gets right."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from geo.extract import Geoparser
from geo.model.article import Article

#: Published on Thursday 8 February 2024: Monday is the 5th, Tuesday the 6th, Friday the 2nd.
PUBLISHED = "2024-02-08"

SENTENCES = Path(__file__).parent / "data" / "smoke37_sentences.tsv"

#: The share of the sentence file right at the end of the smoke37 pass, less 0.03.
FLOOR = 0.848


@pytest.fixture(scope="module")
def parser() -> Geoparser:
    return Geoparser()


def _events(parser: Geoparser, text: str) -> list[tuple[str, str, str]]:
    features = parser.extract_features(Article(id="s", text=text, published=PUBLISHED))
    return [
        (f.properties.name, str(f.properties.event_type), str(f.properties.date))
        for f in features
        if f.properties.event_type != "mention"
    ]


#: "snatch" with people as its object: an abduction.
SNATCHED = [
    ("Armed men snatched two aid workers in Goma on Friday.", "Goma", "2024-02-02"),
    ("Bandits snatched 15 passengers from a bus near Kaduna on Monday.", "Kaduna", "2024-02-05"),
    ("Gunmen snatched a priest from his parish in Zamfara on Monday night.", "Zamfara", "2024-02-05"),
]

#: Units that "reached" a named place: a deployment there.
REACHED = [
    ("The first Estonian soldiers reached Bamako last week.", "Bamako", "2024-01-29/2024-02-04"),
    ("A convoy of Kenyan police reached Port-au-Prince on Monday.", "Port-au-Prince", "2024-02-05"),
    ("Chadian troops have reached Maiduguri, the army said on Tuesday.", "Maiduguri", "2024-02-06"),
]

#: Forces that drill with or alongside others: training.
DRILLED = [
    ("British troops are drilling with Estonian soldiers near Tallinn.", "Tallinn", None),
    ("Marines drilled alongside Philippine troops in Palawan on Tuesday.", "Palawan", "2024-02-06"),
    ("Dutch commandos drilled with Lithuanian troops near Vilnius last week.", "Vilnius", None),
]


#: "took ... captive" with its object between: an abduction.
CAPTIVE = [
    ("Pirates took the crew of a fishing boat captive near Eyl on Tuesday.", "Eyl", "2024-02-06"),
    ("Rebels took three engineers captive near Bunia on Monday.", "Bunia", "2024-02-05"),
    ("Gunmen took two nuns captive in Zamfara on Friday.", "Zamfara", "2024-02-02"),
]

#: Flags or effigies burned: a protest.
BURNED = [
    ("A crowd burned French flags in Ouagadougou on Friday.", "Ouagadougou", "2024-02-02"),
    ("Crowds burned US flags outside the embassy in Baghdad on Monday.", "Baghdad", "2024-02-05"),
    ("Youths burnt an effigy of the prime minister in Dakar on Saturday.", "Dakar", "2024-02-03"),
]

#: A constitution suspended, a parliament or government dissolved: a decision of state.
DISSOLVED = [
    ("The army suspended the constitution in Niger on Wednesday.", "Niger", "2024-02-07"),
    ("The junta dissolved parliament in Ouagadougou on Tuesday.", "Ouagadougou", "2024-02-06"),
    ("The military rulers dissolved the national assembly in Bamako on Friday.", "Bamako", "2024-02-02"),
]


#: Roads or bridges blocked or barricaded to protest or to demand something: a protest.
BLOCKADES = [
    ("Hundreds blocked roads in Goma on Friday to protest against the rebels.", "Goma", "2024-02-02"),
    (
        "Truck drivers barricaded the highway near Kaduna on Monday, demanding better security.",
        "Kaduna",
        "2024-02-05",
    ),
    (
        "Youths blocked a bridge in Dakar on Saturday in protest at the arrest of a rapper.",
        "Dakar",
        "2024-02-03",
    ),
]


@pytest.mark.parametrize(("text", "place", "date"), SNATCHED)
def test_snatched_people_is_an_abduction(parser: Geoparser, text: str, place: str, date: str) -> None:
    assert (place, "abduction", date) in _events(parser, text)


@pytest.mark.parametrize(("text", "place", "date"), REACHED)
def test_units_that_reached_a_place(parser: Geoparser, text: str, place: str, date: str) -> None:
    assert (place, "deployment", date) in _events(parser, text)


@pytest.mark.parametrize(("text", "place", "date"), DRILLED)
def test_forces_drilling_together_train(parser: Geoparser, text: str, place: str, date: str | None) -> None:
    found = [(name, kind) for name, kind, _ in _events(parser, text)]
    assert (place, "training") in found


@pytest.mark.parametrize(
    ("text", "place", "date", "kind"),
    [(*row, "abduction") for row in CAPTIVE]
    + [(*row, "protest") for row in BURNED]
    + [(*row, "political") for row in DISSOLVED]
    + [(*row, "protest") for row in BLOCKADES],
)
def test_acts_told_by_a_common_phrase(parser: Geoparser, text: str, place: str, date: str, kind: str) -> None:
    assert (place, kind, date) in _events(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "The home side snatched a late victory in Kaduna on Friday.",
        "Negotiators reached a deal in Doha on Monday.",
        "Engineers are drilling for oil near Basra.",
        "Campers burned wood in Dakar on Friday.",
        "The board dissolved the committee in Kaduna on Monday.",
        "Troops blocked the roads into Rafah on Monday.",
    ],
)
def test_other_senses_tell_no_such_event(parser: Geoparser, text: str) -> None:
    kinds = {kind for _, kind, _ in _events(parser, text)}
    assert not kinds & {"abduction", "deployment", "training", "protest", "political"}


def _norm(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return plain.replace("-", " ").replace("'", "")


def _right(parser: Geoparser, text: str, expected: str) -> bool:
    """Whether every expected event (place|types|dates[|kN|tN]) is found, and no other event."""
    features = [
        f.properties
        for f in parser.extract_features(Article(id="s", text=text, published=PUBLISHED))
        if f.properties.event_type != "mention"
    ]
    gold = [] if expected.strip() == "-" else [part.split("|") for part in expected.split(" ; ")]
    used: set[int] = set()
    for name, types, dates, *numbers in gold:
        counts = {field[0]: int(field[1:]) for field in numbers}
        for j, p in enumerate(features):
            if j in used or not (_norm(name) in _norm(p.name) or _norm(p.name) in _norm(name)):
                continue
            if p.event_type not in types.split(",") or str(p.date) not in dates.split(" or "):
                continue
            if counts.get("k", p.fatalities) != p.fatalities or counts.get("t", p.troops) != p.troops:
                continue
            used.add(j)
            break
        else:
            return False
    return len(used) == len(features)


def test_share_of_the_sentence_file_right(parser: Geoparser) -> None:
    rows = [line.split("\t") for line in SENTENCES.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = sum(_right(parser, text, expected) for text, expected in rows)
    share = right / len(rows)
    print(f"smoke37 sentences right: {right}/{len(rows)} = {share:.3f}")
    assert share >= FLOOR
