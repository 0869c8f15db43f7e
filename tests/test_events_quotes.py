"""Sentences that end inside or before straight single quotes (our own example sentences)."""

from __future__ import annotations

from geo.events import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_a_straight_closing_quote_ends_the_sentence() -> None:
    text = "'We did the job with fewer people.' In May the unit went north."
    assert _sentences(text) == ["'We did the job with fewer people.", "In May the unit went north."]


def test_a_straight_opening_quote_starts_the_next_sentence() -> None:
    text = "The team left on Monday. 'In June we go to the coast,' she said."
    assert _sentences(text) == ["The team left on Monday.", "'In June we go to the coast,' she said."]


def test_an_abbreviation_before_a_straight_quote_ends_no_sentence() -> None:
    text = "He met Sgt. 'Buzz' Lee in the town."
    assert _sentences(text) == [text]
