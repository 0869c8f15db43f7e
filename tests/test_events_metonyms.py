"""A capital that acts stands for its state, as an actor too (docs/events.md, "Eighteenth pass, ev37a";
:mod:`geo.events.metonyms`): a state's act from afar told with its capital as subject is a strike, as with the
country's name. Sentences of our own; near misses keep their old reading."""

from __future__ import annotations

from typing import Any

import pytest

from tests.events_support import named_kinds

PUBLISHED = "2024-05-20"


def _kinds(parser: Any, text: str) -> set[tuple[str, str]]:
    return named_kinds(parser, text, published=PUBLISHED)


# (sentence, place, kind, not kind)
TOLD = [
    ("Ankara shelled Kurdish positions near Tal Rifaat on Sunday.", "Tal Rifaat", "strike", "attack"),
    ("Tehran fired missiles at Erbil on Monday.", "Erbil", "strike", "attack"),
    ("Moscow launched missiles at Odesa overnight.", "Odesa", "strike", "attack"),
    # near misses: an armed group acts; a capital that speaks is no actor of what it reports
    ("Gunmen attacked a checkpoint in Kabul with rockets.", "Kabul", "rocket_attack", "strike"),
    ("Moscow said rebels fired rockets at Donetsk.", "Donetsk", "rocket_attack", "strike"),
]


@pytest.mark.parametrize(("text", "place", "kind", "other"), TOLD)
def test_a_capital_acting_is_its_state(parser: Any, text: str, place: str, kind: str, other: str) -> None:
    found = _kinds(parser, text)
    assert (place, kind) in found
    assert (place, other) not in found
