"""A deadline followed by an infinitive names the time someone has to do something: it lies ahead.

"gives the force until December 31 to pull out" in a July story is the coming December 31, not the one
before (wave 35, art35a). Told in the past ("were given until March 1 to leave") the deadline may have
run out before the story, so the nearest date either way is kept.
"""

from __future__ import annotations

import pytest

from geo.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        ("The resolution gives the force until December 31 to pull out.", "2023-07-01", "../2023-12-31"),
        ("The junta has given French envoys until January 15 to leave.", "2023-12-20", "../2024-01-15"),
        ("Fishermen have until 30 September to register their boats.", "2024-10-10", "../2025-09-30"),
        ("The ultimatum gives the rebels until Friday to disarm.", "2023-07-01", "../2023-07-07"),
    ],
)
def test_deadline_with_infinitive_lies_ahead(text: str, published: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text, published=published)] == [edtf]


@pytest.mark.parametrize(
    ("text", "published", "edtf"),
    [
        ("Residents were given until March 1 to leave the camp.", "2023-07-01", "../2023-03-01"),
        ("The mission stayed until December 31.", "2023-07-01", "../2022-12-31"),
        ("Troops stayed from May until June to the end.", "2023-07-01", "2023-05/2023-06"),
    ],
)
def test_without_infinitive_or_told_in_the_past_nearest(text: str, published: str, edtf: str) -> None:
    assert [d.edtf for d in find_dates(text, published=published)] == [edtf]
