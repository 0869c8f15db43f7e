"""A district the resolver put at its centre town, kept apart from that town when the text names both.

The resolver places a district the gazetteer has no point for at the town it is named after ("Shebekinsky
District" at Shebekino, :func:`geo.resolve.levels.district_centres`), so the district and its town share
one gazetteer id. When the article names both ("the city of X and the X district were hit"), they are two
places of two events, and tags of one id, type and date are merged into one event
(:func:`geo.events.merge.merge_tags`). Such a district mention gets its own place id,
``near:<town id>:<name>``, on the town's point (the district's centre); a district whose town the text
does not name keeps the town's id.

Measured on the news_events dev set: 1 such event, matched (a city and its district both attacked).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from geo.model.spans import Resolved

__all__ = ["districts_apart"]


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


def _district(place: Resolved) -> bool:
    """Whether a region's name ("X district") was resolved to a town."""
    return (
        place.toponym.kind == "place"
        and place.toponym.feature_hint == "admin_region"
        and place.candidate.feature_class == "city"
    )
