"""An event told on two coordinated days: two events of its place ("struck X on Monday and again on
Wednesday", "rockets hit X on 3 May and on 9 May").

The tagger dates an event by one time expression; two of them joined by "and" (or "and again", "and
also") in the event's sentence, the one the tag took and another, tell the same act done twice, and
the news_events convention counts two attacks at one place on different days as two events. Only
violent events and protests are repeated so (an act done on a day); a movement of forces over two days
("deployed on Monday and Tuesday") is one deployment.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from geo.events.document import Document
from geo.events.merge import OCCURRENCES
from geo.events.tag import EventTag
from geo.events.when import told

__all__ = ["repeated_tags"]

#: Between two coordinated time expressions: "and", "and again", "and also", after an optional comma.
_AND: Final = re.compile(r"\s*,?\s*and\s+(?:again\s+|also\s+|then\s+)?")


#: Before or at the start of a first time expression that opens a span with the second.
_SPAN: Final = re.compile(r"\b(?:[Bb]etween|[Ff]rom|[Oo]vernight)\b")


def repeated_tags(doc: Document, tags: Sequence[EventTag]) -> list[EventTag]:
    """The second event of each tag dated by one of two coordinated time expressions of its sentence.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The tags read so far.

    Returns
    -------
    list[EventTag]
        One new tag per coordinated other date, the same event on that date.
    """
    out: list[EventTag] = []
    text = doc.text
    for tag in tags:
        if tag.event_type not in OCCURRENCES or tag.date_source != "sentence" or tag.date is None:
            continue
        number = doc.index(tag.sentence[0])
        dates = [d for d in told(doc, number) if d.precision == "day"]
        for first, second in itertools.pairwise(dates):
            if _AND.fullmatch(text, first.end, second.start) is None or first.edtf == second.edtf:
                continue
            if _SPAN.search(text, max(0, first.start - 12), first.start + 8):
                continue  # "between Monday and Tuesday", "from 3 to 9 May": one span, not two days
            other = second if tag.date == first.edtf else first if tag.date == second.edtf else None
            if other is not None:
                out.append(
                    replace(
                        tag,
                        date=other.edtf,
                        date_start=other.date_start,
                        date_end=other.date_end,
                        time_precision=other.precision,
                        fatalities=None,
                    )
                )
    return out
