"""A person's residence in an apposition ("Jane Doe, 34, of X,") is no site of the sentence's event (our
own example sentences)."""

from __future__ import annotations

import pytest

from geo.events.residences import residences
from tests.events_support import resolved, taggers

# name -> (id, class, country)
PLACES = {
    "Dayton": ("test:dayton", "city", "US"),
    "Kirkuk": ("geonames:94787", "city", "IQ"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, 34, of Dayton, was wounded in the shooting on Monday.",
        "Police said the gunman shot Sgt. John Roe, of Dayton.",
    ],
)
def test_a_residence_apposition_is_no_site(text: str) -> None:
    assert not events(text, "Dayton")


def test_a_place_after_of_that_is_no_apposition_stays_a_site() -> None:
    assert ("Kirkuk", "attack") in {
        (p, k) for p, k, _ in events("Gunmen attacked the outskirts of Kirkuk.", "Kirkuk")
    }
    text = "Militants attacked the city of Kirkuk, officials said."
    assert not residences(text, resolved(text, PLACES, "Kirkuk"))
