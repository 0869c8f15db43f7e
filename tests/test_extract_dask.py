"""``geo extract --dask``: the same pipeline on a dask.distributed cluster of worker processes gives the
same bytes as one process (a local cluster started by geo, and a cluster reached by its address)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import LocalCluster

from geo.cli import cli

CITIES = ("Erbil", "Baghdad", "Basra", "Mosul", "Kirkuk", "Najaf")


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask")
    rows = [
        {
            "id": f"d{i:03d}",
            "text": f"Rockets hit {CITIES[i % 6]} on Monday. Troops left {CITIES[(i + 2) % 6]}.\n"
            * (1 + i % 4),
            "published": "2021-07-05",
        }
        for i in range(60)
    ]
    path = folder / "batch.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows) + "{broken\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def one_process(batch: Path) -> bytes:
    out = batch.parent / "one.geojsonl"
    result = CliRunner().invoke(cli, ["extract", str(batch), "-o", str(out), "-q"])
    assert result.exit_code == 1  # the broken last line
    return out.read_bytes()


def test_a_cluster_at_an_address_gives_the_same_bytes(
    batch: Path, one_process: bytes, tmp_path: Path
) -> None:
    out = tmp_path / "dask.geojsonl"
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        result = CliRunner().invoke(
            cli, ["extract", str(batch), "-o", str(out), "--dask", cluster.scheduler_address]
        )
    assert result.exit_code == 1, result.output
    assert f"skipped article '{batch}:61'" in result.stderr
    assert "extracted 60 articles" in result.stderr
    assert out.read_bytes() == one_process


def test_a_local_cluster_gives_the_same_bytes(batch: Path, one_process: bytes, tmp_path: Path) -> None:
    out = tmp_path / "local.geojsonl"
    result = CliRunner().invoke(
        cli, ["extract", str(batch), "-o", str(out), "--dask", "local", "-j", "2", "-q"]
    )
    assert result.exit_code == 1, result.output
    assert out.read_bytes() == one_process


def test_an_unreachable_scheduler_is_one_line(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "never.geojsonl"
    result = CliRunner().invoke(cli, ["extract", str(batch), "-o", str(out), "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler 'tcp://127.0.0.1:9'" in result.output
    assert not out.exists()


def test_a_local_cluster_runs_without_the_background_work_of_a_shared_one() -> None:
    import dask

    from geo.extract.distributed import LOCAL_CONFIG, _client

    client, cluster = _client("local", 1)
    try:
        assert client.direct_to_workers is True  # results come from the workers, not via the scheduler
        for key, value in LOCAL_CONFIG.items():
            seen = client.run(dask.config.get, key)  # in each worker process
            assert set(seen.values()) == {value}, key
        trim = client.run(os.environ.get, "MALLOC_TRIM_THRESHOLD_")
        assert set(trim.values()) == {os.environ.get("MALLOC_TRIM_THRESHOLD_")}  # glibc's own setting
        assert dask.config.get("distributed.admin.tick.interval") == "20ms"  # this process: untouched
    finally:
        client.close()
        cluster.close()
