"""A seizure of power told in a clause without a place is an event of the one country its sentence names
(docs/events.md, "Eighteenth pass, ev37a"; :mod:`geo.events.seizures`). Sentences of our own; near misses
keep their old reading."""

from __future__ import annotations

from typing import Any

import pytest

from geo.model.article import Article

PUBLISHED = "2024-08-05"


def _kinds(parser: Any, text: str) -> set[tuple[str, str, str]]:
    collection = parser.extract(Article(id="t", text=text, published=PUBLISHED))
    return {
        (f.properties.name or "", f.properties.event_type, f.properties.date) for f in collection.features
    }


# (sentence, place, date of the coup)
SEIZED = [
    # a clause of sequence, a relative of the country, a relative of the subject
    (
        "About 800 French soldiers were stationed in Mali before the army seized power in August 2020.",
        "Mali",
        "2020-08",
    ),
    (
        "Guinea, whose special forces commander overthrew the president in September 2021, has delayed "
        "the elections.",
        "Guinea",
        "2021-09",
    ),
    ("The generals, who staged a coup in May 2021, now rule Mali with Russian help.", "Mali", "2021-05"),
]


@pytest.mark.parametrize(("text", "place", "date"), SEIZED)
def test_a_coup_is_the_named_states(parser: Any, text: str, place: str, date: str) -> None:
    assert (place, "political", date) in _kinds(parser, text)


# (sentence, place): no political event there
KEPT = [
    # several countries: whose coup is not told
    ("French forces left Mali, Burkina Faso and Niger after coups in 2020, 2022 and 2023.", "Niger"),
    # a counterpart of a relation
    ("The rulers, who seized power in 2022, favour close ties with Russia.", "Russia"),
    # no time of the coup's own, or only how old it is: background
    ("Foreign troops stayed in Niger, where the army had seized power.", "Niger"),
    ("Foreign troops left Niger after the generals took power there a year ago.", "Niger"),
]


@pytest.mark.parametrize(("text", "place"), KEPT)
def test_a_coup_without_its_state_or_time_stays_background(parser: Any, text: str, place: str) -> None:
    assert not any(name == place and kind == "political" for name, kind, _ in _kinds(parser, text))
