"""Clause starts: thousands separators, purpose clauses and locative asides."""

from __future__ import annotations

import bisect

from geo.events.sentences import clause_starts
from geo.temporal import Tokens


def _same_clause(text: str, a: str, b: str) -> bool:
    clauses = clause_starts(text, Tokens(text))
    return bisect.bisect_right(clauses, text.index(a)) == bisect.bisect_right(clauses, text.index(b))


def test_a_thousands_separator_does_not_break_the_clause() -> None:
    text = "The army sent 1,500 troops to the border town, officials said."
    assert _same_clause(text, "sent", "troops")
    assert not _same_clause(text, "troops", "officials")  # a comma followed by a space still breaks


def test_a_comma_between_digits_without_three_digits_after_breaks_the_clause() -> None:
    text = "The scores were 3,14 and 2,5 in the end."
    clauses = clause_starts(text, Tokens(text))
    assert text.index("3,") + 1 in clauses


def test_in_order_to_opens_a_purpose_clause() -> None:
    text = "The army sent 800 more troops in order to clear the hills near the river."
    assert not _same_clause(text, "troops", "hills")
    assert _same_clause(text, "sent", "troops")


def test_a_locative_aside_between_commas_stays_in_the_clause() -> None:
    text = "The command post at the old airfield, north of the capital, was shelled at night."
    assert _same_clause(text, "airfield", "shelled")
    text = "The post at the airfield, some 20 km west of the town, was hit."
    assert _same_clause(text, "airfield", "hit")


def test_an_agent_aside_between_commas_stays_in_the_clause() -> None:
    text = "A military group in the capital, led by a young captain, seized power on Friday."
    assert _same_clause(text, "capital", "seized")
    text = "The militia in the hills, backed by the neighbouring state, shelled the town."
    assert _same_clause(text, "hills", "shelled")


def test_an_agent_phrase_not_closed_by_a_comma_still_breaks() -> None:
    text = "The town was shelled, led by a captain the rebels feared."
    assert not _same_clause(text, "shelled", "captain")


def test_a_comma_not_closing_a_locative_aside_still_breaks() -> None:
    text = "The post was shelled, north of the river the troops held."
    assert not _same_clause(text, "shelled", "troops")


def test_an_abbreviation_in_parentheses_stays_in_the_clause() -> None:
    text = "The forward operating base (FOB) was handed to the army on Monday."
    assert _same_clause(text, "base", "handed")


def test_an_aside_in_parentheses_still_breaks_the_clause() -> None:
    text = "The base (which the army built in 2010) was handed over."
    assert not _same_clause(text, "base", "handed")


def test_an_article_joined_by_a_hyphen_is_no_subordinator() -> None:
    # "As-" is the Arabic article of the name, not the English "as" opening a clause
    text = "Skirmishes in the countryside of As-Safira left two fighters dead."
    assert _same_clause(text, "Skirmishes", "Safira")
    text = "Skirmishes went on as the town emptied."
    assert not _same_clause(text, "Skirmishes", "town")  # the word itself still opens one
