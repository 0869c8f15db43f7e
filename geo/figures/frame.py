"""The frame of a report figure: an explicit extent, countries' outlines, or the data's finer points.

Country- and region-level points (``geo_precision`` 3 and 4: a country's or province's centroid)
would stretch the frame (two US country points put Iraq in a corner of the seed figure), so when
finer points exist the automatic extent fits those and leaves the coarse ones out of the fit; the
note under the map says so. Only the events inside the final frame are drawn and counted.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geo.errors import InputError
from geo.figures.layout import Extent, padded_bounds

__all__ = ["Frame", "choose_frame", "country_extent", "inside", "parse_extent"]


@dataclass(frozen=True)
class Frame:
    """The wanted extent (before it is widened to the axes' shape) and a note on how it was chosen."""

    extent: Extent
    note: str


def parse_extent(text: str) -> Extent:
    """``"W,S,E,N"`` in degrees → ``(west, east, south, north)``.

    Raises
    ------
    InputError
        Naming the text when it is not four numbers with W < E, S < N, in range.
    """
    try:
        west, south, east, north = (float(part) for part in text.split(","))
    except ValueError:
        raise InputError(f"extent {text!r} is not W,S,E,N (four numbers in degrees)") from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise InputError(f"extent {text!r} needs -180 <= W < E <= 180 and -90 <= S < N <= 90")
    return west, east, south, north


def country_extent(codes: Sequence[str]) -> Extent:
    """The bounds of the outlines of ISO 3166-1 alpha-2 ``codes``, with the usual margin.

    Raises
    ------
    InputError
        Naming a code that has no outline (:mod:`geo.gazetteer.outlines`).
    """
    from geo.gazetteer.outlines import country_outlines

    by_code = {f["properties"]["iso_a2"]: f["geometry"] for f in country_outlines()["features"]}
    points: list[tuple[float, float]] = []
    for code in codes:
        geometry = by_code.get(code.upper())
        if geometry is None:
            raise InputError(
                f"no outline for country {code!r}: give ISO 3166-1 alpha-2 codes such as SY or IQ"
            )
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        points.extend((float(x), float(y)) for polygon in polygons for x, y in polygon[0])
    return padded_bounds(points, margin=0.04, min_pad=0.2)


def _precision(feature: Mapping[str, Any]) -> int:
    value = feature["properties"].get("geo_precision")
    return value if isinstance(value, int) else 1


def choose_frame(
    features: Sequence[Mapping[str, Any]], *, extent: Extent | None = None, countries: Sequence[str] = ()
) -> Frame:
    """The frame to draw: ``extent``, else the ``countries``' outlines, else the data's finer points.

    Returns
    -------
    Frame
        With a note for the figure ("" when every point was used).
    """
    if extent is not None:
        return Frame(extent, "")
    if countries:
        return Frame(country_extent(countries), "")
    points = [
        (float(f["geometry"]["coordinates"][0]), float(f["geometry"]["coordinates"][1])) for f in features
    ]
    fine = [p for p, f in zip(points, features, strict=True) if _precision(f) <= 2]
    if fine and len(fine) < len(points):
        coarse = len(points) - len(fine)
        note = (
            f"frame fitted to the {len(fine)} site and town points; {coarse} country- or region-level "
            f"point{'s' if coarse != 1 else ''} not used for it"
        )
        return Frame(padded_bounds(fine), note)
    return Frame(padded_bounds(points), "")


def inside(feature: Mapping[str, Any], extent: Extent) -> bool:
    """Whether the feature's point lies within ``(west, east, south, north)``."""
    x, y = feature["geometry"]["coordinates"][:2]
    west, east, south, north = extent
    return bool(west <= x <= east and south <= y <= north)
