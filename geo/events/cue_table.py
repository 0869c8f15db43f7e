"""The cue table of :mod:`geo.events.cues`: the entries of ``events_cues`` as compiled patterns.

Consecutive entries of the same kind (event, sub type, tier, flags) form one cue, whose pattern is their
patterns joined in file order. Each entry is tried only at a token whose word starts with one of its
stems (the lexicon's contract: a stem is a lower-cased prefix of the entry's first word), so at a word
only the entries whose stems it starts with can match: :func:`patterns_for` gives, for each cue of many
entries the word may start, the pattern of just those entries (the whole cue's pattern when all of them
qualify, and for a cue of a few entries). The
alternatives left out cannot match there, and the order of the rest is kept, so the match is the same;
the regular-expression engine skips trying the others (a word such as "is" may start one entry of a
cue of some forty alternatives).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from geo.lexicon import load
from geo.temporal._scan import WordTest

__all__ = ["ADJ", "CueTable", "cue_table", "patterns_for"]

#: Up to three words between a verb and its object (grammar, not vocabulary).
ADJ: Final = r"(?:[\w'’-]+\s+){0,3}?"
#: Words remembered by :func:`patterns_for` at most (bounded memory on endless streams of new words).
_CACHE_LIMIT: Final = 200_000
#: Only a cue of at least this many entries is narrowed to a word's entries (the political cue, of some
#: forty): each set of entries is a pattern compiled on first use (about 0.2 ms), which only a long
#: alternation repays within a few articles (with 10, twice the patterns for 3 µs more per article).
_MANY: Final = 20

#: (event type, sub type, tier, whether it may tell an event of its own clause, whether it names an
#: effect, whether it needs armed forces named in its sentence) of a cue.
Kind = tuple[str, str | None, int, bool, bool, bool]


@dataclass(frozen=True, slots=True)
class CueTable:
    """The cues of ``events_cues`` as compiled patterns, indexed by the stems of their first word.

    Attributes
    ----------
    kinds
        The kind of each cue (:data:`Kind`).
    stems
        Stem -> the cues with an entry of that stem.
    stem_test
        The tokens that may start a cue (:class:`geo.temporal._scan.WordTest`).
    entries
        The entries of each cue: their pattern text and stems, in file order.
    """

    kinds: tuple[Kind, ...]
    stems: Mapping[str, tuple[int, ...]]
    stem_test: WordTest
    entries: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]

    def pattern(self, number: int) -> re.Pattern[str]:
        """The pattern of cue ``number`` (all its entries), compiled on first use (sp36c: a run never
        tries the whole political cue, only parts of it, and some cues not at all)."""
        return _subset(tuple(text for text, _ in self.entries[number]))

    @property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        """The pattern of each cue (all its entries; every one compiled now)."""
        return tuple(self.pattern(number) for number in range(len(self.entries)))


def _cue_key(entry: Mapping[str, Any]) -> Kind:
    return (
        str(entry["event"]),
        entry.get("sub"),
        int(entry["tier"]),
        bool(entry.get("frame", True)),
        bool(entry.get("effect", False)),
        bool(entry.get("force", False)),
    )


def _compile(parts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{'|'.join(parts)})(?![\w])", re.IGNORECASE)


@functools.cache
def cue_table() -> CueTable:
    """Build the cue table from the lexicon data (once, at first use)."""
    troops = "(?:" + "|".join(load("events_unit_nouns").column("pattern")) + ")"
    kinds: list[Kind] = []
    entries: list[list[tuple[str, tuple[str, ...]]]] = []
    stems: dict[str, tuple[int, ...]] = {}
    for entry in load("events_cues"):
        key = _cue_key(entry)
        if not kinds or kinds[-1] != key:
            kinds.append(key)
            entries.append([])
        number = len(kinds) - 1
        own = tuple(str(entry["stems"]).split())
        entries[-1].append((str(entry["pattern"]).replace("{adj}", ADJ).replace("{troops}", troops), own))
        for stem in own:
            if number not in stems.get(stem, ()):
                stems[stem] = (*stems.get(stem, ()), number)
    return CueTable(tuple(kinds), stems, WordTest(stems=stems), tuple(tuple(cue) for cue in entries))


_WORD_PATTERNS: dict[str, tuple[tuple[int, re.Pattern[str]], ...]] = {}


def patterns_for(word: str) -> tuple[tuple[int, re.Pattern[str]], ...]:
    """The cues that may start with the lower-cased ``word``, in order, each with the pattern of its
    entries whose stems ``word`` starts with (see the module docstring; remembered)."""
    found = _WORD_PATTERNS.get(word)
    if found is None:
        table = cue_table()
        # the word's prefixes of the stems' lengths: a dozen lookups, not a test of every stem
        numbers = sorted({n for size in _stem_sizes() for n in table.stems.get(word[:size], ())})
        found = tuple((number, _pattern(table, number, word)) for number in numbers)
        if len(_WORD_PATTERNS) < _CACHE_LIMIT:
            _WORD_PATTERNS[word] = found
    return found


@functools.cache
def _stem_sizes() -> tuple[int, ...]:
    """The lengths of the stems of :func:`cue_table` (speed28: a word's cues by its prefixes of these
    lengths, not by testing every stem)."""
    return tuple(sorted({len(stem) for stem in cue_table().stems}))


def _pattern(table: CueTable, number: int, word: str) -> re.Pattern[str]:
    """The pattern of the entries of cue ``number`` whose stems ``word`` starts with."""
    entries = table.entries[number]
    if len(entries) < _MANY:
        return table.pattern(number)  # a short alternation: compiling a part of it would cost more
    parts = tuple(text for text, stems in entries if word.startswith(stems))
    return table.pattern(number) if len(parts) == len(entries) else _subset(parts)


@functools.lru_cache(maxsize=4096)
def _subset(parts: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern of some entries of a cue, or of all (compiled once per set of entries)."""
    return _compile(parts)
