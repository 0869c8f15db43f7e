"""Places named as examples or the main part of what the clause before them names ("struck four provinces,
including X"; "troops in X, mostly in A and B"): they belong to that clause (:mod:`geo.events.sites`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.model.spans import Resolved

__all__ = ["included"]

#: Before a name: a comma and "including" or "such as" (and an article), which add the name to what the
#: clause before the comma names ("strikes on four provinces, including X"); or a comma, a word of "for
#: the most part" (or "most of them") and a preposition of place, which narrow where the clause before the
#: comma is ("troops in X, mostly in A and B"; "stationed in X, most of them at Camp Y") (ment33).
_INCLUDING: Final = re.compile(
    r",\s*(?:including|such\s+as"
    r"|(?:(?:mostly|mainly|largely|chiefly|primarily|principally|predominantly)"
    r"|(?:most|many|some|all|the\s+bulk|the\s+majority)\s+of\s+them)\s+(?:in|at|on|near|around))"
    r"\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def included(text: str, group: Sequence[Resolved]) -> dict[int, int]:
    """The places (not countries) named as examples of what the clause before them names ("struck four
    provinces, including X"), or as where most of it is ("in X, mostly in Y"): by the place's start, an
    offset inside that clause (the character before the comma), where the place belongs; it is locative
    like the places it exemplifies.

    Parameters
    ----------
    text
        The article text.
    group
        The places of one sentence, in text order.

    Returns
    -------
    dict[int, int]
        By the start of each such place, an offset inside the clause it belongs to.
    """
    out: dict[int, int] = {}
    for place in group:
        start = place.toponym.start
        found = _INCLUDING.search(text, max(0, start - 30), start)
        if found is not None and place.candidate.feature_class != "country":
            out[start] = max(0, found.start() - 1)
    return out
