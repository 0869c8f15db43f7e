"""Place mentions whose resolution is a guess far from the story: named, but no site of an event.

A name the gazetteer does not hold under its own spelling may be matched to a namesake by an approximate
spelling (the ``normalized`` or ``fuzzy`` match of :mod:`geo.gazetteer.ranking`: a village of the story
read as a town abroad whose name sounds alike, a river read as a seaside town). The resolver keeps such a
reading when it has nothing better, with a low score. When that reading lies far from every town, site and
region the article names (over :data:`_FAR_KM`; countries, world regions and seas are too wide to tell),
nothing in the text supports it: an event put there is almost surely at the wrong point (the news_events
README scores an event by the distance of its point). Such a mention stays a mention: it takes no event. A
guess near the places of the story (a site put at its town, a variant spelling of a town of the story) is
left alone. Found in five documents of five article sets (africa, gulf, missions, regional, formats; ev37d).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Final

from geo.events.tag import EventTag
from geo.gazetteer.distance import haversine_km
from geo.model.spans import Resolved

__all__ = ["guessed", "unguessed"]

#: Matches of an approximate spelling (not the entry's own name, an alternate name or an alias).
_APPROXIMATE: Final = frozenset({"normalized", "fuzzy"})
#: Below this resolution score an approximate match is a guess (the resolver's confidence in 0..1).
_GUESS: Final = 0.5
#: Classes too wide to say where the story is (their point is a centroid).
_WIDE: Final = frozenset({"country", "region", "water_body"})
#: How far from every town, site or region of the article a guess is no place of the story.
_FAR_KM: Final = 500.0


def guessed(places: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of the place mentions resolved by an approximate spelling with a low score to a point over
    :data:`_FAR_KM` from every other town, site or region of ``places`` (the article's resolved mentions;
    none when the article names no other)."""
    out: set[tuple[int, int]] = set()
    for place in places:
        candidate = place.candidate
        if place.toponym.kind != "place" or candidate.match not in _APPROXIMATE or place.score >= _GUESS:
            continue
        points = [
            (other.candidate.lon, other.candidate.lat)
            for other in places
            if other.candidate.id != candidate.id and other.candidate.feature_class not in _WIDE
        ]
        here = (candidate.lon, candidate.lat)
        if points and all(haversine_km(here, point) > _FAR_KM for point in points):
            out.add((place.toponym.start, place.toponym.end))
    return out


def unguessed(tags: Sequence[EventTag], far: Collection[tuple[int, int]]) -> list[EventTag]:
    """``tags`` without the events at the spans ``far`` (:func:`guessed` of the article's places, found once
    per article)."""
    return [t for t in tags if (t.place.toponym.start, t.place.toponym.end) not in far]
