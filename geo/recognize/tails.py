"""Names that end a longer unknown name ("Maarat al-Numan", "Tahrir Al-Sham"): their last words are no place.

The recogniser (:mod:`geo.recognize.recognizer`) rejects a known place name that is the tail of such a longer
name: "Numan" in "Maarat al-Numan" is not Numan (Nigeria), "Sham" in "Ahrar Al-Sham" names a group.
"""

from __future__ import annotations

from typing import Final

from geo.recognize.continued import PARTICLES
from geo.recognize.lexicon import Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.words import FUNCTION_WORDS

__all__ = ["SPACED_ARTICLES", "article_tail", "name_tail"]

#: Arabic articles that join a name's words with a space as well as a hyphen ("Maarat al Numan"); the
#: other particles ("as", "an", "at", "en") are also English words.
SPACED_ARTICLES: Final = frozenset({"al", "el"})


def name_tail(tokens: Tokens, first: int) -> bool:
    """Whether the name starting at token ``first`` ends a longer unknown name: a capitalised word and a
    particle joined to it by a hyphen stand before it ("Maarat al-Numan", "Kharab al-Jir"), or a
    lower-case Arabic article and a space ("Maarat al Numan")."""
    if first < 2 or tokens.key[first - 1] not in PARTICLES:
        return False
    gap = tokens.gap[first]
    spaced = gap == " " and tokens.key[first - 1] in SPACED_ARTICLES and not tokens.cap[first - 1]
    if gap != "-" and not spaced:
        return False
    before = first - 2
    if tokens.gap[first - 1] != " " or not tokens.name[before] or tokens.initial(before):
        return False
    return tokens.key[before] not in FUNCTION_WORDS


def article_tail(tokens: Tokens, first: int, lexicon: Lexicon) -> bool:
    """Whether the name starting at token ``first`` with a capitalised article joined by a hyphen ends a
    longer name: a capitalised word that is no place stands right before it ("Tahrir Al-Sham", "Ahrar
    Al-Sham": groups; the lower-case form is :func:`name_tail`'s)."""
    nxt = first + 1
    if first < 1 or nxt >= len(tokens.key) or tokens.key[first] not in SPACED_ARTICLES:
        return False
    before = first - 1
    if tokens.gap[nxt] != "-" or tokens.gap[first] != " " or not tokens.cap[first]:
        return False
    if not tokens.name[before] or tokens.initial(before) or tokens.key[before] in FUNCTION_WORDS:
        return False
    entry = lexicon.get(tokens.key[before])
    return entry is None or not entry.is_place
