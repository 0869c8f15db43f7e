"""Entries named after a place with more words than a text gives: "Qayyarah" -> "Qayyarah West Airport"."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import Any

from geo.gazetteer.normalize import ARTICLES, article_forms, normalize_name, split_generic
from geo.gazetteer.ranking import MATCH_WEIGHTS
from geo.model.place import COLUMNS, Candidate, candidate_from_row
from geo.model.vocab import FEATURE_CLASSES

__all__ = ["named_after"]

#: A query runner: SQL and parameters in, rows out (the index's connection, under its lock).
Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]


def named_after(
    query: Query, name: str, *, feature_classes: Collection[str], country: str
) -> list[Candidate]:
    """Entries of ``country`` and the given classes with a name that begins with ``name`` and goes on.

    The name is tried without and with the Arabic article ("Qayyarah", "Al Qayyarah"; BGN/PCGN writes
    it, news often drops it), each as a range over the index's name keys (``key > "qayyarah "`` and below
    ``"qayyarah!"``: the keys that continue the name with another word). The candidates' ``match`` is
    ``normalized`` with its weight as score.

    Parameters
    ----------
    query
        Runs SQL on the index.
    name
        The name the entries are named after, as written.
    feature_classes
        Classes of :data:`geo.model.vocab.FEATURE_CLASSES` to keep.
    country
        ISO 3166-1 alpha-2 code the entries lie in.
    """
    base = split_generic(normalize_name(name))[0]
    words = base.split()
    if words and words[0] in ARTICLES:
        base = " ".join(words[1:])
    classes = sorted(set(feature_classes) & set(FEATURE_CLASSES))
    if len(base) < 3 or not classes:
        return []
    columns = ", ".join(f"p.{column.strip()}" for column in COLUMNS.split(","))
    marks = ",".join("?" * len(classes))
    sql = (
        f"SELECT n.name, {columns} FROM names n CROSS JOIN places p ON p.pid = n.pid "
        f"WHERE n.key > ? AND n.key < ? AND p.feature_class IN ({marks}) AND p.country = ?"
    )
    weight = MATCH_WEIGHTS["normalized"]
    found: dict[str, Candidate] = {}
    for form in (base, *article_forms(base)):
        for row_name, *row in query(sql, (f"{form} ", f"{form}!", *classes, country.upper())):
            candidate = candidate_from_row(tuple(row), weight, "normalized", str(row_name))
            found.setdefault(candidate.id, candidate)
    return list(found.values())
