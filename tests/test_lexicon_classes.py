"""Lexicon.of_class and Lexicon.class_terms: the entries of one class of a data file."""

from __future__ import annotations

import pytest

from geo.errors import InputError
from geo.lexicon import Lexicon, load


def _lexicon(*entries: dict[str, object]) -> Lexicon:
    return Lexicon("toy", "a toy list", {"english": "general English"}, tuple(entries))


def test_of_class_keeps_the_entries_of_the_class_in_file_order() -> None:
    lexicon = _lexicon(
        {"term": "ten", "class": "unit", "value": 10},
        {"term": "hundred", "class": "scale", "value": 100},
        {"term": "two", "class": "unit", "value": 2},
    )
    assert [e["term"] for e in lexicon.of_class("unit")] == ["ten", "two"]
    assert lexicon.of_class("adjective") == ()


def test_class_terms_returns_strings_of_the_chosen_key() -> None:
    lexicon = _lexicon(
        {"term": 7, "pattern": "sev(?:en)?", "class": "unit"},
        {"term": "many", "pattern": "many", "class": "quantity"},
    )
    assert lexicon.class_terms("unit") == ("7",)
    assert lexicon.class_terms("unit", key="pattern") == ("sev(?:en)?",)


def test_an_entry_without_class_or_key_is_an_input_error() -> None:
    with pytest.raises(InputError, match="no 'class'"):
        _lexicon({"term": "ten"}).of_class("unit")
    with pytest.raises(InputError, match="no 'pattern'"):
        _lexicon({"term": "ten", "class": "unit"}).class_terms("unit", key="pattern")


def test_class_terms_equal_the_hand_filter_on_a_shipped_list() -> None:
    lexicon = load("events_negation")
    by_hand = tuple(str(e["term"]) for e in lexicon if e["class"] == "bridge")
    assert by_hand
    assert lexicon.class_terms("bridge") == by_hand
