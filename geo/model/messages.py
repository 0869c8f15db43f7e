"""Turn JSON Schema errors into short messages that name the problem in the contract's terms."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # annotations only: jsonschema loads when a file is validated
    from jsonschema.exceptions import ValidationError

__all__ = ["describe", "short_repr"]

_PATTERN_HINTS: dict[str, str] = {
    "country": "an ISO 3166-1 alpha-2 code such as 'IQ'",
    "gazetteer_id": "a source-qualified id such as 'geonames:98182' or 'icao:ORBI'",
    "date_start": "an ISO date YYYY-MM-DD",
    "date_end": "an ISO date YYYY-MM-DD",
    "date": "an EDTF date such as '2020-01-03', '2023-07' or '2003/..'",
    "published": "an EDTF date such as '2020-01-03'",
    "url": "an http or https URL",
    "sha256": "64 lower-case hexadecimal digits",
    "sub_event_type": "a snake_case word such as 'drone_strike'",
    "id": "letters, digits, '.', '_', ':' or '-', without spaces",
}

_CRS = "a 'crs' member is not allowed (RFC 7946: coordinates are always WGS84 longitude, latitude)"


def short_repr(value: Any, limit: int = 80) -> str:
    """``repr(value)`` cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _join(path: Sequence[Any]) -> str | None:
    return ".".join(str(p) for p in path) or None


def describe(error: ValidationError, path: Sequence[Any]) -> list[tuple[str | None, str]]:
    """Return ``(field, message)`` pairs for one schema error.

    Parameters
    ----------
    error
        The error from ``jsonschema``.
    path
        The instance path inside the feature (or the collection, for top-level errors).
    """
    kind, value, instance = error.validator, error.validator_value, error.instance
    field = _join(path)
    last = str(path[-1]) if path else ""
    is_coordinate = len(path) == 3 and path[0] == "geometry" and path[1] == "coordinates"
    if kind == "required":
        missing = str(error.message).split("'")[1] if "'" in str(error.message) else "?"
        return [(_join([*path, missing]), "required member is missing")]
    if kind == "additionalProperties" and isinstance(instance, dict):
        schema = error.schema if isinstance(error.schema, Mapping) else {}
        allowed = set(schema.get("properties", {}))
        extras = sorted(k for k in instance if k not in allowed)
        return [
            (_join([*path, key]), _CRS if key == "crs" else f"unknown member {key!r} (not in the contract)")
            for key in extras
        ]
    if kind in ("minimum", "maximum") and is_coordinate:
        axis, bound = ("longitude", 180) if path[2] == 0 else ("latitude", 90)
        swappable = axis == "latitude" and isinstance(instance, int | float) and abs(instance) <= 180
        hint = " (are longitude and latitude swapped?)" if swappable else ""
        return [(field, f"{axis} {instance!r} is out of range [-{bound}, {bound}]{hint}")]
    if kind in ("minItems", "maxItems") and last == "coordinates":
        count = len(instance) if isinstance(instance, list) else "?"
        return [(field, f"a Point needs exactly [longitude, latitude], got {count} values")]
    if kind == "enum":
        choices = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
        return [(field, f"{short_repr(instance)} is not one of {choices}")]
    if kind == "const":
        return [(field, f"{short_repr(instance)} is not allowed here; expected {value!r}")]
    if kind == "pattern":
        hint = _PATTERN_HINTS.get(last, f"the pattern {value!r}")
        return [(field, f"{short_repr(instance)} is not {hint}")]
    if kind == "type":
        expected = " or ".join(value) if isinstance(value, list) else value
        got = type(instance).__name__ if instance is not None else "null"
        return [(field, f"{short_repr(instance)} has the wrong type ({got}); expected {expected}")]
    if kind == "minLength":
        return [(field, "must not be empty")]
    if kind == "minimum":
        return [(field, f"{instance!r} is less than the minimum {value!r}")]
    if kind == "maximum":
        return [(field, f"{instance!r} is greater than the maximum {value!r}")]
    return [(field, str(error.message))]
