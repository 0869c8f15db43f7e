"""What the event tagger says about one place: :class:`EventTag`."""

from __future__ import annotations

from dataclasses import dataclass

from geo.model.fastinit import fast_init
from geo.model.spans import Resolved

__all__ = ["EventTag"]


@fast_init
@dataclass(frozen=True, slots=True)
class EventTag:
    """What happened at one place according to one sentence (or, for ``mention``, the whole text).

    See ``docs/events.md`` for how each field is derived.
    """

    place: Resolved
    name: str
    event_type: str
    sub_event_type: str | None
    mission: str | None
    actors: tuple[str, ...]
    troops: int | None
    fatalities: int | None
    date: str | None
    date_start: str | None
    date_end: str | None
    time_precision: str | None
    date_source: str
    confidence: float
    mentions: tuple[tuple[int, int], ...]
    sentence: tuple[int, int]
    notes: str
