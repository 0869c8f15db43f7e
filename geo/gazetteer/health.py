"""Keep the compiled index sound: a cheap check of a file on open, and builds that clean up and explain.

:func:`header_problem` reads the 100-byte SQLite header (magic string, page size and page count, so a
truncated or grown file is caught without reading it); :class:`~geo.gazetteer.index.Gazetteer` then checks
its meta table against the row counts. :func:`build_in_cache` sweeps the temporaries of builds that were
killed, checks that the folder takes a file before the minutes of reading the sources, and turns a
read-only or full cache folder into one :class:`~geo.errors.GeoIOError` line.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Final

from geo.cache import cache_error, prepare_folder, temp_path
from geo.errors import GazetteerError

__all__ = ["DamagedIndexError", "build_in_cache", "check_cache_folder", "header_problem"]


class DamagedIndexError(GazetteerError):
    """The index file is truncated, overwritten, not SQLite, or misses rows its meta table records."""


#: The SQLite file header (https://www.sqlite.org/fileformat.html#the_database_header).
_MAGIC: Final = b"SQLite format 3\x00"


def header_problem(path: Path) -> str | None:
    """What the 100-byte header says is wrong with the file (not SQLite, truncated, grown), or None."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
            size = os.fstat(handle.fileno()).st_size
    except OSError as exc:
        return exc.strerror or str(exc)
    if len(header) < 100 or not header.startswith(_MAGIC):
        return "not an SQLite file"
    page_size = int.from_bytes(header[16:18], "big")
    pages = int.from_bytes(header[28:32], "big")
    expected = (65536 if page_size == 1 else page_size) * pages
    if header[24:28] == header[92:96] and size != expected:
        return f"{size} bytes, expected {expected}"
    return None


def check_cache_folder(folder: Path) -> None:
    """Sweep dead builds' temporaries in ``folder`` (created if missing) and check it takes a file: fail
    now, not after the minutes of reading the sources.

    Raises
    ------
    GeoIOError
        If the folder is read-only or full, or a file (:func:`geo.cache.cache_error`).
    """
    prepare_folder(folder)
    probe = temp_path(folder / ".write-probe")
    try:
        probe.write_bytes(b"geo")
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
        raise cache_error(folder, exc) from None


def build_in_cache(path: Path, folder: Path, *, build: Callable[[Path, Path], Path]) -> None:
    """Build the index at ``path`` with ``build(path, folder)`` (:func:`geo.gazetteer.build.build_index`):
    sweep dead builds' temporaries, check the folder takes a file, build.

    Raises
    ------
    GeoIOError
        If the cache folder is read-only or full, or a file (:func:`geo.cache.cache_error`).
    """
    check_cache_folder(path.parent)
    try:
        build(path, folder)
    except sqlite3.OperationalError as exc:  # "database or disk is full", "attempt to write a readonly ..."
        raise cache_error(path.parent, detail=str(exc)) from None
    except OSError as exc:
        raise cache_error(path.parent, exc) from None
