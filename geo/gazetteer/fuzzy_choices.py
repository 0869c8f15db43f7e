"""The choices of approximate matching: the fuzzy keys of the well-known names of an index, with their
entries and :class:`~geo.gazetteer.fuzzy.LetterTable`, built on the first fuzzy lookup of a process.

Building them reads about 250,000 names and takes about a second; every process that makes a fuzzy
lookup (each worker of ``geo extract -j N``) would pay it. So the arrays are also kept beside a cached
index (``fuzzy-<index stem>-<digest>.npz``, uncompressed, loaded in a few tens of milliseconds). The
digest covers what decides them: the index file (name, size, modification time), the source of
:mod:`geo.gazetteer.fuzzy` (the key function), the words it drops and the short forms it writes, and
the query below; a file that does not load or does not fit is ignored and the choices built anew. A
folder that cannot be written only means no file is kept.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, overload

from geo.cache import temp_path
from geo.gazetteer import fuzzy
from geo.gazetteer.fuzzy import FUZZY_MIN_IMPORTANCE, LetterTable, fuzzy_key
from geo.gazetteer.normalize import ARTICLES

__all__ = ["FuzzyChoices", "Keys", "load_choices"]

#: The names approximate matching may propose: those of entries other than cities, admin regions and
#: airports, and of those at least :data:`FUZZY_MIN_IMPORTANCE` important.
_QUERY: Final = (
    "SELECT n.base, n.pid FROM names n JOIN places p ON p.pid = n.pid "
    "WHERE p.feature_class NOT IN ('city', 'admin_region', 'airport') OR p.importance >= ?"
)
#: Bump when the layout of the file changes.
_FORMAT: Final = "1"


class Keys(Sequence[str]):
    """The keys of a file: one text of keys and separators, each key cut from it when asked.

    Splitting the text into its ~230,000 strings took ~30 ms of every process that made a fuzzy lookup;
    a run asks for a few hundred keys per lookup (those :class:`~geo.gazetteer.fuzzy.LetterTable` lets
    through).

    Parameters
    ----------
    text
        The keys joined by one separator character each.
    lengths
        The length of each key (an integer array).
    """

    __slots__ = ("_ends", "_starts", "_text")

    def __init__(self, text: str, lengths: Any) -> None:
        import numpy as np

        ends = np.cumsum(lengths, dtype=np.int64) + np.arange(len(lengths), dtype=np.int64)
        self._text = text
        self._ends = array("q", ends.tobytes())
        self._starts = array("q", (ends - lengths).tobytes())

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._text[self._starts[index] : self._ends[index]]

    def take(self, indexes: Sequence[int]) -> list[str]:
        """The keys ``indexes`` (``[self[i] for i in indexes]`` without a method call per key: a fuzzy
        lookup asks for a few hundred)."""
        text, starts, ends = self._text, self._starts, self._ends
        return [text[starts[index] : ends[index]] for index in indexes]


@dataclass(frozen=True, slots=True)
class FuzzyChoices:
    """Fuzzy keys, the entries (pids) of each, and the letter table of the keys.

    Attributes
    ----------
    keys
        Distinct fuzzy keys, in the order the names query first gives them.
    ends
        ``pids[ends[i - 1]:ends[i]]`` are the entries of key ``i`` (in the query's order).
    pids
        The entries of all keys, one after another.
    table
        The :class:`LetterTable` of ``keys``.
    """

    keys: Sequence[str]
    ends: Any
    pids: Any
    table: LetterTable

    def entries(self, index: int) -> list[int]:
        """The pids of key ``index``."""
        start = int(self.ends[index - 1]) if index else 0
        return [int(pid) for pid in self.pids[start : int(self.ends[index])]]


def load_choices(con: sqlite3.Connection, path: Path) -> FuzzyChoices:
    """Return the choices of the index ``path`` open as ``con``: from its file if one fits, else built
    (and kept in a file when ``path`` is a cached index, ``gazetteer-*``)."""
    keep = path.name.startswith("gazetteer-")
    file = _file(path) if keep else None
    if file is not None:
        with contextlib.suppress(Exception):  # any damage: build anew
            return _read(file)
    choices = _build(con)
    if file is not None and not any("\x00" in key for key in choices.keys):
        with contextlib.suppress(OSError):
            _write(file, choices)
    return choices


def _build(con: sqlite3.Connection) -> FuzzyChoices:
    import numpy as np

    grouped: dict[str, list[int]] = {}
    for base, pid in con.execute(_QUERY, (FUZZY_MIN_IMPORTANCE,)).fetchall():
        key = fuzzy_key(base) if " " in base else base  # a single word is its own key
        found = grouped.get(key)
        if found is None:
            grouped[key] = [pid]
        else:
            found.append(pid)
    keys = list(grouped)
    ends = np.cumsum(np.fromiter((len(p) for p in grouped.values()), dtype=np.int64, count=len(keys)))
    pids = np.fromiter(
        (pid for p in grouped.values() for pid in p), dtype=np.int64, count=int(ends[-1]) if keys else 0
    )
    return FuzzyChoices(keys, ends, pids, LetterTable(keys))


def _file(path: Path) -> Path | None:
    """The file of the choices of ``path``, named by the digest of what decides them; None if the index
    cannot be examined."""
    try:
        stat = path.stat()
        source = Path(fuzzy.__file__).read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256()
    for part in (
        _FORMAT,
        path.name,
        str(stat.st_size),
        str(stat.st_mtime_ns),
        _QUERY,
        repr(FUZZY_MIN_IMPORTANCE),
        repr(sorted(fuzzy.FILLER_WORDS | ARTICLES)),
        repr(fuzzy._short_forms()),
    ):
        digest.update(part.encode("utf-8") + b"\x00")
    digest.update(source)
    return path.with_name(f"fuzzy-{path.stem}-{digest.hexdigest()[:16]}.npz")


def _read(file: Path) -> FuzzyChoices:
    import numpy as np

    with np.load(file, allow_pickle=False) as data:
        count = int(data["count"])
        text = bytes(data["keys"]).decode("utf-8")
        ends, pids, lengths, counts = data["ends"], data["pids"], data["lengths"], data["counts"]
    if not count == len(ends) == len(lengths) == counts.shape[1]:
        raise ValueError(f"{file}: arrays of different lengths")
    if count and (
        text.count("\x00") != count - 1 or int(lengths.sum(dtype=np.int64)) + count - 1 != len(text)
    ):
        raise ValueError(f"{file}: keys of other lengths than recorded")
    if count and int(ends[-1]) != len(pids):
        raise ValueError(f"{file}: entries do not fit the keys")
    return FuzzyChoices(Keys(text, lengths), ends, pids, LetterTable.from_counts(lengths, counts))


def _write(file: Path, choices: FuzzyChoices) -> None:
    import numpy as np

    staged = temp_path(file)
    try:
        with staged.open("wb") as handle:
            np.savez(
                handle,
                count=np.array(len(choices.keys)),
                keys=np.frombuffer("\x00".join(choices.keys).encode("utf-8"), dtype=np.uint8),
                ends=choices.ends,
                pids=choices.pids,
                lengths=choices.table.lengths,
                counts=choices.table.counts,
            )
        os.replace(staged, file)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
