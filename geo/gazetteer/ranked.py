"""The last step of a gazetteer lookup: the matched entries' rows, scored and sorted into candidates."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any, Final

from geo.gazetteer.matches import Matches
from geo.gazetteer.ranking import rank_score
from geo.model.place import COLUMNS, Candidate, candidate_from_row

__all__ = ["KEPT_ROWS", "PlaceRows", "ranked"]

#: Most ``places`` rows a :class:`PlaceRows` keeps (about 10 MB); past it the kept rows are dropped.
KEPT_ROWS: Final = 1 << 14


class PlaceRows:
    """The ``places`` rows (:data:`~geo.model.place.COLUMNS`) of the entries looked up so far, by ``pid``.

    The index is read-only, so a row read once serves every later lookup that matches its entry again
    (a third of the entries a run's lookups rank were ranked by an earlier lookup: "Syria" is matched by
    "Syria", "Syrian", "Syria's" ...). Up to :data:`KEPT_ROWS` rows are kept.

    Parameters
    ----------
    query
        Runs one SQL query on the index and returns its rows.
    """

    def __init__(self, query: Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]) -> None:
        self._query = query
        self._rows: dict[int, tuple[Any, ...]] = {}

    def rows(self, pids: Collection[int]) -> list[tuple[Any, ...]]:
        """Return the rows of the entries ``pids`` (in no particular order; none for an unknown pid)."""
        kept = self._rows
        if len(kept) > KEPT_ROWS:
            kept.clear()
        found: dict[int, tuple[Any, ...]] = {}
        missing = []
        for pid in pids:
            row = kept.get(pid)  # .get: another thread may clear the rows meanwhile
            if row is None:
                missing.append(pid)
            else:
                found[pid] = row
        if missing:
            marks = ",".join("?" * len(missing))
            for row in self._query(f"SELECT {COLUMNS} FROM places WHERE pid IN ({marks})", missing):
                found[row[0]] = kept[row[0]] = row
        return list(found.values())


def ranked(
    rows: list[tuple[Any, ...]],
    best: Matches,
    *,
    hint: str | None,
    country: str | None,
    feature_class: str | None,
    limit: int,
) -> list[Candidate]:
    """Return the candidates of the entries' ``rows`` matched as ``best`` says, best first.

    Candidates are sorted by score, then importance, then population, then id (unique): the order of
    ``rows`` does not matter.

    Parameters
    ----------
    rows
        The entries' ``places`` rows (:class:`PlaceRows`).
    best
        How each entry matched (:func:`geo.gazetteer.matches.name_matches`).
    hint
        Feature class the name's generic word points to, or None.
    country
        The expected country (its entries rank higher), or None.
    feature_class
        Keep only entries of this class (None: all).
    limit
        Most candidates returned.
    """
    scored = []
    for row in rows:
        if feature_class is not None and row[3] != feature_class:
            continue
        weight, label, matched = best[row[0]]
        score = rank_score(
            weight,
            row[8],
            feature_class=row[3],
            in_country=country is not None and row[4] == country,
            hint=hint,
        )
        scored.append((score, row, label, matched))
    scored.sort(key=lambda item: (-item[0], -item[1][8], -item[1][7], item[1][1]))
    return [candidate_from_row(row, score, label, matched) for score, row, label, matched in scored[:limit]]
