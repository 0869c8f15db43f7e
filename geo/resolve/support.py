"""The article's own countries outrank places elsewhere; missing sites go where the text puts them.

After scoring, a name whose choice lies in a country the rest of the document never supports, in a
document that is clearly about other countries, is usually a place the gazetteer lacks (a village, a base,
a river) that shares its name with something far away: "Harir air base" (Iraq) is not Harihar airport in
India, "Conoco base" (Syria) is not a Chinese city, "Litani River" is not Lithuania. Likewise a name with a
generic word ("X province", "X river", "X air base") whose choice is of another class. :func:`reconsider`
gives such a name, in order:

1. a candidate of its own name in a supported country, trying the Arabic article too ("Bayda" ->
   "Al Bayda"), preferring the class the generic word names;
2. the place the text relates it to right after its first mention ("X base in Hasakah", "X near Deir
   ez-Zor", "the Litani River in southern Lebanon"): that place's choice, a coarser point whose class says
   so (a town, a region, a country);
3. a place of the document's main country spelled with one short vowel more or fewer ("Kankra district"
   for Kankara, :mod:`geo.resolve.vowels`);
4. the document's main country.

See docs/resolution.md ("Unsupported choices").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from typing import Final

from geo.errors import GeoError
from geo.gazetteer import Candidate
from geo.model.spans import Toponym
from geo.resolve.candidates import CandidateCache
from geo.resolve.capitals import in_capital, story_country
from geo.resolve.districts import COMMA, is_county, outside
from geo.resolve.evidence import SITE_HINTS, Evidence, Group, is_primary
from geo.resolve.lists import coordinated, listed_apart, peer_countries
from geo.resolve.offsets import OFFSET, offset_point, related_point
from geo.resolve.vowels import vowel_variant
from geo.resolve.words import apposed_end, is_generic

__all__ = ["ARTICLE", "SUPPORT_CONFIDENCE", "offset_point", "placed_by_offset", "reconsider"]

#: Country evidence below this is no support (about a twentieth of one mention).
NO_SUPPORT: Final = 0.05
#: The document is clearly about some country when one has at least this much evidence (two mentions).
CLEAR_SUPPORT: Final = 2.0
#: A choice this important, matched exactly, stands without support (capitals and cities named in
#: passing: "DUBAI, May 2", "talks in Brussels", a team from Erie in an article on London, Ontario).
STANDALONE_IMPORTANCE: Final = 0.65
#: Country evidence a town needs to stand for a missing site of its name (about one mention).
TOWN_SUPPORT: Final = 1.0
#: Confidence factor of a reconsidered name (the place is where the text puts it, not the name itself).
SUPPORT_CONFIDENCE: Final = 0.5
#: Classes that are never reconsidered without a generic word: containers named in passing.
_CONTAINERS: Final = frozenset({"country", "region", "water_body"})
#: Classes a generic word's hint accepts (a base may be an airport, a region an admin region).
_FITS: Final[dict[str, frozenset[str]]] = {
    "airport": frozenset({"airport", "military_base"}),
    "military_base": frozenset({"military_base", "airport"}),
    "facility": frozenset({"facility"}),
    "admin_region": frozenset({"admin_region", "region"}),
    "water_body": frozenset({"water_body"}),
    "city": frozenset({"city"}),
}
#: Classes that contradict a generic word's hint outright, whatever the support: a country read for a
#: "river", a "province" or an "air base" ("Litani River" as Lithuania, "US base" as the United States).
_MISFITS: Final = frozenset({"country"})
#: Hints of natural features and divisions: a country matched on another name than its own contradicts
#: them (a site word after a country, "US base", "U.S. Embassy", says whose site it is).
_NATURAL_HINTS: Final = frozenset({"water_body", "admin_region"})
#: Hints of areas whose distance from a place is no point of theirs ("X district, 130 km south of Y": the
#: distance is that of a site or seat in it).
_AREA_HINTS: Final = frozenset({"admin_region"})
#: Rounds of taking doubtful choices out of the evidence.
_ROUNDS: Final = 3
#: What relates a site to a place right after it: "in", "near", "outside", "north of", "east of the city of".
_RELATION: Final = re.compile(
    r"[\s,]*(?:\([^()]{0,40}\)\s*)?"
    r"(?:(?:in|at|near|outside|inside|on\s+the\s+outskirts\s+of|close\s+to)\s+"
    r"|(?:(?:north|south|east|west)(?:[- ]?(?:north|south|east|west))?(?:ern)?\s+of\s+))"
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|province|region|governorate|district|village)\s+of\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?$"
)
#: Names listed after a mention that the gazetteer lacks (", Y and Z"): what follows them relates the
#: whole list ("X, Y and Z, in B District": all three lie in B).
_LISTED: Final = re.compile(
    r"(?:(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2}){1,4}"
)
#: How far after a mention its related place may start (characters).
RELATION_CHARS: Final = 60
#: The place the text relates a name to, by the name's index (:func:`_related`, asked lazily).
Related = Callable[[int], Candidate | None]
#: The Arabic article as written before transliterated names ("Al Bayda", "al-Mayadeen").
ARTICLE: Final = re.compile(r"^(?:al|el|as|ad|ar|ash|at|an|az)[\s\-]+", re.I)


def reconsider(
    text: str,
    groups: Sequence[Group],
    evidence: Evidence,
    members: Sequence[tuple[Toponym, Group | None]],
    cache: CandidateCache,
) -> dict[int, Candidate]:
    """Return new choices for the names whose choice the document does not support (module docstring).

    Parameters
    ----------
    text
        The document.
    groups
        The document's names, scored.
    evidence
        The document's evidence after scoring (the choices included).
    members
        Every toponym with its group (None for names without candidates), in text order.
    cache
        Candidate lookups (for the name with or without the Arabic article).

    Returns
    -------
    dict[int, Candidate]
        ``id(group)`` -> the candidate to use instead of its choice.
    """
    # Names whose choice is doubtful do not support one another ("Palma" in Spain and "Mitaka" in Japan
    # in an article on Mozambique): their share of the evidence is taken out, until the set is stable.
    starts = {toponym.start: group for toponym, group in members if group is not None}
    positions = sorted(starts)
    found_related: dict[int, Candidate | None] = {}  # the place each name is related to, when first asked

    def related(index: int) -> Candidate | None:
        if index not in found_related:
            found_related[index] = _related(text, groups[index], starts, positions)
        return found_related[index]

    lists = coordinated(text, members)  # "the districts of A, B and C": places of one country
    by_entry: dict[str, list[int]] = {}
    for index, group in enumerate(groups):
        if group.candidates:
            by_entry.setdefault(group.chosen.id, []).append(index)
    # Start from the names that only weak names of their own country support ("Raga" and "Sector", two
    # villages of one country far away, in an article on Somalia): they do not vouch for one another.
    weak = {index for index, group in enumerate(groups) if _weak(group)}
    doubtful: set[int] = set()
    # the countries of the names that are not weak (the peers below are weak names): the same for each
    named = (
        {other.chosen.country for position, other in enumerate(groups) if position not in weak}
        if weak
        else set()
    )
    weak_in: dict[str | None, set[int]] = {}  # the weak names by the country of their choice
    for index in weak:
        weak_in.setdefault(groups[index].chosen.country, set()).add(index)
    for index in weak:
        group = groups[index]
        peers = weak_in[group.chosen.country]
        table = _without(evidence.country, evidence, peers | set(by_entry.get(group.chosen.id, ())))
        clear = {code: weight for code, weight in table.items() if code in named}
        if _doubtful(group, table, clear, related, index):
            doubtful.add(index)
    for _ in range(_ROUNDS):
        base = _without(evidence.country, evidence, doubtful)
        # The countries the document's own place names stand for (a demonym, or a code such as "TV" in a
        # text, supports a choice but does not make the document about that country).
        named = {group.chosen.country for index, group in enumerate(groups) if index not in doubtful}
        found = set()
        doubtful_ids = {id(groups[other]) for other in doubtful}  # the same for every name of the round
        for index, group in enumerate(groups):
            # Its own mentions, and other names for the same entry ("Tapa base", "Tapa"), are no support.
            same = {other for other in by_entry.get(group.chosen.id, ()) if other not in doubtful}
            table = _without(base, evidence, same)
            clear = {code: weight for code, weight in table.items() if code in named}
            if _doubtful(group, table, clear, related, index) or (
                max(clear.values(), default=0.0) >= CLEAR_SUPPORT
                and listed_apart(
                    group,
                    lists.get(id(group)),
                    clear,
                    doubtful=doubtful_ids,
                    floor=NO_SUPPORT,
                    clear=CLEAR_SUPPORT,
                )
            ):
                found.add(index)
        if found == doubtful:
            break
        doubtful = found
    out: dict[int, Candidate] = {}
    base = _without(evidence.country, evidence, doubtful)
    for index in sorted(doubtful):
        group = groups[index]
        country = base
        fitting = _FITS.get(group.hint or "")
        choice = _supported(group, country, cache, fitting)
        near = related(index)
        if near is not None and near.country is not None and country.get(near.country, 0.0) < NO_SUPPORT:
            near = None  # a place the document does not support either is no anchor
        if near is not None and (choice is None or choice.country != near.country or outside(choice, near)):
            choice = near  # "Camp Dublin at Baghdad International Airport" is not Dublin, California
        listed = lists.get(id(group))
        if choice is None and listed is not None:
            # the one country the other members of its list lie in ("Ras Isa and Hodeidah")
            shared = peer_countries(listed, doubtful={id(groups[other]) for other in doubtful})
            if len(shared) == 1:
                choice = _main_country(dict.fromkeys(shared, 1.0), cache)
        main = max(country, key=lambda key: (country[key], key), default=None)
        if choice is None and main is not None:
            choice = vowel_variant(group.surface, main, cache, fitting)  # "Kankra district" for Kankara
        if choice is None:
            choice = _main_country(country, cache)
        if choice is not None and choice.id != group.chosen.id:
            out[id(group)] = choice
    return out


def _weak(group: Group) -> bool:
    """Whether the group's choice is a place that needs support (not a container, not a well-known or
    first-level place matched on its own name)."""
    if group.hidden or not group.candidates:
        return False
    chosen = group.chosen
    if chosen.feature_class in _CONTAINERS or chosen.country is None:
        return False
    exact = chosen.match in ("exact", "alias") and not is_generic(group.surface)
    first_level = chosen.feature_class == "admin_region" and chosen.admin2 is None and group.hint is None
    return not (exact and (chosen.importance >= STANDALONE_IMPORTANCE or first_level))


def _without(table: dict[str, float], evidence: Evidence, owners: set[int]) -> dict[str, float]:
    """The country table without what ``owners`` added to it."""
    if not owners:
        return table
    out = dict(table)
    for owner in owners:
        for level, code, weight in evidence.owners.get(owner, ()):
            if level == "country":
                out[code] = out.get(code, 0.0) - weight
    return out


def _doubtful(
    group: Group, country: dict[str, float], clear: dict[str, float], related_of: Related, index: int
) -> bool:
    """Whether the group's choice is one the document does not support (see the module docstring):
    ``country`` is the document's country evidence without the group's own, ``clear`` that of the
    countries the other names stand for; ``related_of(index)`` gives the place the text relates the
    group to (:func:`_related`), asked only past the first tests."""
    if group.hidden or not group.candidates or not group.spans:
        return False
    if max(clear.values(), default=0.0) < CLEAR_SUPPORT:
        return False
    related = related_of(index)
    chosen = group.chosen
    kind = chosen.feature_class
    fitting = _FITS.get(group.hint or "")
    own_name = chosen.match in ("exact", "alias") or is_primary(chosen)
    if kind in _MISFITS and group.hint in _NATURAL_HINTS and chosen.match not in ("exact", "alias"):
        return True  # "Litani River" read as Lithuania (but "Panama Canal" is in Panama)
    if kind == "country" and group.hint in SITE_HINTS and _finer(related, chosen):
        return True  # "the US Embassy in Amman": the site lies in Amman, not at the United States' point
    if kind in _CONTAINERS and (fitting is None or kind in fitting or kind == "country"):
        return False  # countries, seas and regions named in passing ("U.S. Embassy", "US base")
    if group.hint in SITE_HINTS and not own_name and related is not None:
        return True  # "Victory base near Baghdad airport" is not an airstrip with "Victory" among its names
    if chosen.country is None:
        return False  # seas and world regions belong to no country
    misfit = fitting is not None and kind not in fitting  # "Camp X in Y": no site of the name, and the
    if misfit and related is not None and related.country != chosen.country:  # place of it is elsewhere
        return True
    if related is not None and outside(chosen, related):
        return True  # "X, Y District" or "X in Y District": a namesake of X far from that district
    if country.get(chosen.country, 0.0) >= NO_SUPPORT:
        return False
    if related is not None and related.country not in (None, chosen.country):
        return True  # "X in Y District": the text puts it in another country, which the document names
    # Not a spelling variant ("Baydar" as Bidar), nor a name of generic words only that many countries
    # give a place ("Port Region", "Central Region"): those need support.
    exact = chosen.match in ("exact", "alias") and not is_generic(group.surface)
    if fitting is not None and kind not in fitting:
        return True  # and of another class than its generic word says ("Bayda province" as a town)
    first_level = kind == "admin_region" and chosen.admin2 is None and group.hint is None
    return not (exact and (chosen.importance >= STANDALONE_IMPORTANCE or first_level))


def _finer(related: Candidate | None, country: Candidate) -> bool:
    """Whether the place the text relates a site to names where it lies better than the ``country`` whose
    site it is ("the US Embassy in Amman", "a US base in Syria", "the US base in Texas")."""
    if related is None or related.country is None:
        return False
    return related.country != country.country or related.feature_class != "country"


def _supported(
    group: Group, country: dict[str, float], cache: CandidateCache, fitting: frozenset[str] | None
) -> Candidate | None:
    """The best candidate of the name (or of its variant with/without the Arabic article) in a supported
    country, of the hinted class when there is one; None if there is none."""
    query = group.surface
    names = [query]
    bare = ARTICLE.sub("", query)
    names.append(bare if bare != query else f"Al {query}")
    best: tuple[float, Candidate] | None = None
    seen: set[str] = set()
    for position, name in enumerate(names):
        pool = group.candidates + group.spare if position == 0 else cache.lookup(name)
        for candidate in pool:
            if candidate.id in seen or candidate.country is None:
                continue
            seen.add(candidate.id)
            support = country.get(candidate.country, 0.0)
            if support < NO_SUPPORT or candidate.match == "fuzzy":
                continue
            if fitting is not None and candidate.feature_class not in fitting:
                town = (
                    candidate.feature_class == "city"
                    and candidate.match == "exact"
                    and position == 0
                    and not group.surface.isupper()  # "US embassy": not the French village "Us"
                )
                around = group.hint in SITE_HINTS or group.hint == "admin_region"
                if not (around and town and support >= TOWN_SUPPORT):
                    # but "Harir air base": the town of that name, when the base is missing; and "the
                    # Naqura region": the town's surroundings, when no division has the name
                    continue
            fits = fitting is not None and candidate.feature_class in fitting
            rank = support + candidate.importance + (0.5 if fits else 0.0)
            if best is None or rank > best[0]:
                best = (rank, candidate)
    return None if best is None else best[1]


def _related(text: str, group: Group, starts: dict[int, Group], positions: list[int]) -> Candidate | None:
    """The choice of the place named right after the group's first mention with a relating word."""
    for _, span_end in sorted(group.spans):
        for at in range(bisect_left(positions, span_end), len(positions)):  # (no copy of the tail)
            start = positions[at]
            if start - span_end > RELATION_CHARS:
                break
            other = starts[start]
            if other is group or not other.candidates:
                continue
            offset = None if group.hint in _AREA_HINTS else OFFSET.match(text[span_end:start])
            if offset is not None:
                return offset_point(offset, other.chosen, name=group.surface, hint=group.hint)
            gap = text[span_end:start]
            listed = _LISTED.match(gap)
            after = 0 if listed is None or _RELATION.match(gap, listed.end()) is None else listed.end()
            if after or _RELATION.match(gap) is not None:  # "X near Y", "X, east of Y" (resolve.offsets)
                return related_point(gap, after, other.chosen, name=group.surface, hint=group.hint)
            if COMMA.fullmatch(gap) and is_county(other.chosen):
                return other.chosen  # "X, Y District": a second-level region holds X
            break
    return None


def placed_by_offset(
    text: str,
    toponym: Toponym,
    members: Sequence[tuple[Toponym, Group | None]],
    moved: Mapping[int, Candidate] | None = None,
    *,
    main: Group | None = None,
    cache: CandidateCache | None = None,
) -> Candidate | None:
    """The point a name the gazetteer lacks lies at by the distance and direction the text gives from the
    place named right after it ("the village of X, around 50 km north of the town of Y"); else the place
    the text relates it to right after it ("X, in western Y", "the X camp near Y", "X, Z and W, in B
    District"), when that is finer than a country (its class says how precise the point is); else the
    capital of the country of the document's ``main`` place for a name "in the capital" right after it
    (:mod:`geo.resolve.capitals`, looked up in ``cache``); or None. ``moved`` holds the choices
    :func:`reconsider` replaced (``id(group)`` -> candidate)."""
    end = apposed_end(text, toponym.end, toponym.feature_hint)  # "X, a US base near Y": near Y
    for other, group in members:
        if other.start < end or group is None or not group.candidates:
            continue
        if other.start - end > RELATION_CHARS:
            break
        chosen = (moved or {}).get(id(group), group.chosen)
        gap = text[end : other.start]
        offset = None if toponym.feature_hint in _AREA_HINTS else OFFSET.match(gap)
        if offset is not None:
            return offset_point(offset, chosen, name=toponym.surface, hint=toponym.feature_hint)
        listed = _LISTED.match(gap)
        after = 0 if listed is None else listed.end()
        if _RELATION.match(gap, after) and chosen.feature_class != "country":
            return related_point(gap, after, chosen, name=toponym.surface, hint=toponym.feature_hint)
        break
    if cache is None:
        return None
    return in_capital(text, toponym.end, story_country(members, main), cache)  # "X mosque in the capital"


def _main_country(country: dict[str, float], cache: CandidateCache) -> Candidate | None:
    """The entry of the country with the most evidence, if the gazetteer has it."""
    code = max(country, key=lambda key: (country[key], key), default=None)
    if code is None:
        return None
    try:
        return cache.entry(f"iso:{code}")
    except GeoError:
        return None
