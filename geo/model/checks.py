"""Checks of the event feature contract that a JSON Schema cannot express.

Each function takes plain parsed JSON (dicts, lists, numbers, strings), tolerates values of the
wrong type (the JSON Schema reports those) and returns ``(field, message)`` pairs, ``field`` being a
dotted path inside the feature such as ``"properties.date_start"``. The pydantic models and
:mod:`geo.model.validate` both use them, so Python-built features and files obey the same rules.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from geo import settings
from geo.errors import InputError
from geo.model.countries import MARGIN_DEGREES, country_bbox, in_bbox, is_country_code
from geo.model.vocab import GEO_PRECISION_BY_CLASS
from geo.temporal.edtf import parse_edtf

__all__ = [
    "check_coordinates",
    "check_properties",
    "check_text",
]

Found = list[tuple[str, str]]

#: Characters no text may hold: those XML 1.0 (§2.2 ``Char``) excludes, i.e. the C0 controls but tab,
#: line feed and carriage return, lone surrogates, U+FFFE and U+FFFF. NUL ends a string in GeoPackage,
#: FlatGeobuf, Shapefile and GDAL's CSV reader; the others make KML unreadable.
_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

#: How far ``geo_precision`` may differ from the default of its ``feature_class`` (loose rule).
GEO_PRECISION_TOLERANCE = 1


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def check_properties(props: Mapping[str, Any]) -> Found:
    """Return the cross-field problems of an event's ``properties`` object.

    Checks that ``date`` is supported EDTF and that ``date_start``, ``date_end`` and
    ``time_precision`` agree with it, that ``source.published`` is EDTF, that ``country`` is an
    assigned ISO 3166-1 alpha-2 code, that ``geo_precision`` fits ``feature_class`` and that every
    mention ends after it starts.
    """
    found: Found = check_text(props, "properties")
    found += _check_dates(props)
    country = props.get("country")
    if isinstance(country, str) and not is_country_code(country):
        found.append(("properties.country", f"{country!r} is not an ISO 3166-1 alpha-2 country code"))
    found += _check_geo_precision(props)
    source = props.get("source")
    if isinstance(source, Mapping):
        published = source.get("published")
        if isinstance(published, str):
            try:
                parse_edtf(published)
            except InputError as exc:
                found.append(("properties.source.published", str(exc)))
    mentions = props.get("mentions")
    if isinstance(mentions, list):
        for i, mention in enumerate(mentions):
            if not isinstance(mention, Mapping):
                continue
            start, end = mention.get("start"), mention.get("end")
            if isinstance(start, int) and isinstance(end, int) and end <= start:
                found.append(
                    (f"properties.mentions.{i}", f"mention ends at {end!r}, not after its start {start!r}")
                )
    return found


def check_text(value: Any, field: str) -> Found:
    """Return a problem for each string in ``value`` (walked iteratively) holding a character that is not
    text (:data:`_NOT_TEXT`: NUL and the other control characters but tab and line breaks)."""
    found: Found = []
    stack: list[tuple[str, Any]] = [(field, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            bad = _NOT_TEXT.search(item)
            if bad is not None:
                char = bad.group()
                found.append(
                    (
                        where,
                        f"contains the control character U+{ord(char):04X} at offset {bad.start()}; "
                        "text may hold tab and line breaks, not NUL or other control characters",
                    )
                )
        elif isinstance(item, Mapping):
            stack.extend((f"{where}.{key}", child) for key, child in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((f"{where}.{i}", child) for i, child in reversed(list(enumerate(item))))
    return found


def _check_dates(props: Mapping[str, Any]) -> Found:
    date = props.get("date")
    if not isinstance(date, str):
        return []
    try:
        bounds = parse_edtf(date)
    except InputError as exc:
        return [("properties.date", str(exc))]
    found: Found = []
    for key, expected in (("date_start", bounds.iso_start), ("date_end", bounds.iso_end)):
        if key in props and props[key] != expected:
            found.append(
                (
                    f"properties.{key}",
                    f"{props[key]!r} disagrees with date {date!r}, which gives {expected!r}",
                )
            )
    precision = props.get("time_precision")
    if isinstance(precision, str) and precision != bounds.precision:
        week_ok = (
            precision == "week"
            and bounds.start is not None
            and bounds.end is not None
            and (bounds.end - bounds.start).days < 7
        )
        if not week_ok:
            found.append(
                (
                    "properties.time_precision",
                    f"{precision!r} disagrees with date {date!r}, which has precision {bounds.precision!r}",
                )
            )
    return found


def _check_geo_precision(props: Mapping[str, Any]) -> Found:
    feature_class, precision = props.get("feature_class"), props.get("geo_precision")
    default = GEO_PRECISION_BY_CLASS.get(feature_class) if isinstance(feature_class, str) else None
    if default is None or not isinstance(precision, int) or isinstance(precision, bool):
        return []
    if abs(precision - default) > GEO_PRECISION_TOLERANCE:
        return [
            (
                "properties.geo_precision",
                f"{precision!r} does not fit feature_class {feature_class!r} "
                f"(expected {default}, at most {GEO_PRECISION_TOLERANCE} level away)",
            )
        ]
    return []


def check_coordinates(coordinates: Any, country: Any) -> Found:
    """Return plausibility problems of a Point's ``[lon, lat]``: rounding, swapped axes, wrong country.

    Ranges and types are the JSON Schema's business; this adds that no value has more than
    :data:`geo.settings.coordinate_precision` decimals and, when ``country`` is set and has an
    outline, that the point lies inside the country's bounding box (with
    :data:`~geo.model.countries.MARGIN_DEGREES`), or else whether swapping the two values
    would put it there.
    """
    if not (isinstance(coordinates, list) and len(coordinates) == 2):
        return []
    lon, lat = coordinates
    if not (_is_number(lon) and _is_number(lat)) or not all(map(math.isfinite, (lon, lat))):
        return []
    field = "geometry.coordinates"
    found: Found = []
    digits = settings.coordinate_precision
    for axis, value in (("longitude", lon), ("latitude", lat)):
        if round(value, digits) != value:
            found.append((field, f"{axis} {value!r} has more than {digits} decimals"))
    if not (-180 <= lon <= 180 and -90 <= lat <= 90) or not isinstance(country, str):
        return found
    box = country_bbox(country) if is_country_code(country) else None
    if box is None or in_bbox(lon, lat, box):
        return found
    if -180 <= lat <= 180 and -90 <= lon <= 90 and in_bbox(lat, lon, box):
        found.append(
            (
                field,
                f"coordinates look swapped: [{lon!r}, {lat!r}] lies outside country {country!r} but "
                f"[{lat!r}, {lon!r}] lies inside it; GeoJSON order is [longitude, latitude]",
            )
        )
    else:
        found.append(
            (
                field,
                f"[{lon!r}, {lat!r}] lies outside the bounding box of country {country!r} "
                f"(margin {MARGIN_DEGREES}°)",
            )
        )
    return found
