"""One tokenisation pass shared by the date, cue, number, clause and name finders.

Running a large alternation regex at every character of a 4 KB text costs milliseconds in Python; instead
the text is split into word tokens once (lower-cased) and each finder runs its anchored pattern only at
the few tokens that can start one of its patterns. Which words those are is a :class:`WordTest` per finder
(exact words, stems, numbers); all tests are answered in one pass over the tokens, which files the index
of every wanted token under each test that accepts its word. Answers per word are remembered across
texts, so a word is classified once.
"""

from __future__ import annotations

import bisect
import operator
import re
import string
import weakref
from collections.abc import Callable, Iterable
from itertools import accumulate, compress, count
from typing import Final

__all__ = ["Tokens", "WordTest"]

_WORD: Final = re.compile(r"\w+")
_SPLIT: Final = re.compile(r"(\w+)")
_SPLIT_ASCII: Final = re.compile(r"(\w+)", re.ASCII)  # the same words in ASCII text (see _ascii_words)
#: Remembered answers are dropped beyond this many words (bounded memory on endless streams of new words).
_CACHE_LIMIT: Final = 200_000


class WordTest:
    """Which lower-cased words a finder wants to see: exact words, words starting with a stem, numbers
    (an ASCII digit first), or words passing ``extra``.

    Create tests at import time (or once per catalogue): each new test resets the shared word cache.
    :meth:`Tokens.select` gives the tokens a test accepts.
    """

    __slots__ = ("__weakref__", "_digits", "_extra", "_stems", "_words", "slot")

    def __init__(
        self,
        words: Iterable[str] = (),
        *,
        stems: Iterable[str] = (),
        digits: bool = False,
        extra: Callable[[str], bool] | None = None,
    ) -> None:
        self._words = frozenset(words)
        self._stems = tuple(sorted(set(stems)))
        self._digits = digits
        self._extra = extra
        self.slot = -1
        _register(self)

    def __contains__(self, word: str) -> bool:
        return self.accepts(word)

    def accepts(self, word: str) -> bool:
        """Whether the test accepts ``word``."""
        return (
            word in self._words
            or (self._digits and "0" <= word[:1] <= "9")
            or (bool(self._stems) and word.startswith(self._stems))
            or (self._extra is not None and self._extra(word))
        )


#: The live tests; a test's ``slot`` is its index here.
_TESTS: Final[list[weakref.ref[WordTest]]] = []
#: Word -> slots of the tests that accept it (``()`` for a word no test accepts).
_SLOTS: Final[dict[str, tuple[int, ...]]] = {}
#: Changes whenever the tests change, so that tokens file their words again.
_generation = [0]


def _register(test: WordTest) -> None:
    alive = [t for ref in _TESTS if (t := ref()) is not None]
    alive.append(test)
    _TESTS[:] = [weakref.ref(t) for t in alive]
    for slot, live in enumerate(alive):
        live.slot = slot
    _generation[0] += 1
    _SLOTS.clear()
    _JOINT.clear()


class _Joint:
    """All live tests in one: exact word -> slots, every stem in one tuple, the slots taking numbers and
    those with an ``extra`` test. A new word is looked up once in each instead of asking every test."""

    __slots__ = ("digits", "extras", "stemmed", "stems", "words")

    def __init__(self, tests: list[WordTest]) -> None:
        words: dict[str, list[int]] = {}
        for test in tests:
            for word in test._words:
                words.setdefault(word, []).append(test.slot)
        self.words = {word: frozenset(slots) for word, slots in words.items()}
        self.stems = tuple(sorted({stem for test in tests for stem in test._stems}))
        self.stemmed = [(test.slot, test._stems) for test in tests if test._stems]
        self.digits = frozenset(test.slot for test in tests if test._digits)
        self.extras = [(test.slot, test._extra) for test in tests if test._extra is not None]

    def slots(self, word: str) -> tuple[int, ...]:
        """Slots of the tests that accept ``word``, in increasing order."""
        exact = self.words.get(word)
        found = [slot for slot, extra in self.extras if extra(word)]
        if exact is not None:
            found.extend(exact)
        if self.digits and "0" <= word[:1] <= "9":
            found.extend(self.digits)
        if self.stems and word.startswith(self.stems):
            found.extend(slot for slot, stems in self.stemmed if word.startswith(stems))
        return tuple(sorted(set(found))) if found else ()


#: The live tests joined (:class:`_Joint`), built on first use after the tests change.
_JOINT: Final[list[_Joint]] = []


def _classify(word: str) -> tuple[int, ...]:
    """Slots of the tests that accept ``word`` (remembered)."""
    if not _JOINT:
        _JOINT.append(_Joint([t for ref in _TESTS if (t := ref()) is not None]))
    slots = _JOINT[0].slots(word)
    if len(_SLOTS) > _CACHE_LIMIT:
        _SLOTS.clear()
    _SLOTS[word] = slots
    return slots


def _ascii_if_same_words(text: str) -> str:
    """``text`` with every non-ASCII character as "?" when none of them is a word character (curly quotes,
    dashes, no-break spaces): the same words at the same offsets, and the regex engine runs about twice
    as fast over an ASCII string. Otherwise ``text`` itself."""
    if text.isascii():
        return text
    ascii_text = text.encode("ascii", "replace").decode("ascii")
    at = ascii_text.find("?")
    while at >= 0:
        char = text[at]
        if char != "?" and (char.isalnum() or char == "_"):
            return text
        at = ascii_text.find("?", at + 1)
    return ascii_text


#: ASCII characters that are no word character of ``\w`` with re.ASCII (letters, digits, "_") as blanks.
_WORD_ASCII: Final = frozenset(string.ascii_letters + string.digits + "_")
_BLANKS: Final = {code: " " for code in range(128) if chr(code) not in _WORD_ASCII}


def _ascii_words(plain: str) -> tuple[list[str], list[int], list[int]]:
    """The words of ASCII ``plain`` (runs of ASCII letters, digits and "_", what ``\\w+`` finds with
    re.ASCII), their starts and ends: ``plain`` with every other character a blank is split at each
    blank, so a field's start is the length of the fields before it plus one per blank; the empty fields
    are the blanks between words (sp36c: a split and C-level sums instead of the regex split)."""
    fields = plain.translate(_BLANKS).split(" ")
    offsets = list(map(operator.add, accumulate(map(len, fields), initial=0), count()))
    words = list(filter(None, fields))
    starts = list(compress(offsets, fields))
    return words, starts, list(map(operator.add, starts, map(len, words)))


class Tokens:
    """Word tokens of a text: parallel lists of starts, ends and lower-cased words."""

    __slots__ = ("_filed", "_generation", "ends", "starts", "text", "words")

    def __init__(self, text: str) -> None:
        self.text = text
        self._filed: list[list[int]] = []
        self._generation = -1
        lowered = text.lower()
        if len(lowered) != len(text):  # a few characters change length when lower-cased
            self.words = [word.lower() for word in _WORD.findall(text)]
            self.starts = list(map(re.Match.start, _WORD.finditer(text)))
            self.ends = [start + len(word) for start, word in zip(self.starts, self.words, strict=True)]
        else:
            # separators and words alternate: [sep, word, sep, ..., word, sep]; offsets by running sums
            plain = _ascii_if_same_words(lowered)
            if plain.isascii():  # every other character a blank, then split at each blank (sp36c)
                self.words, self.starts, self.ends = _ascii_words(plain)
                return
            parts = _SPLIT.split(plain)
            self.words = parts[1::2]
            offsets = list(accumulate(map(len, parts)))
            self.starts = offsets[0:-1:2]
            self.ends = offsets[1::2]

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

    def select(self, test: WordTest) -> list[int]:
        """Indices, in order, of the tokens whose word ``test`` accepts (all tests answered in one pass)."""
        if self._generation != _generation[0]:
            words = self.words
            filed: list[list[int]] = [[] for _ in _TESTS]
            # the slots of every token, looked up at C speed: () for a word no test wants, None for a
            # word not classified yet (classified now); then only the tokens some test wants are filed
            found = list(map(_SLOTS.get, words))
            if None in found:
                known = _SLOTS  # a word met twice in the text is classified once
                found = [
                    slots if slots is not None else known[word] if word in known else _classify(word)
                    for word, slots in zip(words, found, strict=True)
                ]
            for index in compress(range(len(found)), found):
                for slot in found[index]:  # type: ignore[union-attr]
                    filed[slot].append(index)
            self._filed, self._generation = filed, _generation[0]
        return self._filed[test.slot]
