"""The steps of a gazetteer lookup: name matches read once, place rows kept, ranking independent of order."""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

import pytest

from geo.gazetteer import ranked as ranked_module
from geo.gazetteer.matches import name_matches
from geo.gazetteer.ranked import PlaceRows, ranked

ROWS = {
    1: (1, "test:1", "Qaryat Ayn", "city", "SY", 38.1, 35.2, 5000, 0.4, "test", "SY.01", None),
    2: (2, "test:2", "Qaryat Ayn", "city", "IQ", 43.1, 33.2, 5000, 0.4, "test", None, None),
    3: (3, "test:3", "Qaryat Ayn", "admin_region", "SY", 38.0, 35.0, 0, 0.7, "test", "SY.01", None),
}


class Recorder:
    """A fake index query: answers ``places`` queries from :data:`ROWS` and counts them."""

    def __init__(self) -> None:
        self.asked: list[list[int]] = []

    def __call__(self, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        self.asked.append(list(params))
        return [ROWS[pid] for pid in sorted(params) if pid in ROWS]


def test_place_rows_are_read_once_and_dropped_past_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    query = Recorder()
    places = PlaceRows(query)
    assert sorted(row[0] for row in places.rows([2, 1])) == [1, 2]
    assert sorted(row[0] for row in places.rows([3, 1, 9])) == [1, 3]  # 9: no such entry
    assert query.asked == [[2, 1], [3, 9]]
    monkeypatch.setattr(ranked_module, "KEPT_ROWS", 1)
    assert sorted(row[0] for row in places.rows([1])) == [1]  # more kept than allowed: read again
    assert query.asked[-1] == [1]


def test_ranking_does_not_depend_on_the_order_of_rows() -> None:
    best = {1: (1.0, "exact", "Qaryat Ayn"), 2: (1.0, "exact", "Qaryat Ayn"), 3: (0.75, "normalized", "x")}
    rows = list(ROWS.values())
    want = ranked(rows, best, hint=None, country=None, feature_class=None, limit=10)
    assert [c.id for c in want] == ["test:1", "test:2", "test:3"]  # a tie of score and size: by id
    for seed in range(5):
        random.Random(seed).shuffle(rows)
        assert ranked(rows, best, hint=None, country=None, feature_class=None, limit=10) == want
    in_iraq = ranked(rows, best, hint=None, country="IQ", feature_class="city", limit=1)
    assert [c.id for c in in_iraq] == ["test:2"]


def test_name_matches_reads_each_row_once_and_keeps_the_best_match() -> None:
    asked: list[str] = []
    names = [  # pid, name, kind, key, base, hint, skel
        (1, "Qaryat Ayn", 0, "qaryat ayn", "qaryat ayn", None, "kraytan"),
        (2, "Qaryat Ayn District", 0, "qaryat ayn district", "qaryat ayn", "admin_region", "kraytan"),
        (3, "Qariyat Ain", 0, "qariyat ain", "qariyat ain", None, "kraytan"),
        (4, "Koreytin", 0, "koreytin", "koreytin", None, "kraytan"),
    ]

    def query(sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        asked.append(sql)
        found = []
        for part in sql.split(" UNION ALL "):  # the fake evaluates each part's conditions
            column = part.split(" WHERE ")[1].split()[0]
            value = params[0]
            count = part.count("?")
            args, params = params[:count], params[count:]
            for row in names:
                fields = dict(zip(("pid", "name", "kind", "key", "base", "hint", "skel"), row, strict=True))
                if fields[column] != value:
                    continue
                if "key <>" in part and fields["key"] == args[1]:
                    continue
                if "NOT IN" in part and fields["base"] in args[2:]:
                    continue
                found.append(row[:6])
        return found

    best = name_matches(
        query,
        folded="qaryat ayn",
        key="qaryat ayn",
        base="qaryat ayn",
        hint=None,
        variants=(),
        skel="kraytan",
    )
    assert len(asked) == 1
    assert best == {
        1: (1.0, "exact", "Qaryat Ayn"),
        2: (0.7, "normalized", "Qaryat Ayn District"),  # the same base, a generic word more
        3: (0.6, "normalized", "Qariyat Ain"),  # the skeleton only, and it looks alike
    }  # 4 shares the skeleton but does not look alike


def test_alike_to_is_looks_alike_with_the_query_given() -> None:
    from geo.gazetteer.fuzzy import alike_to, looks_alike

    pairs = [
        ("hawija", "al hawijah"),
        ("tikreet", "tikrit"),
        ("soleimani", "sulaymaniyah"),
        ("raqqa", "ar raqqah"),
    ]
    for query, name in pairs:
        assert alike_to(query)(name) == looks_alike(query, name)
    assert alike_to("hawija")("al hawijah")
    assert not alike_to("soleimani")("sulaymaniyah")
