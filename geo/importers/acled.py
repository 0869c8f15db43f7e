"""ACLED CSV exports → event features, for the current and the older column layouts.

Layouts recognised (column names are matched case-insensitively):

- current (since March 2023): ``event_id_cnty, event_date, year, time_precision, disorder_type,
  event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
  interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3, location, latitude,
  longitude, geo_precision, source, source_scale, notes, fatalities, tags, timestamp``;
- 2019–2023: as above with ``data_id``, ``event_id_no_cnty`` and ``iso3`` and without
  ``disorder_type``, ``civilian_targeting`` and ``tags``;
- before 2019: ``gwno``, no ``sub_event_type`` (older event types such as
  ``Battle-No change of territory``, see :data:`geo.codebooks.acled.OLD_EVENT_TYPES`), ``ally_actor_1/2``
  instead of ``assoc_actor_1/2``.

``event_date`` may be ``2019-03-15``, ``15 March 2019``, ``15-March-2019``, ``15-Mar-2019`` or
``15/03/2019`` (day first, as ACLED writes it). The mapping itself is :mod:`geo.codebooks.acled`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Final

from geo.codebooks import acled
from geo.errors import InputError
from geo.importers._rows import (
    ImportResult,
    RowError,
    RowValueError,
    build_feature,
    convert_rows,
    count,
    gather,
    integer,
    need,
    number,
    place_id,
    read_csv,
    split_list,
    text,
    unique,
)
from geo.model.build import Draft, EventPlace, When
from geo.model.feature import EventFeature
from geo.temporal.edtf import parse_edtf

__all__ = ["REQUIRED_COLUMNS", "acled_feature", "import_acled", "parse_acled_date"]

#: Columns without which no row can be imported (plus ``event_id_cnty`` or ``data_id``).
REQUIRED_COLUMNS: Final[tuple[str, ...]] = (
    "event_date", "event_type", "latitude", "longitude", "geo_precision",
)  # fmt: skip

#: Older column names → current ones.
_RENAMED: Final[dict[str, str]] = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}


def import_acled(path: str | Path) -> ImportResult:
    """Import an ACLED CSV export (any layout above).

    Raises
    ------
    InputError
        If the file is not a UTF-8 CSV, lacks a required column, or has neither ``event_id_cnty``
        nor ``data_id``.
    """
    return gather(iter_acled(path))


def iter_acled(path: str | Path) -> Iterator[EventFeature | RowError]:
    """Yield a feature or a :class:`~geo.importers.RowError` per row of an ACLED CSV export, reading one
    row at a time (see :func:`import_acled`; the header is checked before this returns)."""
    columns, rows = read_csv(path, normalise=_column, required=REQUIRED_COLUMNS)
    if "event_id_cnty" not in columns and "data_id" not in columns:
        raise InputError(f"{str(path)!r}: no event id column (event_id_cnty or data_id)")
    return convert_rows(rows, _convert)


def _column(name: str) -> str:
    key = name.strip().lower()
    return _RENAMED.get(key, key)


_MONTHS: Final = {
    name: number
    for number in range(1, 13)
    for name in (
        datetime.date(2000, number, 1).strftime("%B").lower(),
        datetime.date(2000, number, 1).strftime("%b").lower(),
    )
}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})\Z")
_NAMED = re.compile(r"^(\d{1,2})[ -]([A-Za-z]+)[ -](\d{4})\Z")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\Z")


def parse_acled_date(raw: str) -> datetime.date:
    """Parse an ACLED ``event_date`` in any of the forms listed in the module docstring.

    Raises
    ------
    InputError
        If the text is none of them or names an impossible day.
    """
    value = raw.strip()
    try:
        if match := _ISO.match(value):
            return datetime.date(int(match[1]), int(match[2]), int(match[3]))
        if (match := _NAMED.match(value)) and match[2].lower() in _MONTHS:
            return datetime.date(int(match[3]), _MONTHS[match[2].lower()], int(match[1]))
        if match := _NUMERIC.match(value):
            return datetime.date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        raise InputError(f"event_date {raw!r} is not a calendar day") from None
    raise InputError(f"event_date {raw!r} is not a date (2019-03-15, 15 March 2019 or 15/03/2019)")


def acled_feature(values: Mapping[str, str]) -> EventFeature:
    """Build the event feature of one ACLED row (column names normalised, see :func:`import_acled`).

    Raises
    ------
    RowValueError
        If a value is missing or malformed, or the result breaks the contract.
    """
    event_id = text(values, "event_id_cnty") or text(values, "data_id")
    if event_id is None:
        raise RowValueError("event_id_cnty is empty")
    try:
        day = parse_acled_date(need(values, "event_date"))
        year = integer(values, "year")
        if year is not None and year != day.year:
            raise RowValueError(f"year {year!r} disagrees with event_date {values['event_date'].strip()!r}")
        time_code = integer(values, "time_precision") if "time_precision" in values else 1
        if time_code is None:
            raise RowValueError("time_precision is empty")
        date, time_precision = acled.from_acled_date(day, time_code)
        event_type, sub_event_type = acled.from_acled_event(
            need(values, "event_type"), text(values, "sub_event_type")
        )
        geo_precision, feature_class = acled.from_acled_geo_precision(
            integer(values, "geo_precision", required=True) or 0
        )
    except RowValueError:
        raise
    except InputError as exc:
        raise RowValueError(str(exc)) from None
    lon, lat = number(values, "longitude"), number(values, "latitude")

    location = (
        text(values, "location")
        or text(values, "admin3")
        or text(values, "admin2")
        or text(values, "admin1")
        or text(values, "country")
    )
    if location is None:
        raise RowValueError("location, admin3, admin2, admin1 and country are all empty")
    notes = text(values, "notes")
    scale = text(values, "source_scale")
    if scale:
        notes = f"{notes or ''} (source scale: {scale})".lstrip()
    actors = unique(
        [
            text(values, "actor1"),
            text(values, "actor2"),
            *split_list(text(values, "assoc_actor_1")),
            *split_list(text(values, "assoc_actor_2")),
        ]
    )
    country = _country(values)
    bounds = parse_edtf(date)
    draft = Draft(
        event_type=event_type,
        when=When(date, bounds.iso_start, bounds.iso_end, time_precision),
        sub_event_type=sub_event_type,
        actors=actors,
        fatalities=count(values, "fatalities"),
        notes=notes,
    )
    place = EventPlace(
        name=location,
        place=location,
        gazetteer_id=place_id("acled", location),
        feature_class=feature_class,
        country=country,
        geo_precision=geo_precision,
        lon=lon,
        lat=lat,
    )
    source = {"article_id": f"acled:{event_id}", "publisher": text(values, "source")}
    return build_feature(place, draft, source, id=f"acled:{event_id}")


def _country(values: Mapping[str, str]) -> str | None:
    """ISO alpha-2 code from ``iso3``, the numeric ``iso``, or the ``country`` name."""
    for column in ("iso3", "iso", "country"):
        value = text(values, column)
        if value is not None:
            code = acled.country_code(value)
            if code is not None:
                return code
    name = text(values, "country")
    if name is not None:
        raise RowValueError(f"unknown country {name!r}")
    return None


def _convert(values: Mapping[str, str], _line: int) -> EventFeature:
    return acled_feature(values)
