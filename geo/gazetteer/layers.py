"""Gazetteer layers: places the user adds or compiles, kept outside the package and merged into the index.

A layer is an SQLite file in the index's own format (``meta``, ``places``, ``names`` with their matching
keys) under ``settings.data_dir / "gazetteer"``, one file per layer (``<layer>.sqlite``, replaced
atomically). Its kind is ``user`` (``geo gazetteer add``, the review app) or ``geonames`` (``geo gazetteer
build --geonames``). :func:`layered_index` merges every layer into a copy of the packaged index named
``gazetteer-<index fingerprint>-<layers fingerprint>.sqlite`` in the cache (the layers' fingerprint hashes
each layer file's name, size, modification time and inode, so any change selects a new file); the
packaged index itself is never changed, so rebuilding it keeps the layers, and without layers nothing
changes at all. The merge rules (docs/gazetteer.md, "Your own places"):

1. GeoNames layers first, then user layers, each in name order; a place whose id is already in the index
   is skipped (the packaged entry stays as it is).
2. A user place outranks the packaged places (and GeoNames layers) that share one of its names in its
   country: its importance is raised to 0.01 above the most important of them (at most 1.0).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Protocol, TypeVar

from geo import settings

try:
    import fcntl  # POSIX: locks between processes; elsewhere only the thread lock
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
from geo.cache import prepare_folder, readonly_uri, sweep_temporaries, temp_path
from geo.errors import InputError
from geo.gazetteer.build import INDEXES, MIN_SKELETON, SCHEMA, SCHEMA_VERSION
from geo.gazetteer.health import DamagedIndexError, build_in_cache, header_problem
from geo.gazetteer.normalize import generic_words, normalize_name, skeleton, split_generic

__all__ = [
    "KINDS",
    "LAYER_NAME",
    "LayerInfo",
    "layer_lock",
    "layer_path",
    "layered_index",
    "layers_dir",
    "list_layers",
    "name_rows",
    "open_layer",
    "open_with_layers",
    "remove_layer",
]

#: Layer kinds, in merge order.
KINDS: Final = ("geonames", "user")
#: A layer name: letters, digits, ``_`` and ``-``, at most 64 characters, not starting with ``-``/``_``.
LAYER_NAME: Final = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}\Z")
#: Merged copies of older layer sets are removed by the next merge once they are this old (seconds).
KEEP_SECONDS: Final = 600
#: How far above the best packaged namesake in its country a user place ranks (importance points).
USER_MARGIN: Final = 0.01
_SUFFIX: Final = ".sqlite"


@dataclass(frozen=True, slots=True)
class LayerInfo:
    """One layer as :func:`list_layers` finds it.

    Attributes
    ----------
    name
        The layer's name (``--name``).
    kind
        ``"user"`` or ``"geonames"``.
    places, names
        Entries and names it holds.
    source
        What it was made from (file names).
    path
        Its file.
    """

    name: str
    kind: str
    places: int
    names: int
    source: str
    path: Path


def layers_dir() -> Path:
    """Folder of the layer files: ``settings.data_dir / "gazetteer"``."""
    return Path(settings.data_dir) / "gazetteer"


def check_name(name: str) -> str:
    """Return ``name`` if it is a valid layer name, else raise :class:`InputError`."""
    if not isinstance(name, str) or not LAYER_NAME.match(name):
        raise InputError(
            f"layer name {name!r} is not valid: use 1-64 letters, digits, '_' or '-', starting with a "
            "letter or digit"
        )
    return name


def layer_path(name: str) -> Path:
    """Return the file of layer ``name`` (whether it exists or not)."""
    return layers_dir() / f"{check_name(name)}{_SUFFIX}"


def _info(path: Path) -> LayerInfo | None:
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    if meta.get("schema") != str(SCHEMA_VERSION) or meta.get("kind") not in KINDS:
        return None
    return LayerInfo(
        path.name.removesuffix(_SUFFIX),
        meta["kind"],
        int(meta.get("entries") or meta.get("places") or 0),
        int(meta.get("names", 0)),
        meta.get("source", ""),
        path,
    )


def list_layers() -> list[LayerInfo]:
    """Return the layers in merge order (GeoNames layers, then user layers, each by name).

    Files that are not layers of this schema are left out (and left alone).
    """
    folder = layers_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*{_SUFFIX}")):
        if LAYER_NAME.match(path.name.removesuffix(_SUFFIX)) and header_problem(path) is None:
            info = _info(path)
            if info is not None:
                found.append(info)
    return sorted(found, key=lambda info: (KINDS.index(info.kind), info.name))


_THREAD_LOCK: Final = threading.Lock()


@contextlib.contextmanager
def layer_lock(name: str) -> Iterator[None]:
    """Hold the lock of layer ``name`` (a thread lock, and an ``flock`` on ``.<name>.lock`` where the
    platform has it) around a read-modify-write of the layer."""
    path = layer_path(name)
    prepare_folder(path.parent)
    with _THREAD_LOCK, (path.parent / f".{path.stem}.lock").open("a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def remove_layer(name: str) -> LayerInfo:
    """Remove layer ``name`` and return what it held.

    Raises
    ------
    InputError
        If there is no such layer.
    """
    path = layer_path(name)
    info = _info(path) if path.is_file() else None
    if info is None:
        known = ", ".join(layer.name for layer in list_layers()) or "none"
        raise InputError(f"no gazetteer layer {name!r} (layers: {known})")
    path.unlink()
    return info


@functools.cache
def _generic_tokens() -> frozenset[str]:
    """Every word of a generic phrase: a key without any of them has none to split (a fast path, same
    result as :func:`split_generic`)."""
    return frozenset(word for phrase, _ in generic_words() for word in phrase.split())


def name_rows(pid: int, names: Iterable[tuple[str, int]]) -> list[tuple[object, ...]]:
    """Rows of the ``names`` table for one entry, as the index build makes them.

    Parameters
    ----------
    pid
        The entry's row id.
    names
        ``(name, kind)`` pairs (kind 0 primary, 1 alternate, 2 alias); sorted by kind then name, and a
        name whose key was seen already is skipped.
    """
    rows: list[tuple[object, ...]] = []
    seen: set[str] = set()
    for name, kind in sorted(set(names), key=lambda item: (item[1], item[0])):
        key = normalize_name(name)
        if not key or key in seen:
            continue
        seen.add(key)
        base, hint = split_generic(key) if _generic_tokens().intersection(key.split()) else (key, None)
        skel = skeleton(key)
        rows.append((pid, name, kind, key, base, hint, skel if len(skel) >= MIN_SKELETON else None))
    return rows


@contextlib.contextmanager
def open_layer(name: str, *, kind: str, source: str) -> Iterator[sqlite3.Connection]:
    """Write a new layer file for ``name`` and put it in place when the block ends without error.

    Yields a connection to a temporary file with the layer tables; the caller inserts ``places`` and
    ``names`` rows. On success the meta table is filled, the name indexes are built and the file replaces
    the layer's old one (atomically); on error the temporary is removed and the old layer stays.
    """
    if kind not in KINDS:
        raise InputError(f"unknown layer kind {kind!r}; expected one of {KINDS!r}")
    target = layer_path(name)
    prepare_folder(target.parent)
    sweep_temporaries(target.parent)
    temp = temp_path(target)
    temp.unlink(missing_ok=True)
    try:
        con = sqlite3.connect(temp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            yield con
            places = con.execute("SELECT max(pid) FROM places").fetchone()[0] or 0
            names = con.execute("SELECT max(rowid) FROM names").fetchone()[0] or 0
            con.executescript("".join(f"CREATE INDEX {index};" for index in INDEXES))
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("schema", str(SCHEMA_VERSION)),
                    ("kind", kind),
                    ("places", str(places)),
                    ("names", str(names)),
                    ("entries", str(con.execute("SELECT count(*) FROM places").fetchone()[0])),
                    ("source", source),
                ],
            )
            con.commit()
        finally:
            con.close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def layers_fingerprint(layers: Sequence[LayerInfo]) -> str:
    """Hash of the layer files' names, sizes, modification times and inodes (no file is read)."""
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION};merge=1".encode())
    for layer in layers:
        stat = layer.path.stat()
        digest.update(f"{layer.name}:{layer.kind}:{stat.st_size}:{stat.st_mtime_ns}:{stat.st_ino};".encode())
    return digest.hexdigest()[:12]


class _Index(Protocol):
    path: Path

    def close(self) -> None: ...


_I = TypeVar("_I", bound=_Index)


def open_with_layers(base: _I, open_index: Callable[[Path], _I]) -> _I:
    """Return ``base`` (an open packaged index) when there are no layers, else ``open_index`` of the merged
    index (rebuilt once if damaged), closing ``base``.

    Raises
    ------
    DamagedIndexError
        If the merged index is damaged again right after its rebuild.
    """
    merged = base.path
    for _ in range(2):
        merged = layered_index(base.path)
        if merged == base.path:
            return base
        try:
            opened = open_index(merged)
        except DamagedIndexError:
            merged.unlink(missing_ok=True)
            continue
        base.close()
        return opened
    raise DamagedIndexError(f"gazetteer index {str(merged)!r} is damaged right after its rebuild")


def layered_index(base: Path) -> Path:
    """Return the index to open for the packaged index ``base``: ``base`` itself without layers, else the
    merged copy (built on first use, replacing the merged copies of older layer sets).

    Raises
    ------
    GeoIOError
        If the merged copy must be built and the cache folder is read-only, full, or a file.
    """
    layers = list_layers()
    if not layers:
        return base
    target = base.with_name(f"{base.stem}-{layers_fingerprint(layers)}{_SUFFIX}")
    if target.exists() and header_problem(target) is None:
        return target
    build_in_cache(target, base, build=lambda path, source: merge_layers(source, layers, path))
    now = time.time()
    for old in base.parent.glob(f"{base.stem}-*{_SUFFIX}"):
        with contextlib.suppress(OSError):
            if old == target or now - old.stat().st_mtime < KEEP_SECONDS:
                continue  # a process that opened it a moment ago may still build its lexicon from it
            for path in [old, *base.parent.glob(f"lexicon-{old.stem.removeprefix('gazetteer-')}-*")]:
                path.unlink(missing_ok=True)  # the copy of an older layer set and the lexicon made from it
    return target


def merge_layers(base: Path, layers: Sequence[LayerInfo], target: Path) -> Path:
    """Write ``target``: a copy of the index ``base`` with ``layers`` merged in (the module's rules)."""
    temp = temp_path(target)
    try:
        shutil.copyfile(base, temp)
        con = sqlite3.connect(temp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
            big = sum(layer.names for layer in layers) > 200_000
            if big:  # a GeoNames layer: index once at the end
                con.executescript("".join(f"DROP INDEX {index.split()[0]};" for index in INDEXES))
            packaged: int | None = None  # the last pid before the user layers
            for layer in layers:
                if layer.kind == "user" and packaged is None:
                    packaged = int(con.execute("SELECT max(pid) FROM places").fetchone()[0])
                _merge_one(con, layer)
            if big:
                con.executescript("".join(f"CREATE INDEX {index};" for index in INDEXES))
            if packaged is not None:
                _raise_user_places(con, packaged)
            places = con.execute("SELECT max(pid) FROM places").fetchone()[0]
            names = con.execute("SELECT max(rowid) FROM names").fetchone()[0]
            con.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [
                    ("places", str(places)),
                    ("names", str(names)),
                    ("fingerprint", target.stem.removeprefix("gazetteer-")),
                    ("layers", ",".join(layer.name for layer in layers)),
                ],
            )
            con.commit()
        finally:
            con.close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return target


def _merge_one(con: sqlite3.Connection, layer: LayerInfo) -> None:
    offset = int(con.execute("SELECT max(pid) FROM places").fetchone()[0])
    con.execute("ATTACH DATABASE ? AS layer", (readonly_uri(layer.path),))
    try:
        con.execute(
            "INSERT INTO main.places SELECT pid + ?, id, name, feature_class, country, lon, lat, population, "
            "importance, source, admin1, admin2 FROM layer.places "
            "WHERE id NOT IN (SELECT id FROM main.places) ORDER BY pid",
            (offset,),
        )
        con.execute(
            "INSERT INTO main.names SELECT n.pid + ?, n.name, n.kind, n.key, n.base, n.hint, n.skel "
            "FROM layer.names n WHERE n.pid + ? IN (SELECT pid FROM main.places WHERE pid > ?) "
            "ORDER BY n.rowid",
            (offset, offset, offset),
        )
        con.commit()
    finally:
        con.execute("DETACH DATABASE layer")


def _raise_user_places(con: sqlite3.Connection, packaged: int) -> None:
    """Rule 2: a user place (pid above ``packaged``) ranks above its packaged namesakes in its country."""
    con.execute(
        "UPDATE places SET importance = min(1.0, max(importance, coalesce(("
        "  SELECT max(other.importance) + ? FROM names mine JOIN names theirs ON theirs.key = mine.key "
        "  JOIN places other ON other.pid = theirs.pid "
        "  WHERE mine.pid = places.pid AND other.pid <= ? AND other.country = places.country), 0.0))) "
        "WHERE pid > ?",
        (USER_MARGIN, packaged, packaged),
    )
    con.commit()
