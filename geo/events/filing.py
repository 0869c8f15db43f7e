"""Dates of a dateline: the day a story was filed, not the day its events happened.

A dateline opens a line with the place of filing, its date and often the agency, before the story
("CITY, July 13: ...", "CITY, Dec. 22 (Agency) -- ..."): the news style-guide meaning of a dateline. Its
date says when the report was written, like a date after a verb of saying, so it dates no event of the
story (its events happened that day or before, which the story itself tells).
"""

from __future__ import annotations

import re
from typing import Final

from geo.temporal import TemporalExpression

__all__ = ["in_dateline"]

#: What opens the line before a dateline's date: a capitalised place of one to four words and a comma.
_HEAD: Final = re.compile(r"[ \t]*[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3},[ \t]+")
#: What closes a dateline after its date: an agency in brackets and/or a colon or a dash, or an agency
#: between slashes ("CITY, May 2. /Agency/.", the style of some wire services).
_TAIL: Final = re.compile(r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?::|[–—]|--?)[ \t]|\.?[ \t]*/[^/\n]{1,40}/")


def in_dateline(text: str, date: TemporalExpression) -> bool:
    """Whether ``date`` is the date of a dateline ("CITY, July 13:", "CITY, Dec. 22 (Agency) --", "CITY,
    May 2. /Agency/.")."""
    head = text[text.rfind("\n", 0, date.start) + 1 : date.start]
    return _HEAD.fullmatch(head) is not None and _TAIL.match(text, date.end) is not None
