"""The fuzzy choices kept beside a cached index: the same choices as built, damage means a rebuild."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from geo.gazetteer.build import INDEXES, SCHEMA
from geo.gazetteer.fuzzy_choices import Keys, _build, load_choices

# pid, name, class, importance, names (base)
_ROWS = [
    (1, "Mosul", "city", 0.8, ["mosul", "al mawsil"]),
    (2, "Anbar", "admin_region", 0.7, ["anbar", "al anbar"]),
    (3, "Tiny Hamlet", "city", 0.1, ["tiny hamlet"]),  # not well known: no fuzzy key
    (4, "Tigris", "water_body", 0.2, ["tigris", "al anbar"]),  # "anbar": a key of two entries (three names)
]


def _index(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.executescript(SCHEMA + "".join(f"CREATE INDEX {index};" for index in INDEXES))
    for pid, name, feature_class, importance, bases in _ROWS:
        con.execute(
            "INSERT INTO places VALUES (?, ?, ?, ?, 'IQ', 0, 0, 0, ?, 'test', NULL, NULL)",
            (pid, f"test:{pid}", name, feature_class, importance),
        )
        for base in bases:
            con.execute("INSERT INTO names VALUES (?, ?, 0, ?, ?, NULL, NULL)", (pid, base, base, base))
    con.commit()
    con.close()
    return path


def _flat(choices: object) -> list[tuple[str, list[int]]]:
    keys = choices.keys  # type: ignore[attr-defined]
    return [(key, choices.entries(i)) for i, key in enumerate(keys)]  # type: ignore[attr-defined]


def test_cached_index_keeps_its_choices_in_a_file(tmp_path: Path) -> None:
    path = _index(tmp_path / "gazetteer-0123456789abcdef.sqlite")
    with sqlite3.connect(path) as con:
        built = load_choices(con, path)
        files = list(tmp_path.glob("fuzzy-*.npz"))
        assert len(files) == 1
        loaded = load_choices(con, path)
    assert (
        _flat(built)
        == _flat(loaded)
        == [("mosul", [1]), ("mawsil", [1]), ("anbar", [2, 2, 4]), ("tigris", [4])]
    )
    assert (loaded.table.counts == built.table.counts).all()
    assert (loaded.table.lengths == built.table.lengths).all()


def test_damaged_file_is_rebuilt_and_other_indexes_keep_none(tmp_path: Path) -> None:
    path = _index(tmp_path / "gazetteer-0123456789abcdef.sqlite")
    with sqlite3.connect(path) as con:
        expected = _flat(_build(con))
        load_choices(con, path)
        (file,) = tmp_path.glob("fuzzy-*.npz")
        file.write_bytes(b"not numpy")
        assert _flat(load_choices(con, path)) == expected
    other = tmp_path / "mine.sqlite"
    shutil.copy(path, other)
    for file in tmp_path.glob("fuzzy-*.npz"):
        file.unlink()
    with sqlite3.connect(other) as con:
        assert _flat(load_choices(con, other)) == expected
    assert not list(tmp_path.glob("fuzzy-*.npz"))


def test_keys_read_from_the_text_as_a_list_would() -> None:
    import numpy as np

    words = ["mosul", "al anbar", "", "tall afar", "é"]
    keys = Keys("\x00".join(words), np.array([len(w) for w in words], dtype=np.int32))
    assert len(keys) == len(words)
    assert list(keys) == words
    assert [keys[i] for i in (0, 3, -1)] == [words[0], words[3], words[-1]]
    assert keys[1:4] == words[1:4]
    with pytest.raises(IndexError):
        keys[len(words)]


def test_file_whose_keys_do_not_fit_their_lengths_is_rebuilt(tmp_path: Path) -> None:
    import numpy as np

    path = _index(tmp_path / "gazetteer-0123456789abcdef.sqlite")
    with sqlite3.connect(path) as con:
        expected = _flat(load_choices(con, path))
        (file,) = tmp_path.glob("fuzzy-*.npz")
        with np.load(file) as data:
            arrays = dict(data)
        arrays["keys"] = np.frombuffer(b"mosulx\x00mawsil\x00anbar\x00tigris", dtype=np.uint8)
        with file.open("wb") as handle:
            np.savez(handle, **arrays)
        assert _flat(load_choices(con, path)) == expected


@pytest.mark.parametrize("writable", [False])
def test_read_only_folder_builds_without_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, writable: bool
) -> None:
    path = _index(tmp_path / "gazetteer-0123456789abcdef.sqlite")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError("read-only")

    monkeypatch.setattr("geo.gazetteer.fuzzy_choices._write", refuse)
    with sqlite3.connect(path) as con:
        assert _flat(load_choices(con, path))[0] == ("mosul", [1])
    assert not list(tmp_path.glob("fuzzy-*.npz"))


def test_letter_table_bound_counts_shared_letters_exactly() -> None:
    from collections import Counter

    import numpy as np
    from rapidfuzz import fuzz

    from geo.gazetteer.fuzzy import LetterTable, _bins

    keys = [
        "mosul",
        "al mawsil",
        "anbar",
        "anbar anbar anbar",
        "z" * 300,
        "kirkuk",
        "karkuk",
        "tikrit",
        "qa'im",
    ]
    table = LetterTable(keys)

    def binned(text: str) -> Counter[int]:
        return Counter(_bins(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)).tolist())

    for query in ("kirkuk", "anbar anbar", "mawsil", "qaim", "z" * 40):
        for cutoff in (50.0, 70.0, 90.0):
            mine = binned(query)
            expected = [
                i
                for i, key in enumerate(keys)
                if len(key) > 255
                or 200.0 * sum((binned(key) & mine).values()) - cutoff * (len(key) + len(query)) >= -1e-6
            ]
            assert table.possible(query, cutoff) == expected
            assert all(i in expected for i, key in enumerate(keys) if fuzz.ratio(query, key) >= cutoff)
