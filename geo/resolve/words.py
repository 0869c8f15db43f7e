"""The resolver's word list: generic words naming a kind of site or a direction, never a place by themselves.

The words are data, ``geo/lexicon/data/resolve_site_words.yaml``, each with its source; this module reads
them once, when the resolver is first imported.
"""

from __future__ import annotations

from typing import Final

from geo import lexicon

__all__ = ["GENERIC_SITE_WORDS", "is_generic"]

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
