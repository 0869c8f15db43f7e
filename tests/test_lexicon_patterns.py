"""Expressions compiled on first use (:class:`geo.lexicon.patterns.LazyPattern`) match as compiled ones."""

from __future__ import annotations

import re

from geo.lexicon.patterns import LazyPattern, alternation_by_first


def test_a_lazy_pattern_compiles_on_first_match_and_matches_as_re() -> None:
    lazy = LazyPattern(r"(?i:al[ -]shabaab)(?!\w)")
    assert lazy._compiled is None  # nothing compiled before use
    text = "Fighters of Al-Shabaab and al shabaabs"
    plain = re.compile(lazy.source)
    for pos in range(len(text)):
        found, expected = lazy.match(text, pos), plain.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())
    assert lazy._compiled is not None
    assert lazy.compiled is lazy.compiled
    assert LazyPattern("abc", re.IGNORECASE).match("ABC") is not None


def test_an_alternation_by_first_character_matches_as_the_plain_one() -> None:
    names = ["Islamic State", "Hamas", "Hezbollah", "IS", "HTS", "al-Shabab", "a.b", "I"]
    grouped = re.compile(alternation_by_first(names))
    plain = re.compile("|".join(map(re.escape, names)))
    assert grouped.pattern.startswith("I(?:")  # the names of one first character share one branch
    text = "IS and Islamic State, HTS or Hamas; al-Shabab, a.b, axb, Israel and Hezbollah's men"
    for pos in range(len(text)):
        found, expected = grouped.match(text, pos), plain.match(text, pos)
        assert (found and found.group(0)) == (expected and expected.group(0))
    assert [m.group(0) for m in grouped.finditer(text)] == [m.group(0) for m in plain.finditer(text)]
