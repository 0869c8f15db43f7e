"""Points the text gives for names the gazetteer lacks: a distance and direction from a place named right
after them ("X, 50 km north of Y"), or a direction alone from a town ("the X base, east of Y").

A direction alone puts the place outside the town, on that side: it lies :data:`NEAR_KM` from the town's
point along the bearing, the mean distance from the centre of a point anywhere in a disc of the radius
UCDP gives a place "near" or "outside" a known point (GED codebook, ``where_prec`` 2: within about 25 km;
2/3 of the radius). Without a direction ("X near Y", "X in Y") the town's own point stays the best guess.
"""

from __future__ import annotations

import math
import re
from typing import Final

from geo.gazetteer import Candidate

__all__ = ["DIRECTION", "NEAR_KM", "OFFSET", "offset_point", "related_point", "shifted_point"]

#: A distance and direction from the place named right after a name: ", around 35 km (22 miles) south of
#: the town of", ", some 60 kilometers east of the contested city of", " 20km east of".
OFFSET: Final = re.compile(
    r"[\s,]*(?:(?:about|around|some|roughly|approximately|nearly|almost|just)\s+)?"
    r"(?P<n>\d{1,4}(?:\.\d+)?)\s*-?\s*(?P<unit>km|kilomet(?:er|re)s?|(?:nautical\s+)?miles?)\s+"
    r"(?:\([^()]{0,30}\)\s*)?"
    r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z]+\s+){0,2}?(?:city|town|village|capital|province|region|district)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
#: A direction alone from the town named right after a name: ", east of", " north-west of the city of".
DIRECTION: Final = re.compile(
    r"[\s,]*(?:\([^()]{0,40}\)\s*)?"
    r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
#: UCDP's radius of a place "near" a known point (km), and the mean distance of a point in that disc.
NEAR_RADIUS_KM: Final = 25.0
NEAR_KM: Final = NEAR_RADIUS_KM * 2.0 / 3.0
#: Kilometres per unit of :data:`OFFSET`, and bearings (degrees clockwise from north) of its directions.
_UNIT_KM: Final = {"km": 1.0, "kilo": 1.0, "mile": 1.609344, "naut": 1.852}
_BEARINGS: Final = {
    "north": 0.0,
    "northeast": 45.0,
    "east": 90.0,
    "southeast": 135.0,
    "south": 180.0,
    "southwest": 225.0,
    "west": 270.0,
    "northwest": 315.0,
}
_EARTH_KM: Final = 6371.0088
#: Classes a point placed by distance and direction may take from its generic word.
_POINT_KINDS: Final = frozenset({"city", "region", "military_base", "airport", "facility"})
#: Hints of areas: a direction from a town says where a site or seat in them lies, not the area's point.
_AREA_HINTS: Final = frozenset({"admin_region"})


def offset_point(offset: re.Match[str], origin: Candidate, *, name: str, hint: str | None) -> Candidate:
    """The point ``offset`` (a match of :data:`OFFSET`) away from ``origin``: a place the gazetteer lacks
    that the text locates by distance and direction ("X, 50 km north of Y") (see :func:`shifted_point`)."""
    unit = offset["unit"].casefold()
    km = float(offset["n"]) * next(v for k, v in _UNIT_KM.items() if unit.startswith(k))
    return shifted_point(origin, km, offset["dir"], name=name, hint=hint)


def related_point(gap: str, start: int, origin: Candidate, *, name: str, hint: str | None) -> Candidate:
    """Where a name the text relates to ``origin`` lies: :data:`NEAR_KM` from a town on the side
    ``gap[start:]`` names ("X, east of Y", a match of :data:`DIRECTION`), else ``origin`` itself."""
    found = DIRECTION.match(gap, start)
    if found is None or origin.feature_class != "city" or hint in _AREA_HINTS:
        return origin
    return shifted_point(origin, NEAR_KM, found["dir"], name=name, hint=hint)


def shifted_point(origin: Candidate, km: float, direction: str, *, name: str, hint: str | None) -> Candidate:
    """The point ``km`` from ``origin`` towards ``direction`` ("north", "south-east"), with a ``point:`` id
    (the review app's convention for places outside the gazetteer), the class its generic word says (a town
    without one), and ``origin``'s country."""
    bearing = math.radians(_BEARINGS[re.sub(r"[- ]", "", direction.casefold())])
    lat1, lon1, arc = math.radians(origin.lat), math.radians(origin.lon), km / _EARTH_KM
    lat2 = math.asin(math.sin(lat1) * math.cos(arc) + math.cos(lat1) * math.sin(arc) * math.cos(bearing))
    lon2 = lon1 + math.atan2(
        math.sin(bearing) * math.sin(arc) * math.cos(lat1), math.cos(arc) - math.sin(lat1) * math.sin(lat2)
    )
    lon, lat = round(math.degrees(lon2), 5), round(math.degrees(lat2), 5)
    kind = hint if hint in _POINT_KINDS else "city"
    return Candidate(
        f"point:{lon:.4f},{lat:.4f}",
        name,
        kind,
        origin.country,
        lon,
        lat,
        0,
        origin.score,
        "exact",
        name,
        "point",
    )
