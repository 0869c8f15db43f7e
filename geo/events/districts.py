"""A district the resolver put at its centre town, kept apart from that town when the text names both.

The resolver places a district the gazetteer has no point for at the town it is named after ("Shebekinsky
District" at Shebekino, :func:`geo.resolve.levels.district_centres`), so the district and its town share
one gazetteer id. When the article names both ("the city of X and the X district were hit"), they are two
places of two events, and tags of one id, type and date are merged into one event
(:func:`geo.events.merge.merge_tags`). Such a district mention gets its own place id,
``near:<town id>:<name>``, on the town's point (the district's centre); a district whose town the text
does not name keeps the town's id.

The same holds for a named site the gazetteer lacks that the resolver put at a town the text names
("the X base in Y", "an ammunition depot on X Road near Y": no entry for the base or the road, so they get
the point, and the id, of Y): :func:`sites_apart` gives such a mention (a name whose generic head the
recogniser split off: "X base", "X Road") its own id when its name is not the town's ("Y airport" at Y
is Y's airport, named after it, and stays with it), another mention names the town itself, and the text puts
the site near the town or calls the town one ("near Y", "outside the city of Y", "Y City"): "the X base in Y"
alone may be anywhere in a province named as its capital is.

Measured on the news_events dev set: 1 such event, matched (a city and its district both attacked); 1 site
near a town its own event (event recall even half .774 -> .778, nothing else changed). A site with a site
hint "in Y" (or "in western Y") is its own event too when it is the only site the text puts in Y: several
("the A base in Y, the B base in Y") make Y the province holding them, anywhere in it, and keep Y's id
(2026-12-07, sites22, with the unknown sites of ``recognize_site_heads``: event recall odd .779 -> .784,
precision .915 -> .916; the site-word rule alone, without the one-site guard, gave +1 event and +2 false).

A site the resolver put at the capital because the text puts it "in the capital" (no town named:
:mod:`geo.resolve.capitals`) gets its own id the same way (tenth pass, sites24: one event of the dev set).

Two names coordinated by "and" or "or" that the resolver put on one entry, one of them (or both) a name
the entry does not bear, are two places too (:func:`listed_apart`: a list never names one place twice).
Measured on the news_events dev set: 2 events, both matched (two unknown villages targeted, both put at the
story's city; event recall odd half .755 -> .764, precision .899 -> .900).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from typing import Final

from geo.gazetteer.normalize import normalize_name
from geo.lexicon import load
from geo.model.spans import Resolved
from geo.resolve.capitals import IN_CAPITAL
from geo.resolve.words import apposed_end, site_headed

__all__ = ["LOCATED_BY", "districts_apart", "listed_apart", "sites_apart"]

#: Between a site and the town named right after it to say where the site lies ("the X base, east of Y",
#: "X Road near Y", "the X base in the south of Y").
LOCATED_BY: Final = re.compile(
    r"(?:\s*,)?(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,4}?\s+(?:in|of|near|outside|at)\s+(?:the\s+)?"
    r"(?:(?:town|city)\s+of\s+)?"
    r"(?:(?:north|south|east|west|central)(?:[- ]?(?:east|west))?(?:ern)?\s+)?"
)

#: The end of the words between a site and its town that place the site at the town itself: close to it
#: ("X Road near Y", "the X base outside the town of Y") or in what the text calls a town or city ("in the
#: city of Y"). "The X base in Y" alone does not: Y may be a province as well as its capital, and the site
#: anywhere in it.
_AT_TOWN: Final = re.compile(
    r"(?:\b(?:near|outside)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?|\b(?:town|city)\s+of\s+)\Z"
)
#: Places a named site may lie at or near: a town, or an airport that hosts bases ("the X base near Y
#: Airport": a base of its own, not the airport).
_HOSTS: Final = frozenset({"city", "airport"})
#: Hints of sites (bases, airports, facilities): such a site "in Y" is never Y itself, wherever in Y.
_SITE_HINTS: Final = frozenset({"military_base", "airport", "facility"})
#: A town's name that says it is the town ("Y City", "Y Town"), not the province of the same name.
_TOWN_NAME: Final = re.compile(r"\b(?:City|Town)\Z")

#: A site's common noun and the preposition that puts it at the town named next ("its rear base in Y", "the
#: airport near Y"): the one site the text puts at that town (the kinds of site of
#: ``recognize_generic_after``).
_SITE_NOUN: Final = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(str(e["term"]))
        for e in load("recognize_generic_after")
        if e["class"] in {"military_base", "airport"}
    )
    + r")\s+(?:in|near|outside|at|of)\s+(?:the\s+)?\Z"
)
#: Between two names coordinated right next to each other: "and" or "or" ("X and Y", "X, and Y"); not a
#: bare comma, which also puts a name in the region after it ("X, Y District").
_COORDINATED: Final = re.compile(r"\s*,?\s+(?:and|or)\s+(?:the\s+)?")
#: Least similarity (difflib ratio of the normalised names) of a site's name to its town's for the site
#: to be named after the town ("Hasaka base" at Al Hasakah), not another place placed there.
_SAME_NAME: Final = 0.8


def districts_apart(places: Sequence[Resolved]) -> list[Resolved]:
    """``places`` with each district resolved to a town the text also names given its own place id.

    Parameters
    ----------
    places
        Resolved mentions (places and demonyms).

    Returns
    -------
    list[Resolved]
        The same mentions in the same order; a district mention (a ``admin_region`` hint) resolved to a
        town that another mention names as a town carries ``near:<town id>:<slug of the name>``.
    """
    towns = {p.candidate.id for p in places if p.toponym.kind == "place" and not _district(p)}
    out: list[Resolved] = []
    for place in places:
        if _district(place) and place.candidate.id in towns:
            slug = re.sub(r"[^a-z0-9]+", "-", place.toponym.surface.casefold()).strip("-")
            place = replace(place, candidate=replace(place.candidate, id=f"near:{place.candidate.id}:{slug}"))
        out.append(place)
    return out


def sites_apart(text: str, places: Sequence[Resolved]) -> list[Resolved]:
    """``places`` with each named site the resolver put at the town named right after it given its own id.

    Parameters
    ----------
    text
        The article text.
    places
        Resolved mentions (places and demonyms), in text order.

    Returns
    -------
    list[Resolved]
        The same mentions in the same order; a site's mention (its generic head split off: ``query`` is
        shorter than ``surface``) resolved to the town that the next mention names by the town's own name
        to say where the site lies ("the X base, east of Y", "X Road near Y"), when its name is none of
        the town's, carries ``near:<town id>:<slug of the name>``.
    """
    spots = [p for p in places if p.toponym.kind == "place"]
    sites: dict[tuple[str, str], str] = {}  # (town id, the site's name) -> the site's own id
    located = [
        (site, town)
        for site, town in _next_places(text, spots)
        if _headed(site)
        and not _headed(town)
        and town.candidate.feature_class in _HOSTS
        and LOCATED_BY.fullmatch(text, site.toponym.end, town.toponym.start) is not None
    ]
    # Sites put "in Y" (a site word's name, no demonym or country: "the US embassy in Y" is the
    # country's), by town: one is at Y, wherever in it; several in one Y make Y a province of them.
    held_in = Counter(town.candidate.id for site, town in located if site.toponym.feature_hint in _SITE_HINTS)
    for site, town in located:
        if town.candidate.id == site.candidate.id and (
            _AT_TOWN.search(text, site.toponym.end, town.toponym.start) is not None
            or _TOWN_NAME.search(town.toponym.surface) is not None
            or (
                site.toponym.feature_hint in _SITE_HINTS
                and site.toponym.country is None
                and held_in[town.candidate.id] == 1
            )
        ):
            own = normalize_name(site.toponym.query)
            names = (town.toponym.surface, town.candidate.name, town.candidate.matched_name)
            if own and not any(
                SequenceMatcher(None, own, normalize_name(n)).ratio() >= _SAME_NAME for n in names
            ):
                slug = re.sub(r"[^a-z0-9]+", "-", site.toponym.surface.casefold()).strip("-")
                sites.setdefault((site.candidate.id, own), f"near:{site.candidate.id}:{slug}")
    by_town: dict[str, set[str]] = {}
    for (town_id, _), own_id in sites.items():
        by_town.setdefault(town_id, set()).add(own_id)
    for site in spots:  # "the X mosque in the capital": at the capital (resolve.capitals), a place of its own
        if (
            _headed(site)
            and site.toponym.feature_hint in _SITE_HINTS
            and IN_CAPITAL.match(text, site.toponym.end) is not None
        ):
            slug = re.sub(r"[^a-z0-9]+", "-", site.toponym.surface.casefold()).strip("-")
            own = normalize_name(site.toponym.query)
            sites.setdefault((site.candidate.id, own), f"near:{site.candidate.id}:{slug}")
    if not sites:
        return list(places)
    out: list[Resolved] = []
    for place in places:
        ident = sites.get((place.candidate.id, normalize_name(place.toponym.query)))
        only = by_town.get(place.candidate.id, set())
        if (
            ident is None
            and len(only) == 1
            and _SITE_NOUN.search(text, max(0, place.toponym.start - 40), place.toponym.start)
        ):
            ident = next(iter(only))  # "its base in Y": the one site the text puts at Y
        if place.toponym.kind == "place" and ident is not None:
            place = replace(place, candidate=replace(place.candidate, id=ident))
        out.append(place)
    return out


def listed_apart(text: str, places: Sequence[Resolved]) -> list[Resolved]:
    """``places`` with each name that two coordinated names put on one gazetteer entry given its own id.

    A list never names one place twice: in "targeted X and Y", X and Y are two places even when the
    resolver put both at one town for want of an entry of their own (the town the story is about, or
    the town one of them lies in). Such a name is one the entry does not bear: matched exactly under
    another name (its ``matched_name`` is not the mention's). It gets ``near:<entry id>:<slug of the
    name>`` on the entry's point, so its event is its own; the entry's own name keeps the id.

    Parameters
    ----------
    text
        The article text.
    places
        Resolved mentions (places and demonyms), in text order.

    Returns
    -------
    list[Resolved]
        The same mentions in the same order, those names given their own ids.
    """
    spots = [p for p in places if p.toponym.kind == "place"]
    apart: set[tuple[str, str]] = set()  # (entry id, the name's normalised form)
    for first, second in itertools.pairwise(spots):
        if (
            first.candidate.id == second.candidate.id
            and _COORDINATED.fullmatch(text, first.toponym.end, second.toponym.start) is not None
        ):
            apart.update(
                (p.candidate.id, normalize_name(p.toponym.query)) for p in (first, second) if _elsewhere(p)
            )
    if not apart:
        return list(places)
    out: list[Resolved] = []
    for place in places:
        if (
            place.toponym.kind == "place"
            and (place.candidate.id, normalize_name(place.toponym.query)) in apart
        ):
            slug = re.sub(r"[^a-z0-9]+", "-", place.toponym.surface.casefold()).strip("-")
            place = replace(place, candidate=replace(place.candidate, id=f"near:{place.candidate.id}:{slug}"))
        out.append(place)
    return out


def _elsewhere(place: Resolved) -> bool:
    """Whether the mention was put at a town or site of another name for want of its own (matched exactly
    under a name that is not the mention's)."""
    candidate = place.candidate
    if candidate.feature_class in {"country", "region", "water_body"}:
        return False  # a village put at a country or a wide region is at no point of its own anyway
    own = normalize_name(place.toponym.query)
    return candidate.match == "exact" and own not in {
        normalize_name(candidate.name),
        normalize_name(candidate.matched_name),
    }


def _next_places(text: str, spots: list[Resolved]) -> list[tuple[Resolved, Resolved]]:
    """Each mention with the next one, past an apposition naming a site's kind ("X, a US base near Y":
    X with Y, not with "US base")."""
    pairs = []
    for index, site in enumerate(spots):
        end = apposed_end(text, site.toponym.end, site.toponym.feature_hint)
        after = index + 1
        while after < len(spots) and spots[after].toponym.start < end:
            after += 1
        if after < len(spots):
            pairs.append((site, spots[after]))
    return pairs


def _headed(place: Resolved) -> bool:
    """Whether the mention names a site by a name and a generic head ("X base", "X Road")."""
    surface, query = place.toponym.surface, place.toponym.query
    return (len(query) < len(surface) and query in surface) or site_headed(
        place.toponym.feature_hint, surface
    )


def _district(place: Resolved) -> bool:
    """Whether a region's name ("X district") was resolved to a town."""
    return (
        place.toponym.kind == "place"
        and place.toponym.feature_hint == "admin_region"
        and place.candidate.feature_class == "city"
    )
