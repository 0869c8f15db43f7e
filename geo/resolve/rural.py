"""The countryside of a town: a region named so ("Rif Dimashq", "Rural Damascus") and one side of it.

- :func:`rural_town`: a region named "the countryside of" a town is placed on the town.
- :func:`countryside_side`: "the northern countryside of X", "X's western countryside": a point on that
  side of the town X.

Arabic rīf means countryside; a governorate or rural area named "Rif X" is the land around the town X,
and news of it tells of places near X. Geo places "the countryside of X" and "X countryside" on X, so
the region named that way is placed on X too rather than on the region's centroid, which for a wide
governorate can lie far out in an empty desert (Rif Dimashq's, 110-140 km east of the suburbs of
Damascus). The words are data: ``geo/lexicon/data/resolve_rural_words.yaml``.

A side of a town's countryside ("the northern countryside of X", "X southern countryside") names land on
that side of the town, not the town: it is placed :data:`geo.resolve.offsets.NEAR_KM` from the town's
point along that bearing, as a place "east of X" is (UCDP GED codebook, ``where_prec`` 2: within about
25 km of a known point).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate, haversine_km
from geo.resolve.offsets import NEAR_KM, shifted_point

__all__ = ["RURAL_WORDS", "countryside_side", "rural_town"]

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


#: A compass side, as an adjective or not ("northern", "north-western", "south").
_SIDE: Final = r"(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)(?:ern)?"
#: Right before a town's name: "the northern countryside of (the city of)".
_SIDE_BEFORE: Final = re.compile(
    rf"\b{_SIDE}\s+countryside\s+of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE
)
#: Right after it: "X southern countryside", "X's western countryside".
_SIDE_AFTER: Final = re.compile(rf"(?:['’]s?)?\s+{_SIDE}\s+countryside\b", re.IGNORECASE)


def countryside_side(text: str, start: int, end: int, chosen: Candidate) -> Candidate | None:
    """The point on the side of the town ``chosen`` that ``text`` names around its mention
    ``text[start:end]`` ("the northern countryside of X", "X's western countryside"), or None.

    Parameters
    ----------
    text
        The document.
    start, end
        The town's mention.
    chosen
        The entry the resolver chose for it; only a town (class ``city``) has a countryside around it.

    Returns
    -------
    Candidate | None
        A ``point:`` entry :data:`~geo.resolve.offsets.NEAR_KM` from the town on that side, named as the
        mention, or None when no side of its countryside is named there.
    """
    if chosen.feature_class != "city":
        return None
    found = _SIDE_BEFORE.search(text, max(0, start - 60), start) or _SIDE_AFTER.match(text, end)
    if found is None:
        return None
    return shifted_point(chosen, NEAR_KM, found["dir"], name=text[start:end], hint="region")
