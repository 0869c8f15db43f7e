"""Approximate matching of place names, the last resort of :meth:`Gazetteer.lookup`.

Names are compared on a *fuzzy key*: the normalised name without generic words (see
:mod:`geo.gazetteer.normalize`), without Arabic articles and filler words ("of", "the", "in" ...),
with a few multi-word names abbreviated ("united states" -> "us"). A candidate is proposed by
``rapidfuzz.fuzz.ratio`` on these keys and must then pass a token check: every word of the query and
every word of the candidate must find a partner on the other side (an equal word for words of one or
two letters; for longer ones a word with ``fuzz.ratio`` >= :data:`TOKEN_CUTOFF`, or the other side's
letters containing it). So "Consulate General of the United States, Erbil" cannot land on the
Baghdad embassy (nothing in the query answers "Baghdad") while "Arbar" still finds Anbar and "Deir
Ezzor" Deir ez-Zor.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

from geo import lexicon
from geo.gazetteer.normalize import ARTICLES

__all__ = [
    "FILLER_WORDS",
    "FUZZY_CUTOFF",
    "FUZZY_MIN_IMPORTANCE",
    "SKELETON_MIN_RATIO",
    "TOKEN_CUTOFF",
    "LetterTable",
    "alike_to",
    "best_matches",
    "fuzzy_key",
    "looks_alike",
    "similarity",
]

#: Minimum ``fuzz.ratio`` (0-100) of whole keys; :data:`SHORT_CUTOFF` for keys under 5 letters.
FUZZY_CUTOFF: Final = 80.0
SHORT_CUTOFF: Final = 85.0
#: Minimum ``fuzz.ratio`` of two words of four letters or more to count as partners.
TOKEN_CUTOFF: Final = 75.0
#: Queries shorter than this (letters) are not matched approximately.
MIN_LETTERS: Final = 4
#: Minimum ``fuzz.ratio`` of the fuzzy keys of a query and a name that share only a skeleton.
SKELETON_MIN_RATIO: Final = 65.0
#: Cities, admin regions and airports below this importance are not matched approximately (a
#: misspelling is recoverable only for a well-known place; "Treasury" must not become Treasure County).
FUZZY_MIN_IMPORTANCE: Final = 0.55
#: Words dropped from fuzzy keys.
FILLER_WORDS: Final[frozenset[str]] = frozenset(
    {"of", "the", "in", "at", "on", "and", "for", "to", "de", "du", "des", "del", "della", "di", "da"}
    | {"la", "le"}
)
#: Multi-word names written in their usual short form in fuzzy keys (data; longest first).
_SHORT_FORMS: Final = "gazetteer_short_forms"
_DROP: Final = FILLER_WORDS | ARTICLES


def fuzzy_key(base: str) -> str:
    """Return the fuzzy key of a normalised name without generic words.

    Parameters
    ----------
    base
        Output of :func:`geo.gazetteer.normalize.strip_generic`.

    Returns
    -------
    str
        Words separated by single spaces; ``base`` itself if dropping words would leave nothing.
    """
    if " " not in base:
        return base
    text = f" {base} "
    for long, short in _short_forms():
        if f" {long} " in text:
            text = text.replace(f" {long} ", f" {short} ")
    words = text.split()
    kept = [word for word in words if word not in _DROP]
    return " ".join(kept or words)


@functools.cache
def _short_forms() -> tuple[tuple[str, str], ...]:
    """Long form -> usual short form, in the data file's order (read on first use)."""
    entries = lexicon.load(_SHORT_FORMS)
    return tuple(zip(entries.column("term"), entries.column("short"), strict=True))


def _partnered(word: str, others: list[str], letters: str) -> bool:
    from rapidfuzz import fuzz

    if len(word) <= 2:
        return word in others
    if word in letters:
        return True
    return any(len(other) > 2 and fuzz.ratio(word, other) >= TOKEN_CUTOFF for other in others)


def similarity(query: str, choice: str) -> float:
    """Return the 0-100 similarity of two fuzzy keys, 0 when a word of either lacks a partner."""
    from rapidfuzz import fuzz

    mine, theirs = query.split(), choice.split()
    if len(mine) > 1 or len(theirs) > 1:
        mine_letters, their_letters = "".join(mine), "".join(theirs)
        if not all(_partnered(word, theirs, their_letters) for word in mine):
            return 0.0
        if not all(_partnered(word, mine, mine_letters) for word in theirs):
            return 0.0
        return max(fuzz.ratio(query, choice), fuzz.ratio(mine_letters, their_letters))
    return fuzz.ratio(query, choice)


def looks_alike(query_base: str, name_base: str) -> bool:
    """Return True when two names that share a skeleton also look alike.

    The skeleton drops vowel quality, so "Soleimani" (a person) meets "Sulaymaniyah" and "Houthis"
    meets "Hohotas"; a skeleton match counts only if ``fuzz.ratio`` of the fuzzy keys reaches
    :data:`SKELETON_MIN_RATIO` ("Hawija" / "Al Hawijah" 92, "Tikreet" / "Tikrit" 77).
    """
    return alike_to(query_base)(name_base)


def alike_to(query_base: str) -> Callable[[str], bool]:
    """Return :func:`looks_alike` with ``query_base`` given (its fuzzy key taken once, for many names)."""
    from rapidfuzz import fuzz

    ratio, query_key = fuzz.ratio, fuzzy_key(query_base)

    def alike(name_base: str) -> bool:
        return ratio(query_key, fuzzy_key(name_base)) >= SKELETON_MIN_RATIO

    return alike


class LetterTable:
    """How often each character occurs in each of many keys: rules out keys that cannot reach a
    ``fuzz.ratio`` cutoff with a query, without scoring them.

    ``fuzz.ratio(a, b)`` is ``200 * L / (len(a) + len(b))`` with ``L`` the length of the longest common
    subsequence, and ``L`` is at most the number of characters ``a`` and ``b`` share counted as
    multisets. The counts are kept in :data:`_BINS` bins (characters that share a bin only raise the
    bound), one column per bin, so a query reads only the columns of its own characters. A key whose
    bound is below the cutoff cannot score it: leaving it out changes no result of
    :func:`best_matches`, which then scores only the rest (about 0.1-5 % of the gazetteer's keys).

    Parameters
    ----------
    keys
        The choices (fuzzy keys).
    """

    def __init__(self, keys: list[str]) -> None:
        import numpy as np  # a dependency of shapely and pandas; loaded with the first fuzzy lookup

        lengths = np.fromiter((len(k) for k in keys), dtype=np.int32, count=len(keys))
        bins = _bins(np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32))
        ends = np.cumsum(lengths, dtype=np.int64)  # where each key's characters end
        counts = np.empty((_BINS, len(keys)), dtype=np.uint8)  # a row per bin: one bin is contiguous
        # Counted by np.bincount of (bin, key) cells, a block of keys at a time (np.add.at, unbuffered,
        # took twice as long; one block of all keys would hold 8 bytes per cell)
        for low in range(0, len(keys), _BLOCK):
            high = min(len(keys), low + _BLOCK)
            first = int(ends[low - 1]) if low else 0
            rows = np.repeat(np.arange(high - low, dtype=np.intp), lengths[low:high])
            cells = np.bincount(
                bins[first : int(ends[high - 1])] * (high - low) + rows, minlength=_BINS * (high - low)
            )
            counts[:, low:high] = np.minimum(cells.reshape(_BINS, high - low), 255)
        self.lengths = lengths
        self.counts = counts
        # a key with more than 255 characters could hold more than 255 of one bin: never ruled out
        self.longest = int(lengths.max(initial=0))
        self._filled: dict[int, Any] = {}
        self._least: dict[tuple[int, float, Any], Any] = {}

    @classmethod
    def from_counts(cls, lengths: Any, counts: Any) -> LetterTable:
        """The table of keys of these lengths and bin counts (the arrays of a table built before)."""
        table = cls.__new__(cls)
        table.lengths, table.counts = lengths, counts
        table.longest = int(lengths.max(initial=0))
        table._filled, table._least = {}, {}
        return table

    def possible(self, query: str, score_cutoff: float) -> list[int]:
        """Indexes (ascending) of the keys whose ``fuzz.ratio`` with ``query`` may reach ``score_cutoff``."""
        import numpy as np

        bins, wanted = np.unique(
            _bins(np.frombuffer(query.encode("utf-32-le"), dtype=np.uint32)), return_counts=True
        )
        # The shared counts add up to at most the query's length: one byte each holds them for a query
        # under 255 characters (all operands of one type: no casting, a quarter of the memory traffic of
        # four bytes), two bytes otherwise; the minimum of each column is taken in place, with an array
        # of the query's count (numpy's vectorised loop; a scalar operand takes 40 times as long).
        dtype = np.uint8 if len(query) < 255 else np.uint16 if len(query) < 1 << 15 else np.int64
        shared = np.zeros(self.lengths.shape, dtype=dtype)
        column_min = np.empty(self.lengths.shape, dtype=np.uint8)
        for column, count in zip(bins.tolist(), wanted.tolist(), strict=True):
            np.minimum(self.counts[column], self._count_array(min(count, 255)), out=column_min)
            np.add(shared, column_min, out=shared)
        return np.flatnonzero(shared >= self._least_array(len(query), score_cutoff, dtype)).tolist()

    def _count_array(self, count: int) -> Any:
        """An array of ``count`` (one byte) for every key, kept (read only)."""
        import numpy as np

        filled = self._filled.get(count)
        if filled is None:
            filled = np.full(self.lengths.shape, count, dtype=np.uint8)
            filled.flags.writeable = False
            self._filled[count] = filled
        return filled

    def _least_array(self, size: int, score_cutoff: float, dtype: Any) -> Any:
        """The fewest shared characters each key needs (:func:`_least_shared` by the key's length) for a
        query of ``size`` characters, kept for the next query of that size (up to 32 arrays)."""
        key = (size, score_cutoff, dtype)
        least = self._least.get(key)
        if least is None:
            if len(self._least) >= 32:
                self._least.clear()
            least = _least_shared(size, score_cutoff, self.longest + 1, dtype).take(self.lengths)
            least.flags.writeable = False
            self._least[key] = least
        return least


@functools.lru_cache(maxsize=256)
def _least_shared(size: int, score_cutoff: float, lengths: int, dtype: Any) -> Any:
    """The fewest shared characters a key of each length in ``range(lengths)`` needs to reach
    ``score_cutoff`` with a query of ``size`` characters: the least ``s`` with ``200 * s - score_cutoff *
    (length + size) >= -1e-6``, computed in the same floating point as that bound; ``size + 1`` (more
    than any key shares) when none reaches it; 0 for keys of more than 255 characters (never ruled out:
    their bin counts may be capped). Kept for the next query of the same size (read only)."""
    import numpy as np

    least = np.zeros(lengths, dtype=dtype)
    for length in range(min(lengths, 256)):
        need = score_cutoff * (length + size)
        shared = max(0, math.ceil((need - 1e-6) / 200.0) - 1)
        while shared > 0 and 200.0 * (shared - 1) - need >= -1e-6:
            shared -= 1
        while 200.0 * shared - need < -1e-6:
            shared += 1
        least[length] = min(shared, size + 1)
    least.flags.writeable = False
    return least


#: Character bins of :class:`LetterTable`: a-z, 0-9, space, hyphen, apostrophe, then the rest by code.
_BINS: Final = 64
#: Keys counted at a time when a :class:`LetterTable` is built.
_BLOCK: Final = 1 << 14


def _bins(codes: Any) -> Any:
    """The :class:`LetterTable` bin of each code point of an array."""
    import numpy as np

    out = 39 + (codes % (_BINS - 39))
    out = np.where((codes >= 97) & (codes <= 122), codes - 97, out)
    out = np.where((codes >= 48) & (codes <= 57), codes - 48 + 26, out)
    out = np.where(codes == 32, 36, out)
    out = np.where(codes == 45, 37, out)
    out = np.where(codes == 39, 38, out)
    return out.astype(np.intp)


def best_matches(
    query: str, choices: Sequence[str], *, limit: int = 40, table: LetterTable | None = None
) -> Iterable[tuple[int, float]]:
    """Yield ``(index in choices, similarity)`` of the choices close enough to ``query``.

    Parameters
    ----------
    query
        Fuzzy key of the query (see :func:`fuzzy_key`).
    choices
        Fuzzy keys of the gazetteer names.
    limit
        Number of nearest choices (by ``fuzz.ratio``) examined.
    table
        The :class:`LetterTable` of ``choices``: only the choices that may reach the cutoff are scored
        (the same result, faster).
    """
    from rapidfuzz import fuzz, process

    letters = query.replace(" ", "")
    if len(letters) < MIN_LETTERS:
        return
    cutoff = FUZZY_CUTOFF if len(letters) >= 5 else SHORT_CUTOFF
    indexes: list[int] | None = None
    pool = choices
    if table is not None:
        indexes = table.possible(query, cutoff - 10)
        take = getattr(choices, "take", None)  # the choices file's keys cut all at once
        pool = take(indexes) if take is not None else [choices[i] for i in indexes]
    near = process.extract(query, pool, scorer=fuzz.ratio, score_cutoff=cutoff - 10, limit=limit)
    for _, _, index in near:
        if indexes is not None:
            index = indexes[index]
        score = similarity(query, choices[index])
        if score >= cutoff:
            yield index, score
