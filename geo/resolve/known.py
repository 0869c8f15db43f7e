"""The best-known bearer of a name: a town called by an alternate name far better known than the towns
that bear it as their own ("Palmyra": Tadmur in Syria, not the villages of Pennsylvania or New York).

The ``primary`` feature of :mod:`geo.resolve.scoring` prefers an entry matched on its own name, since most
alternate names are obscure (old, local or foreign forms). An English exonym is an alternate name too
(GeoNames names Tadmur, Odesa, Kyiv in their own romanisation), so without context the small towns named
after a famous place outrank it. :func:`best_known` finds the town matched exactly on an alternate name
that is well known (:data:`geo.gazetteer.fuzzy.FUZZY_MIN_IMPORTANCE`) and clearly more important than
every town matched exactly on its own name; scoring gives it what a
primary match gets, only when the text names no other place and gives no country evidence at all (a
country named, a demonym, an actor decides as before; with other names, their choices do: on the
toponym corpora the bonus for a first name scored without evidence moved whole US documents abroad).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.gazetteer import Candidate
from geo.gazetteer.fuzzy import FUZZY_MIN_IMPORTANCE
from geo.model.spans import Toponym
from geo.resolve.candidates import CandidateCache
from geo.resolve.evidence import is_primary

__all__ = ["BEST_KNOWN_MARGIN", "best_known", "named_as_country"]

#: How much more important (importance 0..1, by population for towns) than every town matched exactly on
#: its own name the best-known bearer must be.
BEST_KNOWN_MARGIN: Final = 0.1
_REGIONS: Final = frozenset({"admin_region", "region"})


def best_known(candidates: Sequence[Candidate]) -> Candidate | None:
    """The town matched exactly on an alternate name that is :data:`BEST_KNOWN_MARGIN` more important than
    every town matched exactly on its own name, if any; none when a region of its country is a candidate
    too (a town and its namesake region, "Odessa": the other rules tell them apart)."""
    towns = [c for c in candidates if c.match == "exact" and c.feature_class == "city"]
    best = max(towns, key=lambda c: c.importance, default=None)
    if best is None or is_primary(best) or best.importance < FUZZY_MIN_IMPORTANCE:
        return None  # a well-known place only (the gazetteer's threshold for approximate matches)
    country = best.country
    if any(c.country == country and c.feature_class in _REGIONS and c.match != "fuzzy" for c in candidates):
        return None
    top = max((c.importance for c in towns if is_primary(c)), default=0.0)
    return best if best.importance >= top + BEST_KNOWN_MARGIN else None


def named_as_country(toponym: Toponym, cache: CandidateCache) -> Toponym:
    """A demonym spelled as its country's own name is that name, a place ("French troops in Djibouti":
    ``countryinfo`` gives "Djibouti" as the demonym of Djibouti); any other toponym is returned as is
    (places28)."""
    if toponym.kind != "demonym" or not toponym.country:
        return toponym
    country = cache.entry(f"iso:{toponym.country.upper()}")
    if country is None or country.name.casefold() != toponym.surface.casefold():
        return toponym
    return replace(toponym, kind="place", country=None)
