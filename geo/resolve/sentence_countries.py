"""The countries a name's own sentence names: support a single mention gives the places beside it.

A document must name a country about twice before its places outrank namesakes elsewhere
(:data:`geo.resolve.support.CLEAR_SUPPORT`), so that a country named in passing does not pull every
place of a long article into it. Within one sentence, though, a country named beside a minor place
("the Mali-based mission closed its camp in X") tells where that place is better than a namesake in a
country the document never names: :func:`sentence_countries` gives, for each name, the countries named
in its sentence, which :func:`geo.resolve.support.reconsider` then reads as support of one mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import Final

from geo.resolve.evidence import Group

__all__ = ["sentence_countries"]

#: The end of a sentence: a full stop, question or exclamation mark before white space, or a line break.
_END: Final = re.compile(r"[.!?](?=\s)|\n")


def _sentence(text: str, start: int, marks: list[int]) -> tuple[int, int]:
    """The bounds of the sentence around ``start``: after the last end of :data:`_END` in the 600
    characters before it (read as in ``text[:start]``: a full stop whose white space is at ``start``
    does not end a sentence before it), up to the first end at or after it.

    ``marks`` are where :data:`_END` matches in the whole text, in order (one character each).
    """
    index = bisect_left(marks, start)
    floor = start - 600
    begin = 0
    for position in range(index - 1, -1, -1):
        mark = marks[position]
        if mark < floor:
            break
        if mark + 1 < start or text[mark] == "\n":
            begin = mark + 1
            break
    return begin, marks[index] if index < len(marks) else len(text)


def sentence_countries(text: str, groups: Sequence[Group]) -> list[frozenset[str]]:
    """For each group, the countries (their codes) that country names of its first mention's sentence
    stand for, but its own choice's country (empty for a group without candidates or spans)."""
    named = [
        (span[0], group.chosen.country)
        for group in groups
        if group.candidates and group.chosen.feature_class == "country" and group.chosen.country
        for span in group.spans
    ]
    out: list[frozenset[str]] = []
    marks = [found.start() for found in _END.finditer(text)] if named else []  # once per document
    for group in groups:
        if not named or not group.candidates or not group.spans:
            out.append(frozenset())
            continue
        low, high = _sentence(text, group.spans[0][0], marks)
        out.append(
            frozenset(
                str(code)
                for start, code in named
                if low <= start < high and code != group.chosen.country
            )
        )
    return out
