"""Evacuations of civilians are no withdrawal of forces (our own example sentences); evacuations of
forces, or of fighters beside civilians, are."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Kirkuk": ("geonames:94787", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "Army units evacuated hundreds of residents from Kirkuk as the river rose on Monday.",
        "Soldiers say they have evacuated women and children from Kirkuk.",
        "On Monday thousands of villagers were evacuated from Kirkuk by army trucks.",
    ],
)
def test_an_evacuation_of_civilians_is_no_withdrawal(text: str) -> None:
    assert "withdrawal" not in {k for _, k, _ in events(text, "Kirkuk")}


@pytest.mark.parametrize(
    "text",
    [
        "The army evacuated its troops from Mosul on Monday.",
        "On Monday buses evacuated fighters and civilians from Mosul.",
        "On Monday the last soldiers were evacuated from Mosul.",
    ],
)
def test_an_evacuation_of_forces_is_a_withdrawal(text: str) -> None:
    assert "withdrawal" in {k for _, k, _ in events(text, "Mosul")}
