"""One tokenisation pass shared by the date, cue, number and name finders.

Running a large alternation regex at every character of a 4 KB text costs milliseconds in Python; instead
the text is split into word tokens once (lower-cased), each finder keeps the few tokens that can start one
of its patterns (a set or a cached prefix test) and runs its anchored pattern only there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Final

__all__ = ["PrefixIndex", "Tokens"]

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


class PrefixIndex:
    """Which tokens start with one of some stems; answers are remembered per word across texts."""

    __slots__ = ("_no", "_stems", "_yes")

    def __init__(self, stems: Iterable[str]) -> None:
        self._stems = tuple(sorted(set(stems)))
        self._yes: set[str] = set()
        self._no: set[str] = set()

    def select(self, words: list[str]) -> list[int]:
        """Indices of the words that start with a stem."""
        yes, no = self._yes, self._no
        unknown = {w for w in words if w not in yes and w not in no}
        if unknown:
            if len(no) > 200_000:
                no.clear()
            for word in unknown:
                (yes if word.startswith(self._stems) else no).add(word)
        return [i for i, w in enumerate(words) if w in yes]
