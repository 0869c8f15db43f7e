"""Lists of gazetteer candidates for one toponym: merging lookups, and dropping sites whose name only looks
like the query (moved out of :mod:`geo.resolve` to keep it short)."""

from __future__ import annotations

from geo.gazetteer import Candidate
from geo.gazetteer.normalize import normalize_name
from geo.resolve.levels import second_level
from geo.resolve.namesakes import split_generic
from geo.resolve.scoring import fits

__all__ = ["loose_sites_dropped", "merged", "same_name"]


def merged(first: tuple[Candidate, ...], second: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
    """``first`` then the entries of ``second`` not in it."""
    seen = {candidate.id for candidate in first}
    return first + tuple(candidate for candidate in second if candidate.id not in seen)


def same_name(candidate: Candidate, query: str) -> bool:
    """Whether the name ``candidate`` matched is ``query`` itself, up to generic words and spelling keys
    ("Erbil International Airport" for "Erbil"), not a look-alike ("Harihar Airport" for "Harir"), nor a site
    named after a county of the name ("X County Airport" for "Camp X": a district word the query lacks)."""
    name = normalize_name(candidate.matched_name or candidate.name)
    same = split_generic(name)[0] == split_generic(normalize_name(query))[0]
    return same and (not second_level(name) or second_level(query))


def loose_sites_dropped(found: tuple[Candidate, ...], query: str, hint: str) -> tuple[Candidate, ...]:
    """Drop the sites of the hinted class whose name only looks like ``query`` when a place of that very
    name is a candidate: a base the gazetteer lacks ("Harir air base") is near the town it is named after
    (Harir, Iraq), not at a look-alike airport in another country."""
    if any(fits(hint, candidate) and same_name(candidate, query) for candidate in found):
        return found
    if not any(same_name(candidate, query) for candidate in found):
        return found
    return tuple(
        candidate for candidate in found if not fits(hint, candidate) or same_name(candidate, query)
    )
