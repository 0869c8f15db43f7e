"""A firm or a civilian "based in" a place is no presence of forces there (our own example sentences)."""

from __future__ import annotations

from tests.events_support import taggers

PLACES = {"Dover": ("test:dover", "city", "US"), "Kessa": ("test:kessa", "city", "NE")}
tags, events = taggers(PLACES)


def test_a_firm_or_an_activist_based_in_a_place() -> None:
    assert events("An arms company based in Dover sold tanks to the army last year.", "Dover") == set()
    text = "A rights activist based in Kessa said soldiers had left the area."
    assert ("Kessa", "presence") not in {(place, kind) for place, kind, _ in events(text, "Kessa")}


def test_troops_based_in_a_place_are_present() -> None:
    found = events("Some 300 French troops based in Kessa patrol the border.", "Kessa")
    assert ("Kessa", "presence") in {(place, kind) for place, kind, _ in found}
