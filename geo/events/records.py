"""Incident-record titles: a date heading, a record code and an address tell where one incident happened.

Incident logs (casualty monitors, civilian-harm trackers) title each record with the day it happened, a
bracketed record code and the address of the site, from the finest place to the country: "May 3rd 2017:
(K123) Hilltop village, Northern province, Freedonia". Such a title names no event word, yet each record
is one incident at that address. A text that is such a title and nothing else (one line, no event read
from it) is an event at the places its address lists: the finest ones (towns, villages, sites), or the
region when it lists no finer place; countries only close the address. The type is the generic violent
one, ``attack`` (the title does not say by what means).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.events.continued import Builder
from geo.events.cues import Cue
from geo.events.document import Document
from geo.events.tag import EventTag
from geo.model.spans import Resolved
from geo.temporal._patterns import MONTHS

__all__ = ["record_tags"]

#: Month names in full (not their abbreviations: "Mar", "Jun" may be words or names).
_MONTH: Final = "|".join(m for m in MONTHS if len(m) > 4 or m in {"may", "june", "july"})
_DAY: Final = r"\d{1,2}(?:st|nd|rd|th)?"
#: The heading: a day of a month (or a span of days), the year optional, then a colon.
_HEADING: Final = re.compile(
    rf"\s*(?:(?:around|about|on|circa)\s+)?(?:{_MONTH})\s+{_DAY}(?:\s*(?:-|–|/|or|and)\s*{_DAY})?,?"
    rf"(?:\s+\d{{4}})?\s*:",
    re.IGNORECASE,
)
#: The bracketed record code before the address's first comma: one to three capital letters, digits, and
#: a lower-case letter for a split record ("(K123)", "(K123a)").
_CODE: Final = re.compile(r"\([A-Z]{1,3}\d{1,6}[a-z]?\)")
#: Feature classes that only close an address (the finest place named before them is the site).
_CLOSING: Final = frozenset({"country"})
_AREAS: Final = frozenset({"admin_region", "region"})


def record_title(text: str) -> tuple[int, int] | None:
    """The span of the heading of ``text`` when the whole text is an incident-record title, else None.

    The text must open with the heading (a date and a colon), name a bracketed record code before the
    first comma of what follows, hold one line, no full stop ending a sentence and at least one comma (an
    address lists several levels). The span runs from the date to the end of the code.
    """
    match = _HEADING.match(text)
    if match is None:
        return None
    body = text[match.end() :].strip().rstrip(".")
    if not body or "\n" in body or "," not in body or re.search(r"[.!?](?:\s|$)", body):
        return None
    code = _CODE.search(text, match.end(), text.index(",", match.end()))
    return None if code is None else (match.start(), code.end())


def record_tags(
    doc: Document,
    tags: Sequence[EventTag],
    spots: Sequence[Resolved],
    physical: frozenset[str],
    *,
    build: Builder,
) -> list[EventTag]:
    """The incident of a text that is an incident-record title, at the places of its address.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The event tags read so far: any physical one means the text tells its event itself.
    spots
        Every place mention of the document.
    physical
        Event types that happen at a place.
    build
        Makes the tag of one event (the tagger's).

    Returns
    -------
    list[EventTag]
        One ``attack`` per place of the address (the finest ones, else its regions), or none when the text
        is no such title, already tells an event, or its address ends with no country.
    """
    heading = record_title(doc.text)
    if heading is None or any(tag.event_type in physical for tag in tags) or not spots:
        return []
    listed = [p for p in spots if p.toponym.start >= heading[1]]
    if not listed or listed[-1].candidate.feature_class not in _CLOSING:
        return []  # an address ends with its country
    if doc.text[listed[-1].toponym.end :].strip(" .,;"):
        return []
    country = listed[-1].candidate.country  # a place resolved outside it is no place of this address
    sites = [
        p for p in listed if p.candidate.feature_class not in _CLOSING and p.candidate.country == country
    ]
    finest = [p for p in sites if p.candidate.feature_class not in _AREAS] or sites
    cue = Cue(heading[0], heading[1], "attack", None, 3)
    out: list[EventTag] = []
    seen: set[str] = set()
    for place in finest:
        if place.candidate.id not in seen:
            seen.add(place.candidate.id)
            out.append(build(doc, doc.index(place.toponym.start), place, cue, "attack", None))
    return out
