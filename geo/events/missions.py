"""Which mission an event belongs to: named near it, owned by a named organisation, or implied by the
mission areas of the catalogue (see ``docs/events.md``, "mission")."""

from __future__ import annotations

import re
from typing import Final

from geo.errors import InputError
from geo.events.dating import mission_active_at
from geo.events.document import MILITARY, Document
from geo.model.spans import Resolved
from geo.temporal import TemporalExpression

__all__ = ["event_mission"]

#: Event types (and air strikes) that take the article's only active mission when none is named nearby.
_DOCUMENT_MISSION: Final = frozenset({"deployment", "withdrawal", "training", "presence", "air_strike"})
#: "mission" or "operation" right after an organisation's name ("the NATO mission").
_MISSION_AFTER: Final = re.compile(r"['’]?s?\s+(?:mission|operation)\b", re.IGNORECASE)


def event_mission(
    doc: Document,
    number: int,
    event_type: str,
    sub: str | None,
    date: TemporalExpression | None,
    place: Resolved,
) -> str | None:
    """The mission of an event of sentence ``number`` at ``place``.

    Named in the sentence; for deployments, training, withdrawals and presence also in the two sentences
    before or the one after; else the only mission whose area is the place (when the sentence speaks of
    a mission or operation); else the only mission the article names that was active at the date (not
    for strikes other than air strikes, and never a peacekeeping mission for an air strike); for other
    events but strikes, the only mission the article names when its area holds the place or its country.
    A mission whose active years miss the date is never used.
    """
    here = [m.name for m in doc.missions[number] if _active(doc, m.name, date)]
    if len(here) > 1:  # several missions: the nearest named before the place ("X, in A, and Y, in B")
        spot = place.toponym.start
        nearest = sorted(doc.missions[number], key=lambda m: (m.end > spot, abs(spot - m.end)))
        here = [m.name for m in nearest if _active(doc, m.name, date)]
    if here or (here := _owned(doc, number, date, place)):
        return here[0]
    if event_type in _DOCUMENT_MISSION and (implied := _owned(doc, number, date, place, named=False)):
        return implied[0]
    if event_type not in MILITARY:
        return _area_mission(doc, date, place) if event_type != "strike" else None
    for other in (number - 1, number - 2, number + 1) if event_type != "strike" else ():
        if 0 <= other < len(doc.sentences):
            near = [m.name for m in doc.missions[other] if _active(doc, m.name, date)]
            if near or (near := _owned(doc, other, date, place)):
                return near[-1] if other < number else near[0]
    if "mission" in doc.words(number) or "operation" in doc.words(number):
        by_area = [
            e.name
            for e in doc.missions_catalogue.entries
            if place.candidate.id in e.areas and _active(doc, e.name, date)
        ]
        if len(by_area) == 1:
            return by_area[0]
    if event_type not in _DOCUMENT_MISSION and sub not in _DOCUMENT_MISSION:
        return _area_mission(doc, date, place) if event_type != "strike" else None
    named = {name for name in doc.named_missions if _active(doc, name, date)}
    if sub == "air_strike":  # a peacekeeping mission flies no air strikes
        named = {n for n in named if doc.missions_catalogue.entry(n).kind != "peacekeeping"}
    return named.pop() if len(named) == 1 else None


def _area_mission(doc: Document, date: TemporalExpression | None, place: Resolved) -> str | None:
    """The only mission the article names (active at the date) when its area holds the place or the
    place's country: an attack on a base or a protest in a mission's area is part of its story."""
    named = {name for name in doc.named_missions if _active(doc, name, date)}
    if len(named) != 1:
        return None
    name = named.pop()
    areas = doc.missions_catalogue.entry(name).areas
    return name if place.candidate.id in areas or f"iso:{place.candidate.country}" in areas else None


def _owned(
    doc: Document, number: int, date: TemporalExpression | None, place: Resolved, *, named: bool = True
) -> list[str]:
    """The mission meant by "<organisation> mission" (or "operation") in sentence ``number``: the only
    active catalogue mission whose name holds the organisation's name and whose areas (if any) hold the
    place or its country ("the NATO mission" at a place in Iraq: NATO Mission Iraq).

    With ``named=False`` the organisation alone implies the mission (a deployment or presence "part of
    a NATO move" in Estonia in 2017: NATO Enhanced Forward Presence), and only a mission whose areas
    hold the place or its country counts: the catalogue's area and period say which one.
    """
    country = f"iso:{place.candidate.country}"
    for actor in doc.actors[number]:
        if named and _MISSION_AFTER.match(doc.text, actor.end) is None:
            continue
        if not named and not _organisation(doc, actor.name):
            continue  # a country ("Iraq") in a mission's name implies nothing
        owner = re.compile(rf"\b{re.escape(actor.name)}\b")
        found = [
            e
            for e in doc.missions_catalogue.entries
            if owner.search(e.name)
            and (not e.areas or place.candidate.id in e.areas or country in e.areas)
            and _active(doc, e.name, date)
        ]
        # a mission of the place's area outranks one without areas ("the NATO mission" in Iraq)
        local = [e.name for e in found if e.areas] or ([e.name for e in found] if named else [])
        if len(local) == 1:
            return local
    return []


def _organisation(doc: Document, name: str) -> bool:
    """Whether ``name`` is an organisation of the actor catalogue (NATO, the EU, the UN)."""
    try:
        return doc.actors_catalogue.entry(name).kind == "organisation"
    except InputError:  # a country or a demonym's country: not in the catalogue
        return False


def _active(doc: Document, mission: str, date: TemporalExpression | None) -> bool:
    if date is None:
        return True
    key = (mission, date.date_start, date.date_end)
    found = doc.active_cache.get(key)
    if found is None:
        found = doc.active_cache[key] = mission_active_at(doc.missions_catalogue, mission, date)
    return found
