"""The mapping tables between ACLED's coding and ours (used and re-exported by :mod:`geo.codebooks.acled`).

The tables are data files with provenance in ``geo/lexicon/data/`` (read with :func:`geo.lexicon.load`):
``codebooks_acled_columns`` (the export columns), ``codebooks_acled_categories`` (ACLED's 25 sub-event
types in 6 event types, as published in ACLED's ``acledR`` package, and the geo types they import as),
``codebooks_acled_old_types`` (the older files' event types and spellings) and ``codebooks_acled_export``
(our finer types on the way back). The category names are ACLED's; the mappings are ours, and
``docs/importers.md`` explains every choice.
"""

from __future__ import annotations

from typing import Final

from geo import lexicon

__all__ = [
    "ACLED_CATEGORIES",
    "ACLED_COLUMNS",
    "BY_OUR_SUB",
    "DROPPED_PROPERTIES",
    "EMPTY_COLUMNS",
    "EVENT_ALIASES",
    "FROM_ACLED",
    "OLD_EVENT_TYPES",
    "SUB_TO_ACLED",
    "TYPE_TO_ACLED",
]


_COLUMNS: Final = lexicon.load("codebooks_acled_columns")
_CATEGORIES: Final = lexicon.load("codebooks_acled_categories")
_OLD: Final = lexicon.load("codebooks_acled_old_types")
_EXPORT: Final = lexicon.load("codebooks_acled_export")

#: Columns of ACLED's current export layout (since March 2023), in order.
ACLED_COLUMNS: Final[tuple[str, ...]] = _COLUMNS.column("column")

#: ACLED columns :func:`acled_rows` always leaves empty: we hold no such information.
EMPTY_COLUMNS: Final[tuple[str, ...]] = tuple(entry["column"] for entry in _COLUMNS if entry.get("empty"))

#: Our properties that have no ACLED column and are not written (besides per-feature lossy points).
DROPPED_PROPERTIES: Final[tuple[str, ...]] = (
    "name", "gazetteer_id", "feature_class", "date_start", "date_end", "mentions", "confidence",
    "source.title", "source.url", "source.published", "source.sha256",
)  # fmt: skip

#: Every (event_type, sub_event_type) pair of ACLED's codebook → our (event_type, sub_event_type).
FROM_ACLED: Final[dict[tuple[str, str], tuple[str, str]]] = {
    (entry["acled_type"], entry["acled_sub"]): (entry["geo_type"], entry["geo_sub"]) for entry in _CATEGORIES
}

#: Event types of ACLED's older files (before sub-event types, up to 2018) → our (event_type, sub_event_type).
OLD_EVENT_TYPES: Final[dict[str, tuple[str, str | None]]] = {
    entry["term"]: (entry["geo_type"], entry["geo_sub"]) for entry in _OLD if "geo_type" in entry
}

#: The codebook's pairs in order.
ACLED_CATEGORIES: Final[tuple[tuple[str, str], ...]] = tuple(FROM_ACLED)

BY_OUR_SUB: Final[dict[str, tuple[str, str]]] = {sub: pair for pair, (_, sub) in FROM_ACLED.items()}

#: Our finer sub-event types that fall into one ACLED category (the distinction is lost).
SUB_TO_ACLED: Final[dict[str, tuple[str, str]]] = {
    entry["geo_sub"]: (entry["acled_type"], entry["acled_sub"]) for entry in _EXPORT if "geo_sub" in entry
}

#: Our event type → ACLED pair when the sub-event type says nothing more, and whether that is exact.
TYPE_TO_ACLED: Final[dict[str, tuple[tuple[str, str], bool]]] = {
    entry["geo_type"]: ((entry["acled_type"], entry["acled_sub"]), bool(entry["exact"]))
    for entry in _EXPORT
    if "geo_type" in entry
}

#: Spellings of ACLED's older files and codebook accepted on import.
EVENT_ALIASES: Final[dict[str, str]] = {entry["term"]: entry["alias"] for entry in _OLD if "alias" in entry}
