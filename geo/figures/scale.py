"""Scale-bar arithmetic for maps in geographic coordinates (plate carrée with a cos-latitude aspect).

On such a map a degree of longitude spans a different distance at every latitude, so a scale bar
is true only along the parallel it is drawn on; :func:`km_per_degree_lon` gives that distance on
the WGS 84 ellipsoid, and :func:`nice_length` rounds a wanted bar length to 1, 2 or 5 times a
power of ten.
"""

from __future__ import annotations

import math
from typing import Final

__all__ = [
    "WGS84_A",
    "WGS84_F",
    "format_length",
    "km_per_degree_lat",
    "km_per_degree_lon",
    "nice_length",
    "scale_bar_degrees",
]

#: Semi-major axis of the WGS 84 ellipsoid in kilometres.
WGS84_A: Final[float] = 6378.137
#: Flattening of the WGS 84 ellipsoid.
WGS84_F: Final[float] = 1 / 298.257223563
_E2: Final[float] = WGS84_F * (2 - WGS84_F)


def km_per_degree_lon(lat: float) -> float:
    """Return the length in km of one degree of longitude along the parallel at ``lat`` (WGS 84).

    It is ``(pi / 180) * N(lat) * cos(lat)`` with ``N`` the prime-vertical radius of curvature:
    111.32 km at the equator, 55.80 km at 60°, 0 at the poles.

    Parameters
    ----------
    lat
        Latitude in degrees, -90 to 90.
    """
    if abs(lat) >= 90.0:
        return 0.0
    phi = math.radians(lat)
    n = WGS84_A / math.sqrt(1 - _E2 * math.sin(phi) ** 2)
    return math.radians(1.0) * n * math.cos(phi)


def km_per_degree_lat(lat: float) -> float:
    """Return the length in km of one degree of latitude at ``lat`` (WGS 84 meridian arc)."""
    phi = math.radians(lat)
    m = WGS84_A * (1 - _E2) / float((1 - _E2 * math.sin(phi) ** 2) ** 1.5)
    return math.radians(1.0) * m


def nice_length(max_km: float) -> float:
    """Return the largest length of the form 1, 2 or 5 times a power of ten not above ``max_km``.

    Parameters
    ----------
    max_km
        Upper limit in km; must be positive.

    Returns
    -------
    float
        For example 500.0 for 730, 2.0 for 2.4, 0.05 for 0.07.

    Raises
    ------
    ValueError
        If ``max_km`` is not a positive finite number.
    """
    if not (max_km > 0 and math.isfinite(max_km)):
        raise ValueError(f"scale bar limit must be a positive length in km, not {max_km!r}")
    power = 10.0 ** math.floor(math.log10(max_km))
    for step in (5.0, 2.0, 1.0):
        # Tolerate float noise such as 1000 * 0.999999999 so that 1000 gives 1000, not 500.
        if step * power <= max_km * (1 + 1e-9):
            return step * power
    return power  # pragma: no cover - step 1 always fits


def scale_bar_degrees(lat: float, span_lon: float, *, fraction: float = 0.25) -> tuple[float, float]:
    """Choose a scale bar for a map ``span_lon`` degrees wide, drawn along the parallel ``lat``.

    Parameters
    ----------
    lat
        Latitude of the bar in degrees (where the scale is true).
    span_lon
        Width of the map in degrees of longitude.
    fraction
        Longest bar as a fraction of the map width.

    Returns
    -------
    (float, float)
        The bar length in km (a :func:`nice_length`) and in degrees of longitude at ``lat``.

    Raises
    ------
    ValueError
        If the map has no width or ``lat`` is at a pole.
    """
    per_degree = km_per_degree_lon(lat)
    if per_degree <= 0 or span_lon <= 0:
        raise ValueError(f"no scale bar at latitude {lat!r} for a map {span_lon!r} degrees wide")
    length_km = nice_length(span_lon * per_degree * fraction)
    return length_km, length_km / per_degree


def format_length(km: float) -> str:
    """Format a bar length: ``"500 km"``, ``"2 km"``, ``"500 m"``."""
    if km < 1:
        return f"{km * 1000:g} m"
    return f"{km:g} km"
