"""Type errors that recur across article sets (docs/events.md, "Sixteenth pass, type35"), told in our own
words: each rule is tried on three or more sentences of different wording, and near misses must keep their
old reading."""

from __future__ import annotations

from typing import Any

import pytest

from geo.events.governing import governing
from tests.events_support import named_kinds

PUBLISHED = "2024-05-10"  # a Friday


def _kinds(parser: Any, text: str) -> set[tuple[str, str]]:
    return named_kinds(parser, text, published=PUBLISHED)


# (kind, sentence, place as written): each must give an event of that kind at that place
FOUND = [
    # a political act of a state's body named with the country in the possessive (events_context_words, body)
    ("political", "Chad's government expelled the French ambassador on Monday.", "Chad"),
    ("political", "Mali's military rulers expelled the Swedish envoy in January.", "Mali"),
    ("political", "Peru's congress voted on Tuesday to end the accord.", "Peru"),
    ("political", "Gabon's authorities suspended cooperation with France in March.", "Gabon"),
    # the other party of a broken bond is no place a political act is about (outranked.about)
    ("political", "Niger's junta revoked its military pact with Washington in March.", "Niger"),
    ("political", "Mali's rulers scrapped a defence pact with Paris in 2022.", "Mali"),
    ("political", "Chad ended its security agreement with Paris on Thursday.", "Chad"),
    # a deployment a state said it would make: the reported future of an announcement (geo.events.announced)
    ("deployment", "The ministry said on Monday it would send 300 more soldiers to Garissa.", "Garissa"),
    ("deployment", "Paris announced that it would deploy two fighter jets to Romania.", "Romania"),
    ("deployment", "Officials confirmed the army would dispatch an extra battalion to Narva.", "Narva"),
]


@pytest.mark.parametrize(("kind", "text", "place"), FOUND)
def test_a_wording_gives_its_type(parser: Any, kind: str, text: str, place: str) -> None:
    assert (place, kind) in _kinds(parser, text)


# (sentence, place): the country stays who acts, no event there
KEPT = [
    ("Israel's army struck Gaza on Monday.", "Israel"),
    ("US troops visited Kuwait's army on Monday.", "Kuwait"),
    ("Turkey and Iran agreed to make Afrin a buffer zone.", "Turkey"),
    # a condition or a negation keeps an announced movement a plan
    ("Officials said troops would move to Kidal if the talks failed.", "Kidal"),
    ("The ministry said it would not send troops to Garissa.", "Garissa"),
]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_a_near_miss_keeps_its_reading(parser: Any, text: str, place: str) -> None:
    assert (place, "mention") in _kinds(parser, text)


def test_an_announced_withdrawal_stays_a_statement_of_intent(parser: Any) -> None:
    text = "Officials said Britain would pull its soldiers out of Mali before December."
    assert ("Mali", "political") in _kinds(parser, text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Chad's parliament voted", True),
        ("Chad's new military rulers said", True),
        ("Chad's national security council met", True),
        ("Chad's troops left", False),
        ("Chad's capital", False),
    ],
)
def test_governing_reads_the_body_after_the_possessive(text: str, found: bool) -> None:
    assert governing(text, 4) is found
