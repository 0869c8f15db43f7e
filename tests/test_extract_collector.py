"""The scoped collector setting of ``geo extract`` (geo.extract.collector)."""

from __future__ import annotations

import gc

import pytest

from geo.extract.collector import BATCH_THRESHOLD, fewer_collections, raise_threshold


@pytest.fixture(autouse=True)
def _restore_thresholds() -> object:
    before = gc.get_threshold()
    yield None
    gc.set_threshold(*before)


def test_block_raises_then_restores_threshold() -> None:
    gc.set_threshold(700, 10, 10)
    with fewer_collections():
        assert gc.get_threshold() == (BATCH_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_restored_after_an_exception() -> None:
    gc.set_threshold(700, 11, 12)
    seen = []

    def fail() -> None:
        with fewer_collections(5000):
            seen.append(gc.get_threshold())
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        fail()
    assert seen == [(5000, 11, 12)]
    assert gc.get_threshold() == (700, 11, 12)


def test_higher_threshold_kept_and_disabled_stays_disabled() -> None:
    gc.set_threshold(90_000, 10, 10)
    assert raise_threshold(5000) == (90_000, 10, 10)
    assert gc.get_threshold() == (90_000, 10, 10)
    gc.set_threshold(0, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 0
