"""A place inside a quoted title of a show, book or product is no site of the sentence's event (our own
example sentences)."""

from __future__ import annotations

from geo.events.titles import in_quoted_titles
from tests.events_support import resolved, taggers

PLACES = {"Dover": ("test:dover", "city", "US"), "Kessa": ("test:kessa", "city", "NE")}
tags, events = taggers(PLACES)


def test_places_in_quoted_titles() -> None:
    text = (
        'The "Stars Over Dover" singer met fans. He said: "Troops will leave Kessa soon." '
        'They cheered "Kessa".'
    )
    spans = in_quoted_titles(text, resolved(text, PLACES, "Dover", "Kessa"))
    assert {text[a:b] for a, b in spans} == {"Dover"}


def test_the_star_of_a_show_named_after_a_place_was_attacked_elsewhere() -> None:
    text = 'The "Roads of Dover" actress was attacked by a man with a bottle outside a cafe, police said.'
    assert events(text, "Dover") == set()


def test_a_quoted_group_named_for_where_it_acts_keeps_the_place() -> None:
    text = 'The "Popular Front in Kessa" attacked a checkpoint on Friday.'
    assert in_quoted_titles(text, resolved(text, PLACES, "Kessa")) == set()
