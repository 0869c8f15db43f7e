"""Datelines: "THE HAGUE, Netherlands (CN) –", "BAGHDAD (Reuters) -", "Erbil, Iraq —" at a paragraph start."""

from __future__ import annotations

import re
from typing import Final

from geo.gazetteer.normalize import normalize_name
from geo.model.spans import Toponym
from geo.recognize.lexicon import Lexicon

__all__ = ["find_dateline"]

_CAPS_WORD: Final = r"[A-Z][A-Z'’.\-]*[A-Z.]"
_TITLE_WORD: Final = r"[A-Z][\w'’.\-]*"
_DATELINE: Final = re.compile(
    rf"(?m)^[ \t]*(?P<city>{_CAPS_WORD}(?: {_CAPS_WORD}){{0,3}}|{_TITLE_WORD}(?: {_TITLE_WORD}){{0,3}})"
    rf"(?:, (?P<region>{_TITLE_WORD}(?: {_TITLE_WORD}){{0,2}}))?"
    rf"(?:,? \((?P<agency>[^()\n]{{1,40}})\))?"
    r"(?:[ \t]*(?:[–—]|--?|:)[ \t]|(?<=\))[ \t]+(?=[A-Z\"“]))"
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
        if not caps and region is None and match.group("agency") is None:
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
            found.append(Toponym(start, start + len(region), region, region, country=country, score=0.95))
        start = match.start("city")
        name = city
        found.insert(0, Toponym(start, start + len(city), city, name, country=country, score=0.95))
        return found, match.end()
    return [], 0
