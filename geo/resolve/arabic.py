"""Orthographic evidence that a text's names are Arabic: the article written with a hyphen ("al-Tabaqa").

English-language reports on places of the Arab world write the Arabic definite article joined to the
next word by a hyphen ("al-Bab", "Jabal al-Zawiya", "Ras al-Ain", "Jabhat al-Nusra"; Wikipedia,
"Romanization of Arabic": the article is written al- and, in the press, often assimilated, ash-, ad-,
ar-). A name so written, or written beside such names, is an Arabic name more often than a namesake in a
country whose names are not romanised from Arabic ("al-Tabaqa" is not Tabaco in the Philippines; the
"Palmyra" of a report naming "Jabal al-Akrad" is Tadmur, not Palmyra, Pennsylvania). The cue is read
from the text only; it lifts the candidates of the countries whose place names GeoNames romanises from
Arabic (:func:`geo.gazetteer.spellings.arabic_name_countries`) by a fraction of a country's evidence.
"""

from __future__ import annotations

import re
from typing import Final

from geo.gazetteer.spellings import arabic_name_countries

__all__ = ["ARABIC_WEIGHT", "arabic_names", "lift_arabic"]

#: Score added to a candidate of an Arabic-named country when the text writes the article with a hyphen:
#: half the weight of the country evidence's whole share (``resolver.country`` 0.5), so that a country
#: the text names still decides.
ARABIC_WEIGHT: Final = 0.25
#: The Arabic article joined by a hyphen (or its assimilated forms) to a capitalised word; English words
#: so written ("el-Nino" aside) are rare.
#: Not after a word character, an apostrophe or a hyphen; tested in Python at each match, so that the
#: engine scans for the article's first letter instead of trying a look-behind at every character (no
#: match can start inside another: none of the article's later letters is one of its first).
_ARTICLE: Final = re.compile(r"(?:[AaEe](?:l|[dnrstz]|sh)|[Aa](?:th|dh))[-‐‑](?=[A-Z])")
_NOT_BEFORE: Final = frozenset("_'’-")
#: The hyphens the article is written with. A hyphen before a capital is rare in English, so the text is
#: searched for each hyphen with ``str.find`` and the article is tested only before those followed by a
#: capital (the article ends in l, d, n, r, s, t or z with two letters, in h with three, so at most one of
#: its forms ends at a given hyphen): about ten times faster than scanning for the article.
_HYPHENS: Final = ("-", "‐", "‑")


def arabic_names(text: str) -> bool:
    """Whether ``text`` writes the Arabic article with a hyphen before a capitalised word ("al-Bab",
    "Ras al-Ain", "Deir ez-Zor"; a lower-case word after it does not count)."""
    size = len(text)
    for hyphen in _HYPHENS:
        at = text.find(hyphen)
        while at >= 0:
            end = at + 1
            if end < size and "A" <= text[end] <= "Z":
                for start in (end - 3, end - 4):
                    if start < 0 or (match := _ARTICLE.match(text, start)) is None or match.end() != end:
                        continue
                    if start == 0 or not ((before := text[start - 1]).isalnum() or before in _NOT_BEFORE):
                        return True
            at = text.find(hyphen, end)
    return False


def lift_arabic(scores: list[float], in_country: dict[str, list[int]]) -> None:
    """Add :data:`ARABIC_WEIGHT` to the scores of the candidates in countries whose place names are
    romanised from Arabic (``in_country``: candidate positions by country code), in place."""
    for code in in_country.keys() & arabic_name_countries():
        for index in in_country[code]:
            scores[index] += ARABIC_WEIGHT
