"""Which of two places of one sentence holds the other: a province named beside a town of it in the
same event only says where the town lies ("gunmen from X province attacked the town of Y"), unless the
two are listed as sites of their own ("the city of Y and the Y district")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.events.cues import Cue
from geo.events.document import VIOLENT
from geo.gazetteer.distance import haversine_km
from geo.model.spans import Resolved

__all__ = ["between_ends", "coordinated", "family", "locates_base", "may_hold", "overarching", "within"]

#: Between two items of a list: a comma or "and"/"or", an article, up to two lower-case words ("X and
#: the nearby Y", "X, the city of Y").
_COORDINATION: Final = re.compile(
    r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or)\s+)(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:of\s+)?"
)
#: "between A and ", "between the town of A and ": the words before an end of a stretch (capitalised
#: words, articles and place nouns between; :func:`between_ends`).
_BETWEEN: Final = re.compile(
    r"\b[Bb]etween\s+(?:(?:[A-Z][\w'’-]*|the|al|el|towns?|villages?|cit(?:y|ies)|of)[\s-]+){0,6}?(?:and\s+)?$"
)
#: Classes of places too wide to lie inside a province (a country, a wide region, a sea).
_WIDE: Final = frozenset({"country", "region", "water_body"})


def family(event_type: str) -> str:
    """Violent types are one family (a strike and an attack on one site are told of one event)."""
    return "violent" if event_type in VIOLENT else event_type


def within(finer: Resolved, region: Resolved) -> bool:
    """Whether ``finer`` lies inside ``region`` by the gazetteer's admin codes: a first-level region
    holding a town or site or a second-level region of it (same admin1 code), a second-level region
    holding a town or site (same admin2 code). Wide regions without codes hold nothing here."""
    outer, inner = region.candidate, finer.candidate
    if inner.id == outer.id or inner.feature_class in _WIDE or outer.feature_class != "admin_region":
        return False
    if outer.admin1 is None or inner.admin1 != outer.admin1:
        return False
    if outer.admin2 is not None:
        return inner.admin2 == outer.admin2 and inner.feature_class != "admin_region"
    return inner.feature_class != "admin_region" or inner.admin2 is not None


def overarching(text: str, region: Resolved, located: Sequence[Resolved]) -> bool:
    """Whether ``region`` is a region of several countries (a continent, "the Sahel": no country code)
    and a town, site or country of ``located`` (the locative places of the same cue) is the finer place of
    the event, not an item listed with it ("naval operations off Africa track a vessel hijacked off
    Somalia": Somalia)."""
    if region.candidate.feature_class != "region" or region.candidate.country is not None:
        return False
    return any(
        other.candidate.feature_class not in {"region", "water_body"} and not coordinated(text, other, region)
        for other in located
    )


#: Classes of named sites (a base, an airport, a facility).
_SITES: Final = frozenset({"military_base", "airport", "facility"})
#: Cue words that name a base or headquarters (the thing a country locates).
_BASE_WORDS: Final = ("base", "headquarters")


def locates_base(text: str, country: Resolved, cue: Cue, group: Sequence[Resolved]) -> bool:
    """Whether ``country`` only says where the base or headquarters of its ``cue`` lies, that a site of
    the country named in the sentence (``group``) was: "Camp X, near the capital, was the coalition's
    headquarters in Iraq" (an event of Camp X, not of Iraq)."""
    if country.candidate.feature_class != "country":
        return False
    if not text[cue.start : cue.end].casefold().startswith(_BASE_WORDS):
        return False
    return any(
        other.candidate.country == country.candidate.country and other.candidate.feature_class in _SITES
        for other in group
    )


def coordinated(text: str, one: Resolved, other: Resolved) -> bool:
    """Whether two places are joined as items of one list ("the city of X and the X district"): each is
    then named as a site of its own."""
    first, second = sorted((one, other), key=_start)
    return _COORDINATION.fullmatch(text, first.toponym.end, second.toponym.start) is not None


def between_ends(text: str, place: Resolved) -> bool:
    """Whether ``place`` is an end of a stretch, "between A and B": a place on its edge, not the site."""
    return _BETWEEN.search(text, max(0, place.toponym.start - 80), place.toponym.start) is not None


def _start(place: Resolved) -> int:
    return place.toponym.start


#: How far from a town the places it may hold lie ("X's Y district", "X's twin city of Y"; places28).
HOLDS_KM: Final = 100.0
#: Classes of wide places whose point says nothing of what they hold (a country, a region, a sea).
_WIDE_HOLDERS: Final = frozenset({"country", "region", "admin_region", "water_body"})


def may_hold(place: Resolved, group: Sequence[Resolved]) -> set[int]:
    """The starts of the places of ``group`` that ``place`` may hold: all of them for a wide place, those
    within :data:`HOLDS_KM` of a town or site ("Kherson's X district" resolved to a district of another
    city is no part of Kherson: Kherson stays the site)."""
    if place.candidate.feature_class in _WIDE_HOLDERS:
        return {p.toponym.start for p in group}
    here = (place.candidate.lon, place.candidate.lat)
    return {
        p.toponym.start for p in group if haversine_km(here, (p.candidate.lon, p.candidate.lat)) <= HOLDS_KM
    }
