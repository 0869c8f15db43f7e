"""Country codes and bounding boxes for the coordinate plausibility checks, computed offline.

ISO 3166-1 alpha-2 codes are checked with ``pycountry`` (plus ``XK``, the user-assigned code in
common use for Kosovo, and the former alpha-2 codes of ISO 3166-3 for states that no longer exist:
``CS`` Serbia and Montenegro or Czechoslovakia, ``YU`` Yugoslavia, ``SU`` USSR, ``DD`` East Germany, ...,
which gazetteers and historical articles use). Bounding boxes come from the country outlines shipped
with ``countryinfo``; each is computed on first use and cached in memory.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

import pycountry

__all__ = ["MARGIN_DEGREES", "country_bbox", "in_bbox", "is_country_code", "is_former_country_code"]

log = logging.getLogger(__name__)

#: Margin in degrees added on every side of a country's bounding box before a point counts as
#: lying outside it (outlines are simplified, and border sites sit right on them).
MARGIN_DEGREES: float = 1.0

#: Codes accepted in addition to pycountry's ISO 3166-1 list.
_EXTRA_CODES = frozenset({"XK"})

BBox = tuple[float, float, float, float]


@functools.cache
def is_country_code(code: str) -> bool:
    """Return whether ``code`` is an ISO 3166-1 alpha-2 code (upper case): assigned, ``XK``, or the former
    code of a historic state (ISO 3166-3, :func:`is_former_country_code`)."""
    if len(code) != 2 or not code.isascii() or not code.isupper():
        return False
    return (
        code in _EXTRA_CODES
        or pycountry.countries.get(alpha_2=code) is not None
        or is_former_country_code(code)
    )


@functools.cache
def is_former_country_code(code: str) -> bool:
    """Return whether ``code`` is the alpha-2 code of a state that ISO 3166-3 lists as withdrawn
    (``YU``, ``SU``, ...) and that is not assigned again today."""
    if pycountry.countries.get(alpha_2=code) is not None:
        return False
    return any(getattr(entry, "alpha_2", None) == code for entry in pycountry.historic_countries)


@functools.cache
def country_bbox(code: str) -> BBox | None:
    """Return ``(min_lon, min_lat, max_lon, max_lat)`` of a country's outline, or ``None``.

    ``None`` means no outline is available (unknown code, a former state, a territory without outline,
    or an outline crossing the antimeridian, whose box would span the whole globe and prove nothing).
    """
    if is_former_country_code(code):
        return None  # countryinfo reads some former codes as a current country's ("SU")
    try:
        from countryinfo import CountryInfo

        outline = CountryInfo(code).geo_json()
    except Exception as exc:  # countryinfo raises several types for unknown or partial entries
        log.debug("no outline for country %r: %s", code, exc)
        return None
    xs: list[float] = []
    ys: list[float] = []

    def walk(node: Any) -> None:
        if node and isinstance(node[0], int | float):
            xs.append(float(node[0]))
            ys.append(float(node[1]))
        else:
            for child in node:
                walk(child)

    try:
        for feature in outline["features"]:
            walk(feature["geometry"]["coordinates"])
    except (KeyError, TypeError, IndexError) as exc:
        log.debug("unreadable outline for country %r: %s", code, exc)
        return None
    if not xs or max(xs) - min(xs) > 300:
        return None
    return (min(xs), min(ys), max(xs), max(ys))


def in_bbox(lon: float, lat: float, box: BBox, *, margin: float = MARGIN_DEGREES) -> bool:
    """Return whether ``(lon, lat)`` lies inside ``box`` grown by ``margin`` degrees."""
    min_lon, min_lat, max_lon, max_lat = box
    return min_lon - margin <= lon <= max_lon + margin and min_lat - margin <= lat <= max_lat + margin
