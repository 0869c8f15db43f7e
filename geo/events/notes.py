"""Short event descriptions built from the tags (our own words, never text copied from the article)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from geo.events.tag import EventTag

__all__ = ["describe", "describe_event", "described", "retyped"]

_LABELS: Final[dict[str, str]] = {
    "deployment": "deployment",
    "withdrawal": "withdrawal",
    "training": "training",
    "strike": "strike",
    "rocket_attack": "rocket attack",
    "attack": "attack",
    "abduction": "abduction",
    "protest": "protest",
    "political": "political development",
    "presence": "military presence",
    "mention": "place named",
}


def describe(tag: EventTag) -> str:
    """One line such as "drone strike reported at Baghdad International Airport by United States"."""
    return describe_event(
        tag.place.candidate.name,
        tag.event_type,
        tag.sub_event_type,
        actors=tag.actors,
        mission=tag.mission,
        troops=tag.troops,
        fatalities=tag.fatalities,
        date_source=tag.date_source,
    )


def described(tag: EventTag) -> EventTag:
    """``tag`` with its notes told anew from its own fields (:func:`describe`), after a change of them."""
    return replace(tag, notes=describe(tag))


def retyped(tag: EventTag, event_type: str, sub_event_type: str | None) -> EventTag:
    """``tag`` with another type and sub type, its notes told anew (:func:`described`)."""
    return described(replace(tag, event_type=event_type, sub_event_type=sub_event_type))


def describe_event(
    place: str,
    event_type: str,
    sub_event_type: str | None,
    *,
    actors: tuple[str, ...] = (),
    mission: str | None = None,
    troops: int | None = None,
    fatalities: int | None = None,
    date_source: str = "none",
) -> str:
    """:func:`describe` from the fields of a tag (``place`` is the gazetteer name), before the tag exists."""
    if event_type == "mention":
        return f"{place} is named without an event there."
    label = _LABELS[event_type]
    if sub_event_type:
        label += f" ({sub_event_type.replace('_', ' ')})"
    parts = [f"{label[0].upper()}{label[1:]} reported at {place}"]
    if actors:
        parts.append(f"actors: {', '.join(actors)}")
    if mission:
        parts.append(f"mission: {mission}")
    if troops is not None:
        parts.append(f"{troops} troops")
    if fatalities is not None:
        parts.append(f"{fatalities} killed")
    if date_source == "publication":
        parts.append("undated, publication date used")
    elif date_source == "neighbour":
        parts.append("dated from a neighbouring sentence")
    return "; ".join(parts) + "."
