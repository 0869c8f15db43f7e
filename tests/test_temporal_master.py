"""The master date pattern is compiled on first use, and the smaller patterns agree with it (own texts)."""

from __future__ import annotations

import pytest

from geo.temporal import _patterns as pat


def test_a_word_without_a_smaller_pattern_gets_the_master() -> None:
    assert pat.pattern_for("zebra") is pat.master() is pat.master()
    assert pat.pattern_for("monday") is not pat.master()


@pytest.mark.parametrize(
    "text",
    [
        "last Tuesday the convoy left",
        "the week before, troops moved",
        "12 May 2021 was quiet",
        "early spring brought rain",
        "three days ago a drone fell",
        "yesterday the market reopened",
        "March 4, 2019 saw new talks",
    ],
)
def test_the_smaller_pattern_finds_what_the_master_finds(text: str) -> None:
    word = text.split()[0].lower()
    small, whole = pat.pattern_for(word).match(text), pat.master().match(text)
    assert small is not None
    assert whole is not None
    assert (small.group(), small.lastgroup) == (whole.group(), whole.lastgroup)
