"""Sentences of history: "the battle was fought in 1066", "pirates raided the coast in the 17th century".

A sentence that dates what it tells by a year before 1900 or by a century, and names no later year and no
time of the news (a weekday, "yesterday", "this week", "last month"), tells history: no military mission
of the news this project reads is that old, so its cues tell no event (its places stay mentions). The
dates module takes no such year as a date, so without this the event took the news lag of the report.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["historical"]

#: A year before 1900 after a preposition of time and before the end of a clause or an era ("in 1066.",
#: "since 1815,", "in 793 AD"; not a count: "of 500 troops"), or a century ("the 17th century").
_OLD: Final = re.compile(
    r"\b(?:in|since|of|from|until|around|circa)\s+(?:[1-9]\d{2}|1[0-8]\d{2})"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:AD|BC|BCE|CE|and|when|to|under)\b)"
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)[\s-]+century\b",
    re.IGNORECASE,
)
#: What every old year of :data:`_OLD` is: a year before 1900 after a blank, with no digit after it.
_OLD_YEAR: Final = re.compile(r"\s(?:[1-9]\d{2}|1[0-8]\d{2})(?!\d)")
#: The age of a thing named beside the news ("a town founded in 1750", "a mosque built in the 12th
#: century"): no history told.
_BUILT: Final = re.compile(
    r"\b(?:founded|built|established|erected|constructed|dating|dates|dated|opened)\b", re.IGNORECASE
)
#: A year since 1900 or a time word of the news: the sentence may tell news beside its history.
_RECENT: Final = re.compile(
    r"\b(?:19\d{2}|2\d{3})\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
    r"|tonight|overnight|this\s+(?:week|month|year|morning)|last\s+(?:week|month|year|night))\b",
    re.IGNORECASE,
)


def historical(sentence: str) -> bool:
    """Whether ``sentence`` dates what it tells by a year before 1900 or a century and names no later
    year and no time of the news.

    Examples
    --------
    >>> historical("The battle of X was fought in 1066.")
    True
    >>> historical("Rebels attacked X on Monday, a town founded in 1750.")
    False
    >>> historical("Rebels attacked X, a town founded in 1750.")
    False
    """
    if "century" not in sentence.lower() and _OLD_YEAR.search(sentence) is None:
        return False  # no year before 1900 and no century: nothing old (cheap, the same answer)
    if _RECENT.search(sentence) is not None:
        return False
    return any(
        _BUILT.search(sentence, max(0, m.start() - 30), m.start()) is None for m in _OLD.finditer(sentence)
    )
