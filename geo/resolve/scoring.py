"""Score the candidates of each name of a document against the document's context.

Every candidate gets a weighted sum of features, each in -1..1, with the weights of a
:class:`~geo.lexicon.weights.ResolverWeights` (the packaged ones, with a rationale each, are in
``geo/lexicon/data/weights.yaml``):

``prior``
    the gazetteer's own score: how well the name matched and how important the entry is.
``primary``
    the name matched the entry's own name or a curated alias, not one of its many alternate names.
``importance``, ``country_class``
    the entry's importance (countries 1, first-level regions 0.75, places by population) and whether it
    is a country: a country name in any context nearly always means the country.
``acronym``
    -1 when an all-capital query ("EU") matched a name that is not written in capitals ("Eu").
``country``, ``country_any``
    share of the document's country evidence in the candidate's country, and whether there is any:
    countries, regions and demonyms named in the text, and the countries of the other names' choices.
``admin1``, ``admin1_any``, ``admin2``, ``admin2_any``
    the candidate lies in a first-level region (state, province) or second-level region (county) that
    the document names or that another chosen place lies in: its share relative to the most named
    region, and whether it is named at all (about once).
``near``
    closeness to the places chosen for the other names (``exp(-d / near_km)`` to the nearest); for a
    country or region: 1 when another chosen place lies in it.
``within``
    the name is followed by a container ("Paris, Texas", "Springfield, Ill."): +1 inside it, -1 outside
    (the first mention decides, else the balance over all mentions).
``hint``
    a generic word around the name ("Anbar province", "the airport of Erbil"): +1 when the class fits,
    -1 when not. Without one, a region loses half that weight when a city of the name inside it, about as
    important, is matched on its own name (a city outranks its namesake region: "Gao", "Erbil"), or a
    much more important one in a document about other countries ("New York" in news from abroad).

Resolution runs in passes: the first uses only what the text names, the next ones add the choices of the
other names (weighted by their confidence), so confident names settle the ambiguous ones.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Hashable
from typing import Final

from geo.gazetteer import Candidate, haversine_km
from geo.lexicon.weights import ResolverWeights
from geo.resolve.arabic import lift_arabic
from geo.resolve.caches import PrunedScores
from geo.resolve.context import Container
from geo.resolve.evidence import POINT_CLASSES, Evidence, Group, is_primary, unit
from geo.resolve.known import best_known
from geo.resolve.levels import first_level, matched_on, seats_of, second_level
from geo.resolve.namesakes import about_as_important, has_namesake, namesake_cities, normalize_name
from geo.resolve.namesakes import lower_foreign as lower_foreign
from geo.resolve.namesakes import split_generic as split_generic

__all__ = ["fits", "has_namesake", "namesake_cities", "score_group"]

#: Mean Earth radius (km), as in :func:`geo.gazetteer.haversine_km`.
EARTH_RADIUS_KM: Final = 6371.0088
#: Candidates re-scored with the ``near`` feature (the best of the previous pass).
NEAR_TOP: Final = 15
_HINT_FITS: Final[dict[str, frozenset[str]]] = {
    "airport": frozenset({"airport", "military_base"}),
    "military_base": frozenset({"military_base", "airport"}),
    "admin_region": frozenset({"admin_region", "region"}),
    "city": frozenset({"city"}),
    "country": frozenset({"country"}),
    # Anything but a first-level division or a wider region.
    "settlement": frozenset({"city", "country", "airport", "military_base", "facility", "water_body"}),
    "facility": frozenset({"facility"}),
    "water_body": frozenset({"water_body"}),
}
_CONTAINER_CLASSES: Final = frozenset({"country", "region", "water_body"})
_SITE_CLASSES: Final = frozenset({"airport", "military_base", "facility"})
#: Share of the ``hint`` weight a region loses to a namesake city of its country when no generic word
#: names the class: enough to break the tie between a town and its region ("Gao"), not enough to
#: outweigh context (a region named with its towns, "Washington ... Spokane and Yakima").
NAMESAKE: Final = 0.5


def score_group(
    group: Group, evidence: Evidence, owner: int, *, pruned: PrunedScores, weights: ResolverWeights
) -> None:
    """Score the candidates of ``group`` and set its pick and confidence.

    Parameters
    ----------
    group
        The name to resolve.
    evidence
        The document's evidence; what ``owner`` added is left out.
    owner
        Index of ``group`` among the document's groups.
    pruned
        Pruned candidates and static scores remembered across documents
        (:attr:`geo.resolve.caches.ResolverCaches.pruned`).
    weights
        The features' weights and the scales (the same for all groups of a document: the static scores
        are computed once per group).
    """
    if len(group.static) != len(group.candidates):
        _prune(group, pruned, weights)
    if len(group.candidates) == 1:
        group.pick, group.confidence, group.scores = 0, 1.0, list(group.static)
        return
    country, admin1, admin2 = evidence.without(owner)
    # What each named country / region adds to the candidates in it (codes with no evidence add
    # nothing), level by level: each candidate gets (static + country) + admin1 + admin2. The codes
    # both named and among the candidates' are read as a set (each candidate has one code per level,
    # so the order is free).
    in_country, in_admin1, in_admin2 = group.positions
    scores = list(group.static)
    if country and in_country:
        total = sum([weight for weight in country.values() if weight > 0])
        share, any_country = weights.country, weights.country_any
        for code in country.keys() & in_country.keys():
            weight = country[code]
            if weight > 0:
                bonus = share * weight / total + any_country * (weight > 0.05)
                for index in in_country[code]:
                    scores[index] += bonus
    if group.hint is None and group.greater != ():  # "New York" from abroad is the city (namesakes)
        lower_foreign(group, scores, country, after=evidence.regions_after, penalty=NAMESAKE * weights.hint)
    if evidence.arabic:  # "al-Bab" in the text: the Arab namesakes (geo.resolve.arabic)
        lift_arabic(scores, in_country)
    if evidence.alone and not any(weight > 0 for weight in country.values()):  # "Palmyra" alone: Tadmur
        known = best_known(group.candidates)
        if known is not None:
            scores[group.candidates.index(known)] += weights.primary
    if admin1 and in_admin1:
        _add_region_bonus(scores, admin1, in_admin1, weights.admin1, weights.admin1_any)
    if admin2 and in_admin2:
        _add_region_bonus(scores, admin2, in_admin2, weights.admin2, weights.admin2_any)
    top = max(scores)
    points = evidence.points_without(owner) if evidence.points else None
    if points:
        # Only candidates that ``near`` can still lift to the top (it adds at most its weight); the
        # order of the points does not matter (a maximum and sets are read), nor do repeated ones.
        near_weight, near_km = weights.near, weights.near_km
        floor = top - near_weight
        lifted = [index for index, score in enumerate(scores) if score >= floor]
        if len(lifted) > NEAR_TOP:
            lifted = sorted(lifted, key=scores.__getitem__)[-NEAR_TOP:]
        candidates = group.candidates
        for index in lifted:
            candidate = candidates[index]
            kind = candidate.feature_class
            if kind == "country":
                near = float(any(point[3] == candidate.country for point in points))
            elif kind in POINT_CLASSES or candidate.admin2 is not None:
                near = math.exp(-_nearest(group, index, points) / near_km)
            else:
                admin = candidate.admin1
                near = float(admin is not None and any(point[4] == admin for point in points))
            scores[index] += near_weight * near
        top = max(scores)
    best = scores.index(top)
    cutoff = top - weights.softmax_span
    exp, temperature = math.exp, weights.temperature
    total = sum([exp((value - top) / temperature) for value in scores if value > cutoff])
    group.pick, group.confidence, group.scores = best, 1.0 / total, scores


def _add_region_bonus(
    scores: list[float],
    masses: dict[str, float],
    positions: dict[str, list[int]],
    weight: float,
    any_weight: float,
) -> None:
    """Add to the candidates in each region its mass relative to the most named one, plus whether it is
    named at all."""
    top = max(masses.values())
    if top <= 0:
        return
    for code in masses.keys() & positions.keys():
        mass = masses[code]
        if mass > 0:
            bonus = weight * mass / top + any_weight * min(1.0, mass)
            for index in positions[code]:
                scores[index] += bonus


def _prune(group: Group, pruned: PrunedScores, weights: ResolverWeights) -> None:
    """Compute the static scores and drop the candidates that cannot win whatever the context adds
    (static score more than ``weights.context_span`` below the best): fewer candidates to score and no
    distances to compute for them. The softmax share of a dropped one is below exp(-context_span / T).

    The part without ``local`` depends only on the candidates, the surface (its case, and its normalised
    form for the namesake rule when there is no hint), the hint and the containers named after the
    mentions; for a name whose candidates are the lookup cache's own tuple
    (``shared``: the same object for every document naming it) it is cached, pruned with room for the
    ``local`` feature, which is then added and the list pruned again (cheap: a few candidates are left).
    """
    key: Hashable = None
    local = bool(group.local or group.local_admin2)
    if group.shared:
        withins = tuple(group.withins) if any(group.withins) else ()
        first = (
            min(range(len(group.spans)), key=lambda index: group.spans[index][0], default=0) if withins else 0
        )
        # the namesake rule reads the surface (without a hint): "Florida" and "Florida Highway" (query
        # "Florida") have the same candidates but not the same namesake cities
        surface = normalize_name(group.surface) if group.hint is None else None
        key = (
            id(group.candidates),
            id(weights),
            _acronym(group.surface),
            group.hint,
            surface,
            group.hint == "admin_region" and second_level(group.surface),  # "district": not the oblast
            withins,
            first,
            local,
        )
        hit = pruned.get(key)  # first in, first out: a hit is not moved (hashing the key again)
        if hit is not None and hit[0] is group.candidates and hit[4] is weights:
            group.candidates, group.static, group.positions = hit[1], list(hit[2]), hit[3]
            group.units = {}
            if local:
                _add_local(group, weights)
            return
    original = group.candidates
    static = _static_scores(group, weights)
    floor = max(static) - weights.context_span - (weights.local + weights.local_admin2 if local else 0.0)
    keep = [index for index, score in enumerate(static) if score >= floor]
    group.candidates = tuple(original[index] for index in keep)
    group.static = [static[index] for index in keep]
    _set_positions(group)
    if key is not None:
        pruned.put(key, (original, group.candidates, tuple(group.static), group.positions, weights))
    if local:
        _add_local(group, weights)


def _add_local(group: Group, weights: ResolverWeights) -> None:
    """Add the ``local`` feature to the static scores, then drop the candidates it leaves out of reach."""
    weight, county, county_km = weights.local, weights.local_admin2, weights.county_km
    regions = {container.admin1 for container in group.local if container.admin1 is not None}
    countries = {container.country for container in group.local if container.admin1 is None}
    static = [
        score
        + weight * _local(candidate, regions, countries)
        + (county * _local_county(candidate, group.local_admin2, county_km) if group.local_admin2 else 0.0)
        for candidate, score in zip(group.candidates, group.static, strict=True)
    ]
    floor = max(static) - weights.context_span
    keep = [index for index, score in enumerate(static) if score >= floor]
    group.candidates = tuple(group.candidates[index] for index in keep)
    group.static = [static[index] for index in keep]
    _set_positions(group)


def _set_positions(group: Group) -> None:
    """Index the candidates by the codes scoring reads: country, first- and second-level region."""
    in_country: dict[str, list[int]] = {}
    in_admin1: dict[str, list[int]] = {}
    in_admin2: dict[str, list[int]] = {}
    for index, candidate in enumerate(group.candidates):
        if candidate.country is not None:
            in_country.setdefault(candidate.country, []).append(index)
        if candidate.admin1 is not None:
            in_admin1.setdefault(candidate.admin1, []).append(index)
        if candidate.admin2 is not None:
            in_admin2.setdefault(candidate.admin2, []).append(index)
    group.positions = (in_country, in_admin1, in_admin2)
    group.units = {}


def _acronym(surface: str) -> bool:
    """True for an all-capital short name ("EU", "UAE"): it should match a name written in capitals."""
    return surface.isupper() and len(surface) <= 5


def _nearest(
    group: Group, index: int, points: Collection[tuple[float, float, float, str | None, str | None, int]]
) -> float:
    """Great-circle distance in km from candidate ``index`` of ``group`` to the nearest point (unit
    vectors: the largest dot product is the nearest point, one arc cosine)."""
    vector = group.units.get(index)
    if vector is None:
        vector = group.units[index] = unit(group.candidates[index])
    x, y, z = vector
    dot = max([x * px + y * py + z * pz for px, py, pz, _, _, _ in points])
    return EARTH_RADIUS_KM * math.acos(max(-1.0, min(1.0, dot)))


def _static_scores(group: Group, weights: ResolverWeights) -> list[float]:
    """The part of each candidate's score that does not depend on the other names' choices."""
    named = any(group.withins)
    fitting = _HINT_FITS.get(group.hint or "", frozenset())
    acronym = _acronym(group.surface)
    prior, importance, primary = weights.prior, weights.importance, weights.primary
    country_class, acronym_weight, within, hint = (
        weights.country_class,
        weights.acronym,
        weights.within,
        weights.hint,
    )
    # A city outranks its namesake region unless a generic word names the region ("Gao" is the town,
    # "Gao region" the region): the regions of a country where a city of the name is matched on its own
    # name lose what a fitting hint would give.
    namesakes = namesake_cities(group.candidates, group.surface) if group.hint is None else {}
    # A site matched without the site words of its name ("Hodeidah International Airport" for a plain
    # "Hodeidah") is not matched on its own name: the text names the town.
    plain = normalize_name(group.surface) if group.hint is None else None
    # "the Belgorod district": a second-level division, not the oblast of the name
    second = group.hint == "admin_region" and second_level(group.surface)
    seats = seats_of(group.candidates) if second else set()
    base = split_generic(normalize_name(group.surface))[0] if second else ""
    result = []
    for candidate in group.candidates:
        score = prior * candidate.score + importance * candidate.importance
        if candidate.match == "alias" or (
            is_primary(candidate)
            and not (
                plain is not None
                and candidate.feature_class in _SITE_CLASSES
                and normalize_name(candidate.matched_name) != plain
            )
        ):
            score += primary
        if candidate.feature_class == "country":
            score += country_class
        if acronym and not candidate.matched_name.isupper():
            score -= acronym_weight
        if named and not _is_container(candidate):
            score += within * _within(candidate, group)
        if second and first_level(candidate):
            pass  # "the Belgorod district" names no oblast: the word neither fits nor misfits it
        elif second and (candidate.country, candidate.admin1) in seats and matched_on(candidate, base):
            score += hint  # the town the district is named after, the seat of a first-level namesake
        elif group.hint is not None:
            score += hint * (1.0 if candidate.feature_class in fitting else -1.0)
        elif (
            namesakes
            and candidate.feature_class == "admin_region"
            and about_as_important(namesakes.get((candidate.country, candidate.admin1)), candidate.importance)
        ):
            score -= NAMESAKE * hint  # a city of the name inside the region, about as important
        result.append(score)
    return result


def fits(hint: str, candidate: Candidate) -> bool:
    """True when ``candidate``'s class fits the class ``hint`` (an unknown hint fits nothing)."""
    return candidate.feature_class in _HINT_FITS.get(hint, frozenset())


def _within(candidate: Candidate, group: Group) -> float:
    """+1/-1 when the first mention is followed by a container the candidate is in / not in, else the
    balance over all mentions ("named after Paris, France" in an article on Paris, Tennessee)."""

    def inside(containers: tuple[Container, ...]) -> bool:
        return any(
            container.admin1 == candidate.admin1
            if container.admin1 is not None
            else container.country == candidate.country
            for container in containers
        )

    first = min(range(len(group.spans)), key=lambda index: group.spans[index][0])
    if group.withins[first]:
        return 1.0 if inside(group.withins[first]) else -1.0
    votes = [1.0 if inside(containers) else -1.0 for containers in group.withins if containers]
    return sum(votes) / len(group.withins)


def _local(candidate: Candidate, regions: set[str], countries: set[str]) -> float:
    """1 when the candidate lies in a region named in the sentence of the name's first mention
    (``regions``: their first-level codes), 0.5 when only in a country named there (``countries``: the
    codes of the countries named), else 0 ("X is a city in Y County, Nebraska, United States"). A
    country gets 0 and a region only 0.5 in a country named there: beside other containers they are
    peers."""
    kind = candidate.feature_class
    if kind in _CONTAINER_CLASSES or (kind == "admin_region" and candidate.admin2 is None):  # a container
        if kind == "country":
            return 0.0
        return 0.5 if candidate.country in countries else 0.0
    if candidate.admin1 in regions:
        return 1.0
    return 0.5 if candidate.country in countries else 0.0


def _local_county(candidate: Candidate, regions: tuple[Candidate, ...], county_km: float) -> float:
    """1 when the candidate lies in one of ``regions`` (second-level ones named in its first sentence),
    else ``exp(-d / county_km)`` to the nearest one's point (places the gazetteer gives no county)."""
    if candidate.admin2 is not None and any(region.admin2 == candidate.admin2 for region in regions):
        return 1.0
    point = (candidate.lon, candidate.lat)
    nearest = min(haversine_km(point, (region.lon, region.lat)) for region in regions)
    return math.exp(-nearest / county_km)


def _is_container(candidate: Candidate) -> bool:
    """True for countries, continents, seas and first-level regions (listed beside others, not in them)."""
    return candidate.feature_class in _CONTAINER_CLASSES or (
        candidate.feature_class == "admin_region" and candidate.admin2 is None
    )
