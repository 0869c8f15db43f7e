"""One tokenisation pass shared by the date, cue, number and name finders.

Running a large alternation regex at every character of a 4 KB text costs milliseconds in Python; instead
the text is split into word tokens once (lower-cased), each finder keeps the few tokens that can start one
of its patterns (a set or a cached prefix test) and runs its anchored pattern only there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from typing import Final

__all__ = ["Tokens", "prefix_test"]

_WORD: Final = re.compile(r"\w+")


class Tokens:
    """Word tokens of a text: parallel lists of starts, ends and lower-cased words."""

    __slots__ = ("ends", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            self.words = [word.lower() for word in _WORD.findall(text)]
            self.starts = list(map(re.Match.start, _WORD.finditer(text)))
        else:
            self.words = _WORD.findall(lowered)
            self.starts = list(map(re.Match.start, _WORD.finditer(lowered)))
        self.ends = [start + len(word) for start, word in zip(self.starts, self.words, strict=True)]

    def __len__(self) -> int:
        return len(self.words)

    def span(self, start: int, end: int) -> range:
        """Indices of the tokens that start inside ``[start, end)``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def before(self, offset: int) -> int:
        """Index of the last token that ends at or before ``offset`` (-1 if none)."""
        return bisect.bisect_right(self.ends, offset) - 1

    def words_in(self, start: int, end: int) -> set[str]:
        """Lower-cased words of the tokens inside ``[start, end)``."""
        index = self.span(start, end)
        return set(self.words[index.start : index.stop])


def prefix_test(stems: Iterable[str]) -> Callable[[str], bool]:
    """A cached test: does a lower-cased word start with one of ``stems``?"""
    ordered = tuple(sorted(set(stems)))
    cache: dict[str, bool] = {}

    def test(word: str) -> bool:
        found = cache.get(word)
        if found is None:
            found = word.startswith(ordered)
            if len(cache) < 200_000:
                cache[word] = found
        return found

    return test
