"""``geo extract --resume``: a run killed with SIGKILL (or Ctrl-C) leaves whole GeoJSON lines up to the
last finished article, and resuming it gives the same bytes as an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from geo.cli import cli
from geo.errors import InputError
from geo.io.resumable import ResumableLines

REPO = Path(__file__).resolve().parents[1]
CITIES = ("Erbil", "Baghdad", "Basra", "Mosul", "Kirkuk", "Najaf", "Tikrit", "Falluja")


def _batch(path: Path, count: int) -> Path:
    rows = []
    for i in range(count):
        one, two = CITIES[i % len(CITIES)], CITIES[(i * 5 + 2) % len(CITIES)]
        text = f"Rockets hit {one} on Monday. Troops arrived in {two} on Tuesday.\n" * (3 + i % 5)
        rows.append(json.dumps({"id": f"r{i:05d}", "text": text, "published": "2021-07-05"}))
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _journal_entries(journal: Path) -> int:
    try:
        return max(0, journal.read_bytes().count(b"\n") - 1)
    except FileNotFoundError:
        return 0


def _geo(*args: str) -> list[str]:
    return [sys.executable, "-m", "geo", "extract", *args]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_killed_run_resumes_to_the_same_bytes(tmp_path: Path, jobs: str) -> None:
    batch = _batch(tmp_path / "batch.jsonl", 600)
    whole = tmp_path / "whole.geojsonl"
    done = subprocess.run(
        _geo(str(batch), "-o", str(whole), "-q"), env=_env(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "whole.geojsonl.journal").exists()

    out = tmp_path / "out.geojsonl"
    journal = tmp_path / "out.geojsonl.journal"
    process = subprocess.Popen(_geo(str(batch), "-o", str(out), "-q", "-j", jobs), env=_env())
    deadline = time.monotonic() + 240
    while _journal_entries(journal) < 30 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it was killed: make the batch longer"
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = out.read_bytes()
    assert 0 < len(written) < whole.stat().st_size
    assert whole.read_bytes().startswith(written[: written.rfind(b"\n") + 1])
    with out.open("ab") as handle:  # as if the kill had cut a line in the middle
        handle.write(b'{"type":"Feature","geometry":{"type":"Po')

    resumed = subprocess.run(
        _geo(str(batch), "-o", str(out), "--resume", "-j", jobs), env=_env(), capture_output=True, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    assert "done before (--resume)" in resumed.stderr.decode()
    assert out.read_bytes() == whole.read_bytes()
    assert not journal.exists()


def test_resume_recovers_a_cut_output_and_journal(tmp_path: Path) -> None:
    out = tmp_path / "out.geojsonl"
    sink = ResumableLines(out, settings="x=1")
    sink.write("k1", '{"a":1}\n{"a":2}\n')
    sink.write("k2", "")
    sink.write("k3", '{"a":3}\n')
    sink.close()
    with out.open("ab") as handle:
        handle.write(b'{"a":4}\n{"a"')  # lines of an article the journal does not have yet
    with sink.journal.open("ab") as handle:
        handle.write(b"k4 99")  # a journal line cut by the kill
    again = ResumableLines(out, settings="x=1", resume=True)
    assert again.done == {"k1", "k2", "k3"}
    assert out.read_bytes() == b'{"a":1}\n{"a":2}\n{"a":3}\n'
    again.write("k4", '{"a":4}\n')
    again.finish()
    assert out.read_bytes() == b'{"a":1}\n{"a":2}\n{"a":3}\n{"a":4}\n'
    assert not again.journal.exists()


def test_resume_refuses_a_finished_output_or_other_options(tmp_path: Path) -> None:
    out = tmp_path / "out.geojsonl"
    sink = ResumableLines(out, settings="x=1")
    sink.write("k1", "{}\n")
    sink.close()
    with pytest.raises(InputError, match="other options"):
        ResumableLines(out, settings="x=2", resume=True)
    ResumableLines(out, settings="x=1", resume=True).finish()
    with pytest.raises(InputError, match="nothing to resume"):
        ResumableLines(out, settings="x=1", resume=True)
    fresh = ResumableLines(tmp_path / "new.geojsonl", settings="x=1", resume=True)  # nothing yet: a new run
    assert fresh.done == set()


def test_resume_needs_a_lines_output(tmp_path: Path) -> None:
    batch = _batch(tmp_path / "b.jsonl", 2)
    result = CliRunner().invoke(cli, ["extract", str(batch), "--resume"])
    assert result.exit_code == 1
    assert "--resume continues an -o file" in result.output
