"""Dates resolved in the right direction, honest intervals, interval publication dates (our own sentences)."""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.temporal import find_dates, parse_published

THURSDAY = "2023-12-28"  # a Thursday
MONDAY = "2021-07-05"  # a Monday


def dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(e.surface, e.edtf) for e in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # past tense: the last such day on or before publication; future cues: the next one
        ("Gunmen struck a checkpoint on Saturday.", MONDAY, [("on Saturday", "2021-07-03")]),
        ("The convoy will leave on Saturday.", MONDAY, [("on Saturday", "2021-07-10")]),
        ("A patrol came under fire on March 3.", MONDAY, [("on March 3", "2021-03-03")]),
        ("Elections are planned for March 3.", MONDAY, [("March 3", "2022-03-03")]),
        ("A ship was seized on December 30.", MONDAY, [("on December 30", "2020-12-30")]),
        ("The ship is due to dock on Saturday.", MONDAY, [("on Saturday", "2021-07-10")]),
        # "due to" (because of) and "next to" (beside) are no future cues
        ("Flights stopped on Saturday due to the shelling.", MONDAY, [("on Saturday", "2021-07-03")]),
        ("A shell landed on Saturday next to the base.", MONDAY, [("on Saturday", "2021-07-03")]),
        # the future cue must be in the date's clause (not after a reporting verb or in a "that" clause)
        ("On March 3, the commander said they will attack.", MONDAY, [("On March 3", "2021-03-03")]),
        ("They took it on Saturday, that they planned to leave.", MONDAY, [("on Saturday", "2021-07-03")]),
        ("The ministry said the troops will leave on Saturday.", MONDAY, [("on Saturday", "2021-07-10")]),
        # deadlines (until, till, by): the nearest such date, before or after publication
        ("The troops stay until September 15.", "2024-08-20", [("until September 15", "../2024-09-15")]),
        ("The troops stayed until March 3.", "2024-05-20", [("until March 3", "../2024-03-03")]),
        ("All units must be gone by 31 December.", THURSDAY, [("by 31 December", "2023-12-31")]),
        ("The base must close by January 15.", THURSDAY, [("by January 15", "2024-01-15")]),
        ("The border stays shut until Sunday.", THURSDAY, [("until Sunday", "../2023-12-31")]),
        # ranges
        (
            "Patrols ran from November 3 until March 5.",
            "2024-01-10",
            [("from November 3 until March 5", "2023-11-03/2024-03-05")],
        ),
        (
            "The mission will run from March 3 until September 15.",
            "2024-01-10",
            [("from March 3 until September 15", "2024-03-03/2024-09-15")],
        ),
        (
            "Talks were held between May 2 and May 4.",
            MONDAY,
            [("between May 2 and May 4", "2021-05-02/2021-05-04")],
        ),
        ("Patrols ran from 2007-2011.", MONDAY, [("from 2007-2011", "2007/2011")]),
        # since: up to the publication date
        (
            "Forces have held the port since October 17.",
            "2024-01-05",
            [("since October 17", "2023-10-17/2024-01-05")],
        ),
        ("Advisers have been there since Sunday.", "2018-01-31", [("since Sunday", "2018-01-28/2018-01-31")]),
        ("Advisers have been there since 2003.", "2023-07", [("since 2003", "2003/2023-07")]),
        ("Advisers have been there since 2003.", None, [("since 2003", "2003/..")]),
        # vague relative expressions widened honestly
        ("They left the base late last year.", "2024-01-05", [("late last year", "2023-09/2023-12")]),
        ("Shelling resumed early this year.", "2024-06-05", [("early this year", "2024-01/2024-04")]),
        ("Fighting flared late last month.", "2024-01-05", [("late last month", "2023-12-21/2023-12-31")]),
        (
            "A ship was hijacked at the end of January.",
            "2023-02-19",
            [("the end of January", "2023-01-21/2023-01-31")],
        ),
        (
            "Raids intensified in mid-February 2022.",
            MONDAY,
            [("in mid-February 2022", "2022-02-11/2022-02-20")],
        ),
        (
            "Attacks rose over the past two months.",
            "2024-01-12",
            [("over the past two months", "2023-11/2024-01-12")],
        ),
        # hours back from publication: the days they reach, up to publication
        (
            "Jets hit two depots over the past 24 hours.",
            MONDAY,
            [("over the past 24 hours", "2021-07-04/2021-07-05")],
        ),
        (
            "Five were killed in the last 72 hours.",
            MONDAY,
            [("in the last 72 hours", "2021-07-02/2021-07-05")],
        ),
        ("Attacks rose in recent years.", "2024-10-12", [("in recent years", "2021/2024-10-12")]),
        ("The unit was recently reinforced.", "2024-05-28", [("recently", "2024-04/2024-05-28")]),
        # a time told without preposition in a clause opened by "since": from it to publication
        (
            "Ports have been shelled since the truce collapsed last week.",
            "2023-07-27",
            [("last week", "2023-07-17/2023-07-27")],
        ),
        (
            "Since 2014, the group has held the town, and last week it shelled the port.",
            "2023-07-27",
            [("Since 2014", "2014/2023-07-27"), ("last week", "2023-07-17/2023-07-23")],
        ),
        ("The militia shelled the port last week.", "2023-07-27", [("last week", "2023-07-17/2023-07-23")]),
        # "recent" before a noun without determiner: as "recently"; not "the recent", "the most recent"
        ("Recent raids were reported near the dam.", "2024-05-28", [("Recent", "2024-04/2024-05-28")]),
        ("The recent raid was reported near the dam.", "2024-05-28", []),
        ("It was the most recent raid near the dam.", "2024-05-28", []),
        ("Only as recently as May, the unit flew home.", "2023-07", [("as recently as May", "2023-05")]),
        ("Three bases were attacked this year.", "2018-04-06", [("this year", "2018-01-01/2018-04-06")]),
        ("The mission will end this year.", "2018-04-06", [("this year", "2018-04-06/2018-12-31")]),
        ("Clashes overnight left two dead.", MONDAY, [("overnight", "2021-07-04/2021-07-05")]),
        ("Drones hit the base last night.", MONDAY, [("last night", "2021-07-04/2021-07-05")]),
        ("The last Nightingale flew.", MONDAY, []),
        ("Officials spoke last week.", MONDAY, [("last week", "2021-06-28/2021-07-04")]),
        ("Prices rose last month.", MONDAY, [("last month", "2021-06")]),
        # seasons without a year: by qualifier and tense ("the fall" is a noun, not a season)
        (
            "In the summer, the government changed course.",
            "2023-12-12",
            [("In the summer", "2023-06/2023-08")],
        ),
        # a part of a season: its first or middle month, or its last and the next (the astronomical end)
        (
            "The unit will leave towards the end of the winter.",
            "2022-01-13",
            [("the end of the winter", "2022-02/2022-03")],
        ),
        (
            "The convoy came back in late summer 2015.",
            "2024-01-10",
            [("in late summer 2015", "2015-08/2015-09")],
        ),
        ("Floods hit the camp early last spring.", "2024-01-10", [("early last spring", "2023-03")]),
        ("Talks stalled in mid-winter 2021.", "2024-01-10", [("in mid-winter 2021", "2022-01")]),
        ("Patrols grew in late fall.", "2024-01-10", [("in late fall", "2023-11/2023-12")]),
        ("Talks began after the end of the fall of the capital.", "2024-01-10", []),
        ("Last winter the river froze.", "2024-03-10", [("Last winter", "2023-12/2024-02")]),
        ("Last winter the river froze.", "2024-01-10", [("Last winter", "2022-12/2023-02")]),
        ("Reinforcements arrive next spring.", "2024-01-10", [("next spring", "2024-03/2024-05")]),
        ("Patrols resumed last fall.", "2024-01-10", [("last fall", "2023-09/2023-11")]),
        ("Talks began after the fall of the capital.", "2024-01-10", []),
        # "N days later/earlier", "the next/following/previous day": from the one day named right before
        (
            "Rebels took the town on Sunday, two days after they had left; it was shelled two days earlier.",
            "2012-07-09",
            [("on Sunday", "2012-07-08"), ("two days earlier", "2012-07-06")],
        ),
        (
            "On March 3, 2020 the convoy left. A day later it came back; the following day it left again.",
            None,
            [
                ("On March 3, 2020", "2020-03-03"),
                ("A day later", "2020-03-04"),
                ("following day", "2020-03-05"),
            ],
        ),
        ("In May the unit left. Two weeks later it returned.", "2020-07-01", [("In May", "2020-05")]),
        # a paragraph that opens with the shift goes on from the paragraph before; one inside it does not
        (
            "On Friday the unit left.\n\nA day later it returned.",
            "2020-01-06",
            [("On Friday", "2020-01-03"), ("A day later", "2020-01-04")],
        ),
        ("On Friday the unit left.\n\nIt returned a day later.", "2020-01-06", [("On Friday", "2020-01-03")]),
        ("The crew was freed a day after the raid.", "2020-01-06", []),
        # a weekday followed by its date is that date
        (
            "Drones hit the port on Sunday, Dec. 10, 2023.",
            "2024-07-07",
            [("on Sunday, Dec. 10, 2023", "2023-12-10")],
        ),
    ],
)
def test_direction_and_intervals(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


def test_an_interval_publication_date_anchors_relative_expressions_to_both_ends() -> None:
    anchor = parse_published("2024-07/2025")
    assert anchor is not None
    assert (anchor.edtf, anchor.precision, anchor.first.isoformat(), anchor.last.isoformat()) == (
        "2024-07/2025",
        "range",
        "2024-07-01",
        "2025-12-31",
    )
    found = dates(
        "Rockets hit on Friday; troops left last year, as in 2019, and stayed since 2009.", "2024-07/2025"
    )
    assert found == [
        ("on Friday", "2024-07/2025"),  # some Friday while the article could have been written
        ("last year", "2023/2024"),
        ("in 2019", "2019"),
        ("since 2009", "2009/2025"),
    ]


@pytest.mark.parametrize("published", [None, "XXXX", "2024/..", "../2024", "2024/"])
def test_an_unknown_publication_date_has_no_anchor(published: str | None) -> None:
    assert parse_published(published) is None
    found = find_dates("Rockets hit on Friday, as in 2015.", published=published)
    assert [(e.surface, e.edtf, e.date_start, e.date_end, e.precision) for e in found] == [
        ("on Friday", "XXXX", None, None, "unknown"),
        ("in 2015", "2015", "2015-01-01", "2015-12-31", "year"),
    ]


@pytest.mark.parametrize("published", ["2025/2024", "2024-13/2025", "2024-07/2025-02-30"])
def test_a_bad_interval_publication_date_is_refused(published: str) -> None:
    with pytest.raises(InputError, match="publication date"):
        parse_published(published)


def test_a_date_without_a_year_joined_to_an_explicit_year_needs_no_publication_date() -> None:
    assert dates("Patrols ran from March 3 to May 5, 2020.", None) == [
        ("from March 3 to May 5, 2020", "2020-03-03/2020-05-05")
    ]
