"""A region's namesake city: a city of the region's own name inside it, about as important ("Gao", "Erbil").

A city outranks its namesake region unless the text says province, region or state (issue 11): the
scoring's ``hint`` feature takes :data:`geo.resolve.scoring.NAMESAKE` of its weight from such a region,
and resolution reads the bare name as the city.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Final

from geo.gazetteer import Candidate
from geo.gazetteer.normalize import normalize_name as _normalize_name

__all__ = ["NAMESAKE_IMPORTANCE", "has_namesake", "namesake_cities", "normalize_name"]

#: :func:`geo.gazetteer.normalize.normalize_name`, remembered: the same surfaces and gazetteer names recur in
#: every document (a pure function of the string).
normalize_name: Final = lru_cache(maxsize=65_536)(_normalize_name)
#: The namesake city lies in the region and is at most this much less important (its capital, not a
#: village that shares the name).
NAMESAKE_IMPORTANCE: Final = 0.1


def namesake_cities(candidates: Sequence[Candidate], name: str) -> dict[tuple[str | None, str | None], float]:
    """(country, first-level region) -> importance of the cities among ``candidates`` matched on ``name``
    itself (accents and case aside; "Kansas City" is no namesake of Kansas): a region of the same codes
    about as important is their namesake ("Gao" region, "Gao")."""
    key = normalize_name(name)
    return {
        (c.country, c.admin1): c.importance
        for c in candidates
        if c.feature_class == "city"
        and c.admin1 is not None
        and (c.match == "exact" or normalize_name(c.matched_name) == key)
    }


def has_namesake(candidates: Sequence[Candidate], name: str) -> bool:
    """True when a region among ``candidates`` has a namesake city among them (:func:`namesake_cities`)."""
    cities = namesake_cities(candidates, name)
    return bool(cities) and any(
        c.feature_class == "admin_region"
        and cities.get((c.country, c.admin1), -1.0) >= c.importance - NAMESAKE_IMPORTANCE
        for c in candidates
    )
