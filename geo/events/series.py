"""A series of events told in the present perfect after a time: from that time to publication.

"Militias have intensified their attacks on bases following the events of 7 October": the attacks are a
series going on from 7 October up to the report (the present perfect speaks of a period up to now, the
"following"/"after" phrase gives its start), not one event on 7 October. Only a plural event noun ("attacks",
"strikes") is a series: "a soldier has been killed after an attack on Monday" is one event on Monday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from geo.events.cues import Cue
from geo.temporal import TemporalExpression

__all__ = ["series_since"]

#: A present perfect auxiliary up to three words before the cue in its clause ("have intensified their").
_PERFECT: Final = re.compile(r"\b(?:has|have)(?:\s+[\w'’-]+){1,3}\s+\Z", re.IGNORECASE)
#: "following" or "after" up to four words before the time ("following the events of").
_AFTER: Final = re.compile(r"\b(?:following|after)\s+(?:[\w'’-]+\s+){0,4}\Z", re.IGNORECASE)
#: A plural noun: the cue's last word ends in "s" (not "ss": "mass").
_PLURAL: Final = re.compile(r"[a-z]*[^s\W]s\Z", re.IGNORECASE)


def series_since(
    text: str, chosen: TemporalExpression, cue: Cue, publication: TemporalExpression | None
) -> TemporalExpression:
    """``chosen`` as the start of a series up to ``publication`` when the plural cue is told in the present
    perfect and the time follows it after "following"/"after" (see the module docstring); else ``chosen``.
    """
    if (
        publication is None
        or publication.date_end is None
        or "/" in publication.edtf
        or "/" in chosen.edtf
        or chosen.date_start is None
        or chosen.date_end is None
        or chosen.date_end >= publication.date_end
        or chosen.start < cue.end
        or _PLURAL.search(text, cue.start, cue.end) is None
    ):
        return chosen
    window = text[max(0, cue.start - 60) : cue.start]
    if any(mark in window for mark in ".;:!?") or _PERFECT.search(window) is None:
        return chosen
    between = text[cue.end : chosen.start]
    if (
        any(mark in between for mark in ".;:!?")
        or _AFTER.search(text, max(0, chosen.start - 50), chosen.start) is None
    ):
        return chosen
    return replace(
        chosen,
        edtf=f"{chosen.edtf}/{publication.edtf}",
        date_end=publication.date_end,
        precision="range",
        relative=True,
    )
