"""Toponym resolution: choose the gazetteer entry each place name of a document means.

>>> from geo.gazetteer import Gazetteer
>>> from geo.resolve import resolve
>>> from geo.model.spans import Toponym
>>> text = "Flooding closed roads in Paris, Texas, on Monday."
>>> spans = [Toponym(25, 30, "Paris", "Paris")]
>>> [r.candidate.country for r in resolve(text, spans, gazetteer=Gazetteer.open())]  # doctest: +SKIP
['US']

The method (docs/resolution.md): candidates from the gazetteer per distinct name
(:mod:`geo.resolve.candidates`), the countries and regions the text names and the patterns around each
name (:mod:`geo.resolve.context`), and a weighted score of each candidate against that context, in passes
so that confident names settle the ambiguous ones (:mod:`geo.resolve.scoring`). What is remembered across
documents lives in a :class:`ResolverCaches` its caller owns (a :class:`geo.Geoparser` holds one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.errors import GeoError, InputError
from geo.gazetteer import Candidate, Gazetteer
from geo.lexicon.weights import Weights, default_weights
from geo.model.spans import Resolved, Toponym
from geo.resolve.actors import actor_evidence, not_actors
from geo.resolve.arabic import arabic_names
from geo.resolve.caches import ResolverCaches
from geo.resolve.candidate_lists import loose_sites_dropped, merged
from geo.resolve.candidates import CandidateCache
from geo.resolve.capitals import demonym_capital
from geo.resolve.context import Container, local_pattern
from geo.resolve.evidence import SITE_HINTS, Evidence, Group, text_evidence
from geo.resolve.fallback import FALLBACK_CONFIDENCE, focus, partial_candidates, stated_elsewhere
from geo.resolve.known import named_as_country
from geo.resolve.levels import district_centres, second_level
from geo.resolve.local import REGION_CONFIDENCE, folded, named_region, set_local
from geo.resolve.namesakes import settle_namesakes
from geo.resolve.phrases import county_phrases, names_lands, names_nations, sea_of, sea_part, untaken
from geo.resolve.rural import countryside_side, rural_town
from geo.resolve.scoring import fits, has_namesake, score_group
from geo.resolve.support import ARTICLE, SUPPORT_CONFIDENCE, placed_by_offset, reconsider
from geo.resolve.town_sites import town_sites
from geo.resolve.words import SITE_PLACES, sentence_site, site_candidates, site_headed, town_part_after

__all__ = ["ResolverCaches", "resolve"]

#: Passes after the first (each adds the other names' choices as context). Seeding the evidence with
#: all first-pass choices and one pass is as accurate on the corpora but lets an unsure choice flip a
#: sure one ("Windsor Castle" taken for Windsor, Ontario, turning "London" Canadian).
CONTEXT_PASSES: Final = 2
#: Hints of classes the gazetteer covers completely: when no exact match has the class, the name is
#: probably misspelt ("Arbar province"), so approximate matches compete.
FUZZY_HINTS: Final = frozenset({"admin_region", "country"})
#: Confidence factor of a site the gazetteer lacks placed on the place it is named after ("Harir air base"
#: on the town of Harir): the place is right to a few kilometres, the site itself is not in the index.
SITE_TOWN_CONFIDENCE: Final = 0.7
#: Country evidence an approximate match of an unknown name needs (about one confident mention).
FUZZY_MIN_SUPPORT: Final = 0.5
#: Classes of wide areas: a name among whose candidates one is needs no sea of its name ("the Arctic").
_WIDE: Final = frozenset({"water_body", "region", "country"})
#: "the " and up to two lower-case words right before a name ("the eastern tropical Atlantic").
_THE_BEFORE: Final = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+){0,2}$")
#: The same with words that qualify the name only ("the eastern Baltic", not "the camps at Baltic").
_THE_SEA_BEFORE: Final = re.compile(
    r"\b[Tt]he\s+(?:(?!(?:at|in|of|on|to|near|from|by|and|or|for)\s)[a-z]+\s+){0,2}$"
)


def resolve(
    text: str,
    toponyms: Sequence[Toponym],
    *,
    gazetteer: Gazetteer,
    caches: ResolverCaches | None = None,
    demonyms: bool = False,
    weights: Weights | None = None,
) -> list[Resolved]:
    """Resolve the place toponyms of a document in its context.

    Parameters
    ----------
    text
        The document text the toponym offsets refer to.
    toponyms
        Recognised toponyms. ``kind="place"`` ones are resolved; ``kind="demonym"`` ones (with
        ``country`` set) only count as context.
    gazetteer
        The index to use.
    caches
        What resolution remembers across documents for ``gazetteer`` (candidate lookups, container
        names, pruned scores): pass the same object to every call, as :class:`geo.Geoparser` does. None
        makes a fresh one for this call: the same result, but the container names take a pass over the
        gazetteer (about 0.15 s).
    demonyms
        Also return an entry for each demonym toponym with a ``country``: that country's entry
        (``iso:<code>``), with the recogniser's score. For scoring against corpora that annotate
        demonyms as toponyms; the map pipeline keeps them as context only, but for a demonym of
        "the Somali capital", which it gets as that capital (:func:`geo.resolve.capitals.demonym_capital`).
    weights
        The scoring weights (``weights.resolver``); :func:`geo.lexicon.weights.default_weights` by default.

    Returns
    -------
    list[Resolved]
        One entry per place toponym (and demonym, see ``demonyms``), in the order given; ``score`` is
        the resolver's confidence in 0..1. Toponyms of one name are resolved together (one sense per
        document; a mention with a site word, "Erbil airport", is a name of its own). A name the
        gazetteer does not know gets the place named inside it ("Windsor Castle" -> Windsor) or else the
        document's main place, with a low score; it is left out only when the document has no place.

    Raises
    ------
    InputError
        When a toponym's offsets do not fit ``text``, or ``caches`` belong to another gazetteer.
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a string, got {type(text).__name__!r}")
    for toponym in toponyms:
        if not 0 <= toponym.start < toponym.end <= len(text):
            raise InputError(
                f"toponym {toponym.surface!r} has offsets {(toponym.start, toponym.end)!r} "
                f"outside a text of {len(text)} characters"
            )
    if caches is None:
        caches = ResolverCaches(gazetteer)
    elif caches.gazetteer is not gazetteer:
        raise InputError("caches were made for another gazetteer")
    cache = caches.candidates
    containers = caches.containers
    pruned = caches.pruned
    resolver = (weights if weights is not None else default_weights()).resolver

    nations, actor_spans = actor_evidence(text)  # "SDF fighters": Syria
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    members: list[tuple[Toponym, Group | None]] = []
    waters: dict[int, bool] = {}  # whether a name's candidates hold a water body, by id of its group
    adjectives: set[int] = set()  # ids of names that only qualify lands after them ("the Baltic states")
    toponyms = [named_as_country(toponym, cache) for toponym in toponyms]  # "troops in Djibouti"
    for toponym in toponyms:
        if toponym.kind != "place":
            if toponym.country:
                nations[toponym.country.upper()] = nations.get(toponym.country.upper(), 0.0) + 1.0
            members.append((toponym, None))
            continue
        query = toponym.query.strip() or toponym.surface
        pattern = local_pattern(text, toponym.start, toponym.end, containers)
        hint = toponym.feature_hint or pattern.hint
        if hint == "area":  # "the desert of Homs": the governorate of the name, if it has one
            hint = "admin_region" if has_namesake(cache.candidates(query, toponym.surface), query) else None
        # A site word ("Erbil airport", "the airport of Erbil") makes that mention a separate name:
        # the plain "Erbil" elsewhere in the text is the city.
        key = folded(query) + (f"@{hint}" if hint in SITE_HINTS else "")
        if hint == "admin_region" and has_namesake(cache.candidates(query, toponym.surface), query):
            # A generic word naming a region with a namesake city ("Erbil province", "the region of
            # Odessa") makes it a name of its own: the plain "Erbil" is the city (scoring: ``NAMESAKE``).
            key += "@admin_region"
        if hint == "admin_region" and second_level(toponym.surface):
            key += "@admin2"  # "the Belgorod district" is not "Belgorod Oblast" (scoring: ``second_level``)
        towns_only = hint is None and names_nations(text, toponym.end)  # "the Baltic states": no town
        if towns_only and cache.classes(cache.candidates(query, toponym.surface)) <= {"city"}:
            adjectives.add(id(toponym))  # no place at all: not the document's main country either
            continue
        group = by_key.get(key)
        if group is None:
            looked = cache.candidates(query, toponym.surface)
            found, partial = looked, False
            if found and folded(toponym.surface) != folded(query):
                # The whole name too: "Mississippi River" (query "Mississippi"), "Dulles International
                # Airport" (query "Dulles").
                found = merged(found, cache.lookup(toponym.surface))
            if (
                hint == "water_body"
                and folded(toponym.surface) != folded(query)
                and "water_body" not in cache.classes(found)
            ):
                # "Litani River": the word says a water body the gazetteer lacks, not a country or town
                # whose name looks like it; it is placed as an unknown name (the place the text relates).
                found = ()
            unknown_site = site_headed(hint, toponym.surface)
            if unknown_site and "facility" not in cache.classes(found):
                # "the Kalo mosque": a site the gazetteer lacks, at a town of its very name if there is
                # one, not a town whose name looks like it (nor one of its words); else it is placed as
                # an unknown name (the place the text relates it to).
                found = site_candidates(found, hint, toponym.surface)
            if (
                hint is None
                and _WIDE.isdisjoint(cache.classes(found))
                and _THE_SEA_BEFORE.search(text, max(0, toponym.start - 40), toponym.start)
                and not names_lands(text, toponym.end)  # "the Baltic states": lands, not the sea
            ):
                # "the Baltic": the sea, when the name and a sea word name one (not Baltic, Connecticut);
                # a name that is itself a wide area keeps its own candidates ("the Arctic")
                found = merged(found, sea_of(query, cache.lookup))
            if "water_body" in cache.classes(found):
                part = sea_part(text, toponym.start, query, cache.lookup)  # "the northern Atlantic"
                found = part or found  # the part the compass word names, not the whole sea
            if not found and hint == "admin_region" and second_level(toponym.surface):
                found = district_centres(query, cache)  # "Shebekinsky District": Shebekino
            if not found and not unknown_site:
                found = partial_candidates(query, cache, pattern.within, text=text, start=toponym.start)
                partial, key = True, "~" + key
                group = by_key.get(key)
            elif hint in FUZZY_HINTS and not any(fits(hint, candidate) for candidate in found):
                # "Arbar province" (query "Arbar"): nothing of the hinted class matches exactly, so
                # approximate matches of the whole name compete too.
                found = merged(found, cache.fuzzy(toponym.surface))
            spare: tuple[Candidate, ...] = ()
            if hint in SITE_HINTS and any(fits(hint, candidate) for candidate in found):
                found = loose_sites_dropped(found, query, hint)
            if hint in SITE_HINTS and found and not any(fits(hint, candidate) for candidate in found):
                # "Deir Ezzor airport": the airport under the gazetteer's spelling of the town
                found = town_sites(found, query, toponym.surface, hint, cache) + found
            if hint in SITE_HINTS and any(fits(hint, candidate) for candidate in found):
                # "Erbil airport", "the airport in Erbil": the site, when the gazetteer has one.
                spare = tuple(candidate for candidate in found if not fits(hint, candidate))
                found = tuple(candidate for candidate in found if fits(hint, candidate))
        if group is None:
            if not found:
                members.append((toponym, None))
                continue
            shared = found is looked  # not merged: the cache's own tuple, the same in every document
            group = by_key[key] = Group(key, toponym.surface, [], found, partial=partial, shared=shared)
            group.spare = spare
            groups.append(group)
        group.spans.append((toponym.start, toponym.end))
        group.part = group.part or town_part_after(text, toponym.end)  # "X neighbourhood"
        if hint is None and group.hint is None:
            water = waters.get(id(group))
            if water is None:  # asked once per name, not once per mention
                water = waters[id(group)] = "water_body" in cache.classes(group.candidates)
        else:
            water = False
        if water and _THE_BEFORE.search(text, max(0, toponym.start - 40), toponym.start):
            hint = "water_body"  # "the Atlantic", "the tropical Atlantic": the ocean, not Atlantic, Iowa
        group.hint = group.hint or hint
        within = pattern.within
        code = (toponym.country or "").upper()
        if code and not _names_country(group, code):
            # A dateline's country ("THE HAGUE, Netherlands"); not the country a name is itself
            # ("Mexico" is not Mexico City because it lies in Mexico).
            within = (*within, Container(f"iso:{code}", code, None))
        group.withins.append(within)
        members.append((toponym, group))
    if not groups and not (demonyms and nations):  # "the Somali capital" alone is still a place
        return [] if demonyms else [found for t in toponyms for found in demonym_capital(text, t, cache)]
    taken = [span for group in groups for span in group.spans]
    for start, end, name in untaken(county_phrases(text), taken):
        key = "county:" + name.casefold()
        group = by_key.get(key)
        if group is None:
            found = tuple(
                candidate
                for candidate in cache.lookup(name)
                if candidate.feature_class == "admin_region" and candidate.admin2 is not None
            )
            if not found:
                continue
            group = by_key[key] = Group(key, name, [], found, hidden=True)
            groups.append(group)
        group.spans.append((start, end))
        group.withins.append(local_pattern(text, start, end, containers).within)  # "Jay County, Indiana"

    mentions = not_actors(containers.scan(text), actor_spans)  # "IS fighters": not Iceland
    set_local(text, groups, mentions, cache)
    evidence = text_evidence(mentions, groups, demonyms=nations, text=text)
    evidence.arabic = arabic_names(text)  # "al-Bab": the names are likely Arabic
    evidence.alone = len(groups) == 1  # one name and no context: its best-known bearer (resolve.known)
    for index, group in enumerate(groups):
        score_group(group, evidence, index, pruned=pruned, weights=resolver)
    # Most confident first, each choice joining the evidence at once (no flip-flopping pairs).
    order = sorted(range(len(groups)), key=lambda index: -groups[index].confidence)
    for context_pass in range(CONTEXT_PASSES):
        for position, index in enumerate(order):
            if context_pass or position:  # the first of the first pass saw the same evidence just now
                score_group(groups[index], evidence, index, pruned=pruned, weights=resolver)
            evidence.choose(index, groups[index])
    settle_namesakes(groups)  # "Khost city" beside "Khost province", "Manas" beside "Manas airport"
    cities = {group.chosen.id for group in groups if group.candidates}
    regions = {
        id(group): region
        for group in groups
        if (region := named_region(text, group, cities=cities)) is not None
    }
    moved = reconsider(text, groups, evidence, members, cache)
    main = focus([group for group in groups if id(group) not in moved])
    result = []
    scores: dict[int, float] = {}  # rounded once per name
    # A name the gazetteer lacks is placed where any of its mentions puts it ("the X quarter ... in X, in
    # western Y"): one sense per document, as for the names it has.
    placed_at: dict[str, Candidate] = {}
    for toponym, member in members:
        if member is None and toponym.kind == "place" and toponym.surface not in placed_at:
            spot = placed_by_offset(text, toponym, members, moved, main=main, cache=cache)  # "X near Y"
            if spot is not None:
                placed_at[toponym.surface] = spot
    for toponym, member in members:
        if toponym.kind != "place":
            if not demonyms:  # "the Somali capital": the town, when demonyms are no toponyms
                result.extend(demonym_capital(text, toponym, cache))
            elif (country := _nation(cache, toponym)) is not None:
                result.append(Resolved(toponym, country, round(toponym.score, 4)))
            continue
        if member is not None:
            score = scores.get(id(member))
            region = regions.get(id(member))
            chosen = member.chosen if region is None else region
            if region is None and id(member) in moved:
                chosen = moved[id(member)]  # the document does not support the choice (resolve.support)
                region = chosen
            if score is None:
                factor = (
                    REGION_CONFIDENCE
                    if region is not None and id(member) not in moved
                    else SUPPORT_CONFIDENCE
                    if id(member) in moved
                    else FALLBACK_CONFIDENCE
                    if member.partial
                    else SITE_TOWN_CONFIDENCE
                    if member.hint in SITE_HINTS and not fits(member.hint, chosen)
                    else 1.0
                )
                score = scores[id(member)] = round(factor * member.confidence, 4)
            chosen = rural_town(toponym.surface, chosen, cache.lookup) or chosen  # "Rif Dimashq": Damascus
            if len(member.spans) == 1:  # a town named once: "the northern countryside of X" lies north of X
                chosen = countryside_side(text, toponym.start, toponym.end, chosen) or chosen
            if stated_elsewhere(member, chosen, text):
                continue  # "X in central Mali" whose only bearers lie in other countries: no point
            result.append(Resolved(toponym, chosen, score))
            continue
        placed = placed_at.get(toponym.surface)
        headed = site_headed(toponym.feature_hint, toponym.surface)
        military = headed and toponym.feature_hint == "military_base"  # "Camp X in Y province": at Y
        if military and placed is None and main is not None:  # "in Japan, most at Camp X": Japan's point
            placed = sentence_site(text, toponym, main.chosen, main.spans)
        if headed and (placed is None or (not military and placed.feature_class not in SITE_PLACES)):
            continue  # a site the gazetteer lacks related to no town ("the X camp in Y province"): no point
        if placed is not None:
            result.append(Resolved(toponym, placed, round(SUPPORT_CONFIDENCE * toponym.score, 4)))
            continue
        approximate = _fuzzy_candidate(toponym, cache, evidence)
        if approximate is not None:
            result.append(Resolved(toponym, approximate, round(FALLBACK_CONFIDENCE * approximate.score, 4)))
        elif main is not None:
            result.append(Resolved(toponym, main.chosen, round(FALLBACK_CONFIDENCE * main.confidence, 4)))
    return result


def _fuzzy_candidate(toponym: Toponym, cache: CandidateCache, evidence: Evidence) -> Candidate | None:
    """The best approximate match of an unknown name in a country the document is about, if any.

    Approximate matches of unknown names are right only when the document supports them (dev corpora: 5
    of 34 within 161 km unconditionally) and fit a generic word's class ("X district" is no town like X).
    The name with the Arabic article is tried first ("Tanf base": the Al-Tanf garrison).
    """
    query = toponym.query or toponym.surface
    pools = [cache.lookup(f"Al {query}")] if not ARTICLE.match(query) else []
    for pool in (*pools, None):
        for candidate in cache.fuzzy(query) if pool is None else pool:  # the fuzzy lookup only if needed
            if (
                candidate.country is not None
                and evidence.country.get(candidate.country, 0.0) >= FUZZY_MIN_SUPPORT
                and (toponym.feature_hint not in FUZZY_HINTS or fits(toponym.feature_hint, candidate))
            ):
                return candidate
    return None


def _nation(cache: CandidateCache, toponym: Toponym) -> Candidate | None:
    """The country of a demonym ("Iraqi" -> Iraq), or the continent or region its name is a curated
    alias of ("European" -> Europe), if any."""
    if toponym.country:
        try:
            return cache.entry(f"iso:{toponym.country.upper()}")
        except GeoError:
            return None
    return next(
        (
            candidate
            for candidate in cache.lookup(toponym.surface)
            if candidate.match in ("exact", "alias") and candidate.feature_class in ("region", "country")
        ),
        None,
    )


def _names_country(group: Group, code: str) -> bool:
    """True when one of the group's candidates is the country ``code`` itself."""
    return any(
        candidate.feature_class == "country" and candidate.country == code for candidate in group.candidates
    )
