"""The ids an import has built, in flat memory: the first ones in a dict, the rest in a temporary SQLite file.

A file of millions of rows must not hold an entry per row in memory for its duplicate check. Ids are kept
as 64-bit hashes with the line that built them (a collision is checked against nothing else, at odds of
one in 2**64 per pair); past :data:`IN_MEMORY` of them the dict is written into an indexed table of a
temporary file and emptied, so memory stays bounded whatever the file's size.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Final

__all__ = ["IN_MEMORY", "SeenIds"]

#: Hashes kept in memory before they move to disk (about 100 bytes each: 10 MB).
IN_MEMORY: Final = 100_000


class SeenIds:
    """The line of each id hash added so far.

    Parameters
    ----------
    in_memory
        How many hashes stay in memory before all of them move to the temporary file.
    """

    def __init__(self, *, in_memory: int = IN_MEMORY) -> None:
        self._recent: dict[int, int] = {}
        self._limit = max(1, in_memory)
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        self._db: sqlite3.Connection | None = None

    def line_of(self, key: int) -> int | None:
        """The line that added ``key``, or None."""
        found = self._recent.get(key)
        if found is None and self._db is not None:
            row = self._db.execute("SELECT line FROM seen WHERE k = ?", (key,)).fetchone()
            found = None if row is None else int(row[0])
        return found

    def add(self, key: int, line: int) -> None:
        """Remember that ``line`` built the id of hash ``key``."""
        self._recent[key] = line
        if len(self._recent) >= self._limit:
            self._spill()

    @property
    def on_disk(self) -> bool:
        """Whether hashes have moved to the temporary file."""
        return self._db is not None

    def _spill(self) -> None:
        if self._db is None:
            self._folder = tempfile.TemporaryDirectory(prefix="geo-import-ids-")
            self._db = sqlite3.connect(Path(self._folder.name) / "seen.sqlite")
            self._db.executescript(
                "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192;"
                "CREATE TABLE seen (k INTEGER PRIMARY KEY, line INTEGER NOT NULL);"
            )
        self._db.executemany("INSERT INTO seen VALUES (?, ?)", self._recent.items())
        self._recent = {}

    def close(self) -> None:
        """Remove the temporary file."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def __enter__(self) -> SeenIds:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()
