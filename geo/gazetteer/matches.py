"""The first step of a gazetteer lookup: the index's names that match a query's keys, and how well.

One query reads the rows of the ``names`` table whose key, base (with its romanisation variants) or
skeleton equals the query's; each entry keeps the best way one of its names matched
(:func:`geo.gazetteer.ranking.match_level`). A row is read once: the base parts leave out the rows the
key part returned and the skeleton part those of the key and base parts (a row read again matched the
same way and changed nothing), which leaves about a third fewer rows to read and rank.

The rows of the key and of its base and article forms all share the query's skeleton (the index stores
each name's skeleton of its own key, :func:`geo.gazetteer.normalize.skeleton`), so with a
:class:`SkeletonRows` a query of a long enough skeleton reads the rows of that skeleton once per process
(names of a run share skeletons: "Hasakah", "Hasaka", "Al-Hasakah") and takes the three parts from
them in the query's order; a form whose rows may lie outside the skeleton's is read on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from geo.gazetteer.build import MIN_SKELETON
from geo.gazetteer.fuzzy import alike_to
from geo.gazetteer.normalize import ARTICLES
from geo.gazetteer.ranking import LOOSE_MATCHES, MATCH_WEIGHTS, match_level
from geo.gazetteer.sources import ALIAS

__all__ = ["KEPT_NAME_ROWS", "Matches", "SkeletonRows", "name_matches"]

#: Entry (``pid``) -> ``(weight, match label, matched name)``: how the best of its names matched.
Matches = dict[int, tuple[float, str, str]]
#: Runs one SQL query on the index and returns its rows.
Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]
#: Most ``names`` rows a :class:`SkeletonRows` keeps (a few MB); past it the kept rows are dropped.
KEPT_NAME_ROWS: Final = 1 << 15

_COLUMNS: Final = "SELECT pid, name, kind, key, base, hint FROM names WHERE"
_TOP: Final = max(MATCH_WEIGHTS.values())


class SkeletonRows:
    """The ``names`` rows (``pid, name, kind, key, base, hint``, in index order) of each skeleton read so
    far. The index is read-only, so rows read once serve every later query of the same skeleton; up to
    :data:`KEPT_NAME_ROWS` rows are kept.

    Parameters
    ----------
    query
        Runs one SQL query on the index and returns its rows.
    """

    def __init__(self, query: Query) -> None:
        self._query = query
        self._rows: dict[str, list[tuple[Any, ...]]] = {}
        self._count = 0

    def of(self, skel: str) -> list[tuple[Any, ...]]:
        """Return the rows whose skeleton is ``skel`` (index order: by row id)."""
        rows = self._rows.get(skel)  # .get: another thread may clear the rows meanwhile
        if rows is None:
            rows = self._query(f"{_COLUMNS} skel = ?", (skel,))
            if self._count > KEPT_NAME_ROWS:
                self._rows.clear()
                self._count = 0
            self._rows[skel] = rows
            self._count += len(rows)
        return rows


def _shares_skeleton(form: str, base: str) -> bool:
    """Whether every name whose base is ``form`` has the skeleton of ``base`` (a romanisation variant of
    it, :func:`geo.gazetteer.normalize.skeleton`), never wrongly True: ``base`` itself; ``base`` behind an
    article (the skeleton drops articles before a word that is none); a one-word final-h form ("hasakah",
    "hasaka": the skeleton drops an "h" after a letter) not starting with "al"."""
    if form == base:
        return True
    article, _, rest = form.partition(" ")
    if rest == base and article in ARTICLES and base.split()[0] not in ARTICLES:
        return True
    if " " in form or " " in base or form.startswith("al") or base.startswith("al"):
        return False
    return (base.endswith("ah") and form == base[:-1]) or (base.endswith("a") and form == base + "h")


def _skeleton_parts(
    query: Query, skeletons: SkeletonRows, *, key: str, forms: tuple[str, ...], skel: str, base: str
) -> list[tuple[Any, ...]]:
    """The rows of :func:`_union` taken from the rows of the skeleton (the same rows in the same order)."""
    group = skeletons.of(skel)
    rows = [row for row in group if row[3] == key]
    for form in forms:
        if _shares_skeleton(form, base):
            rows += [row for row in group if row[4] == form and row[3] != key]
        else:
            rows += query(f"{_COLUMNS} base = ? AND key <> ?", (form, key))
    rows += [row for row in group if row[3] != key and row[4] not in forms]
    return rows


def _union(query: Query, *, key: str, forms: tuple[str, ...], skel: str) -> list[tuple[Any, ...]]:
    """The rows of the key, then of each base form (not the key's), then of the skeleton (neither)."""
    sql = f"{_COLUMNS} key = ?"
    params: list[str] = [key]
    for form in forms:
        sql += f" UNION ALL {_COLUMNS} base = ? AND key <> ?"
        params += (form, key)
    if len(skel) >= MIN_SKELETON:
        marks = ",".join("?" * len(forms))
        sql += f" UNION ALL {_COLUMNS} skel = ? AND key <> ? AND base NOT IN ({marks})"
        params += (skel, key, *forms)
    return query(sql, params)


def name_matches(
    query: Query,
    *,
    folded: str,
    key: str,
    base: str,
    hint: str | None,
    variants: tuple[str, ...],
    skel: str,
    skeletons: SkeletonRows | None = None,
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
    skeletons
        The rows of the skeletons read so far, or None to read the rows with one query.

    Returns
    -------
    Matches
        Entries in the order their first matching name was read (key rows, then base rows, then
        skeleton rows; index order within each). Names that share only the skeleton (or a loose
        alias) count only when they also look alike (:func:`geo.gazetteer.fuzzy.looks_alike`); of an
        entry's equally good names the first read wins.
    """
    forms = tuple(dict.fromkeys((base, *variants)))
    if skeletons is not None and len(skel) >= MIN_SKELETON:
        rows = _skeleton_parts(query, skeletons, key=key, forms=forms, skel=skel, base=base)
    else:
        rows = _union(query, key=key, forms=forms, skel=skel)
    best: Matches = {}
    alike: dict[str, bool] = {}
    looks_alike = alike_to(base)
    for pid, row_name, kind, row_key, row_base, row_hint in rows:
        found = best.get(pid)
        if found is not None and found[0] >= _TOP:  # no match level weighs more
            continue
        level, label = match_level(
            (row_name, kind == ALIAS, row_key, row_base, row_hint),
            folded=folded,
            key=key,
            base=base,
            hint=hint,
            variants=variants,
        )
        weight = MATCH_WEIGHTS[level]
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
