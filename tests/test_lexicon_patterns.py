"""Expressions compiled on first use (:class:`geo.lexicon.patterns.LazyPattern`) match as compiled ones."""

from __future__ import annotations

import re

from geo.lexicon.patterns import LazyPattern


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
