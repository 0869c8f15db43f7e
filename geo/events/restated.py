"""A violent event told again as "this attack": it takes the means of the event it points back to.

News names an event by its means first ("a ballistic missile strike targeted the port of X on
Wednesday") and later points back to it in general words at a finer or other place of the story ("This
attack on the port of Y marks the third in four days"). A generic attack (no sub type) whose sentence
names it with a demonstrative or definite article ("this attack", "the attack", "that assault") and no
other means is that event: it takes the type and sub type of the latest violent event of a known means
told before it in the same country on the same date (ACLED types an event by its means), and its toll
when it states none (one toll for a strike told at several places: news_events' shared toll). An attack
by missiles without a state's means told in or after the sentence of a rocket attack of the same country
and date is that rocket attack told again (news calls the same Katyushas rockets and missiles: "rockets
were launched at X, with two missiles striking inside Y").
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

#: The generic event pointed back to: "this attack", "the attack", "that assault", "the latest attack",
#: "the second attack" (the one just told, counted among others).
_POINTED: Final = re.compile(
    r"\b(?:[Tt]his|[Tt]hat|[Tt]he)\s+(?:(?:latest|last|most\s+recent|second|third|fourth|fifth)\s+)?"
    r"(?:attack|assault)\b"
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
        # missiles of an attack without a state told with rockets of the same day: the same salvo
        missile = tag.sub_event_type == "missile"
        generic = tag.sub_event_type in GENERIC_ATTACK
        if not missile and (not generic or _POINTED.search(text, *tag.sentence) is None):
            continue
        country = tag.place.candidate.country
        earlier = [
            t
            for t in tags
            if t.event_type in _MEANS
            and t.sub_event_type is not None
            and (t.sentence[1] <= tag.sentence[0] or (missile and t.sentence[0] <= tag.sentence[0]))
            and t.place.candidate.country == country
            and t.date == tag.date
            and (not missile or t.event_type == "rocket_attack")
        ]
        if earlier and country is not None:
            source = max(earlier, key=lambda t: t.sentence[0])
            out[i] = retyped(tag, source.event_type, source.sub_event_type)
            if tag.fatalities is None and source.fatalities is not None:  # the one toll, shared
                out[i] = replace(out[i], fatalities=source.fatalities)
    return out
