"""Names the lexicon knows only by their first word: "Tal Tamr", "Bab al-Mandeb", "Jisr al-Shughur".

The candidate finder takes the longest run of capitalised words that is a lexicon key. When a gazetteer
spells a multi-word name differently from the text ("Bab-el-Mandeb" for "Bab al-Mandeb", "Jisr esh
Shughour" for "Jisr al-Shughur") or lacks it ("Tal Tamr"), that longest key is the first word alone, which
is often another place's name ("Tal" in Austria, "Bab" in Syria, "Ras" in India). :func:`continued_name`
reads the whole run instead when

* the run holds a particle ("al", "de", "au"; or starts with one joined by a hyphen: "Al-Bokamal") and
  is a spelling variant of a well-known name (:meth:`geo.recognize.lexicon.Lexicon.spelling`: same
  transliteration skeleton, names that look alike), or
* the first word is a generic word that begins place names in the names' languages (Arabic "Tal", "Ras",
  "Jisr"; Slavic "Stara", "Novaya": ``geo/lexicon/data/recognize_name_heads.yaml``); the run is then a
  place by that pattern, resolved by its full name.
"""

from __future__ import annotations

from typing import Final

from geo import lexicon as lexicon_data
from geo.recognize.lexicon import PATTERN, STOP, SURNAME, Entry, Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.words import (
    CONNECTORS,
    GENERIC_AFTER,
    NAME_SUFFIXES,
    NEVER_PLACES,
    ORG_AFTER,
    PERSON_TITLES,
)

__all__ = ["NAME_HEADS", "PARTICLES", "continued_name", "name_word"]

#: Generic words that begin multi-word place names (``recognize_name_heads``).
NAME_HEADS: Final = lexicon_data.load("recognize_name_heads").terms()
#: Particles of the names' languages among the connectors (not the English "of", "the", "and", "at":
#: "City of Oxford" is the city of Oxford).
PARTICLES: Final = frozenset(
    str(entry["term"]) for entry in lexicon_data.load("recognize_connectors") if entry["source"] != "english"
)
#: Most words read after the lexicon's match.
MAX_MORE: Final = 3
#: Words that end the run: generic words the candidate finder attaches as the name's kind.
_GENERIC: Final = frozenset(word for phrase in GENERIC_AFTER for word in phrase.split()) | frozenset(
    NAME_SUFFIXES
)


def name_word(tokens: Tokens, index: int, lexicon: Lexicon, *, after_particle: bool = False) -> bool:
    """A capitalised word that may continue a name: no title, generic, organisation or stop word.

    After a particle a title word is part of the name ("Marj al-Sultan", "Qasr al-Amir": the meadow, the
    palace of the sultan), not a person's title."""
    key = tokens.key[index]
    if not tokens.name[index] or tokens.upper[index] or tokens.initial(index):
        return False
    if key in CONNECTORS or key in NEVER_PLACES or (key in PERSON_TITLES and not after_particle):
        return False
    if key in ORG_AFTER or key in _GENERIC:
        return False
    entry = lexicon.get(key)
    return entry is None or not entry.flags & STOP


def continued_name(first: int, last: int, tokens: Tokens, lexicon: Lexicon) -> tuple[int, str, Entry] | None:
    """Return ``(last token, key, entry)`` of a name longer than the lexicon's match, or None.

    Parameters
    ----------
    first, last
        The lexicon's longest match (token indexes).
    tokens
        Output of :func:`geo.recognize.tokens.word_columns`.
    lexicon
        The names to match.
    """
    keys = tokens.key
    gaps = tokens.gap
    count = len(keys)
    ends: list[int] = []  # token indexes where the run may end (after a capitalised word)
    j = last
    while j + 1 < count and len(ends) < MAX_MORE and not tokens.possessive[j]:
        gap = gaps[j + 1]
        if gap != " " and gap != "-":
            break
        word = keys[j + 1]
        if name_word(tokens, j + 1, lexicon):
            j += 1
            ends.append(j)
        elif word in PARTICLES and j + 2 < count and gaps[j + 2] in (" ", "-"):
            if not name_word(tokens, j + 2, lexicon, after_particle=True):
                break
            j += 2
            ends.append(j)
        else:
            break
    if not ends:
        return None
    # A spelling variant only across a particle ("Bab al-Mandeb", "Al-Bokamal"): two plain capitalised
    # words that look like a known name are more often a person's ("Li Heping", "Hang Seng").
    particle = keys[first] in PARTICLES and gaps[first + 1] == "-"
    for end in reversed(ends):
        if not (particle or any(keys[k] in PARTICLES for k in range(last + 1, end))):
            continue
        key = " ".join(keys[first : end + 1])
        found = lexicon.spelling(key)
        if found is None or not PARTICLES.intersection(found.split()):
            continue  # the skeleton drops particles: "Al-Kabina" would meet "Kobina"
        if found != " ".join(keys[first : last + 1]):
            entry = lexicon.get(found)
            if entry is not None and entry.is_place:
                return end, found, entry
    if last == first and keys[first] in NAME_HEADS:
        end = ends[-1]
        inner = range(last + 1, end + 1)
        if not any(keys[k] in PARTICLES for k in inner) and any(_surname(keys[k], lexicon) for k in inner):
            return None  # "Ayn Rand": a given name and a surname (but "Marj al-Sultan")

        return end, " ".join(keys[first : end + 1]), Entry(0.5, "city", 0.0, PATTERN, None)
    return None


def _surname(key: str, lexicon: Lexicon) -> bool:
    entry = lexicon.get(key)
    return entry is not None and bool(entry.flags & SURNAME)
