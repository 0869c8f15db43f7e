"""Temporal expressions resolved against the publication date (our own example sentences)."""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.model.vocab import TIME_PRECISIONS
from geo.temporal import TemporalExpression, Tokens, find_dates
from geo.temporal.edtf import parse_edtf

MONDAY = "2020-01-06"  # a Monday, day precision
JULY = "2023-07"  # month precision


def dates(text: str, published: str | None) -> list[tuple[str, str]]:
    return [(e.surface, e.edtf) for e in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # weekdays and weekends before a Monday publication
        ("A convoy was hit on Friday near the border.", MONDAY, [("on Friday", "2020-01-03")]),
        ("Sandbags were piled up on Saturday.", MONDAY, [("on Saturday", "2020-01-04")]),
        ("Talks collapsed over the weekend.", MONDAY, [("over the weekend", "2020-01-04/2020-01-05")]),
        ("Officials met last Friday.", MONDAY, [("last Friday", "2020-01-03")]),
        ("The ministry spoke on Monday.", MONDAY, [("on Monday", "2020-01-06")]),
        ("The vote is due next Monday.", MONDAY, [("next Monday", "2020-01-13")]),
        # days and months relative to publication
        (
            "Two shells landed yesterday and one today.",
            MONDAY,
            [("yesterday", "2020-01-05"), ("today", "2020-01-06")],
        ),
        ("Fighting resumed earlier this month.", MONDAY, [("earlier this month", "2020-01-01/2020-01-06")]),
        ("Prices rose last month.", MONDAY, [("last month", "2019-12")]),
        ("A report came out last year.", MONDAY, [("last year", "2019")]),
        # past tense: from the week's Monday up to publication (here the Monday itself)
        ("The base reopened this week.", MONDAY, [("this week", "2020-01-06")]),
        ("The base will reopen this week.", MONDAY, [("this week", "2020-01-06/2020-01-12")]),
        ("Aid stopped two years ago.", JULY, [("two years ago", "2021")]),
        # "the week before": the calendar unit before the time told last in the paragraph, else before
        # publication; not "the week before the vote" (its noun names the reference)
        (
            "The depot was raided the week before, they said.",
            MONDAY,
            [("the week before", "2019-12-30/2020-01-05")],
        ),
        (
            "Rebels took the port in March 2014. The month before, they held the hills.",
            JULY,
            [("in March 2014", "2014-03"), ("The month before", "2014-02")],
        ),
        (
            "Rebels took the port in 2014. The year after, they lost it.",
            JULY,
            [("in 2014", "2014"), ("The year after", "2015")],
        ),
        ("He resigned the week before the vote.", MONDAY, []),
        ("The day before yesterday a shell fell.", MONDAY, [("The day before yesterday", "2020-01-04")]),
        # decades count ten years each
        ("The depot was built a decade ago.", JULY, [("a decade ago", "2013")]),
        (
            "Raids over the past two decades displaced many.",
            JULY,
            [("over the past two decades", "2003/2023-07")],
        ),
        # years and intervals
        ("The camp was built in 2015.", JULY, [("in 2015", "2015")]),
        ("Jets flew sorties until 2019.", JULY, [("until 2019", "../2019")]),
        ("The group held towns between 2014 and 2017.", JULY, [("between 2014 and 2017", "2014/2017")]),
        ("Advisers have been there since 2003.", JULY, [("since 2003", "2003/2023-07")]),
        ("The mandate runs until July 2025.", JULY, [("until July 2025", "../2025-07")]),
        ("Inflation jumped at the end of 2022.", JULY, [("the end of 2022", "2022-10/2022-12")]),
        ("Patrols ran from 2014 to 2016.", JULY, [("from 2014 to 2016", "2014/2016")]),
        ("Troops served there in 2014-17.", JULY, [("in 2014-17", "2014/2017")]),
        ("Soldiers arrived in the 1990s.", JULY, [("in the 1990s", "1990/1999")]),
        ("Nobody left before 2003.", JULY, [("before 2003", "../2002")]),
        ("A unit came back after March 2020.", JULY, [("after March 2020", "2020-04/..")]),
        (
            "The agency has been active since the start of the war in 2003.",
            JULY,
            [("in 2003", "2003/2023-07")],
        ),
        # months without a year: latest one on or before publication, or the next one in a future sentence
        ("Only as recently as May, the unit flew home.", JULY, [("as recently as May", "2023-05")]),
        ("In March a reporter was seized.", JULY, [("In March", "2023-03")]),
        ("In September a reporter was seized.", JULY, [("In September", "2022-09")]),
        (
            "From the 1st of January, a company will guard the site.",
            JULY,
            [("From the 1st of January", "2024-01-01/..")],
        ),
        (
            "From the 1st of January, a company guarded the site.",
            MONDAY,
            [("From the 1st of January", "2020-01-01/..")],
        ),
        ("The deal was signed last May.", JULY, [("last May", "2023-05")]),
        ("The deal was signed last July.", JULY, [("last July", "2022-07")]),
        # full dates
        ("It began on January 3, 2020.", None, [("on January 3, 2020", "2020-01-03")]),
        ("It began on 3 January 2020.", None, [("on 3 January 2020", "2020-01-03")]),
        ("It began on 2020-01-03.", None, [("on 2020-01-03", "2020-01-03")]),
        ("It began on Jan. 3, talks said.", MONDAY, [("on Jan. 3", "2020-01-03")]),
        ("It began in March 2019.", None, [("in March 2019", "2019-03")]),
        ("It began in the spring of 2020.", None, [("in the spring of 2020", "2020-03/2020-05")]),
    ],
)
def test_expressions(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The base reopened this week.", "2023-07"),
        ("A mortar hit on Friday.", "2023-07"),
        ("Officials met last Friday.", "2023-07"),
        ("Two shells landed yesterday.", "2023-07"),
        ("Talks collapsed over the weekend.", "2023-07"),
        ("A militia leader spoke last week.", "2023-06/2023-07"),
        ("Prices rose last month.", "2023-06"),
    ],
)
def test_month_precision_publication_keeps_month_precision(text: str, expected: str) -> None:
    (found,) = find_dates(text, published=JULY)
    assert found.edtf == expected
    assert found.relative


def test_year_precision_publication() -> None:
    assert dates("Prices rose last month; the base reopened this week.", "2023") == [
        ("last month", "2022/2023"),
        ("this week", "2023"),
    ]


def test_without_publication_date_relative_dates_are_unknown() -> None:
    found = find_dates("On Friday, as in 2015, troops left in March.", published=None)
    assert [(e.surface, e.edtf) for e in found] == [
        ("On Friday", "XXXX"),
        ("in 2015", "2015"),
        ("in March", "XXXX"),
    ]
    unknown = found[0]
    assert (unknown.date_start, unknown.date_end, unknown.precision, unknown.relative) == (
        None,
        None,
        "unknown",
        True,
    )


@pytest.mark.parametrize(
    "text",
    [
        "It may be that 2000 soldiers came.",  # a count, not a year
        "Protesters march every day; May I ask?",  # modal verb and a verb, not months
        "The group fired 1,999 rockets.",
        "Mondays are quiet.",  # habitual plural
    ],
)
def test_non_dates_are_ignored(text: str) -> None:
    assert find_dates(text, published=MONDAY) == []


def test_attributive_year_marks_the_noun() -> None:
    first, second = find_dates("In 2019 it emerged that a 2015 raid killed dozens.", published=MONDAY)
    assert (first.surface, first.attributive) == ("In 2019", False)
    assert (second.surface, second.attributive) == ("2015", True)


def test_offsets_and_bounds_agree_with_parse_edtf() -> None:
    text = (
        "On Friday rockets hit; over the weekend talks failed. Last year, between 2014 and 2017, "
        "since 2003, until July 2025, three weeks ago, the past five years, earlier this month, "
        "in March, on Jan. 3, 3 January 2020, the 1990s and spring 2021 all count."
    )
    for published in (MONDAY, JULY, "2023", "2020-02-29"):
        found = find_dates(text, published=published)
        assert len(found) >= 14
        for expr in found:
            assert isinstance(expr, TemporalExpression)
            assert text[expr.start : expr.end] == expr.surface
            bounds = parse_edtf(expr.edtf)
            assert (bounds.iso_start, bounds.iso_end) == (expr.date_start, expr.date_end), expr
            assert expr.precision in TIME_PRECISIONS
            if "/" not in expr.edtf:
                assert expr.precision == bounds.precision


def test_published_accepts_iso_datetime() -> None:
    assert dates("It happened yesterday.", "2020-01-06T09:30:00Z") == [("yesterday", "2020-01-05")]


@pytest.mark.parametrize("bad", ["06/01/2020", "2020-13", "2020-02-30", "soon", ""])
def test_bad_publication_date_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError, match="publication date"):
        find_dates("It happened yesterday.", published=bad)


@pytest.mark.parametrize(
    "text",
    [
        "Troops arrived in Erbil on Friday, officials said.",
        "“Dutch troops” – 50 of them – left Baghdad’s airport\u00a0in 2019.",  # non-ASCII separators
        "Sánchez visited Diyarbakır in 2015; ﬁve x_y 2٣ people.",  # non-ASCII word characters
        "İzmir in 2015",  # lower-casing changes the length
        "",
    ],
)
def test_tokens_and_selected_tokens_match_a_plain_scan(text: str) -> None:
    import re

    from geo.temporal._scan import WordTest

    tokens = Tokens(text)
    expected = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"\w+", text)]
    if len(text.lower()) == len(text):
        assert list(zip(tokens.starts, tokens.ends, tokens.words, strict=True)) == expected
    test = WordTest({"in", "of"}, stems=("arriv", "visit"), digits=True)
    wanted = [i for i, w in enumerate(tokens.words) if w in {"in", "of"} or w.startswith(("arriv", "visit"))]
    wanted += [i for i, w in enumerate(tokens.words) if "0" <= w[:1] <= "9"]
    assert tokens.select(test) == sorted(set(wanted))


def test_joint_word_tests_answer_as_each_test_does() -> None:
    from geo.temporal import _scan
    from geo.temporal._scan import WordTest

    tests = [
        WordTest({"in", "of"}, stems=("arriv",), digits=True),
        WordTest({"of", "troops"}, stems=("arriv", "visit")),
        WordTest(extra=lambda word: not word.isascii()),
    ]
    words = ["in", "of", "troops", "arrived", "visiting", "2019", "3rd", "sánchez", "the", "arriv", ""]
    live = [test for ref in _scan._TESTS if (test := ref()) is not None]  # other modules' tests too
    for word in words:
        expected = tuple(test.slot for test in live if test.accepts(word))
        assert _scan._classify(word) == expected, word
    assert {tests[0].slot, tests[1].slot} <= set(_scan._classify("of"))
    assert tests[2].slot in _scan._classify("sánchez")


def test_select_files_new_and_known_words_alike() -> None:
    from geo.temporal import _scan
    from geo.temporal._scan import WordTest

    test = WordTest({"zorblat"}, stems=("quux",))
    text = "Zorblat quuxes met zorblat; plain words, plain zorblat quux."
    first = Tokens(text).select(test)  # every word new: classified while filing
    again = Tokens(text).select(test)  # every word known: looked up
    expected = [i for i, w in enumerate(Tokens(text).words) if w == "zorblat" or w.startswith("quux")]
    assert first == again == expected
    assert _scan._SLOTS["plain"] == ()  # remembered as wanted by no test
    assert test.slot in _scan._SLOTS["zorblat"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the past week": the seven days up to publication, as "the past two weeks" counts back two
        ("Raids killed nine over the past week.", [("over the past week", "2019-12-30/2020-01-06")]),
        ("Shelling went on during the past month.", [("during the past month", "2019-12/2020-01-06")]),
        ("Attacks doubled in the last year.", [("in the last year", "2019/2020-01-06")]),
        # without the article it stays the calendar unit before
        ("Raids killed nine last week.", [("last week", "2019-12-30/2020-01-05")]),
        ("Talks failed the past weekend.", [("the past weekend", "2020-01-04/2020-01-05")]),
    ],
)
def test_the_past_unit_counts_back_from_publication(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph that opens with "The next day" goes on from the day the paragraph before told
        (
            "Militants attacked the town on Friday.\n\nThe next day, jets struck the hills.",
            [("on Friday", "2020-01-03"), ("next day", "2020-01-04")],
        ),
        (
            "Militants attacked the town on Friday.\n\nTwo days later, jets struck the hills.",
            [("on Friday", "2020-01-03"), ("Two days later", "2020-01-05")],
        ),
        # not one told inside the next paragraph's sentence (it may count from a time of its own)
        (
            "Militants attacked the town on Friday.\n\nJets struck the hills two days later.",
            [("on Friday", "2020-01-03")],
        ),
    ],
)
def test_a_paragraph_opening_with_a_shift_counts_from_the_paragraph_before(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert dates(text, MONDAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday takes the week named right after it, as "October last year" takes the year
        ("Jets struck the depot on Thursday last week.", [("on Thursday last week", "2020-01-02")]),
        ("Talks resume on Tuesday next week.", [("on Tuesday next week", "2020-01-14")]),
        (
            "Jets struck on Thursday. Last week, talks failed.",
            [("on Thursday", "2020-01-09"), ("Last week", "2019-12-30/2020-01-05")],
        ),
    ],
)
def test_a_weekday_takes_the_week_named_after_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, "2020-01-10") == expected  # a Friday


def test_a_fortnight_is_two_weeks() -> None:
    assert dates("The convoy left a fortnight ago.", MONDAY) == [("a fortnight ago", "2019-12-23/2019-12-29")]
