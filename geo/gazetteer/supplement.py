"""Our own gazetteer supplement (``data/gazetteer/*.csv``): new places and changes to packaged ones."""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from geo.errors import GazetteerError
from geo.gazetteer.sources import ALIAS, ALTERNATE, PRIMARY, Entry
from geo.model.vocab import FEATURE_CLASSES

__all__ = ["SUPPLEMENT_COLUMNS", "apply_supplement", "read_supplement"]

logger = logging.getLogger(__name__)


#: Columns of a supplement file, in order.
SUPPLEMENT_COLUMNS: Final = (
    "id",
    "name",
    "aliases",
    "feature_class",
    "country",
    "lon",
    "lat",
    "importance",
    "coord_source",
    "note",
)


def read_supplement(path: Path) -> list[dict[str, str]]:
    """Read and check a supplement CSV (see data/gazetteer/README.md).

    Raises
    ------
    GazetteerError
        If a column is missing or a row is malformed.
    """

    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = set(SUPPLEMENT_COLUMNS) - set(reader.fieldnames or ())
        if missing:
            raise GazetteerError(f"supplement {str(path)!r} lacks columns {sorted(missing)!r}")
        rows = list(reader)
    for line, row in enumerate(rows, start=2):
        if row["feature_class"] and row["feature_class"] not in FEATURE_CLASSES:
            raise GazetteerError(f"{path.name}:{line}: unknown feature_class {row['feature_class']!r}")
        if row["lon"] or row["lat"]:
            try:
                lon, lat = float(row["lon"]), float(row["lat"])
            except ValueError as exc:
                raise GazetteerError(
                    f"{path.name}:{line}: bad coordinate {row['lon']!r}, {row['lat']!r}"
                ) from exc
            if not (-180 <= lon <= 180 and -90 <= lat <= 90):
                raise GazetteerError(f"{path.name}:{line}: coordinate out of range {(lon, lat)!r}")
    return rows


def apply_supplement(entries: dict[str, Entry], rows: Iterable[dict[str, str]]) -> None:
    """Add supplement rows: a new ``geo:`` entry, or aliases/overrides for an existing id."""
    for row in rows:
        ident = row["id"].strip()
        entry = entries.get(ident)
        aliases = [alias for alias in row["aliases"].split("|") if alias.strip()]
        if entry is None:
            if not (row["lon"] and row["feature_class"]):
                logger.warning("supplement row %r names no known entry and has no coordinate", ident)
                continue
            entry = Entry(
                ident,
                row["name"],
                row["feature_class"],
                row["country"] or None,
                float(row["lon"]),
                float(row["lat"]),
                0,
                float(row["importance"] or 0.6),
                "supplement",
            )
            entries[ident] = entry
            entry.add(row["name"], PRIMARY)
        else:
            if row["lon"]:
                entry.lon, entry.lat = float(row["lon"]), float(row["lat"])
            if row["feature_class"]:
                entry.feature_class = row["feature_class"]
            if row["name"]:
                entry.name = row["name"]
            if row["importance"]:
                entry.importance = float(row["importance"])
            entry.add(row["name"], ALTERNATE)
        for alias in aliases:
            entry.add(alias.strip(), ALIAS)
