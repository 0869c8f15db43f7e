"""A country as the subject of a verb of undergoing ("X faces an offensive", "X, located in Y, is trying to
contain an insurgent offensive", "X has suffered attacks") is where the violence happens, not its actor;
and the noun "offensive" before a relative pronoun is a cue (our own example sentences)."""

from __future__ import annotations

import pytest

from tests.events_support import taggers

# name -> (id, class, country)
PLACES = {
    "Burkina Faso": ("geonames:2361809", "country", "BF"),
    "Sahel region": ("geonames:2355476", "admin_region", "BF"),
    "France": ("geonames:3017382", "country", "FR"),
}

tags, events = taggers(PLACES)


def kinds(text: str, name: str, published: str = "2023-02-19") -> set[str]:
    return {kind for place, kind, _ in events(text, name, published=published) if place == name}


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso faces a jihadist offensive that began in 2015.",
        "Burkina Faso is trying to contain an insurgent offensive that has lasted since 2016.",
        "Burkina Faso has suffered a series of deadly attacks by armed groups since 2016.",
    ],
)
def test_a_country_undergoing_violence_is_where_it_happens(text: str) -> None:
    assert kinds(text, "Burkina Faso") == {"attack"}


def test_a_locating_aside_between_the_country_and_its_verb_keeps_the_country_the_site() -> None:
    text = (
        "Burkina Faso, located in the wider Sahel region, is still trying to contain an insurgent offensive "
        "that has been going on since 2015."
    )
    found = events(text, "Burkina Faso", "Sahel region", published="2023-02-19")
    assert ("Burkina Faso", "attack", "2015/2023-02-19") in found
    assert not any(p == "Sahel region" for p, _, _ in found)


def test_a_country_that_launches_an_offensive_is_its_actor_not_its_site() -> None:
    assert "attack" not in kinds("France launched a new offensive that lasted three weeks.", "France")
