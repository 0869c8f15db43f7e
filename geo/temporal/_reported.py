"""Day words counted back from the day of the report in their sentence ("drones hit X overnight, the
governor said on Wednesday": the night before Wednesday, whatever the publication day).

News style tells the day of a statement after the verb of saying ("said on Wednesday", "told reporters
Tuesday"); a day word of the same sentence ("overnight", "yesterday", "last night", "today") is relative
to that day. It differs from the publication day when the story was published or dated later.
"""

from __future__ import annotations

import datetime
import re
from typing import Final

from geo.temporal._calendar import Anchor
from geo.temporal._resolve import Item

__all__ = ["from_report_day"]

#: A verb of saying right before the day of the report: "said (on)", "told reporters (on)", "reported on".
_REPORT: Final = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}|reported|announced|added|stated)\s+(?:on\s+|late\s+on\s+)?\Z",
    re.IGNORECASE,
)
#: A weekday alone (the day of the report), with "on" or not.
_WEEKDAY: Final = re.compile(
    r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.IGNORECASE
)
#: What ends a sentence between the day word and the report.
_END: Final = re.compile(r"[.!?;\n]")


def from_report_day(text: str, items: list[Item], anchor: Anchor | None) -> None:
    """Move each day word ("overnight", "yesterday", "last night", "today", "tonight") of ``items`` by the
    days its sentence's report day ("..., the governor said on Wednesday") lies before the publication day
    (``anchor``, a day), in place; a report day after publication or more than a week before it moves
    nothing."""
    if anchor is None or anchor.granularity != "day":
        return
    for index, item in enumerate(items):
        if item.kind != "dayword" or len(item.lo) != 10 or len(item.hi) != 10:
            continue
        for report in items[index + 1 :]:
            if _END.search(text, item.end, report.start):
                break
            if (
                report.kind == "wday"
                and report.lo == report.hi
                and _WEEKDAY.fullmatch(text, report.start, report.end)
                and _REPORT.search(text, max(0, report.start - 40), report.start)
            ):
                delta = (datetime.date.fromisoformat(report.lo) - anchor.last).days
                if -7 < delta < 0:
                    item.lo, item.hi = _moved(item.lo, delta), _moved(item.hi, delta)
                break


def _moved(day: str, delta: int) -> str:
    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=delta)).isoformat()
