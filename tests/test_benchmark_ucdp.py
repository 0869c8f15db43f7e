"""benchmarks/ucdp_reports.py: the sample, the tolerance and the number rule of the report benchmark."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.scripts_support import load_script

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    """``benchmarks/ucdp_reports.py`` as a module (benchmarks are scripts, not a package)."""
    return load_script(REPO / "benchmarks" / "ucdp_reports.py")


def test_stated_numbers_read_digits_and_words(bench: ModuleType) -> None:
    assert bench.stated_numbers("IS shells kill 7 civilians and seven fighters") == {7}
    assert bench.stated_numbers("1,200 displaced, three dead") == {1200, 3}
    assert bench.stated_numbers("Clashes continue") == set()


def test_distance_is_great_circle(bench: ModuleType) -> None:
    assert bench.haversine_km((36.3, 33.5), (36.3, 33.5)) == 0.0
    assert 300 < bench.haversine_km((36.29, 33.51), (37.16, 36.20)) < 320  # Damascus to Aleppo


@pytest.mark.shared
def test_sample_is_deterministic_single_source_and_toleranced(bench: ModuleType, shared_dir: Path) -> None:
    path = shared_dir / "eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"
    first = bench.sample(path, 50)
    again = bench.sample(path, 50)
    assert [r.row_id for r in first] == [r.row_id for r in again]
    assert len(first) == 50
    assert {r.tolerance for r in first} <= set(bench.TOLERANCE_KM.values())
    assert all(r.headline for r in first)
    stated = [r for r in first if r.stated]
    assert all(r.best in bench.stated_numbers(r.headline) for r in stated)


@pytest.mark.shared
def test_outside_holds_no_row_or_headline_of_the_sample(bench: ModuleType, shared_dir: Path) -> None:
    path = shared_dir / "eval/events/ucdp_ged_syria_2016_2019/ged_syria_652_1601_1911.csv"
    chosen = bench.sample(path, 50)
    other = bench.outside(path, 50, every=40)
    assert other
    assert not {r.row_id for r in other} & {r.row_id for r in chosen}
    assert not {r.headline for r in other} & {r.headline for r in chosen}
    assert len({r.headline for r in other}) == len(other)


def test_a_headline_names_a_place_within_tolerance_other_than_a_country(bench: ModuleType) -> None:
    from geo.gazetteer import Candidate

    def entry(name: str, fclass: str, lon: float, lat: float) -> Candidate:
        return Candidate(name, name, fclass, "SY", lon, lat, 0, 1.0, "exact", name, "test")

    table = {
        "homs": [entry("Homs", "city", 36.72, 34.73)],
        "syria": [entry("Syria", "country", 36.70, 34.70)],
        "idlib": [entry("Idlib", "city", 36.63, 35.93)],
    }

    class Stub:
        def lookup(self, name: str, **_: object) -> list[Candidate]:
            return table.get(name, [])

    near = bench.Report("1", "Clashes in Homs, Syria", None, 36.75, 34.75, 25.0, 0, False)
    far = bench.Report("2", "Clashes in Idlib, Syria", None, 36.75, 34.75, 25.0, 0, False)
    bench.mark_named([near, far], Stub())
    assert near.named == ("homs",)
    assert far.named == ()  # Idlib is 130 km away; the country is no place named
