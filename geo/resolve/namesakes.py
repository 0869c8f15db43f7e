"""A region's namesake city: a city of the region's own name inside it, about as important ("Gao", "Erbil").

A city outranks its namesake region unless the text says province, region or state (issue 11): the
scoring's ``hint`` feature takes :data:`geo.resolve.scoring.NAMESAKE` of its weight from such a region,
and resolution reads the bare name as the city.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from functools import lru_cache
from typing import Final

from geo.gazetteer import Candidate, haversine_km
from geo.gazetteer.normalize import normalize_name as _normalize_name
from geo.gazetteer.normalize import split_generic as _split_generic
from geo.resolve.evidence import SITE_HINTS, Group
from geo.resolve.levels import second_level

__all__ = [
    "FOREIGN_SHARE",
    "NAMESAKE_IMPORTANCE",
    "about_as_important",
    "foreign_regions",
    "greater_namesakes",
    "has_namesake",
    "lower_foreign",
    "namesake_cities",
    "normalize_name",
    "settle_namesakes",
    "sites_of_bare_names",
    "split_generic",
    "towns_of_named_regions",
]

#: :func:`geo.gazetteer.normalize.normalize_name`, remembered: the same surfaces and gazetteer names recur in
#: every document (a pure function of the string).
normalize_name: Final = lru_cache(maxsize=65_536)(_normalize_name)
#: :func:`geo.gazetteer.normalize.split_generic`, remembered: a pure function of the key (the generic
#: words are package data, read once per process), which sorts the generic words on every call.
split_generic: Final = lru_cache(maxsize=65_536)(_split_generic)
#: The namesake city lies in the region and is at most this much less important (its capital, not a
#: village that shares the name).
NAMESAKE_IMPORTANCE: Final = 0.1
#: A country with less than this share of a document's country evidence is foreign to it: a report from
#: abroad names a world city, not the state around it ("talks in New York"), while home news names states.
FOREIGN_SHARE: Final = 0.15
#: A town this far from the site the text names after it (km) is not what the site is named after: the
#: bare name is short for the site ("Manas" beside "Manas International Airport", 300 km from Manas town).
SITE_TOWN_KM: Final = 50.0


def namesake_cities(candidates: Sequence[Candidate], name: str) -> dict[tuple[str | None, str | None], float]:
    """(country, first-level region) -> importance of the cities among ``candidates`` matched on ``name``
    itself (accents and case aside; "Kansas City" is no namesake of Kansas), the most important one of each
    region: a region of the same codes about as important is their namesake ("Gao" region, "Gao")."""
    key = normalize_name(name)
    # the most important city of each region: a postcode entry of the name ("New York", 10001) listed after
    # the city must not hide it
    cities: dict[tuple[str | None, str | None], float] = {}
    for c in candidates:
        if (
            c.feature_class == "city"
            and c.admin1 is not None
            and (c.match == "exact" or normalize_name(c.matched_name) == key)
        ):
            code = (c.country, c.admin1)
            cities[code] = max(cities.get(code, -1.0), c.importance)
    return cities


def about_as_important(city: float | None, region: float) -> bool:
    """True when a namesake city of importance ``city`` (None: none) is about as important as its region
    (within :data:`NAMESAKE_IMPORTANCE` either way). A city much more important than its region ("New
    York" city and state) is left to the document's countries (:func:`foreign_regions`)."""
    return city is not None and abs(city - region) <= NAMESAKE_IMPORTANCE


def has_namesake(candidates: Sequence[Candidate], name: str) -> bool:
    """True when a region among ``candidates`` has a namesake city among them (:func:`namesake_cities`) at
    least about as important: "Kabul province" is a name of its own beside "Kabul"."""
    cities = namesake_cities(candidates, name)
    return bool(cities) and any(
        c.feature_class == "admin_region"
        and cities.get((c.country, c.admin1), -1.0) >= c.importance - NAMESAKE_IMPORTANCE
        for c in candidates
    )


#: Answers of :func:`greater_namesakes` for candidate tuples, by the tuple's identity (a name's candidates
#: are the same pruned tuple in every document naming it): the tuple is kept with its answer, so its
#: identity is not reused while remembered; emptied when full.
_GREATER: Final[dict[int, tuple[tuple[Candidate, ...], str, tuple[int, ...]]]] = {}
_GREATER_SIZE: Final = 20_000


def greater_namesakes(candidates: Sequence[Candidate], name: str) -> tuple[int, ...]:
    """Indices of the first-level regions among ``candidates`` whose namesake city (:func:`namesake_cities`)
    is much more important than they are: a world city named after its state or the reverse ("New York")."""
    if type(candidates) is not tuple:
        return _greater_namesakes(candidates, name)
    hit = _GREATER.get(id(candidates))
    if hit is not None and hit[0] is candidates and hit[1] == name:
        return hit[2]
    found = _greater_namesakes(candidates, name)
    if len(_GREATER) >= _GREATER_SIZE:
        _GREATER.clear()
    _GREATER[id(candidates)] = (candidates, name, found)
    return found


def _greater_namesakes(candidates: Sequence[Candidate], name: str) -> tuple[int, ...]:
    """:func:`greater_namesakes`, computed."""
    cities = namesake_cities(candidates, name)
    if not cities:
        return ()
    return tuple(
        index
        for index, c in enumerate(candidates)
        if c.feature_class == "admin_region"
        and c.admin2 is None
        and cities.get((c.country, c.admin1), -1.0) > c.importance + NAMESAKE_IMPORTANCE
    )


def foreign_regions(
    indices: Sequence[int],
    candidates: Sequence[Candidate],
    country: Mapping[str, float],
    *,
    after: Collection[str] = (),
) -> list[int]:
    """Those of ``indices`` (:func:`greater_namesakes`) whose country is foreign to the document: less than
    :data:`FOREIGN_SHARE` of its country evidence ``country`` (code -> weight), or none is named at all;
    not a region the text writes after another name (``after``: their first-level codes, "Buffalo, New
    York")."""
    if not indices:
        return []
    total = sum([weight for weight in country.values() if weight > 0])
    return [
        index
        for index in indices
        if candidates[index].admin1 not in after
        and (
            total <= 0 or max(0.0, country.get(candidates[index].country or "", 0.0)) < FOREIGN_SHARE * total
        )
    ]


def lower_foreign(
    group: Group, scores: list[float], country: Mapping[str, float], *, after: Collection[str], penalty: float
) -> None:
    """Take ``penalty`` off the score of each region of a name without a generic word whose much more
    important namesake city lies in a country foreign to the document (:func:`foreign_regions`)."""
    if group.hint is not None:
        return
    if group.greater is None:  # once per document: the group's candidates are fixed once scored
        group.greater = greater_namesakes(group.candidates, group.surface)
    for index in foreign_regions(group.greater, group.candidates, country, after=after):
        scores[index] -= penalty


def towns_of_named_regions(groups: Sequence[Group]) -> None:
    """Move a town to the namesake region the text names: "Khost city" beside "Khost province" is the
    city in that province, not a town of the name in another country.

    A name resolved to a town (a city hint or none) whose base name ("Khost" of "Khost city") is that of a
    first-level region the text names with a region word in the name ("Khost province"; not a district,
    nor "the province of X", whose word may belong to another name), and chosen outside that region,
    takes the best-scored candidate town of that name inside it, if there is one.
    """
    regions: dict[str, set[tuple[str | None, str | None]]] = {}
    for group in groups:
        if group.hint != "admin_region" or not group.candidates or second_level(group.surface):
            continue
        chosen = group.chosen
        base, generic = split_generic(normalize_name(group.surface))
        if generic == "admin_region" and chosen.feature_class == "admin_region":
            regions.setdefault(base, set()).add((chosen.country, chosen.admin1))
    if not regions:
        return
    for group in groups:
        if group.hint not in (None, "city") or not group.candidates or group.chosen.feature_class != "city":
            continue
        base = _base(group.surface)
        codes = regions.get(base)
        if not codes or (group.chosen.country, group.chosen.admin1) in codes:
            continue
        towns = [
            index
            for index, candidate in enumerate(group.candidates)
            if candidate.feature_class == "city"
            and (candidate.country, candidate.admin1) in codes
            and normalize_name(candidate.matched_name) == base
        ]
        if towns and len(group.scores) == len(group.candidates):
            group.pick = max(towns, key=group.scores.__getitem__)


def settle_namesakes(groups: Sequence[Group]) -> None:
    """After scoring: :func:`towns_of_named_regions`, then :func:`sites_of_bare_names`."""
    towns_of_named_regions(groups)
    sites_of_bare_names(groups)


def sites_of_bare_names(groups: Sequence[Group]) -> None:
    """Read a bare name as the site the text names after it when the town chosen for it lies far from
    that site: "the base at Manas" beside "Manas International Airport" is the airport, not the town of
    Manas 300 km away (an airport named after a person or a district, not after that town).

    A name without a generic word, resolved to a town more than :data:`SITE_TOWN_KM` from a site (airport
    or base) resolved for a name of the same base with a site word ("Manas International Airport"), takes
    that site when it is among its own candidates.
    """
    sites: dict[str, Candidate] = {}
    for group in groups:
        if group.hint in SITE_HINTS and group.candidates and group.chosen.feature_class in SITE_HINTS:
            base, generic = split_generic(normalize_name(group.surface))
            if generic is not None and normalize_name(group.chosen.matched_name) == normalize_name(
                group.surface
            ):
                sites.setdefault(base, group.chosen)
    if not sites:
        return
    for group in groups:
        if group.hint is not None or not group.candidates or group.chosen.feature_class != "city":
            continue
        site = sites.get(normalize_name(group.surface))
        if site is None:
            continue
        town = group.chosen
        if haversine_km((town.lon, town.lat), (site.lon, site.lat)) <= SITE_TOWN_KM:
            continue
        for index, candidate in enumerate(group.candidates):
            if candidate.id == site.id:
                group.pick = index
                break


def _base(surface: str) -> str:
    """The name without its generic word, normalised ("Khost city", "Khost province" -> "khost")."""
    return split_generic(normalize_name(surface))[0]
