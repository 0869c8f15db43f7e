"""The first step of a gazetteer lookup: the index's names that match a query's keys, and how well.

One query reads the rows of the ``names`` table whose key, base (with its romanisation variants) or
skeleton equals the query's; each entry keeps the best way one of its names matched
(:func:`geo.gazetteer.ranking.match_level`). A row is read once: the base parts leave out the rows the
key part returned and the skeleton part those of the key and base parts (a row read again matched the
same way and changed nothing), which leaves about a third fewer rows to read and rank.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from geo.gazetteer.build import MIN_SKELETON
from geo.gazetteer.fuzzy import alike_to
from geo.gazetteer.ranking import LOOSE_MATCHES, MATCH_WEIGHTS, match_level
from geo.gazetteer.sources import ALIAS

__all__ = ["Matches", "name_matches"]

#: Entry (``pid``) -> ``(weight, match label, matched name)``: how the best of its names matched.
Matches = dict[int, tuple[float, str, str]]

_COLUMNS: Final = "SELECT pid, name, kind, key, base, hint FROM names WHERE"


def name_matches(
    query: Callable[[str, Sequence[Any]], list[tuple[Any, ...]]],
    *,
    folded: str,
    key: str,
    base: str,
    hint: str | None,
    variants: tuple[str, ...],
    skel: str,
) -> Matches:
    """Return the entries one of whose names matches the query's keys, with how the best one matched.

    Parameters
    ----------
    query
        Runs one SQL query on the index and returns its rows.
    folded, key, base, hint
        The query: case-folded text, normalised key, key without generic words, their class hint.
    variants
        Romanisation variants of ``base`` to look up too (article forms, final-h form).
    skel
        The skeleton of the key (looked up when at least ``MIN_SKELETON`` long).

    Returns
    -------
    Matches
        Entries in the order their first matching name was read (key rows, then base rows, then
        skeleton rows; index order within each). Names that share only the skeleton (or a loose
        alias) count only when they also look alike (:func:`geo.gazetteer.fuzzy.looks_alike`); of an
        entry's equally good names the first read wins.
    """
    forms = tuple(dict.fromkeys((base, *variants)))
    sql = f"{_COLUMNS} key = ?"
    params: list[str] = [key]
    for form in forms:
        sql += f" UNION ALL {_COLUMNS} base = ? AND key <> ?"
        params += (form, key)
    if len(skel) >= MIN_SKELETON:
        marks = ",".join("?" * len(forms))
        sql += f" UNION ALL {_COLUMNS} skel = ? AND key <> ? AND base NOT IN ({marks})"
        params += (skel, key, *forms)
    best: Matches = {}
    alike: dict[str, bool] = {}
    looks_alike = alike_to(base)
    for pid, row_name, kind, row_key, row_base, row_hint in query(sql, params):
        level, label = match_level(
            (row_name, kind == ALIAS, row_key, row_base, row_hint),
            folded=folded,
            key=key,
            base=base,
            hint=hint,
            variants=variants,
        )
        weight = MATCH_WEIGHTS[level]
        found = best.get(pid)
        if found is not None and weight <= found[0]:
            continue
        if level in LOOSE_MATCHES:
            same = alike.get(row_base)
            if same is None:
                same = alike[row_base] = looks_alike(row_base)
            if not same:
                continue
        best[pid] = (weight, label, row_name)
    return best
