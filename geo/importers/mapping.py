"""Column mappings of the generic importer: which column fills which property, value tables, constants.

A mapping is a YAML or JSON object (or the same built from ``geo import csv`` options)::

    prefix: sigact             # ids, gazetteer ids and source.article_id start with "sigact:"
    columns:                   # property (or lon, lat, wkt) -> column name in the file
      lon: longitude
      lat: latitude
      date: date
      event_type: type
      sub_event_type: type     # one column may fill several properties
    values:                    # property -> {value in the file: our value}; null drops the value
      event_type: {IED: attack, SAF: attack, other: attack, Airstrike: strike, SOF: presence}
      sub_event_type: {IED: ied, SAF: small_arms_fire, other: null, Airstrike: air_strike, SOF: show_of_force}
    set:                       # constants for properties the file does not hold
      feature_class: city
      country: IQ
    date_format: "%d/%m/%Y"    # optional: strptime format of day dates (default: EDTF or YYYY-MM-DD)

Without a mapping, columns named like our properties are used as they are (so the CSV that
``geo export`` writes comes back), ``lon``/``lng``/``longitude``/``x`` and ``lat``/``latitude``/``y``
give the point, or a ``wkt`` column ``POINT (lon lat)``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo.errors import GeoIOError, InputError
from geo.io import load_json_text, load_yaml_text
from geo.model.feature import PROPERTY_ORDER

__all__ = ["ColumnMapping", "load_mapping", "mapping_from_options"]

#: Names the mapping accepts besides our properties.
GEOMETRY_KEYS: Final[tuple[str, ...]] = ("lon", "lat", "wkt")
#: Flat ``source`` columns (as ``geo export`` writes them) accepted as properties.
SOURCE_KEYS: Final[tuple[str, ...]] = (
    "source_article_id", "source_title", "source_publisher", "source_url", "source_published",
    "source_sha256",
)  # fmt: skip
KNOWN_KEYS: Final[frozenset[str]] = frozenset((*PROPERTY_ORDER, *GEOMETRY_KEYS, *SOURCE_KEYS))

#: Column names tried for the point when the mapping does not name them.
LON_NAMES: Final[tuple[str, ...]] = ("lon", "lng", "long", "longitude", "x")
LAT_NAMES: Final[tuple[str, ...]] = ("lat", "latitude", "y")


@dataclass(frozen=True)
class ColumnMapping:
    """How a generic table becomes event features.

    Attributes
    ----------
    prefix
        Lower-case source name starting ids made from an id column, gazetteer ids and the
        ``source.article_id`` default.
    columns
        Property (or ``lon``/``lat``/``wkt``) → column name.
    values
        Property → table of file values to our values (``None`` drops the value).
    constants
        Property → value used when no column gives one.
    date_format
        ``strptime`` format of day dates in the ``date``, ``date_start`` and ``date_end`` columns.
    """

    prefix: str = "csv"
    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, Any]] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    date_format: str | None = None

    def __post_init__(self) -> None:
        if not self.prefix or not all(c.isascii() and (c.isalnum() or c == "_") for c in self.prefix):
            raise InputError(f"mapping prefix {self.prefix!r} must be lower-case letters, digits or _")
        if self.prefix != self.prefix.lower():
            raise InputError(f"mapping prefix {self.prefix!r} must be lower-case")
        for part, keys in (("columns", self.columns), ("values", self.values), ("set", self.constants)):
            unknown = sorted(set(keys) - KNOWN_KEYS)
            if unknown:
                raise InputError(
                    f"mapping {part}: unknown propert{'ies' if len(unknown) > 1 else 'y'} "
                    f"{', '.join(map(repr, unknown))}; known: {', '.join(sorted(KNOWN_KEYS))}"
                )
        for key, table in self.values.items():
            if not isinstance(table, Mapping):
                raise InputError(f"mapping values.{key} must be an object of file value: our value")


def _from_object(obj: Any, where: str) -> ColumnMapping:
    if not isinstance(obj, Mapping):
        raise InputError(f"{where}: a mapping must be an object, got {type(obj).__name__}")
    unknown = sorted(set(obj) - {"prefix", "columns", "values", "set", "date_format"})
    if unknown:
        raise InputError(
            f"{where}: unknown key{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}"
        )
    parts: dict[str, Any] = {}
    for key in ("columns", "values", "set"):
        value = obj.get(key) or {}
        if not isinstance(value, Mapping):
            raise InputError(f"{where}: {key!r} must be an object, got {value!r}")
        parts[key] = {str(k): v for k, v in value.items()}
    columns = {key: str(value) for key, value in parts["columns"].items()}
    values = {key: {str(k): v for k, v in table.items()} if isinstance(table, Mapping) else table
              for key, table in parts["values"].items()}  # fmt: skip
    date_format = obj.get("date_format")
    if date_format is not None and not isinstance(date_format, str):
        raise InputError(f"{where}: date_format must be a string, got {date_format!r}")
    return ColumnMapping(
        prefix=str(obj.get("prefix") or "csv"),
        columns=columns,
        values=values,
        constants=parts["set"],
        date_format=date_format,
    )


def load_mapping(path: str | Path) -> ColumnMapping:
    """Read a mapping from a YAML or JSON file (see the module documentation).

    Raises
    ------
    InputError
        If the file is not YAML/JSON or not a valid mapping.
    GeoIOError
        If it cannot be read.
    """
    file = Path(path)
    try:
        content = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GeoIOError(f"cannot read mapping {str(file)!r}: {exc}") from exc
    name = f"mapping {str(file)!r}"
    if file.suffix.lower() == ".json":
        obj = load_json_text(content, name=name)
    else:
        obj = load_yaml_text(content, name=name)
    return _from_object(obj, f"mapping {str(file)!r}")


def mapping_from_options(
    *,
    base: ColumnMapping | None = None,
    columns: tuple[str, ...] = (),
    constants: tuple[str, ...] = (),
    prefix: str | None = None,
    date_format: str | None = None,
) -> ColumnMapping:
    """Build (or extend ``base``) from ``PROPERTY=COLUMN`` and ``PROPERTY=VALUE`` option strings.

    Constant values are read as YAML scalars (``3`` is a number, ``null`` is null, ``[a, b]`` a list).
    """
    base = base or ColumnMapping()
    column_map = dict(base.columns)
    for item in columns:
        key, column = _pair(item, "--column")
        column_map[key] = column
    constant_map = dict(base.constants)
    for item in constants:
        key, raw = _pair(item, "--set")
        try:
            constant_map[key] = load_yaml_text(raw, name="--set") if raw else None
        except InputError:
            constant_map[key] = raw
    return ColumnMapping(
        prefix=prefix or base.prefix,
        columns=column_map,
        values=dict(base.values),
        constants=constant_map,
        date_format=date_format or base.date_format,
    )


def _pair(item: str, option: str) -> tuple[str, str]:
    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise InputError(f"{option} expects PROPERTY=VALUE, got {item!r}")
    return key.strip(), value.strip()
