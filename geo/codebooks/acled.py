"""Mapping between our event features and ACLED's coding, in both directions.

ACLED (Armed Conflict Location & Event Data) codes each event with an ``event_type`` /
``sub_event_type`` pair, a ``geo_precision`` and a ``time_precision`` code from 1 to 3, two actors with
associated actors, a fatality count, a source and notes. The mapping tables live in
:mod:`geo.codebooks.acled_tables` (re-exported here); their category names are those of ACLED's codebook (25
sub-event types in 6 event types, as published in ACLED's ``acledR`` package), the tables are ours,
written from those facts. ``docs/importers.md`` explains every choice.

Directions
----------
- ACLED → ours (:func:`from_acled_event`, :func:`from_acled_geo_precision`, :func:`from_acled_date`),
  used by :mod:`geo.importers.acled`. Every ACLED sub-event type maps to one of our event types and a
  snake_case ``sub_event_type`` that names the ACLED category, so nothing is lost on the way in.
- ours → ACLED (:func:`to_acled_event`, :func:`to_acled_geo_precision`, :func:`to_acled_date`,
  :func:`acled_rows`), used by the ACLED-style CSV export. ACLED has fewer distinctions than we do
  in some places (an exact site and a town are both ``geo_precision`` 1; a year is at best a month),
  so every conversion returns what it could not express, and :func:`acled_rows` lists those lossy
  points per feature. An event imported from ACLED exports back to the same codes.

Precision codes (ACLED codebook)
--------------------------------
``geo_precision``: 1 the named town; 2 a small part of a region, or near a town (coded to the town);
3 a larger region (coded to a natural feature or the provincial capital).
``time_precision``: 1 the actual day; 2 a specific week or weekend (the middle day is coded);
3 a month (the middle of the month is coded).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from geo.codebooks.acled_tables import (
    ACLED_CATEGORIES,
    ACLED_COLUMNS,
    BY_OUR_SUB,
    DROPPED_PROPERTIES,
    EMPTY_COLUMNS,
    EVENT_ALIASES,
    FROM_ACLED,
    OLD_EVENT_TYPES,
    SUB_TO_ACLED,
    TYPE_TO_ACLED,
)
from geo.codebooks.countries import acled_country_name, country_code
from geo.errors import InputError

__all__ = [
    "ACLED_CATEGORIES",
    "ACLED_COLUMNS",
    "DROPPED_PROPERTIES",
    "EMPTY_COLUMNS",
    "FROM_ACLED",
    "OLD_EVENT_TYPES",
    "LossyPoint",
    "acled_country_name",
    "acled_rows",
    "country_code",
    "disorder_type",
    "from_acled_date",
    "from_acled_event",
    "from_acled_geo_precision",
    "to_acled_date",
    "to_acled_event",
    "to_acled_geo_precision",
]


@dataclass(frozen=True, slots=True)
class LossyPoint:
    """Something a feature holds that the ACLED row cannot express exactly.

    Attributes
    ----------
    feature_id
        The feature's id.
    field
        Our property concerned (``"event_type"``, ``"date"``, ``"actors"``...).
    message
        What was written instead, in plain words.
    """

    feature_id: str
    field: str
    message: str


def _canonical_event(event_type: str, sub_event_type: str) -> tuple[str, str]:
    et = EVENT_ALIASES.get(event_type.strip().casefold(), event_type.strip())
    sub = EVENT_ALIASES.get(sub_event_type.strip().casefold(), sub_event_type.strip())
    for known_type, known_sub in FROM_ACLED:
        if known_type.casefold() == et.casefold() and known_sub.casefold() == sub.casefold():
            return known_type, known_sub
    return et, sub


def from_acled_event(event_type: str, sub_event_type: str | None) -> tuple[str, str | None]:
    """Return our ``(event_type, sub_event_type)`` for an ACLED pair (case-insensitive).

    Without a sub-event type, ``event_type`` may be one of ACLED's older types
    (:data:`OLD_EVENT_TYPES`, e.g. ``"Battle-No change of territory"``).

    Raises
    ------
    InputError
        If the pair is not in ACLED's codebook.
    """
    if not sub_event_type:
        old = OLD_EVENT_TYPES.get(event_type.strip().casefold())
        if old is None:
            raise InputError(f"unknown ACLED event type {event_type!r} without a sub-event type")
        return old
    pair = _canonical_event(event_type, sub_event_type)
    try:
        return FROM_ACLED[pair]
    except KeyError:
        raise InputError(
            f"unknown ACLED event type {event_type!r} / sub-event type {sub_event_type!r}"
        ) from None


def to_acled_event(event_type: str, sub_event_type: str | None) -> tuple[str, str, str | None]:
    """Return the ACLED ``(event_type, sub_event_type)`` for ours and what was lost (or ``None``).

    An ACLED-derived ``sub_event_type`` (``air_drone_strike``...) gives back its exact pair; a finer
    one of ours (``drone_strike``, ``rocket``...) its ACLED category; otherwise the event type decides.
    """
    if sub_event_type in BY_OUR_SUB:
        acled_type, acled_sub = BY_OUR_SUB[sub_event_type]
        return acled_type, acled_sub, None
    if sub_event_type in SUB_TO_ACLED:
        acled_type, acled_sub = SUB_TO_ACLED[sub_event_type]
        return acled_type, acled_sub, f"sub_event_type {sub_event_type!r} written as {acled_sub!r}"
    if event_type not in TYPE_TO_ACLED:
        raise InputError(f"unknown event_type {event_type!r}")
    (acled_type, acled_sub), exact = TYPE_TO_ACLED[event_type]
    lost = []
    if not exact:
        lost.append(
            f"event_type {event_type!r} has no ACLED equivalent; written as {acled_type} / {acled_sub}"
        )
    if sub_event_type is not None:
        lost.append(f"sub_event_type {sub_event_type!r} dropped")
    return acled_type, acled_sub, "; ".join(lost) or None


@functools.cache
def disorder_type(event_type: str, sub_event_type: str) -> str:
    """ACLED's ``disorder_type`` of a codebook pair (from its political-violence/demonstration flags)."""
    if event_type == "Strategic developments":
        return "Strategic developments"
    if event_type in ("Protests", "Riots") and sub_event_type != "Mob violence":
        excessive = sub_event_type == "Excessive force against protesters"
        return "Political violence; Demonstrations" if excessive else "Demonstrations"
    return "Political violence"


def from_acled_geo_precision(code: int) -> tuple[int, str]:
    """Return our ``(geo_precision, feature_class)`` for ACLED's ``geo_precision`` 1–3.

    1 (the town) → 2 city; 2 (near a town, or a part of a region coded to a town) → 3 city;
    3 (a larger region) → 3 region.
    """
    table = {1: (2, "city"), 2: (3, "city"), 3: (3, "region")}
    if code not in table:
        raise InputError(f"ACLED geo_precision must be 1, 2 or 3, got {code!r}")
    return table[code]


_POINT_CLASSES: Final = frozenset({"city", "airport", "military_base", "facility"})


def to_acled_geo_precision(geo_precision: int, feature_class: str) -> tuple[int, str | None]:
    """Return ACLED's ``geo_precision`` for ours and what was lost (or ``None``).

    1 and 2 → 1 (ACLED has no level finer than the town); 3 at a point-like place (city, site) → 2,
    3 at a region → 3; 4 (country or sea) → 3, ACLED's coarsest level.
    """
    if geo_precision == 1:
        return 1, "geo_precision 1 (exact site) written as ACLED 1 (the town)"
    if geo_precision == 2:
        return 1, None
    if geo_precision == 3:
        return (2 if feature_class in _POINT_CLASSES else 3), None
    if geo_precision == 4:
        return 3, "geo_precision 4 (country or sea) written as ACLED 3 (a larger region)"
    raise InputError(f"geo_precision must be 1 to 4, got {geo_precision!r}")


def from_acled_date(day: datetime.date, code: int) -> tuple[str, str]:
    """Return our ``(date, time_precision)`` for an ACLED ``event_date`` and ``time_precision``.

    1 → the day; 2 → the seven days centred on the coded (middle) day, precision ``week``;
    3 → the calendar month of the coded day, precision ``month``.
    """
    if code == 1:
        return day.isoformat(), "day"
    if code == 2:
        three = datetime.timedelta(days=3)
        return f"{(day - three).isoformat()}/{(day + three).isoformat()}", "week"
    if code == 3:
        return f"{day:%Y-%m}", "month"
    raise InputError(f"ACLED time_precision must be 1, 2 or 3, got {code!r}")


def to_acled_date(
    date_start: str | None, date_end: str | None, time_precision: str
) -> tuple[datetime.date, int, str | None]:
    """Return ACLED's ``(event_date, time_precision)`` for our bounds and what was lost (or ``None``).

    A day → code 1; a week (or any interval of at most 7 days) → its middle day, code 2; a month →
    its 15th, code 3; anything longer → its middle day, code 3 (lossy); an open interval → its known
    bound, code 3 (lossy).
    """
    if date_start is None and date_end is None:
        raise InputError("a date needs at least one bound")
    if date_start is None or date_end is None:
        known = datetime.date.fromisoformat(date_start or date_end or "")
        return known, 3, "open-ended date written as its known bound with ACLED time_precision 3"
    start, end = datetime.date.fromisoformat(date_start), datetime.date.fromisoformat(date_end)
    middle = start + (end - start) // 2
    span = (end - start).days + 1
    if span == 1:
        return start, 1, None
    if start.day == 1 and end == start.replace(day=calendar.monthrange(start.year, start.month)[1]):
        return start.replace(day=15), 3, None
    if span <= 7:
        lost = None if span == 7 else f"{span}-day span written as the week around {middle.isoformat()}"
        return middle, 2, lost
    return middle, 3, f"{span}-day span written as {middle.isoformat()} with ACLED time_precision 3"


_SCALE_NOTE: Final = re.compile(r"\s*\(source scale: ([^)]*)\)\Z")


def split_source_scale(notes: str | None) -> tuple[str | None, str | None]:
    """Split the ``(source scale: ...)`` suffix the ACLED importer appends to notes."""
    if not notes:
        return notes, None
    match = _SCALE_NOTE.search(notes)
    if match is None:
        return notes, None
    return notes[: match.start()] or None, match.group(1)


def acled_rows(features: Iterable[Any]) -> tuple[list[dict[str, Any]], list[LossyPoint]]:
    """Return one ACLED-style row per feature and the points the rows cannot express.

    Parameters
    ----------
    features
        GeoJSON event features (mappings, or objects with ``__geo_interface__`` such as
        :class:`geo.model.feature.EventFeature`) that follow the contract.

    Returns
    -------
    tuple
        ``(rows, lossy)``: ``rows`` are dicts keyed by :data:`ACLED_COLUMNS` (in that order) holding
        ``str``, ``int``, ``float`` or ``None`` (empty); ``lossy`` lists a :class:`LossyPoint` for
        each value that was approximated or dropped, in feature order. Columns in
        :data:`EMPTY_COLUMNS` are always empty and properties in :data:`DROPPED_PROPERTIES` are never
        written; those are not repeated per feature. An event with an unknown date (``XXXX``, no bounds)
        has no row, since ACLED needs an ``event_date``; its lossy point says so.
    """
    rows: list[dict[str, Any]] = []
    lossy: list[LossyPoint] = []
    for item in features:
        feature = item.__geo_interface__ if hasattr(item, "__geo_interface__") else item
        props = feature["properties"]
        if props.get("date_start") is None and props.get("date_end") is None:
            message = f"unknown date {props.get('date')!r}: ACLED needs an event_date, event not written"
            lossy.append(LossyPoint(str(props["id"]), "date", message))
            continue
        row, lost = _row(feature)
        rows.append(row)
        lossy.extend(lost)
    return rows, lossy


def _row(feature: Mapping[str, Any]) -> tuple[dict[str, Any], list[LossyPoint]]:
    props = feature["properties"]
    fid = str(props["id"])
    lost: list[LossyPoint] = []

    def note(field: str, message: str | None) -> None:
        if message:
            lost.append(LossyPoint(fid, field, message))

    acled_type, acled_sub, message = to_acled_event(props["event_type"], props.get("sub_event_type"))
    note("event_type", message)
    day, time_code, message = to_acled_date(
        props.get("date_start"), props.get("date_end"), props["time_precision"]
    )
    note("date", message)
    geo_code, message = to_acled_geo_precision(props["geo_precision"], props["feature_class"])
    note("geo_precision", message)

    actors = list(props.get("actors") or [])
    if len(actors) > 2:
        note("actors", f"actors after the second written as assoc_actor_1: {'; '.join(actors[2:])}")
    fatalities = props.get("fatalities")
    if fatalities is None:
        note("fatalities", "unknown fatalities written as 0 (ACLED has no empty value)")
    if props.get("troops") is not None:
        note("troops", f"troops {props['troops']!r} dropped")
    if props.get("mission"):
        note("mission", f"mission {props['mission']!r} dropped")
    country = props.get("country")
    name, numeric = acled_country_name(country) if country else (None, None)
    if country is None:
        note("country", "no country (a sea or international place): country and iso left empty")
    source = props.get("source") or {}
    notes, scale = split_source_scale(props.get("notes"))
    lon, lat = feature["geometry"]["coordinates"]
    event_id = fid.removeprefix("acled:")
    row: dict[str, Any] = dict.fromkeys(ACLED_COLUMNS)
    row.update(
        event_id_cnty=event_id,
        event_date=day.isoformat(),
        year=day.year,
        time_precision=time_code,
        disorder_type=disorder_type(acled_type, acled_sub),
        event_type=acled_type,
        sub_event_type=acled_sub,
        actor1=actors[0] if actors else None,
        assoc_actor_1="; ".join(actors[2:]) or None,
        actor2=actors[1] if len(actors) > 1 else None,
        civilian_targeting="Civilian targeting" if acled_type == "Violence against civilians" else None,
        iso=numeric,
        country=name,
        location=props["place"],
        latitude=lat,
        longitude=lon,
        geo_precision=geo_code,
        source=source.get("publisher") or source.get("title") or source.get("article_id"),
        source_scale=scale,
        notes=notes,
        fatalities=0 if fatalities is None else fatalities,
    )
    return row, lost
