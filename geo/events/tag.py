"""What the event tagger says about one place: :class:`EventTag`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from geo.model.fastinit import fast_init
from geo.model.spans import Resolved

if TYPE_CHECKING:
    from geo.temporal import TemporalExpression

__all__ = ["EventTag", "on_date"]


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


def on_date(tag: EventTag, when: TemporalExpression, *, source: str | None = None) -> EventTag:
    """``tag`` dated by the time expression ``when`` (its EDTF date, bounds and precision), read from
    ``source`` (``date_source``; the tag's own when None)."""
    return replace(
        tag,
        date=when.edtf,
        date_start=when.date_start,
        date_end=when.date_end,
        time_precision=when.precision,
        date_source=tag.date_source if source is None else source,
    )
