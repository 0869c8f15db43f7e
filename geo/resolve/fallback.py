"""What to do with a name the gazetteer does not know: a place named inside it, else the document's focus.

Streets, buildings, venues and institutions ("Royal Street", "Windsor Castle", "Colorado State University",
"Old Town Manassas") are rarely in a gazetteer, but they lie in a place the name itself contains or in the
place the article is about. :func:`partial_names` proposes the places inside a name; :func:`focus` picks
the document's main place for the rest. Both answers carry a low confidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate
from geo.resolve.candidates import CandidateCache
from geo.resolve.containers import Container
from geo.resolve.evidence import POINT_CLASSES, Group, is_primary
from geo.resolve.words import GENERIC_SITE_WORDS

__all__ = [
    "FALLBACK_CONFIDENCE",
    "focus",
    "partial_candidates",
    "partial_names",
    "possessor_country",
    "stated_abroad",
    "stated_elsewhere",
    "strong_partial",
]

#: Confidence factor of a place found only inside the name or as the document's focus.
FALLBACK_CONFIDENCE: Final = 0.3
#: A partial name must match an entry at least this important (or one the context supports).
PARTIAL_MIN_IMPORTANCE: Final = 0.45
_SPLIT: Final = re.compile(r"[\s/+,()\-–—]+")
_CONNECTORS: Final = frozenset({"of", "the", "and", "de", "la", "del", "du", "des", "at", "in", "on", "for"})
#: Generic words that begin place names ("Tal", "Ras", "Stara"): never the place inside a longer name.
_HEADS: Final = lexicon.load("recognize_name_heads").terms()


def partial_names(query: str) -> list[str]:
    """Shorter names inside an unknown multi-word name, longest first.

    Each is a run of consecutive words that starts and ends with a capitalised word:
    "Robinson College Cambridge" -> "Robinson College", "College Cambridge", "Robinson", "College",
    "Cambridge".
    """
    words = [word.strip("'’.") for word in _SPLIT.split(query) if word.strip("'’.")]
    # After a generic head the rest names another place ("Jisr Baghdad" is no part of Baghdad): only the
    # parts that keep the head ("Deir Ezzor" of "Deir Ezzor Military Airport").
    headed = len(words) > 1 and words[0].casefold() in _HEADS
    result: list[str] = []
    for size in range(len(words) - 1, 0, -1):
        for first in range(1 if headed else len(words) - size + 1):
            part = words[first : first + size]
            if not (part[0][:1].isupper() and part[-1][:1].isupper()):
                continue
            if all(word.casefold() in GENERIC_SITE_WORDS or word.casefold() in _CONNECTORS for word in part):
                continue
            if len(part) == 1 and (len(part[0]) < 3 or part[0].casefold() in _HEADS):
                continue
            name = " ".join(part)
            if name not in result:
                result.append(name)
    return result


def strong_partial(candidates: Sequence[Candidate]) -> tuple[Candidate, ...]:
    """Keep the candidates of a partial name that matched their own name and are well known."""
    return tuple(
        candidate
        for candidate in candidates
        if (candidate.match == "alias" or is_primary(candidate))
        and candidate.importance >= PARTIAL_MIN_IMPORTANCE
    )


def stated_abroad(candidates: tuple[Candidate, ...], within: Sequence[Container]) -> tuple[Candidate, ...]:
    """Drop the candidates of a partial name that lie outside every country the text puts the whole name
    in ("the village of Tudun X in Y state": no X of another country); none are dropped when the text
    names no container (places28)."""
    if not within:
        return candidates
    countries = {container.country for container in within}
    return tuple(candidate for candidate in candidates if candidate.country in countries)


def stated_elsewhere(group: Group, chosen: Candidate, text: str) -> bool:
    """Whether every mention of the name that the text puts in a country ("X in central Mali", "X,
    Nigeria") puts it in another country than every bearer the gazetteer has: its only bearers are
    namesakes abroad (a German city for a Malian village), so no point is better than a wrong one
    (art35a). False when no mention names a country, or the place ``chosen`` for the name or some
    bearer lies in one that is named."""
    stated = {container.country for within in group.withins for container in within}
    if not stated or not all(group.withins) or not group.candidates or chosen.country in stated:
        return False
    if any(candidate.feature_class in _AREAS for candidate in group.candidates):
        return False  # "Estonia, Latvia": a list of countries or regions, not a place and its country
    if any(_TWO_WORDS_AFTER_COMMA.match(text, end) for _, end in group.spans):
        return False  # "X, Ukrainian drones hit": a demonym opening the next clause, no country of X
    return all(candidate.country not in stated for candidate in group.candidates)


#: A comma and two capitalised words after a name: what follows may be the next clause's subject.
_TWO_WORDS_AFTER_COMMA: Final = re.compile(r"\s*,\s*[A-Z][\w'’.-]*\s+[A-Z]")
#: Classes of a name that a list may join to a country after a comma ("Estonia, Latvia and Lithuania").
_AREAS: Final = frozenset({"country", "admin_region", "region", "water_body"})


#: A country's name in the possessive right before a name ("Iran's X province"): the name lies in it.
_POSSESSOR: Final = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})['’]s\s+\Z")


def possessor_country(text: str, start: int, cache: CandidateCache) -> tuple[Container, ...]:
    """The country named in the possessive right before the name at ``start`` ("Iran's X province"), as a
    container of the name; empty when there is none (places28)."""
    found = _POSSESSOR.search(text, max(0, start - 40), start)
    if found is None:
        return ()
    for candidate in cache.lookup(found.group(1)):
        if (
            candidate.feature_class == "country"
            and candidate.match in ("exact", "alias")
            and candidate.country
        ):
            return (Container(candidate.id, candidate.country, None),)
    return ()


def partial_candidates(
    query: str, cache: CandidateCache, at: Sequence[Container], *, text: str = "", start: int = 0
) -> tuple[Candidate, ...]:
    """Candidates of the longest place name inside an unknown name ("Windsor Castle" -> Windsor), in a
    country of ``at`` or of a possessive right before the name at ``start`` of ``text`` ("Iran's X
    province", :func:`possessor_country`) when the text puts the name in one (:func:`stated_abroad`)."""
    at = (*at, *possessor_country(text, start, cache))
    for name in partial_names(query):
        found = stated_abroad(strong_partial(cache.lookup(name)), at)
        if found:
            return found
    return ()


def focus(groups: Sequence[Group]) -> Group | None:
    """The document's main place: the most mentioned confident choice, places and regions before countries."""
    best: tuple[int, float] | None = None
    chosen: Group | None = None
    for group in groups:
        if group.partial or group.hidden or not group.candidates:
            continue
        candidate = group.chosen
        rank = (
            1 if candidate.feature_class in POINT_CLASSES or candidate.feature_class == "admin_region" else 0
        )
        key = (rank, group.confidence * len(group.spans))
        if best is None or key > best:
            best, chosen = key, group
    return chosen
