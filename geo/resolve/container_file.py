"""The resolver's container index (:class:`~geo.resolve.containers.ContainerIndex`) kept in a file beside a
cached gazetteer index, so that a process reads it instead of building it.

Building the index reads about 13,000 names of countries and first-level regions from the name table
and sorts them into tables (about 0.19 s CPU); every process that resolves a text pays it (each
``geo extract`` command and each of its ``-j N`` workers). The tables are also kept beside a cached
index as ``containers-<index stem>-<digest>.json`` (about 0.8 MB) and read back in a few hundredths of
a second. The digest covers what decides them: the index file (name, size, modification time), the
source of the modules that read and sort the names (:mod:`geo.resolve.containers`,
:mod:`geo.resolve.candidates`, :mod:`geo.resolve.words`, :mod:`geo.model.place`,
:mod:`geo.gazetteer.index`, :mod:`geo.gazetteer.normalize`) and the generic words; a file that does not
load or does not fit is ignored and the index built anew. A folder that cannot be written only means
no file is kept. An index that is not a cached one (``gazetteer-*``) is always built.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from pathlib import Path
from typing import Any, Final

from geo.cache import temp_path
from geo.gazetteer import Candidate, Gazetteer, normalize
from geo.gazetteer import index as gazetteer_index
from geo.model import place
from geo.resolve import candidates, containers, words
from geo.resolve.containers import Container, ContainerIndex, ContainerParts

__all__ = ["load_index"]

#: Bump when the layout of the file changes.
_FORMAT: Final = "1"
_TABLES: Final = ("words", "codes", "abbreviations")


def load_index(gazetteer: Gazetteer) -> ContainerIndex:
    """Return the container index of ``gazetteer``: from its file if one fits, else built (and kept in a
    file when the gazetteer is a cached index, ``gazetteer-*``)."""
    path = getattr(gazetteer, "path", None)
    file = _file(path) if isinstance(path, Path) and path.name.startswith("gazetteer-") else None
    if file is not None:
        with contextlib.suppress(Exception):  # missing or damaged: build anew
            return ContainerIndex(None, parts=_read(file))
    index = ContainerIndex(gazetteer)
    if file is not None:
        with contextlib.suppress(OSError):
            _write(file, index.parts)
    return index


def _file(path: Path) -> Path | None:
    """The file of the container index of ``path``, named by the digest of what decides it; None if the
    index or the sources cannot be examined."""
    try:
        stat = path.stat()
        sources = [
            Path(module.__file__ or "").read_bytes()
            for module in (containers, candidates, words, place, gazetteer_index, normalize)
        ]
    except OSError:
        return None
    digest = hashlib.sha256()
    for part in (
        _FORMAT,
        path.name,
        str(stat.st_size),
        str(stat.st_mtime_ns),
        repr(sorted(words.GENERIC_SITE_WORDS)),
        repr(sorted(words._FILLERS)),
    ):
        digest.update(part.encode("utf-8") + b"\x00")
    for source in sources:
        digest.update(source + b"\x00")
    return path.with_name(f"containers-{path.stem}-{digest.hexdigest()[:16]}.json")


def _read(file: Path) -> ContainerParts:
    data = json.loads(file.read_text(encoding="utf-8"))
    if data["format"] != _FORMAT:
        raise ValueError(f"{file}: format {data['format']!r}")
    made = [
        Container(str(ident), str(country), None if admin1 is None else str(admin1))
        for ident, country, admin1 in data["containers"]
    ]
    tables = [
        {str(key): tuple(made[at] for at in ats) for key, ats in data[table].items()} for table in _TABLES
    ]
    first_words = {str(key): int(size) for key, size in data["first_words"].items()}
    states = {str(key): tuple(_candidate(row) for row in rows) for key, rows in data["states"].items()}
    return ContainerParts(tables[0], tables[1], tables[2], first_words, states)


def _candidate(row: list[Any]) -> Candidate:
    ident, name, cls, country, lon, lat, population, score, match, matched, source, admin1, admin2, imp = row
    return Candidate(
        str(ident),
        str(name),
        str(cls),
        None if country is None else str(country),
        float(lon),
        float(lat),
        int(population),
        float(score),
        str(match),
        str(matched),
        str(source),
        None if admin1 is None else str(admin1),
        None if admin2 is None else str(admin2),
        float(imp),
    )


def _write(file: Path, parts: ContainerParts) -> None:
    numbers: dict[Container, int] = {}
    tables = {
        table: {
            key: [numbers.setdefault(container, len(numbers)) for container in containers]
            for key, containers in getattr(parts, table).items()
        }
        for table in _TABLES
    }
    states = {
        key: [
            [
                c.id,
                c.name,
                c.feature_class,
                c.country,
                c.lon,
                c.lat,
                c.population,
                c.score,
                c.match,
                c.matched_name,
                c.source,
                c.admin1,
                c.admin2,
                c.importance,
            ]
            for c in entries
        ]
        for key, entries in parts.states.items()
    }
    data = {
        "format": _FORMAT,
        "containers": [[c.id, c.country, c.admin1] for c in numbers],
        **tables,
        "first_words": parts.first_words,
        "states": states,
    }
    staged = temp_path(file)
    try:
        staged.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(staged, file)
    finally:
        with contextlib.suppress(OSError):
            staged.unlink()
