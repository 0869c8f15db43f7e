"""Windows ahead of publication: "by the end of the year", "in the coming weeks", "within 30 days"
(geo.temporal._ahead; our own sentences, published Friday 2024-05-10)."""

from __future__ import annotations

import pytest

from geo.temporal import find_dates
from geo.temporal._ahead import span_ahead, window_ahead

PUBLISHED = "2024-05-10"


def _dates(text: str, published: str = PUBLISHED) -> list[tuple[str, str]]:
    return [(d.surface, d.edtf) for d in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "surface", "edtf"),
    [
        ("The navy will leave the port by the end of the year.", "by the end of the year", "2024-10/2024-12"),
        ("The brigade should be home by year-end.", "by year-end", "2024-10/2024-12"),
        ("The brigade should be home by the year's end.", "by the year's end", "2024-10/2024-12"),
        ("The base will close by end of year.", "by end of year", "2024-10/2024-12"),
        ("The convoy will move by the end of the month.", "by the end of the month", "2024-05-21/2024-05-31"),
        ("The convoy will move by the end of the week.", "by the end of the week", "2024-05-10/2024-05-12"),
        ("More ships will arrive in the coming weeks.", "in the coming weeks", "2024-05-10/2024-06-21"),
        ("More ships will arrive in the coming days.", "in the coming days", "2024-05-10/2024-05-17"),
        ("More ships will arrive in the coming months.", "in the coming months", "2024-05/2024-11"),
        ("Advisers will stay in the coming years.", "in the coming years", "2024-05/2029-05"),
        ("The unit will relocate within 30 days.", "within 30 days", "2024-05-10/2024-06-09"),
        ("The unit will relocate within a year.", "within a year", "2024-05/2025-05"),
        ("It will relocate within the next two months.", "within the next two months", "2024-05/2024-07"),
        ("The unit will relocate in the next few weeks.", "in the next few weeks", "2024-05-10/2024-06-21"),
        ("The talks will resume over the next 48 hours.", "over the next 48 hours", "2024-05-10/2024-05-12"),
        ("The unit will relocate by the end of next year.", "by the end of next year", "2025-10/2025-12"),
    ],
)
def test_windows_ahead_run_from_publication(text: str, surface: str, edtf: str) -> None:
    assert (surface, edtf) in _dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "Within days the rebels had lost the town.",  # past narrative: counted from the time told
        "In the next two days, militias took three villages.",  # "next" itself is no future cue
        "The year-end 2023 report listed the losses.",  # a year after it: the label of a report
        "They met again on the next day.",  # one day after the time told (another reading)
    ],
)
def test_no_window_ahead_in_past_narrative_or_labels(text: str) -> None:
    assert not any(window_ahead(surface) for surface, _ in _dates(text))


def test_month_anchor_gives_the_month_for_its_end() -> None:
    assert ("by the end of the month", "2024-05") in _dates("It will end by the end of the month.", "2024-05")


def test_window_ahead_tells_the_new_expressions_only() -> None:
    assert window_ahead("in the coming weeks")
    assert window_ahead("by year-end")
    assert not window_ahead("by the end of this year")
    assert not window_ahead("next week")


def test_span_ahead_tells_spans_from_publication_not_ends() -> None:
    assert span_ahead("within a month")
    assert span_ahead("in the coming weeks")
    assert not span_ahead("by the end of the year")
    assert not span_ahead("by year-end")
