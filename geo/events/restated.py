"""A violent event told again as "this attack": it takes the means of the event it points back to.

News names an event by its means first ("a ballistic missile strike targeted the port of X on
Wednesday") and later points back to it in general words at a finer or other place of the story ("This
attack on the port of Y marks the third in four days"). A generic attack (no sub type) whose sentence
names it with a demonstrative or definite article ("this attack", "the attack", "that assault") and no
other means is that event: it takes the type and sub type of the latest violent event of a known means
told before it in the same country on the same date (ACLED types an event by its means), and its toll
when it states none (one toll for a strike told at several places: news_events' shared toll).

Rockets are named again as missiles the same way ("Rockets hit X on Tuesday ... the first missile hit
the car park of Y"): a missile attack that names no actor and no time of its own, pointed back to with
an article or ordinal ("the first missile", "the missiles"), is the rocket attack told before it in the
same country on the same date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.events.merge import GENERIC_ATTACK
from geo.events.notes import retyped
from geo.events.tag import EventTag

__all__ = ["means_of_restated"]

#: The generic event pointed back to: "this attack", "the attack", "that assault".
_POINTED: Final = re.compile(r"\b(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:attack|assault)\b")
#: A projectile pointed back to: "the missile", "the first missile", "these missiles".
_POINTED_MISSILE: Final = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Tt]he)\s+(?:(?:first|second|third|last|other|two|three)\s+)?missiles?\b"
)
#: Types of violence of a known means a restated attack may take.
_MEANS: Final = frozenset({"strike", "rocket_attack"})


def means_of_restated(text: str, tags: Sequence[EventTag]) -> list[EventTag]:
    """``tags`` with each generic attack told as "this attack" retyped by the event it points back to.

    Parameters
    ----------
    text
        The article text.
    tags
        Event tags, in the order the tagger read them.

    Returns
    -------
    list[EventTag]
        The same tags; a generic attack whose sentence points back with "this/the attack" and that
        follows a strike or rocket attack of the same country and date takes that one's type and sub
        type.
    """
    out = list(tags)
    for i, tag in enumerate(tags):
        if tag.event_type != "attack" or tag.date is None:
            continue
        if tag.sub_event_type == "missile" and tag.date_source != "sentence" and not tag.actors:
            # "Rockets hit X on Tuesday. The first missile hit ...": the rockets just told, named again
            if _POINTED_MISSILE.search(text, *tag.sentence) is not None:
                out[i] = _rockets_before(tags, tag) or tag
            continue
        if tag.sub_event_type not in GENERIC_ATTACK or _POINTED.search(text, *tag.sentence) is None:
            continue
        country = tag.place.candidate.country
        earlier = [
            t
            for t in tags
            if t.event_type in _MEANS
            and t.sub_event_type is not None
            and t.sentence[1] <= tag.sentence[0]
            and t.place.candidate.country == country
            and t.date == tag.date
        ]
        if earlier and country is not None:
            source = max(earlier, key=lambda t: t.sentence[0])
            out[i] = retyped(tag, source.event_type, source.sub_event_type)
            if tag.fatalities is None and source.fatalities is not None:  # the one toll, shared
                out[i] = replace(out[i], fatalities=source.fatalities)
    return out


def _rockets_before(tags: Sequence[EventTag], tag: EventTag) -> EventTag | None:
    """``tag`` retyped as the rocket attack told before it in its country on its date, if there is one."""
    country = tag.place.candidate.country
    earlier = [
        t
        for t in tags
        if t.event_type == "rocket_attack"
        and t.sentence[1] <= tag.sentence[0]
        and t.place.candidate.country == country
        and t.date == tag.date
    ]
    if not earlier or country is None:
        return None
    source = max(earlier, key=lambda t: t.sentence[0])
    return retyped(tag, source.event_type, source.sub_event_type)
