"""A wire photo's caption that closes with a day over a year before publication and the agency's credit
("..., March 3, 2016. (Reuters)") shows an archive scene: no event of the story; a recent caption, or a
day told inside a clause, still dates an event (our own example sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Tal Afar": ("geonames:292", "city", "IQ"),
    "Mosul": ("geonames:99072", "city", "IQ"),
}

tags, events = taggers(PLACES)


@pytest.mark.parametrize(
    "caption",
    [
        "Militia fighters patrol outside their base in Tal Afar, April 2, 2016. (Reuters)\n\n",
        "Militia fighters patrol outside their base in Tal Afar, 2 April 2016. Photo: AFP\n\n",
        "Militia fighters patrol outside their base in Tal Afar, 2 April 2016. Credit : AP\n\n",
    ],
)
def test_an_old_captioned_photo_tells_no_event(caption: str) -> None:
    text = caption + "Drones struck a convoy in Mosul on Monday, officials said."
    found = events(text, "Tal Afar", "Mosul", published="2023-05-16")
    assert {place for place, _, _ in found} == {"Mosul"}


def test_a_recent_captioned_photo_still_tells_its_event() -> None:
    text = "Militia fighters attack a checkpoint near Tal Afar, May 14, 2023. (Reuters)\n\nMore text follows."
    assert ("Tal Afar", "attack", "2023-05-14") in events(text, "Tal Afar", published="2023-05-16")


def test_an_old_day_inside_a_clause_is_no_caption() -> None:
    text = "Militia fighters attacked a checkpoint near Tal Afar on April 2, 2016. (Reuters) reported it."
    assert {kind for _, kind, _ in events(text, "Tal Afar", published="2023-05-16")} == {"attack"}
