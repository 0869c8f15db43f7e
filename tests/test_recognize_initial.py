"""A well-known city at a sentence start stays a place; common words there still need a cue."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.lexicon.weights import default_weights


def _places(parser: Geoparser, text: str) -> list[str]:
    return [t.surface for t in parser.recognize(text) if t.kind == "place"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Moscow has been shelling the coast for a week.", "Moscow"),
        ("Berlin wants the mission extended.", "Berlin"),
    ],
)
def test_capital_as_subject(parser: Geoparser, text: str, surface: str) -> None:
    assert surface in _places(parser, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sale of the old frigates was approved.",
        "Reading the report took an hour.",
        "Ben told reporters the convoy was late.",
        "Will the troops stay?",
    ],
)
def test_common_words_at_a_sentence_start_stay_out(parser: Geoparser, text: str) -> None:
    assert _places(parser, text) == []


def test_threshold_is_data() -> None:
    weights = default_weights().recogniser
    assert weights.common_min_weight < weights.initial_min_weight <= 1.0


def test_appositive_naming_a_town_is_a_cue(parser: Geoparser) -> None:
    # "Dori" is also a given name: the appositive says it is a town
    text = "The convoy left the day before Dori, chief town of the Sahel region, with food."
    assert "Dori" in _places(parser, text)
