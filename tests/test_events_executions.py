""""Execution of" a plan, agenda, law, judgement or agreement is no killing (our own example sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

PLACES = {"Moldova": ("iso:MD", "country", "MD")}
tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    "thing",
    ["insidious agendas", "a secret scheme", "the new laws", "the judgment", "the ceasefire agreement"],
)
def test_carrying_out_a_thing_is_no_killing(thing: str) -> None:
    text = f"The report blamed officials in Moldova for the execution of {thing}."
    assert "attack" not in {kind for _, kind, _ in events(text, "Moldova")}


def test_the_execution_of_prisoners_is_a_killing() -> None:
    text = "Rebels carried out the execution of two prisoners in Moldova on Monday."
    assert {kind for _, kind, _ in events(text, "Moldova")} == {"attack"}
