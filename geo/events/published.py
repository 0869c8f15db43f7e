"""Dates anchored on the publication date: the publication date as an expression, an open start held from
publication, the day or two a report lags a violent event, violence told as going on at the time of
writing (a running toll, a verb of going on), and the day the story's lead tells."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from geo.events.numbers import parse_number
from geo.temporal import TemporalExpression, parse_published

if TYPE_CHECKING:
    from geo.events.sentences import Sentence

__all__ = [
    "ANNIVERSARY",
    "counted_back",
    "going_on",
    "lead_day",
    "news_lag",
    "open_start_from",
    "publication_date",
    "running_toll",
]

#: The sub type of a cue of an anniversary ("the battlegroup turns six", "marked ten years of existence",
#: ``events_cues``): the deployment it counts from, dated by counting back from the report.
ANNIVERSARY: Final = "anniversary"


def publication_date(published: str | None) -> TemporalExpression | None:
    """The publication date as an expression at its precision (an interval one, ``2024-07/2025``,
    whole), or None without one."""
    anchor = parse_published(published)
    if anchor is None:
        return None
    first, last = anchor.first.isoformat(), anchor.last.isoformat()
    return TemporalExpression(0, 0, "", anchor.edtf, first, last, anchor.precision)


def open_start_from(chosen: TemporalExpression, publication: TemporalExpression | None) -> TemporalExpression:
    """An event dated only by an end after publication ("will stay until January 31, 2026",
    ``../2026-01-31``) holds from publication to that end: the text tells a state or plan going on at
    publication, not one that began at an unknown time. An end on or before publication stays open."""
    if (
        chosen.date_start is not None
        or chosen.date_end is None
        or publication is None
        or publication.date_start is None
        or publication.date_end is None
        or "/" in publication.edtf
        or chosen.date_end <= publication.date_end
    ):
        return chosen
    hi = chosen.edtf.split("/")[1]
    return replace(
        chosen, edtf=f"{publication.edtf}/{hi}", date_start=publication.date_start, precision="range"
    )


def news_lag(publication: TemporalExpression) -> TemporalExpression:
    """The time of a violent event a report tells without a date: the publication day or the day before
    (news of an attack comes out the day it happens or the next: ``2024-02-02/2024-02-03`` for a report
    of 3 February). A publication month or year stays as it is."""
    if publication.precision != "day" or publication.date_start is None:
        return publication
    before = (date.fromisoformat(publication.date_start) - timedelta(days=1)).isoformat()
    return replace(publication, edtf=f"{before}/{publication.edtf}", date_start=before, precision="range")


#: A running toll: deaths told in the present perfect ("has killed 109", "have lost their lives", "has left
#: 40 people dead", a toll or number of the dead that "has risen" or "now stands at"), a count up to the
#: time of writing, not the incident of the last day.
_RUNNING: Final = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|so\s+far\s+|already\s+)?(?:been\s+killed|killed|claimed|lost\s+their\s+lives|died"
    r"|left\s+(?:[\w,'’-]+\s+){1,4}?dead)\b"
    r"|\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims))\b[^.;]{0,60}?"
    r"\b(?:(?:has|have)\s+(?:now\s+)?(?:been|risen|climbed|reached|grown|increased)|(?:now\s+)?stands\s+at)\b",
    re.IGNORECASE,
)


def running_toll(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` of ``text`` tells a running toll (:data:`_RUNNING`): dated by the publication
    day, apart from the incident of the day."""
    return _RUNNING.search(text, sentence.start, sentence.end) is not None


#: Right before a verb of violence told as going on at the time of writing: the present progressive ("tanks
#: are shelling", "drones are still hunting", "they're raiding": an auxiliary before a verb in -ing), its
#: perfect ("have been shelling"), "keep(s) (on)" before a verb in -ing, or "continue(s) to" ("troops
#: continue to raid", "are continuing to raid"); English grammar: the progressive aspect of the present
#: tense and the aspectual verbs "continue" and "keep".
_PROGRESSIVE: Final = re.compile(
    r"(?:\b(?:is|are|keeps?|keeps?\s+on|ha(?:s|ve)\s+been)|\w['’]re)\s+(?:(?:still|now|again|currently|also)\s+)?\Z",
    re.IGNORECASE,
)
_CONTINUE: Final = re.compile(r"\b(?:continu(?:es?|ing)|keeps?\s+trying)\s+to\s+\Z", re.IGNORECASE)
_ING: Final = re.compile(r"[^\W\d_]+ing\b")
#: How far before the cue (characters) the auxiliary may start.
_GOING_ON_REACH: Final = 24


def going_on(text: str, cue_start: int) -> bool:
    """Whether the verb at ``cue_start`` is told as going on now: "are shelling", "continue to raid"
    (:data:`_PROGRESSIVE`, :data:`_CONTINUE`). Such violence is dated by the publication day, not the day
    before it too (the news lag of an incident reported the next day): it is what the report says is
    happening as it is written."""
    low = max(0, cue_start - _GOING_ON_REACH)
    if _CONTINUE.search(text, low, cue_start) is not None:
        return True
    return _PROGRESSIVE.search(text, low, cue_start) is not None and _ING.match(text, cue_start) is not None


#: The count of years in an anniversary cue: digits ("10th"), a number word ("six") or an ordinal word.
_YEARS: Final = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th)?\b|\b([a-z]+(?:-[a-z]+)?)\s+(?:years?|anniversary)\b|\s([a-z]+)\Z"
)
_ORDINALS: Final = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
    "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}  # fmt: skip


def counted_back(
    text: str, start: int, end: int, publication: TemporalExpression | None
) -> TemporalExpression | None:
    """The year an anniversary cue at ``text[start:end]`` counts from ("turns six" in a report of 2023:
    2017): the publication year less the years it names; None without a publication year or a count."""
    if publication is None or publication.date_end is None:
        return None
    found = _YEARS.search(text, start, end)
    if found is None:
        return None
    digits, word, last = found.groups()
    years = int(digits) if digits else _ORDINALS.get(word or last or "") or parse_number(word or last or "")
    if not years:
        return None
    year = int(publication.date_end[:4]) - years
    return TemporalExpression(
        start, end, text[start:end], f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31", "year"
    )


def lead_day(
    publication: TemporalExpression | None, told: Iterable[Sequence[TemporalExpression]]
) -> TemporalExpression | None:
    """The day the story's lead tells: the first date of the first sentence that has one (``told``: each
    sentence's dates that may date another's event), when it is a day or two within a week before a
    day-precise publication date; else None. A first date over a year before publication (a photo
    caption, a background line) is passed over for the next sentence's."""
    if publication is None or publication.precision != "day" or publication.date_end is None:
        return None
    last = date.fromisoformat(publication.date_end)
    for usable in told:
        if usable:
            first = usable[0]
            if first.date_start is None or first.date_end is None:
                return None
            start, end = date.fromisoformat(first.date_start), date.fromisoformat(first.date_end)
            if (last - end).days > _OLD_DAYS:
                continue
            return first if (end - start).days <= 1 and 0 <= (last - end).days <= 7 else None
    return None


#: How many days before publication a lead's first date may end (older ones tell background).
_OLD_DAYS: Final = 365


#: A force a subject holds now, with the participle that places it: "X has about 900 troops deployed in
#: Y", "keeps some 2,000 soldiers stationed at Z" (have/keep + a count + a participle of posture).
_HELD: Final = re.compile(
    r"\b(?:has|have|keeps?|maintains?)\s+(?:(?:about|some|around|nearly|roughly|over|up\s+to|more\s+than)\s+)?"
    r"(?:\d[\d,.]*|several|hundreds|thousands|dozens)\b[^.;:!?]{0,80}\Z",
    re.IGNORECASE,
)
_POSTURE: Final = re.compile(r"(?:deployed|stationed|based|posted|positioned)\b", re.IGNORECASE)


def held_now(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the cue at ``cue_start`` is the participle of a force its subject holds now ("has 10,000
    troops deployed between X and Y", :data:`_HELD`): a state as the report is written, dated by the
    publication day rather than by a neighbouring sentence's event."""
    if _POSTURE.match(text, cue_start) is None:
        return False
    return _HELD.search(text[sentence_start:cue_start]) is not None
