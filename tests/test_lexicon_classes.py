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


def test_of_class_by_the_grouping_equals_a_scan_of_the_entries() -> None:
    from geo.lexicon import available

    checked = 0
    for name in available():
        lexicon = load(name)
        if not lexicon.entries or any("class" not in entry for entry in lexicon.entries):
            continue
        classes = {entry["class"] for entry in lexicon.entries}
        for cls in [*sorted(classes, key=str), "no such class"]:
            plain = tuple(entry for entry in lexicon.entries if entry["class"] == cls)
            assert lexicon.of_class(cls) == plain
            assert lexicon.of_class(cls) is lexicon.of_class(cls)  # grouped once
            checked += 1
    assert checked > 100


def test_of_class_with_a_class_that_is_no_dictionary_key() -> None:
    lexicon = _lexicon({"term": "a", "class": ["unit"]}, {"term": "b", "class": "unit"})
    assert [e["term"] for e in lexicon.of_class("unit")] == ["b"]
    assert lexicon == _lexicon({"term": "a", "class": ["unit"]}, {"term": "b", "class": "unit"})
