"""What the sentence of a name's first mention says about where it lies (docs/resolution.md, Method 4).

The first sentence about a place usually says where it is: "X is a town in Y County, Ohio", "X is a
suburb of Dublin", "X is a village in Nottinghamshire". :func:`set_local` reads that sentence for every
name of a document: the containers named after the name (``Group.local``), and the second-level regions
or cities it is said to lie in (``Group.local_admin2``). :func:`named_region` gives the region such a
sentence puts a place in when the gazetteer has no candidate there (the place itself is missing).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection
from functools import lru_cache
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate, haversine_km
from geo.resolve.candidates import CandidateCache
from geo.resolve.context import Container, Mention
from geo.resolve.evidence import POINT_CLASSES, Group, is_primary
from geo.resolve.phrases import sentence_end

__all__ = ["REGION_CONFIDENCE", "folded", "named_region", "set_local"]

#: A capitalised word right before a container name: part of a longer name ("Air Canada"), unless it
#: is a compass word ("South West Queensland").
_NAME_BEFORE: Final = re.compile(
    r"\b(?!(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upstate|Rural)"
    r"(?:[ -]?(?:[Ee]ast|[Ww]est))? $)[A-Z][\w'’\-]* $"
)
#: Nouns for a part of a town (data): :data:`_PART_OF` needs one of them (a cheap test first: most
#: sentences have none).
_PART_WORDS: Final = tuple(lexicon.load("resolve_part_words").column("term"))
#: Whether a stretch holds one of them anywhere (as ``any(word in stretch ...)``, in one scan).
_ANY_PART_WORD: Final = re.compile("|".join(map(re.escape, _PART_WORDS)))
#: "a suburb of X", "a district in the city of X", "a neighbourhood within X", "an area of south east X",
#: "a district in the Scottish city of X", "a district of Central X" (X is group 1).
_PART_OF: Final = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, _PART_WORDS))})\s+(?:of|in|within)\s+"
    r"(?:the\s+)?(?:(?:[A-Z]\w+\s+)?city\s+of\s+)?"
    r"(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entral)(?:[ -]?(?:east|west))?\s+)?"
    r"([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2})"
)
#: A part noun right after a name, then "of/in/within" ("X district in Y", "X neighbourhood of Y"): the
#: name is a part of the place after it.
_PART_AFTER: Final = re.compile(
    rf"\s+(?:{'|'.join(map(re.escape, _PART_WORDS))})\s+(?:of|in|within)\s+(?:the\s+(?:city\s+of\s+)?)?[A-Z]"
)
#: Cities a "suburb of X" may mean: the most important namesakes only, and only real cities.
PART_OF_CITIES: Final = 3
PART_OF_MIN_IMPORTANCE: Final = 0.5
#: "in Nottinghamshire", "in north Suffolk", "in the English county of Devon": a region named after a
#: preposition (group 1), maybe after a compass word or "the ... county of"; particles join names
#: ("Rio Grande do Sul"). (The word boundary before the preposition is tested after it, ``(?<=\b..)``: an
#: expression opening with a character the search can skip to is scanned faster than one opening with
#: ``\b``, 0.03-0.04 -> 0.019 ms per article.)
_IN_REGION: Final = re.compile(
    r"(?:in|of)(?<=\b..)\s+(?:the\s+(?:[A-Z]\w+\s+)?(?:county|district|borough)\s+of\s+)?"
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|mid)(?:[ -](?:east|west))?\s+)?"
    r"([A-Z][\w'’\-]*(?: (?:(?:de|del|do|da|dos|das) )?[A-Z][\w'’\-]*){0,3})"
)
#: Names after a preposition looked at in a first sentence.
IN_REGION_TRIES: Final = 3
#: "north of", "WNW of" right before a name: a place to measure from, not a container.
_RELATIVE: Final = re.compile(
    r"(?:\b(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?|\b[NSEW]{1,3})\s+of\s+$",
    re.I,
)
#: A name described right after it: "X is a village", "X (...) was the capital", "X, a town", "X, in".
_DESCRIBED: Final = re.compile(
    r"\s*(?:\([^()]{0,200}\)\s*)?(?:(?:is|was)\s+(?:a|an|the)\b|,\s*(?:a|an|in)\s)"
)
#: Confidence factor of a place given its region's point (:func:`named_region`).
REGION_CONFIDENCE: Final = 0.5
#: A candidate without a second-level code this close to a region's point may lie in it.
REGION_KM: Final = 40.0
#: What separates the items of a list of places.
_LIST_GAP: Final = re.compile(r"(?:'s|’s)?\s*(?:,|,?\s+(?:and|or|&))\s*")
#: A capitalised name of one to three words right before ", " ("Lancashire, England").
_BEFORE_COMMA: Final = re.compile(r"\b([A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,2}), $")
#: Between the places of a chain ("Portland, Dorset, England"): commas and capitalised names.
_CHAIN: Final = re.compile(r"(?:\s*,\s*[A-Z][\w'’\-]*(?: [A-Z][\w'’\-]*){0,3})*\s*,\s*")
#: Folded names kept.
_FOLDED_SIZE: Final = 50_000


@lru_cache(maxsize=_FOLDED_SIZE)
def folded(name: str) -> str:
    """Case- and space-folded name (cached: news repeat names)."""
    return " ".join(name.casefold().split())


def set_local(text: str, groups: list[Group], mentions: list[Mention], cache: CandidateCache) -> None:
    """Give each name the containers named after its first mention in the same sentence (the first
    sentence about a place usually says where it is: "X is a town in Y County, Ohio"). A name that is a
    country or region itself gets none: the others named with it are its peers. A second-level region
    named right before the first container ("in Lancashire, England", "in Madison County, New York")
    counts too, when the gazetteer has one of that name inside the container, and so does a city the
    place is a part of ("a suburb of Dublin", "a district of the city of Glasgow"). Failing those, a
    second-level region named after a preposition in that sentence ("a village in Nottinghamshire"), in
    a container named there if any."""
    starts = [mention.start for mention in mentions]
    for group in groups:
        if len(group.candidates) < 2:
            continue
        first_start, first_end = min(group.spans)
        high = sentence_end(text, first_end)
        window = mentions[bisect_left(starts, first_start) : bisect_left(starts, high)]
        _set_group(text, group, window, cache, first_end, high)
        if not group.local_admin2:
            named = _county_named(text, first_end, high, cache, own=group.key)
            if group.local:
                named = tuple(region for region in named if _inside(region, group.local))
            group.local_admin2 = named


def _set_group(
    text: str, group: Group, window: list[Mention], cache: CandidateCache, first_end: int, high: int
) -> None:
    """:func:`set_local` for one name whose first mention ends at ``first_end`` in a sentence ending at
    ``high``, with the ``window`` of containers named from that mention to there."""
    part = _PART_OF.search(text, first_end, high) if _ANY_PART_WORD.search(text, first_end, high) else None
    if part is not None:
        # "a suburb of Dublin", "a district of the city of Glasgow": near that city.
        group.local_admin2 = tuple(
            candidate
            for candidate in cache.lookup(part.group(1))
            if candidate.feature_class == "city"
            and candidate.importance >= PART_OF_MIN_IMPORTANCE
            and is_primary(candidate)
        )[:PART_OF_CITIES]
    if not window:
        return
    own = [
        mention
        for mention in window
        if mention.key == group.key or group.overlaps(mention.start, mention.end)
    ]
    if own and (
        any(container.admin1 is None for mention in own for container in mention.containers)
        or _listed(text, own[-1], window)
    ):
        return  # a country, or a region listed with others ("Anhui, Hunan and Zhejiang"): peers
    group.local_own = frozenset(container.id for mention in own for container in mention.containers)
    local: list[Container] = []
    last_end = first_end
    for mention in window:
        if (
            mention.start < first_end
            or mention.end > high
            or mention in own
            or text[mention.start : mention.end].isupper()  # codes ("SB.", "US") are weak
            or _NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)  # "Air Canada"
        ):
            continue
        # The first container named after the name, then only countries ("X is a town in Y County,
        # Ohio, United States"; "slopes in Oregon, the lakeshore in Michigan": Oregon).
        if not local and not group.local_admin2:
            group.local_admin2 = _county_before(text, first_end, mention, cache)
        if (
            local
            and _CHAIN.fullmatch(text, last_end, mention.start)
            and not {container.country for container in mention.containers}
            & {container.country for container in local}
        ):
            # The end of a chain of ever larger places in another country: the first was a namesake
            # ("the Isle of Portland, Dorset, England": not Portland, Jamaica).
            local.clear()
        last_end = mention.end
        first = not local
        local.extend(
            [
                container
                for container in mention.containers
                if container not in local and (first or container.admin1 is None)
            ]
        )
    group.local = tuple(local)


def _inside(candidate: Candidate, containers: tuple[Container, ...] | list[Container]) -> bool:
    """True when ``candidate`` lies in one of ``containers`` (its region, else its country)."""
    return any(
        candidate.admin1 == container.admin1
        if container.admin1 is not None
        else candidate.country == container.country
        for container in containers
    )


def _listed(text: str, own: Mention, window: list[Mention]) -> bool:
    """True when the container after ``own`` (the name's own mention) is a peer: in the same country, or
    following it in a list (", ", " and ", " or "), not after other words ("Kingston is a town in
    Victoria": Kingston is also a parish of Jamaica)."""
    after = [mention for mention in window if mention.start >= own.end]
    if not after:
        return False
    countries = {container.country for container in own.containers}
    if any(container.country in countries for container in after[0].containers):
        return True  # a region of the same country: "Ohio's rose, while Kentucky's climbed"
    return _LIST_GAP.fullmatch(text[own.end : after[0].start]) is not None


def _county_before(text: str, low: int, mention: Mention, cache: CandidateCache) -> tuple[Candidate, ...]:
    """The second-level regions named by the words before ", <container>" (after ``low``) inside it."""
    found = _BEFORE_COMMA.search(text, max(low, mention.start - 40), mention.start)
    if found is None:
        return ()
    return tuple(
        candidate
        for candidate in cache.lookup(found.group(1))
        if candidate.feature_class == "admin_region"
        and candidate.admin2 is not None
        and candidate.match in ("exact", "alias")
        and _inside(candidate, mention.containers)
    )


def _county_named(
    text: str, low: int, high: int, cache: CandidateCache, *, own: str
) -> tuple[Candidate, ...]:
    """The second-level regions of the first name after a preposition in ``text[low:high]`` that is
    one under its own name ("a village in Nottinghamshire", "in the English county of Devon"), of the
    first few tried; not the name ``own`` itself (its key) again ("Jessica Kay of Paris"), nor a place to
    measure from ("207 km north of Adelaide"), nor a name that is also a state or province ("Espírito
    Santo" is a Brazilian state and a municipality elsewhere)."""
    for tries, found in enumerate(_IN_REGION.finditer(text, low, high)):
        if tries >= IN_REGION_TRIES:
            break
        name = found.group(1)
        if folded(name) == own or _RELATIVE.search(text, max(low, found.start() - 20), found.start(1)):
            continue
        named = cache.lookup(name)
        if any(_first_level(candidate) for candidate in named):
            continue
        regions = tuple(
            candidate
            for candidate in named
            if candidate.feature_class == "admin_region"
            and candidate.admin2 is not None
            and candidate.match == "exact"
            and is_primary(candidate)  # "Essex", not "Bingham" for Bingham County
        )
        if regions:
            return regions
    return ()


def _first_level(candidate: Candidate) -> bool:
    """True for a country or first-level region matched by its own name."""
    return (
        candidate.feature_class in ("country", "admin_region")
        and candidate.admin2 is None
        and candidate.match == "exact"
        and is_primary(candidate)
    )


def named_region(text: str, group: Group, *, cities: Collection[str] = ()) -> Candidate | None:
    """The second-level region the sentence describing the name puts it in ("Northampton is a town in
    Fulton County, New York"; "Buxton, a village in Norfolk"), or the city a part noun right after the
    name puts it in ("the X district in Y", "X neighbourhood of Y"), when no candidate of the name lies
    in it: the gazetteer lacks the place (villages and quarters below its threshold), so the region or
    city stands for it rather than a namesake elsewhere. None when the first mention is not described
    ("a Dallas hospital ... of Paris"), the region is unknown or ambiguous, the name's choice is no point
    (a region or country name; a part may be a district), the region is the name's own ("Paris"), or a
    candidate lies in it. The city must be among ``cities`` (the ids of the document's chosen places): a
    state read as a namesake town ("the X district of Punjab") is none."""
    regions = group.local_admin2
    end = min(group.spans)[1]
    part = _PART_AFTER.match(text, end) is not None
    if len(regions) != 1 or not (part or _DESCRIBED.match(text, end)):
        return None
    region = regions[0]
    city = part and region.feature_class == "city" and region.id in cities
    if not city and (region.feature_class != "admin_region" or region.admin2 is None):
        return None  # a city ("a suburb of Dublin", a described place)
    chosen = group.chosen
    point = chosen.feature_class in POINT_CLASSES or (
        city and chosen.feature_class == "admin_region" and chosen.admin2 is not None
    )
    if not point or folded(region.name).startswith(group.key):
        return None
    for candidate in group.candidates:
        if (not city and candidate.admin2 == region.admin2) or (
            (city or candidate.admin2 is None)
            and haversine_km((candidate.lon, candidate.lat), (region.lon, region.lat)) <= REGION_KM
        ):
            return None
    return region
