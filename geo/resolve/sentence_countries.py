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
from collections.abc import Sequence
from typing import Final

from geo.resolve.evidence import Group

__all__ = ["sentence_countries"]

#: The end of a sentence: a full stop, question or exclamation mark before white space, or a line break.
_END: Final = re.compile(r"[.!?](?=\s)|\n")


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start``."""
    begin = 0
    for found in _END.finditer(text, max(0, start - 600), start):
        begin = found.end()
    after = _END.search(text, start)
    return begin, len(text) if after is None else after.start()


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
    for group in groups:
        if not named or not group.candidates or not group.spans:
            out.append(frozenset())
            continue
        low, high = _sentence(text, group.spans[0][0])
        out.append(
            frozenset(
                str(code)
                for start, code in named
                if low <= start < high and code != group.chosen.country
            )
        )
    return out
