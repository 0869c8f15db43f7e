"""Importers of third-party event data into event features: ACLED, UCDP GED, generic CSV/GeoJSON.

Each importer reads a file and returns an :class:`ImportResult`: the features it could build and a
:class:`RowError` (with the row's physical line) for every row it could not, so nothing is dropped
silently. ``geo import`` writes the features as GeoJSON; ``docs/importers.md`` documents the mappings.
"""

from __future__ import annotations

from geo.importers._rows import ImportResult, RowError
from geo.importers.acled import import_acled
from geo.importers.csv import import_csv
from geo.importers.mapping import ColumnMapping, load_mapping
from geo.importers.ucdp import import_ucdp

__all__ = [
    "ColumnMapping",
    "ImportResult",
    "RowError",
    "import_acled",
    "import_csv",
    "import_ucdp",
    "load_mapping",
]
