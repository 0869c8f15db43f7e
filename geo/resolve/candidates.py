"""Candidate generation: gazetteer lookups for the names of one document, cached across documents.

A lookup without the fuzzy fallback costs about 0.1 ms, a fuzzy one 70-90 ms, so the fuzzy fallback runs
only for a name that found nothing else (see :func:`geo.resolve.resolve`), and every answer is kept in a
bounded cache of the :class:`CandidateCache` (news repeat the same names: countries, capitals, the region
being covered), which :class:`geo.resolve.caches.ResolverCaches` holds for its owner.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Final

from geo.errors import PlaceNotFoundError
from geo.gazetteer import Candidate, Gazetteer
from geo.gazetteer.normalize import normalize_name

__all__ = ["CandidateCache", "Learned", "short_state_names"]

#: Candidates fetched per name (the gazetteer ranks them by match and importance first).
LOOKUP_LIMIT: Final = 100
#: Shortest query worth a fuzzy lookup.
FUZZY_MIN_CHARS: Final = 4
_CACHE_SIZE: Final = 50_000
_POSSESSIVE: Final = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE: Final = re.compile(r"^the\s+", re.I)
#: A state's formal name and the short name it gives ("Democratic Republic of the Congo" -> "Congo").
_FORMAL: Final = re.compile(
    r"^(?:.+\s)?(?:republic|kingdom|state|federation|commonwealth|union|principality|emirate|sultanate)"
    r"\s+of\s+(?:the\s+)?(?P<short>.+)$",
    re.I,
)

#: Lookups one cache found and can hand to another cache of the same gazetteer: ``(name, fuzzy)`` and
#: the candidates.
Learned = list[tuple[tuple[str, bool], tuple[Candidate, ...]]]


class CandidateCache:
    """Ranked candidates per name for one gazetteer, with a bounded least-recently-used cache.

    Parameters
    ----------
    gazetteer
        The index to query.
    size
        Names kept.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        *,
        size: int = _CACHE_SIZE,
        states: Callable[[], Mapping[str, tuple[Candidate, ...]]] | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self._size = size
        self._states = states
        self._cache: OrderedDict[tuple[str, bool], tuple[Candidate, ...]] = OrderedDict()
        self._lock = threading.Lock()
        self._new: list[tuple[str, bool]] = []
        self._short: Mapping[str, tuple[Candidate, ...]] | None = None
        self._entries: dict[str, Candidate | None] = {}
        self._classes: dict[int, tuple[tuple[Candidate, ...], frozenset[str]]] = {}

    def learned(self) -> Learned:
        """Return the lookups this cache made itself since the last call (not those :meth:`teach` gave
        it), for the caches of other processes over the same gazetteer (``geo extract -j N``)."""
        with self._lock:
            keys, self._new = self._new, []
            return [(key, self._cache[key]) for key in keys if key in self._cache]

    def teach(self, entries: Learned) -> None:
        """Remember lookups made by another cache of the same gazetteer (the answers are the same as
        this cache would compute: a lookup depends only on the name and the gazetteer)."""
        with self._lock:
            for key, result in entries:
                if key not in self._cache:
                    self._cache[key] = result
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)

    def lookup(self, name: str, *, fuzzy: bool = False) -> tuple[Candidate, ...]:
        """Return the candidates of ``name`` (no country context), best prior first; cached."""
        key = (name, fuzzy)
        found = self._cache.get(key)  # first in, first out: a hit is not moved (one dictionary read)
        if found is not None:
            return found
        try:
            result = tuple(self.gazetteer.lookup(name, limit=LOOKUP_LIMIT, fuzzy=fuzzy))
        except ValueError:  # a name the gazetteer refuses (blank after normalisation...)
            result = ()
        result = self._with_namesake_states(name, result)
        with self._lock:
            self._cache[key] = result
            self._new.append(key)
            if len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return result

    def entry(self, gazetteer_id: str) -> Candidate | None:
        """Return the entry with id ``gazetteer_id`` (``gazetteer.get``), None when there is none; cached
        (the resolver asks for the same few country entries, ``iso:<code>``, in document after document)."""
        if gazetteer_id in self._entries:
            return self._entries[gazetteer_id]
        try:
            found: Candidate | None = self.gazetteer.get(gazetteer_id)
        except PlaceNotFoundError:
            found = None
        with self._lock:
            if len(self._entries) >= _CACHE_SIZE:
                self._entries.clear()
            self._entries[gazetteer_id] = found
        return found

    def classes(self, found: tuple[Candidate, ...]) -> frozenset[str]:
        """Return the feature classes of the candidates ``found``, remembered by the tuple's identity
        (the lookups' tuples are the same objects in every document naming them; the tuple is kept
        with its classes, so its identity is not reused while remembered)."""
        hit = self._classes.get(id(found))
        if hit is not None and hit[0] is found:
            return hit[1]
        kinds = frozenset([candidate.feature_class for candidate in found])
        with self._lock:
            if len(self._classes) >= _CACHE_SIZE:
                self._classes.clear()
            self._classes[id(found)] = (found, kinds)
        return kinds

    def candidates(self, query: str, surface: str) -> tuple[Candidate, ...]:
        """Return the candidates of a toponym: its query, else the surface form, else the query without a
        possessive ending or a leading "the" (no fuzzy matching: see :meth:`fuzzy`)."""
        tried: list[str] = []
        for name in (query, surface, None):
            if name is None:  # the third form only when the first two found nothing
                name = _LEADING_THE.sub("", _POSSESSIVE.sub("", query.strip()))
            name = name.strip()
            if not name or name in tried:
                continue
            tried.append(name)
            found = self.lookup(name)
            if found:
                return found
        return ()

    def fuzzy(self, query: str) -> tuple[Candidate, ...]:
        """Return the candidates of an approximate match of ``query`` (misspellings: "Arbar province")."""
        query = query.strip()
        if len(query) < FUZZY_MIN_CHARS:
            return ()
        return self.lookup(query, fuzzy=True)

    def _with_namesake_states(self, name: str, result: tuple[Candidate, ...]) -> tuple[Candidate, ...]:
        """Add the other states whose formal name gives the same short name ("Congo": the Republic of the
        Congo and the Democratic Republic of the Congo), so that the document's context can choose.

        Only when the short name is not some state's own name ("China" is China's, not Taiwan's).
        """
        if not any(candidate.feature_class == "country" for candidate in result):
            return result
        states = self._short_names().get(normalize_name(name), ())
        if len(states) < 2 or any(state.name.casefold() == name.strip().casefold() for state in states):
            return result
        known = {candidate.id: candidate for candidate in result}
        found = next((known[state.id] for state in states if state.id in known), None)
        if found is None:
            return result
        # The short name is as much the others' as the found state's: the same match, the context decides.
        extra = tuple(
            dataclasses.replace(state, score=found.score, match=found.match, matched_name=found.matched_name)
            for state in states
            if state.id not in known
        )
        return result + extra

    def _short_names(self) -> Mapping[str, tuple[Candidate, ...]]:
        """Countries by the short name their formal names give: from ``states`` (the resolver's container
        index reads the country names anyway), else from one pass over the gazetteer's country names."""
        if self._short is None:
            if self._states is not None:
                self._short = self._states()
            else:
                self._short = short_state_names(self.gazetteer.entry_names(feature_classes=("country",)))
        return self._short


def short_state_names(names: Iterable[tuple[str, Candidate]]) -> dict[str, tuple[Candidate, ...]]:
    """Countries by the short name of their formal names ("Democratic Republic of the Congo" -> "congo").

    Parameters
    ----------
    names
        ``(name, entry)`` pairs of country entries (:meth:`geo.gazetteer.Gazetteer.entry_names`).
    """
    found: dict[str, dict[str, Candidate]] = {}
    for formal, entry in names:
        match = _FORMAL.match(formal)
        if match is not None and entry.feature_class == "country":
            found.setdefault(normalize_name(match.group("short")), {})[entry.id] = entry
    return {key: tuple(states.values()) for key, states in found.items()}
