"""Day ranges within one month ("21-23 April", "April 8-18, 2019"), on our own example sentences."""

from __future__ import annotations

import pytest

from geo.temporal import find_dates
from geo.temporal.edtf import parse_edtf

PUBLISHED = "2019-05-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pirates struck ships on 21-23 April 2019.", [("on 21-23 April 2019", "2019-04-21/2019-04-23")]),
        ("Between 21 and 23 April, pirates struck.", [("Between 21 and 23 April", "2019-04-21/2019-04-23")]),
        (
            "The drills ran from 17 to 22 of February.",
            [("from 17 to 22 of February", "2019-02-17/2019-02-22")],
        ),
        ("Strikes hit the port April 8-18, 2019.", [("April 8-18, 2019", "2019-04-08/2019-04-18")]),
        ("Strikes hit the port on Aug. 21-30.", [("on Aug. 21-30", "2018-08-21/2018-08-30")]),
        ("Talks between April 21 and 23 failed.", [("between April 21 and 23", "2019-04-21/2019-04-23")]),
        # the future and the year of the last day, as for one day without a year
        ("The talks will run 3-5 June.", [("3-5 June", "2019-06-03/2019-06-05")]),
        # "and" without "between": the event told on both days spans them
        ("Rockets hit on October 12 and 14.", [("on October 12 and 14", "2018-10-12/2018-10-14")]),
        ("Jets struck on 3 and 4 March.", [("on 3 and 4 March", "2019-03-03/2019-03-04")]),
        # no range: the first day not before the last, a score, a day that does not exist
        ("The team won 2-1 in April.", [("in April", "2019-04")]),
        ("It happened on 30-31 February.", []),
    ],
)
def test_day_ranges(text: str, expected: list[tuple[str, str]]) -> None:
    found = find_dates(text, published=PUBLISHED)
    assert [(d.surface, d.edtf) for d in found] == expected
    for d in found:
        parsed = parse_edtf(d.edtf)
        assert (str(parsed.start), str(parsed.end)) == (d.date_start, d.date_end)


def test_a_day_range_without_a_year_needs_the_publication_date() -> None:
    assert [d.edtf for d in find_dates("Pirates struck on 21-23 April.", published=None)] == ["XXXX"]
    assert [d.edtf for d in find_dates("Pirates struck on 21-23 April 2019.", published=None)] == [
        "2019-04-21/2019-04-23"
    ]


def test_a_reversed_day_range_is_no_date() -> None:
    assert find_dates("on 23-21 April 2019", published=PUBLISHED) == []


def test_from_before_a_possessive_day_takes_the_noun_not_an_open_interval() -> None:
    # "the toll from Tuesday's raid": "from" names the source (the raid), the day stays one day
    for text in ("The toll from Tuesday's raid rose.", "The toll from Tuesday’s raid rose."):
        assert [d.edtf for d in find_dates(text, published=PUBLISHED)] == ["2019-04-30"]
    # "from Tuesday" alone still opens an interval
    assert [d.edtf for d in find_dates("Shops stay shut from Tuesday.", published=PUBLISHED)] == [
        "2019-04-30/.."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day word counts back from the day of the report in its sentence
        ("Drones hit the port overnight, the governor said on Monday.", "2019-04-28/2019-04-29"),
        ("Rockets hit the base yesterday, the army said Tuesday.", "2019-04-29"),
        ("Shells fell on the town today, officials told reporters on Wednesday.", "2019-05-01"),
        # a report on the publication day, or in another sentence, moves nothing
        ("Rockets hit the base yesterday, the army said Friday.", "2019-05-02"),
        ("Rockets hit the base yesterday. The army said on Monday it would respond.", "2019-05-02"),
        # a weekday that is no day of a report moves nothing
        ("Rockets hit the base yesterday, and again on Monday.", "2019-05-02"),
    ],
)
def test_a_day_word_counts_back_from_the_report_day_of_its_sentence(text: str, expected: str) -> None:
    assert find_dates(text, published=PUBLISHED)[0].edtf == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the day after publication, told in the past, is the story's own day (another time zone)
        ("Rebels seized the town on Jan. 3.", "2024-01-02", "2024-01-03"),
        ("Troops arrived on Jan. 1.", "2023-12-31", "2024-01-01"),
        # two days or more after publication, told in the past: the year before
        ("Troops arrived on March 20.", "2024-03-14", "2023-03-20"),
        ("Troops arrived on March 16.", "2024-03-14", "2023-03-16"),
    ],
)
def test_a_past_day_right_after_publication_keeps_its_year(text: str, published: str, expected: str) -> None:
    assert [d.edtf for d in find_dates(text, published=published)] == [expected]
