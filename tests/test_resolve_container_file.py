"""The container index kept in a file (:mod:`geo.resolve.container_file`) is the index built anew."""

from __future__ import annotations

from pathlib import Path

from geo.gazetteer import Candidate, default_gazetteer
from geo.resolve import container_file
from geo.resolve.context import ContainerIndex


class _Cached:
    """The default gazetteer's names, as if read from a cached index at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def entry_names(
        self, *, feature_classes: tuple[str, ...], min_importance: float
    ) -> list[tuple[str, Candidate]]:
        return default_gazetteer().entry_names(feature_classes=feature_classes, min_importance=min_importance)


def test_the_kept_file_gives_the_built_index(tmp_path: Path) -> None:
    index_file = tmp_path / "gazetteer-test.sqlite"
    index_file.write_bytes(b"an index")
    gazetteer = _Cached(index_file)
    built = ContainerIndex(default_gazetteer()).parts
    first = container_file.load_index(gazetteer)  # type: ignore[arg-type]
    kept = list(tmp_path.glob("containers-gazetteer-test-*.json"))
    assert len(kept) == 1
    again = container_file.load_index(gazetteer)  # type: ignore[arg-type]
    assert first.parts == built
    assert again.parts == built
    assert [list(table) for table in again.parts] == [list(table) for table in built]  # same order too
    texts = ["Gunmen attacked a checkpoint in Kirkuk, Iraq, and near Springfield, Ill., on Monday."]
    assert [again.scan(text) for text in texts] == [first.scan(text) for text in texts]


def test_a_damaged_or_outdated_file_is_not_read(tmp_path: Path) -> None:
    index_file = tmp_path / "gazetteer-test.sqlite"
    index_file.write_bytes(b"an index")
    gazetteer = _Cached(index_file)
    container_file.load_index(gazetteer)  # type: ignore[arg-type]
    (kept,) = tmp_path.glob("containers-*.json")
    kept.write_text('{"format": "1", "containers": [', encoding="utf-8")
    assert container_file.load_index(gazetteer).parts == ContainerIndex(default_gazetteer()).parts  # type: ignore[arg-type]
    index_file.write_bytes(b"another index")  # the index changed: another file
    container_file.load_index(gazetteer)  # type: ignore[arg-type]
    assert len(list(tmp_path.glob("containers-*.json"))) == 2


def test_an_index_that_is_not_cached_keeps_no_file(tmp_path: Path) -> None:
    index_file = tmp_path / "mine.sqlite"
    index_file.write_bytes(b"an index")
    container_file.load_index(_Cached(index_file))  # type: ignore[arg-type]
    assert not list(tmp_path.glob("containers-*"))
