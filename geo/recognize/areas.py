"""Words around an unknown capitalised word that decide whether it is a misspelt place name.

- :func:`area_around`: a noun for the land around a place or a part of it right after the word ("Edlib
  countryside") or before it with "of" ("the outskirts of Menbej"): the word is then a place's name.
- :func:`english_word`: a common English word ("Coalition") is no misspelt place.

Used by :mod:`geo.recognize.candidates`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from geo import lexicon
from geo.recognize.english import zipf
from geo.recognize.tokens import Tokens

__all__ = ["AREA_NOUNS", "COMMON_WORD", "area_around", "english_word"]

#: Nouns for the land around a place or a part of it ("X countryside", "the outskirts of X"; data:
#: ``recognize_area_nouns``).
AREA_NOUNS: Final = lexicon.load("recognize_area_nouns").terms()
#: Zipf frequency from which a word is common English (once in 10,000 words, as the lexicon's ``zipf``).
COMMON_WORD: Final = 4.0


@lru_cache(maxsize=4096)
def english_word(key: str) -> bool:
    """Whether ``key`` is a common English word (once in 10,000 words: wordfreq's Zipf scale, as the
    lexicon's ``zipf``): a capitalised one outside the lexicon is not read as a misspelt place."""
    # the "small" list holds every word above Zipf 3 with the same values (geo.recognize.english)
    return zipf(key) >= COMMON_WORD


def area_around(i: int, tokens: Tokens) -> bool:
    """Whether token ``i`` is followed by a lower-case noun for the land around a place ("Edlib
    countryside") or follows one and "of" ("the outskirts of Edlib")."""
    keys, count = tokens.key, len(tokens.key)
    if i + 1 < count and tokens.gap[i + 1] == " " and not tokens.cap[i + 1] and keys[i + 1] in AREA_NOUNS:
        return True
    return (
        i >= 2
        and keys[i - 1] == "of"
        and not tokens.cap[i - 1]
        and not tokens.cap[i - 2]
        and keys[i - 2] in AREA_NOUNS
    )
