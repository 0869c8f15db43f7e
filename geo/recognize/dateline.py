"""Datelines at a paragraph start: "THE HAGUE, Netherlands (CN) –", "BAGHDAD (Reuters) -", "Erbil, Iraq —",
"DUBAI, May 2. /TASS/.", "BRUSSELS, Aug. 16 (UPI) --", "JUBA, 29 May 2023 -".

A dateline names where the article was filed from, not where its events happened: its toponyms carry
``role="dateline"`` (:class:`geo.model.spans.Toponym`), which the event tagger reads.
"""

from __future__ import annotations

import re
from typing import Final

from geo.gazetteer.normalize import normalize_name
from geo.model.spans import Toponym
from geo.recognize.lexicon import Lexicon

__all__ = ["find_dateline"]

_CAPS_WORD: Final = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_TITLE_WORD: Final = r"[A-Z][\w'’.\-]*"
#: A date after the place: "May 2", "Aug. 16", "29 May 2023", "February 19, 2024".
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE: Final = rf"(?:\d{{1,2}}[ \t]+)?{_MONTH}(?:[ \t]+\d{{1,2}})?(?:,?[ \t]+\d{{4}})?"
_DATELINE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<city>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}|{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}})"
    rf"(?:, (?P<region>{_TITLE_WORD}(?: {_TITLE_WORD}){{0,2}}))?"
    rf"(?:,[ \t]*(?P<date>{_DATE}))?"
    rf"(?:,? \((?P<agency>[^()\n]{{1,40}})\))?"
    r"(?:[ \t]*(?:[–—]|--?|:)[ \t]|(?<=\))[ \t]+(?=[A-Z\"“])|\.?[ \t]*/(?P<slash>[A-Z][\w .]{1,20})/\.?[ \t])"
)
#: Only the first lines of an article can hold its dateline.
_SEARCH_CHARS: Final = 600


def find_dateline(text: str, lexicon: Lexicon) -> tuple[list[Toponym], int]:
    """Return the places of the article's dateline and the offset where the dateline ends.

    Parameters
    ----------
    text
        The article text.
    lexicon
        Names to check the dateline's city and region against.

    Returns
    -------
    tuple[list[Toponym], int]
        The city (with the country the region names, when it is a country) and the region; ``([], 0)``
        when the text has no dateline.
    """
    for match in _DATELINE.finditer(text, 0, min(len(text), _SEARCH_CHARS)):
        city = match.group("city")
        region = match.group("region")
        caps = city.isupper()
        if not caps and region is None and match.group("agency") is None and match.group("date") is None:
            continue  # "Paris — " alone is a heading more often than a dateline
        city_entry = lexicon.get(normalize_name(city))
        if city_entry is None or not city_entry.is_place:
            continue
        region_entry = lexicon.get(normalize_name(region)) if region else None
        if region and (region_entry is None or not region_entry.is_place):
            if not caps:
                continue
            region_entry = None
        country = None
        found: list[Toponym] = []
        if region_entry is not None and region is not None:
            country = region_entry.country if region_entry.fclass == "country" else None
            start = match.start("region")
            end = start + len(region)
            found.append(Toponym(start, end, region, region, country=country, score=0.95, role="dateline"))
        start = match.start("city")
        name = city
        found.insert(
            0, Toponym(start, start + len(city), city, name, country=country, score=0.95, role="dateline")
        )
        return found, match.end()
    return [], 0
