"""A region named "the countryside of" a town ("Rif Dimashq", "Reef Idlib", "Rural Damascus"): the town.

Arabic rīf means countryside; a governorate or rural area named "Rif X" is the land around the town X,
and news of it tells of places near X. Geo places "the countryside of X" and "X countryside" on X, so
the region named that way is placed on X too rather than on the region's centroid, which for a wide
governorate can lie far out in an empty desert (Rif Dimashq's, 110-140 km east of the suburbs of
Damascus). The words are data: ``geo/lexicon/data/resolve_rural_words.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate, haversine_km

__all__ = ["RURAL_WORDS", "rural_town"]

#: Words for "the countryside of" before a town's name (data: ``resolve_rural_words``).
RURAL_WORDS: Final = frozenset(lexicon.load("resolve_rural_words").terms())
#: How far from the region's point its town may lie (km): the half-width of a wide governorate.
REACH_KM: Final = 200.0


def rural_town(
    surface: str, chosen: Candidate, lookup: Callable[[str], tuple[Candidate, ...]]
) -> Candidate | None:
    """The town ``surface`` names the countryside of, when ``chosen`` (its resolved entry) is a region.

    Parameters
    ----------
    surface
        The name as written ("Reef Dimashq").
    chosen
        The entry the resolver chose for it.
    lookup
        The gazetteer lookup of a name.

    Returns
    -------
    Candidate | None
        The best-ranked town of the rest of the name ("Dimashq": Damascus) in the region's country within
        :data:`REACH_KM` of its point, or None when ``chosen`` is no region or the name has no such word.
    """
    words = surface.replace("-", " ").split()
    if len(words) < 2 or words[0].casefold() not in RURAL_WORDS or chosen.feature_class != "admin_region":
        return None
    towns = [
        candidate
        for candidate in lookup(" ".join(words[1:]))
        if candidate.feature_class == "city"
        and candidate.country == chosen.country
        and haversine_km((candidate.lon, candidate.lat), (chosen.lon, chosen.lat)) <= REACH_KM
    ]
    return max(towns, key=lambda candidate: candidate.score, default=None)
