"""What resolution remembers across documents for one gazetteer, in one object its owner holds.

:class:`ResolverCaches` bundles the candidate lookups (:class:`~geo.resolve.candidates.CandidateCache`),
the container names (:class:`~geo.resolve.context.ContainerIndex`) and the pruned static scores of
:mod:`geo.resolve.scoring` (:class:`PrunedScores`). Nothing of it is module-level: a
:class:`geo.Geoparser` creates one and passes it to :func:`geo.resolve.resolve` (``caches=``), so the
memory belongs to the parser and goes away with it; :func:`geo.resolve.resolve` without ``caches``
makes a fresh one for the call (same results, slower: the container index takes a pass over the
gazetteer's name table).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Final

from geo.gazetteer import Candidate, Gazetteer
from geo.lexicon.weights import ResolverWeights
from geo.resolve.candidates import CandidateCache
from geo.resolve.container_file import load_index
from geo.resolve.context import ContainerIndex
from geo.resolve.evidence import Positions

__all__ = ["PrunedScores", "ResolverCaches"]

#: Pruned candidate lists kept (one per name, case, hint and context form).
PRUNED_SIZE: Final = 20_000

#: A pruned entry: the candidate tuple it was computed from (kept alive with the entry, so its id is not
#: reused while cached), the candidates kept, their static scores and positions, and the weights they were
#: scored with (kept alive too: the key holds their id).
Pruned = tuple[tuple[Candidate, ...], tuple[Candidate, ...], tuple[float, ...], Positions, ResolverWeights]


class PrunedScores:
    """Pruned candidates and static scores by candidate tuple and context, first in first out.

    Parameters
    ----------
    size
        Entries kept.
    """

    def __init__(self, *, size: int = PRUNED_SIZE) -> None:
        self._size = size
        self._table: OrderedDict[Hashable, Pruned] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._table)

    def get(self, key: Hashable) -> Pruned | None:
        """Return the entry of ``key``, or None (a hit is not moved: one dictionary read)."""
        with self._lock:
            return self._table.get(key)

    def put(self, key: Hashable, entry: Pruned) -> None:
        """Remember ``entry`` under ``key``, dropping the oldest entry past the size."""
        with self._lock:
            self._table[key] = entry
            if len(self._table) > self._size:
                self._table.popitem(last=False)


class ResolverCaches:
    """The resolver's memory for one gazetteer: candidate lookups, container names, pruned scores.

    Parameters
    ----------
    gazetteer
        The index every cached answer comes from.

    Attributes
    ----------
    gazetteer
        That index.
    candidates
        Ranked candidates per name (bounded).
    pruned
        Pruned candidates and static scores per candidate tuple (bounded; keyed by the identity of the
        tuples ``candidates`` returns, so it lives and dies with them).
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.candidates = CandidateCache(gazetteer, states=lambda: self.containers.states)
        self.pruned = PrunedScores()
        self._containers: ContainerIndex | None = None
        self._lock = threading.Lock()

    @property
    def containers(self) -> ContainerIndex:
        """The names of countries and first-level regions, on first use: read from the file kept beside a
        cached index (:func:`geo.resolve.container_file.load_index`), else built (about 0.2 s)."""
        found = self._containers
        if found is None:
            with self._lock:
                found = self._containers
                if found is None:
                    found = self._containers = load_index(self.gazetteer)
        return found
