"""Dates of a dateline: the day a story was filed, not the day its events happened.

A dateline opens a line with the place of filing, its date and often the agency, before the story
("CITY, July 13: ...", "CITY, Dec. 22 (Agency) -- ..."): the news style-guide meaning of a dateline. Its
date says when the report was written, like a date after a verb of saying, so it dates no event of the
story (its events happened that day or before, which the story itself tells).
"""

from __future__ import annotations

import datetime
import re
from typing import Final

from geo.temporal import TemporalExpression
from geo.temporal._patterns import MONTHS

__all__ = ["filed_day", "in_dateline"]

#: One capitalised place name of one to four words.
_PLACE: Final = r"[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}"
#: What opens the line before a dateline's date: a place and a comma; or the places of a story filed from
#: two or three cities at once, joined by slashes ("CAIRO/GENEVA, ..."); either may be followed by its
#: country or region and a comma ("QUETTA, Pakistan, ...", "ERBIL, Kurdistan Region, ..."), as wire
#: services write a city abroad.
_HEAD: Final = re.compile(rf"[ \t]*{_PLACE}(?:/{_PLACE}){{0,2}},[ \t]+(?:{_PLACE},[ \t]+)?")
#: What closes a dateline after its date: an agency in brackets and/or a colon or a dash, or an agency
#: between slashes ("CITY, May 2. /Agency/.", the style of some wire services).
_TAIL: Final = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?::|[–—]|--?)[ \t]|\.?[ \t]*/[^/\n]{1,40}/")


def in_dateline(text: str, date: TemporalExpression) -> bool:
    """Whether ``date`` is the date of a dateline ("CITY, July 13:", "CITY, Dec. 22 (Agency) --", "CITY,
    May 2. /Agency/.")."""
    head = text[text.rfind("\n", 0, date.start) + 1 : date.start]
    return _HEAD.fullmatch(head) is not None and _TAIL.match(text, date.end) is not None


#: The date of a dateline right after its place: "March 3", "Dec. 22", "3 March", with a year or not.
_FILED: Final = re.compile(
    r"(?:(?P<m1>[A-Z][a-z]{2,8})\.?[ \t]+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})[ \t]+(?P<m2>[A-Z][a-z]{2,8}))"
    r"(?:,?[ \t]+(?P<y>(?:19|20)\d\d))?"
)
#: How many characters of the story's opening a dateline may start within (a headline and a byline first).
_OPENING: Final = 600
#: How long before publication the dateline's day may be (a story filed, then published or crawled later).
_LAG_DAYS: Final = 60


def filed_day(text: str, published: str | None) -> str | None:
    """The day a story was filed by its dateline ("GAO, March 3 (Reuters) -", "NIAMEY, Dec. 22 (Agency)
    --"), as ISO, when it falls before the publication day (``published``, ISO or EDTF) by at most
    :data:`_LAG_DAYS` days or on the day after it (time zones); None otherwise. The story's own "on
    Sunday", "yesterday", "overnight" count back from that day, not from a later publication."""
    if not published or len(published) < 4 or not published[:4].isdigit():
        return None
    start = 0
    while start < min(len(text), _OPENING):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        head = _HEAD.match(text, start, end)
        date = _FILED.match(text, head.end(), end) if head is not None else None
        if date is not None and _TAIL.match(text, date.end()) is not None:
            return _day(date, published)
        start = end + 1
    return None


def _day(date: re.Match[str], published: str) -> str | None:
    """The ISO day of a dateline's date match, its year taken from ``published`` when it names none (the
    year before when the day would fall after publication: "Dec. 31" filed for a January publication)."""
    month = MONTHS.get((date["m1"] or date["m2"]).lower())
    if month is None:
        return None
    day, year = int(date["d1"] or date["d2"]), int(date["y"] or published[:4])
    latest = _latest(published)
    try:
        found = datetime.date(year, month, day)
        if date["y"] is None and found > latest + datetime.timedelta(days=1):
            found = datetime.date(year - 1, month, day)
    except ValueError:
        return None  # no such day ("Feb. 30")
    if not latest - datetime.timedelta(days=_LAG_DAYS) <= found <= latest + datetime.timedelta(days=1):
        return None
    return found.isoformat()


def _latest(published: str) -> datetime.date:
    """The last day ``published`` (``2024-03-14``, ``2024-03``, ``2024``) may mean."""
    parts = [int(p) for p in published[:10].split("-") if p.isdigit()]
    if len(parts) >= 3:
        return datetime.date(parts[0], parts[1], parts[2])
    if len(parts) == 2:
        following = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return following - datetime.timedelta(days=1)
    return datetime.date(parts[0], 12, 31)
