"""A second-level region the text puts a town in ("X, Y District", "X in Y County").

A town whose choice lies outside that district and far from it is a namesake: the gazetteer lacks the
town the text means, which lies in the district (:mod:`geo.resolve.support` places it there).
"""

from __future__ import annotations

import re
from typing import Final

from geo.gazetteer import Candidate, haversine_km
from geo.resolve.evidence import POINT_CLASSES

__all__ = ["COMMA", "COUNTY_KM", "is_county", "outside"]

#: A comma between a name and the second-level region holding it ("X, Y District").
COMMA: Final = re.compile(r"\s*,\s*")
#: A place farther than this from the second-level region the text puts it in is a namesake (km; about a
#: large district's radius: the points of a district and of its places can be that far apart).
COUNTY_KM: Final = 60.0


def is_county(candidate: Candidate) -> bool:
    """True for a second-level region (a district, a county)."""
    return candidate.feature_class == "admin_region" and candidate.admin2 is not None


def outside(chosen: Candidate, related: Candidate) -> bool:
    """Whether the town or site ``chosen`` lies outside the second-level region ``related`` and farther
    than :data:`COUNTY_KM` from it (False for a region: "Florida in Seminole County" says where a town
    named before it lies, "Allamakee County, Dallas County" lists two)."""
    if chosen.feature_class not in POINT_CLASSES or not is_county(related) or chosen.admin2 == related.admin2:
        return False
    return haversine_km((chosen.lon, chosen.lat), (related.lon, related.lat)) > COUNTY_KM
