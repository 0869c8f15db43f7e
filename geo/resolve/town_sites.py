"""Sites named after their town, found through the gazetteer's spelling of the town: "Deir Ezzor airport".

The text and the gazetteer may spell a town differently ("Deir Ezzor", "Deir ez-Zor"). The town is found
through its alternate names and spelling keys, but the airport named after it is indexed only under the
gazetteer's own spelling ("Deir ez-Zor Airport"), so "Deir Ezzor airport" matched the town and the
governorate and never the airport. :func:`town_sites` looks the site up again under the name of each town
the text's name matched, with the site words of the text ("Military Airport") or the plain ones, and keeps
the sites of the hinted class in the town's country and near it. When none has such a name, the nearest
site whose name continues the town's with more words ("Qayyarah base" -> "Qayyarah West Airport"; "Al
Asad Air Base" for "Asad base") is taken.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Final

from geo.gazetteer import Candidate, haversine_km
from geo.gazetteer.normalize import ARTICLES, normalize_name
from geo.resolve.candidates import CandidateCache
from geo.resolve.scoring import fits

__all__ = ["town_sites"]

#: Site words tried after the town's name, by hint, after the text's own.
SITE_WORDS: Final = {"airport": ("Airport",), "military_base": ("Air Base", "Airport")}
#: Classes of the sites named after a town.
SITE_CLASSES: Final = ("airport", "military_base")
#: A site named after a town lies this close to the town's point at most.
SITE_KM: Final = 50.0
#: Towns among the candidates tried (the best ranked).
TOWNS: Final = 1
#: Towns among the candidates whose sites named with more words are tried (the best ranked).
CONTINUED_TOWNS: Final = 3
#: Least similarity (difflib ratio of the normalised names) of the name a town was matched on to the
#: text's: a spelling of the same name ("Deir Azzor" for "Deir Ezzor"), not a look-alike ("Ormok" for
#: "Yarmouk").
MIN_SIMILARITY: Final = 0.8


def town_sites(
    found: tuple[Candidate, ...], query: str, surface: str, hint: str, cache: CandidateCache
) -> tuple[Candidate, ...]:
    """Sites of class ``hint`` named after a town among ``found`` (the candidates of ``surface``), or ().

    Parameters
    ----------
    found
        The candidates of the name, none of them of the hinted class.
    query, surface
        The name without and with its site words ("Deir Ezzor", "Deir Ezzor Military Airport").
    hint
        ``airport`` or ``military_base``.
    cache
        The lookups.
    """
    words = SITE_WORDS.get(hint)
    if not words:
        return ()
    tail = surface[len(query) :].strip() if surface.casefold().startswith(query.casefold()) else ""
    tails = tuple(dict.fromkeys((tail, *words) if tail else words))
    key = normalize_name(query)
    cities = [c for c in found if c.feature_class == "city"]
    first = {c.id for c in cities[:TOWNS]}
    similar = [
        candidate
        for candidate in cities[:CONTINUED_TOWNS]
        if SequenceMatcher(None, normalize_name(candidate.matched_name or candidate.name), key).ratio()
        >= MIN_SIMILARITY
    ]
    towns = [town for town in similar if town.id in first]
    result: dict[str, Candidate] = {}
    for town in towns:
        if town.name.casefold() == query.casefold():
            continue  # the same name was looked up already
        for words_after in tails:
            for site in cache.lookup(f"{town.name} {words_after}"):
                near = haversine_km((site.lon, site.lat), (town.lon, town.lat)) <= SITE_KM
                if fits(hint, site) and site.country == town.country and near:
                    result.setdefault(site.id, site)
            if result:
                break
    if not result:  # each town's own, so the document's context chooses among them
        for town in similar:
            if _bare(town.matched_name or town.name) == _bare(query):  # the same name, not a look-alike
                result.update(_continued(town, query, hint, cache))
    return tuple(result.values())


def _bare(name: str) -> str:
    """The normalised name without the Arabic article ("Al Qayyarah" and "Qayyarah" are one name)."""
    words = normalize_name(name).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in ARTICLES else words)


def _continued(town: Candidate, query: str, hint: str, cache: CandidateCache) -> dict[str, Candidate]:
    """The site of class ``hint`` nearest ``town`` whose name continues the text's name (with or without
    the Arabic article) with more words ("Qayyarah base" -> "Qayyarah West Airport"), within
    :data:`SITE_KM` of the town."""
    if town.country is None:
        return {}
    sites: dict[str, Candidate] = {}
    for site in cache.gazetteer.named_after(query, feature_classes=SITE_CLASSES, country=town.country):
        if fits(hint, site) and haversine_km((site.lon, site.lat), (town.lon, town.lat)) <= SITE_KM:
            sites.setdefault(site.id, site)
    if not sites:
        return {}
    nearest = min(sites.values(), key=lambda site: haversine_km((site.lon, site.lat), (town.lon, town.lat)))
    return {nearest.id: nearest}
