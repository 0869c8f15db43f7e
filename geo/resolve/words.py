"""The resolver's word lists: generic words naming a kind of site or a direction, never a place by
themselves, and nouns for a part of a town.

The words are data, ``geo/lexicon/data/resolve_site_words.yaml`` and ``resolve_part_words.yaml``, each with
its source; this module reads them once, when the resolver is first imported.
"""

from __future__ import annotations

import re
from typing import Final

from geo import lexicon

__all__ = ["GENERIC_SITE_WORDS", "SITE_PLACES", "is_generic", "site_headed", "town_part_after"]

_SITE_WORDS: Final = lexicon.load("resolve_site_words")
#: Words naming a kind of site, never the place inside a name ("Street" is also a town in England).
GENERIC_SITE_WORDS: Final = frozenset(entry["term"] for entry in _SITE_WORDS if not entry.get("filler"))
#: Words that also count towards a name made only of generic words ("Central Region"), with grammar words.
_FILLERS: Final = frozenset({"of", "the", "and"}).union(
    entry["term"] for entry in _SITE_WORDS if entry.get("filler")
)


def is_generic(name: str) -> bool:
    """True when every word of ``name`` is a generic word ("South", "Central Region", "Old Town")."""
    words = name.casefold().replace("-", " ").split()
    return bool(words) and all(word in GENERIC_SITE_WORDS or word in _FILLERS for word in words)


#: A noun for a part of a town only right after a name ("the X neighbourhood", "X quarters").
_TOWN_PARTS: Final = [str(e["term"]) for e in lexicon.load("resolve_part_words") if e.get("town_part")]
_TOWN_PART_AFTER: Final = re.compile(r"\s+(?:" + "|".join(map(re.escape, _TOWN_PARTS)) + r")s?\b", re.I)


def town_part_after(text: str, end: int) -> bool:
    """True when a noun for a part of a town follows ``text[:end]`` ("al-Zahraa neighbourhood in Homs"):
    the name is a quarter, and its choice does not place the town the text puts it in."""
    return _TOWN_PART_AFTER.match(text, end) is not None


#: A name ending in the head noun of a named site ("the X mosque", "X pagoda", "X oil field":
#: ``recognize_site_heads``), or in a base named after such a site ("the X oil field base").
_SITE_HEAD_END: Final = re.compile(
    r"\s(?:"
    + "|".join(re.escape(str(e["term"])).replace(r"\ ", r"\s+") for e in lexicon.load("recognize_site_heads"))
    + r")(?:\s+base)?\Z",
    re.IGNORECASE,
)


#: Classes of the places a named site the gazetteer lacks may take the point of: a town or site the text
#: relates it to ("the X mosque in Y"), never a region or country it lies somewhere in.
SITE_PLACES: Final = frozenset({"city", "airport", "military_base", "facility"})


def site_headed(hint: str | None, surface: str) -> bool:
    """True when ``surface`` names a facility by its name and the head noun of a named site ("Kalo
    mosque", "Tal oil field base"): when the gazetteer lacks it, only the text's relation places it."""
    return hint == "facility" and _SITE_HEAD_END.search(surface) is not None
