"""Our own word list: generic words that name a kind of site or a direction, never a place by themselves."""

from __future__ import annotations

from typing import Final

__all__ = ["GENERIC_SITE_WORDS", "is_generic"]

#: Words naming a kind of site, never the place inside a name ("Street" is also a town in England).
_SITE_WORDS: Final = """
street st road rd avenue ave boulevard blvd lane drive way highway freeway square plaza park garden gardens
bridge tower towers building center centre hall house palace castle church chapel cathedral mosque temple
museum gallery stadium arena field fields station port harbour harbor university college school academy
institute hospital clinic court prison jail market mall hotel club office headquarters base camp estate
village town city county district north south east west northern southern eastern western central upper
lower new old great little saint st. mount lake river valley island islands beach bay coast hill hills
gulf sea ocean strait sound channel canal peninsula desert plain plains mountain mountains forest national
metro territory post times
"""
GENERIC_SITE_WORDS: Final = frozenset(_SITE_WORDS.split())


def is_generic(name: str) -> bool:
    """True when every word of ``name`` is a generic word ("South", "Central Region", "Old Town")."""
    words = name.casefold().replace("-", " ").split()
    return bool(words) and all(word in GENERIC_SITE_WORDS or word in _FILLERS for word in words)


_FILLERS: Final = frozenset({"of", "the", "and", "region", "province", "state", "capital", "federal"})
