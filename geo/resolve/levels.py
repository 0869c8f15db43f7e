"""Levels of administrative divisions: a second-level word ("district", "county", "raion") after a name.

"The Belgorod district" names a division below the oblast: a first-level region of the name does not fit
the word, the town the district is named after (the seat of the first-level namesake) does
(:mod:`geo.resolve.scoring`). The words are data, ``geo/lexicon/data/resolve_second_level_words.yaml``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate
from geo.gazetteer.normalize import normalize_name
from geo.resolve.candidates import CandidateCache
from geo.resolve.words import is_generic

__all__ = ["SECOND_LEVEL_WORDS", "district_centres", "first_level", "matched_on", "seats_of", "second_level"]

#: Words naming a second-level division ("district", "county", "raion": ``resolve_second_level_words``).
SECOND_LEVEL_WORDS: Final = lexicon.load("resolve_second_level_words").terms()
_ADJECTIVES: Final = lexicon.load("resolve_district_adjectives")
#: Romanised endings of the adjective a district is named by ("Shebekinsky") and of the centre's name it
#: drops ("Shebekin-o"), and the countries that name districts so (``resolve_district_adjectives``).
_SUFFIXES: Final = tuple(
    sorted((e["term"] for e in _ADJECTIVES if e["role"] == "suffix"), key=len, reverse=True)
)
_ENDINGS: Final = ("", *(e["term"] for e in _ADJECTIVES if e["role"] == "ending"))
_COUNTRIES: Final = frozenset(e["term"] for e in _ADJECTIVES if e["role"] == "country")


def second_level(name: str) -> bool:
    """Whether ``name`` holds a word naming a second-level division ("Kandahar district", "Grant County")
    after a name of its own (not "Central District", a name made of generic words only)."""
    words = name.casefold().replace("-", " ").split()
    return not SECOND_LEVEL_WORDS.isdisjoint(words) and not is_generic(name)


def seats_of(candidates: Sequence[Candidate]) -> set[tuple[str | None, str | None]]:
    """(country, first-level region) of the first-level regions among ``candidates``: a city of the name
    there is the seat a district of the name is named after ("Belgorod district", Belgorod)."""
    return {(c.country, c.admin1) for c in candidates if first_level(c) and c.admin1 is not None}


def matched_on(candidate: Candidate, base: str) -> bool:
    """Whether ``candidate`` was matched on the name ``base`` itself ("Belgorod", not "Florida City")."""
    return normalize_name(candidate.matched_name or candidate.name) == base


def first_level(candidate: Candidate) -> bool:
    """A first-level region (no second-level code) whose own name does not say it is a district."""
    return (
        candidate.feature_class == "admin_region"
        and candidate.admin2 is None
        and not second_level(candidate.matched_name or candidate.name)
    )


def district_centres(query: str, cache: CandidateCache) -> tuple[Candidate, ...]:
    """Towns a district named by an adjective of its centre is named after ("Shebekinsky" -> Shebekino).

    Only for a one-word ``query`` with an adjective ending, and only towns in the countries that name
    districts so; empty when none is found.
    """
    word = query.strip()
    if " " in word:
        return ()
    folded = word.casefold()
    suffix = next((s for s in _SUFFIXES if folded.endswith(s) and len(folded) > len(s) + 3), None)
    if suffix is None:
        return ()
    stem = word[: -len(suffix)]
    for ending in _ENDINGS:
        found = tuple(
            candidate
            for candidate in cache.lookup(stem + ending)
            if candidate.feature_class == "city" and (candidate.country or "").casefold() in _COUNTRIES
        )
        if found:
            return found
    return ()
