"""What is prevented, averted or avoided did not happen (our own example sentences)."""

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
        "The new cameras are meant to help prevent bombings in Kirkuk.",
        "Elders met on Monday to avert clashes in Kirkuk.",
        "Drivers took a long detour to avoid shelling near Kirkuk.",
    ],
)
def test_a_prevented_violent_cue_is_no_event(text: str) -> None:
    assert not events(text, "Kirkuk")
    assert {t.event_type for t in tags(text, "Kirkuk")} == {"mention"}


def test_the_event_a_prevention_follows_stays() -> None:
    text = "After militants attacked Mosul, the army sent more guards to prevent looting."
    assert {k for _, k, _ in events(text, "Mosul")} == {"attack"}
