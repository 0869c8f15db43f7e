"""Compile GeoNames dumps (allCountries.zip, XX.zip, cities1000.zip, alternateNamesV2.zip) into a layer.

The dumps are read as a stream, row by row (tab-separated, 19 columns: geonameid, name, asciiname,
alternatenames, latitude, longitude, feature class, feature code, country code, cc2, admin1-4 codes,
population, elevation, dem, timezone, modification date; https://download.geonames.org/export/dump/
readme.txt), and written in batches into a layer file in the index format (geo.gazetteer.layers), so
memory stays flat whatever the dump's size; the name indexes are built at the end. Row ids are the
geonameids, so an alternate-names row finds its place without a lookup table; a bitmap of the ids seen
drops the rows a second dump repeats.

Classes: feature class P -> city; A -> country (PCL*), admin_region (ADM*), else region; H -> water_body;
L and T -> region; S -> airport (AIRP, AIRF, AIRH), military_base (AIRB, MILB, INSM, NVB), else facility;
R, U, V are skipped. Importance as for the packaged sources (countries 1.0, ADM1 0.75, ADM2 0.5, deeper
0.4, places log10(population + 1) / 7.2 clamped to 0.3..1) except that places without population get
0.25 and other classes 0.3-0.45, so that the packaged entry of a name ranks first without context.
"""

from __future__ import annotations

import io
import logging
import math
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from geo.errors import InputError
from geo.gazetteer.layers import LayerInfo, list_layers, name_rows, open_layer
from geo.gazetteer.sources import ALIAS, ALTERNATE, PRIMARY, is_latin
from geo.io.bounded import open_zip

__all__ = ["BATCH", "build_geonames_layer", "classify"]

logger = logging.getLogger(__name__)

#: Rows written per transaction.
BATCH: Final = 20_000
#: Largest dump accepted (uncompressed): allCountries.txt is about 1.6 GB, alternateNamesV2.txt 0.7 GB.
MAX_DUMP_BYTES: Final = 16 << 30
#: alternateNamesV2 "isolanguage" values that are not names (links, postcodes, codes of other schemes).
_NOT_NAMES: Final = frozenset({"link", "post", "wkdt", "unlc", "phon", "piny", "fr_1793"})
#: ... and those that are codes kept as aliases.
_CODES: Final = frozenset({"abbr", "iata", "icao", "faac"})
_MILITARY: Final = frozenset({"AIRB", "MILB", "INSM", "NVB"})
_AIRPORTS: Final = frozenset({"AIRP", "AIRF", "AIRH"})
_ADMIN_IMPORTANCE: Final = {"ADM1": 0.75, "ADM2": 0.5}

Progress = Callable[[str], None]


def classify(feature_class: str, code: str, population: int) -> tuple[str, float] | None:
    """Return our feature class and the importance of a GeoNames row, or None to skip it."""
    if feature_class == "P":
        return "city", (min(1.0, max(0.3, math.log10(population + 1) / 7.2)) if population else 0.25)
    if feature_class == "A":
        if code.startswith("PCL"):
            return "country", 1.0
        if code.startswith("ADM"):
            return "admin_region", _ADMIN_IMPORTANCE.get(code.rstrip("H"), 0.4)
        return "region", 0.4
    if feature_class == "H":
        return "water_body", 0.4
    if feature_class in ("L", "T"):
        return "region", 0.3
    if feature_class == "S":
        if code in _AIRPORTS:
            return "airport", 0.35
        return ("military_base", 0.45) if code in _MILITARY else ("facility", 0.3)
    return None


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    """The text lines of a dump: a .txt file, or the data member of a .zip (not readme.txt)."""
    if path.suffix.lower() != ".zip":
        with path.open(encoding="utf-8", newline="\n") as handle:
            yield iter(handle)
        return
    with open_zip(path, max_total=MAX_DUMP_BYTES, max_ratio=50) as archive:
        members = [i.filename for i in archive.infolist() if i.filename.endswith(".txt")]
        members = [m for m in members if not m.lower().endswith(("readme.txt", "iso-languagecodes.txt"))]
        if len(members) != 1:
            raise InputError(
                f"{str(path)!r}: expected one GeoNames .txt file in the archive, found {members!r}"
            )
        with archive.open(members[0]) as raw:
            yield iter(io.TextIOWrapper(raw, encoding="utf-8", newline="\n"))


class _Bits:
    """A growable bitmap of geonameids (about 2 MB for every id GeoNames has given)."""

    def __init__(self) -> None:
        self.data = bytearray(1 << 20)

    def add(self, n: int) -> bool:
        """Set bit ``n``; return False if it was set already."""
        index, bit = n >> 3, 1 << (n & 7)
        if index >= len(self.data):
            self.data.extend(bytearray(max(index + 1 - len(self.data), len(self.data))))
        if self.data[index] & bit:
            return False
        self.data[index] |= bit
        return True

    def __contains__(self, n: int) -> bool:
        index = n >> 3
        return index < len(self.data) and bool(self.data[index] & (1 << (n & 7)))


def _place_rows(
    path: Path, seen: _Bits, progress: Progress, counts: list[int]
) -> Iterator[tuple[object, ...]]:
    with _lines(path) as lines:
        for number, line in enumerate(lines, start=1):
            counts[0] += 1
            if counts[0] % 100_000 == 0:
                progress(f"{counts[0]:,} rows")
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 19:
                raise InputError(f"{path.name} line {number}: {len(cols)} columns, expected GeoNames' 19")
            try:
                ident, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
                population = int(cols[14] or 0)
            except ValueError:
                raise InputError(f"{path.name} line {number}: not a GeoNames row: {line[:60]!r}") from None
            kind = classify(cols[6], cols[7], population)
            if kind is None or not seen.add(ident):
                continue
            cc = cols[8] or None
            admin1 = f"{cc}.{cols[10]}" if cc and cols[10] else None
            admin2 = f"{admin1}.{cols[11]}" if admin1 and cols[11] else None
            name = cols[1] if is_latin(cols[1]) else cols[2]
            yield (
                ident, f"geonames:{ident}", name, kind[0], cc, round(lon, 6), round(lat, 6), population,
                kind[1], "geonames-dump", admin1, admin2, cols[2], cols[3],
            )  # fmt: skip


def _alternate_rows(path: Path, seen: _Bits, progress: Progress) -> Iterator[tuple[int, str, int]]:
    with _lines(path) as lines:
        for number, line in enumerate(lines, start=1):
            if number % 500_000 == 0:
                progress(f"{number:,} alternate names")
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 8:
                raise InputError(
                    f"{path.name} line {number}: {len(cols)} columns, expected alternateNames' 10"
                )
            language, name = cols[2], cols[3]
            if language in _NOT_NAMES or cols[6] == "1" or not name or not is_latin(name):
                continue
            try:
                ident = int(cols[1])
            except ValueError:
                raise InputError(
                    f"{path.name} line {number}: geonameid {cols[1]!r} is not a number"
                ) from None
            if ident in seen:
                yield ident, name, ALIAS if language in _CODES else ALTERNATE


def build_geonames_layer(
    dumps: Sequence[str | Path],
    *,
    alternate_names: str | Path | None = None,
    layer: str = "geonames",
    quiet: bool = False,
    progress: Progress | None = None,
) -> LayerInfo:
    """Compile GeoNames dumps (and their alternate names) into the layer ``layer``, replacing it.

    Parameters
    ----------
    dumps
        allCountries.zip, XX.zip, citiesNNNN.zip or their .txt; a row repeated by a later dump is skipped.
    alternate_names
        alternateNamesV2.zip (or .txt): its Latin-script names (not links, postcodes, colloquial names)
        of the places kept become alternate names, abbreviations and codes aliases.
    layer
        The layer's name.
    quiet
        Say nothing (else progress lines go to the log at WARNING level, i.e. to the terminal).
    progress
        Called with each progress line instead of the log.

    Raises
    ------
    InputError
        For a file that is not a GeoNames dump (wrong column count, bad numbers): one line with the line
        number; the layer is left as it was.
    """
    started = time.perf_counter()

    def say(text: str) -> None:
        if quiet:
            return
        elapsed = time.perf_counter() - started
        line = f"geonames: {text} ({elapsed:.0f} s)"
        progress(line) if progress is not None else logger.warning(line)

    seen = _Bits()
    counts = [0]
    paths = [Path(p) for p in dumps]
    source = ", ".join(p.name for p in [*paths, *([Path(alternate_names)] if alternate_names else [])])
    with open_layer(layer, kind="geonames", source=source) as con:
        for path in paths:
            say(f"reading {path.name}")
            batch_places: list[tuple[object, ...]] = []
            batch_names: list[tuple[object, ...]] = []
            for row in _place_rows(path, seen, say, counts):
                batch_places.append(row[:12])
                names = [(str(row[2]), PRIMARY), (str(row[12]), ALTERNATE)]
                names += [(n, ALTERNATE) for n in str(row[13]).split(",") if n and is_latin(n)]
                batch_names.extend(name_rows(int(str(row[0])), names))
                if len(batch_places) >= BATCH:
                    _flush(con, batch_places, batch_names)
            _flush(con, batch_places, batch_names)
        if alternate_names is not None:
            say(f"reading {Path(alternate_names).name}")
            batch: list[tuple[object, ...]] = []
            for ident, name, kind in _alternate_rows(Path(alternate_names), seen, say):
                batch.extend(name_rows(ident, [(name, kind)]))
                if len(batch) >= BATCH:
                    _flush(con, [], batch)
            _flush(con, [], batch)
            say("dropping repeated names")
            con.execute(
                "DELETE FROM names WHERE rowid NOT IN (SELECT min(rowid) FROM names GROUP BY pid, key)"
            )
        say(f"{counts[0]:,} rows read; building the name indexes")
    say(f"done: {counts[0] / max(1e-9, time.perf_counter() - started):,.0f} rows/s")
    return next(info for info in list_layers() if info.name == layer)


def _flush(
    con: sqlite3.Connection, places: list[tuple[object, ...]], names: list[tuple[object, ...]]
) -> None:
    if places:
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", places)
    if names:
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?,?)", names)
    con.commit()
    places.clear()
    names.clear()
