"""Short event descriptions built from the tags (our own words, never text copied from the article)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from geo.events.tagger import EventTag

__all__ = ["describe"]

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
    if tag.event_type == "mention":
        return f"{tag.place.candidate.name} is named without an event there."
    label = _LABELS[tag.event_type]
    if tag.sub_event_type:
        label += f" ({tag.sub_event_type.replace('_', ' ')})"
    parts = [f"{label[0].upper()}{label[1:]} reported at {tag.place.candidate.name}"]
    if tag.actors:
        parts.append(f"actors: {', '.join(tag.actors)}")
    if tag.mission:
        parts.append(f"mission: {tag.mission}")
    if tag.troops is not None:
        parts.append(f"{tag.troops} troops")
    if tag.fatalities is not None:
        parts.append(f"{tag.fatalities} killed")
    if tag.date_source == "publication":
        parts.append("undated, publication date used")
    elif tag.date_source == "neighbour":
        parts.append("dated from a neighbouring sentence")
    return "; ".join(parts) + "."
