"""geo extract ends its process without teardown: the same output, stdout and exit status as before."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import geo.cli._exit as ending
from geo.cli import cli

_TEXT = "Rockets hit an air base near Erbil on Monday, officials said. Two soldiers were wounded.\n"


def _geo(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run(
        [sys.executable, "-m", "geo", *args], capture_output=True, text=True, env=env, cwd=tmp_path
    )


def _folder(tmp_path: Path, *, bad: bool = False) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(_TEXT, encoding="utf-8")
    if bad:
        (folder / "latin1.txt").write_bytes("Troupes à Bogotá.\n".encode("latin-1"))
    return folder


def test_lines_on_standard_output_are_all_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    done = _geo(["extract", str(folder), "--published", "2021-07-05", "-q"], tmp_path)
    expected = CliRunner().invoke(cli, ["extract", str(folder), "--published", "2021-07-05", "-q"])
    assert done.returncode == 0
    assert expected.exit_code == 0
    assert done.stdout == expected.stdout
    assert done.stdout.count("\n") >= 1


def test_a_skipped_article_still_exits_1_with_the_file_written(tmp_path: Path) -> None:
    folder = _folder(tmp_path, bad=True)
    out = tmp_path / "out.geojsonl"
    done = _geo(["extract", str(folder), "--published", "2021-07-05", "-o", str(out)], tmp_path)
    assert done.returncode == 1
    assert "skipped article 'latin1'" in done.stderr
    assert "extracted 1 article" in done.stderr  # the summary, flushed before the process ends
    assert out.read_text(encoding="utf-8").count("\n") >= 1


def test_end_returns_unless_the_command_allowed_it(monkeypatch: pytest.MonkeyPatch) -> None:
    ended: list[int] = []
    monkeypatch.setattr(ending.os, "_exit", ended.append)
    monkeypatch.setattr(ending.atexit, "_run_exitfuncs", lambda: None)
    monkeypatch.setattr(ending, "_state", {"main": False, "ready": False})
    # earlier tests of the session may leave a thread or a pool's children behind: this test is about the
    # command's own say, so the process looks as a fresh geo process does
    monkeypatch.setattr(ending.threading, "active_count", lambda: 1)
    monkeypatch.setitem(sys.modules, "multiprocessing", None)
    monkeypatch.setattr(ending.sys, "gettrace", lambda: None)
    monkeypatch.setattr(ending.sys, "getprofile", lambda: None)
    ending.skip_teardown()
    ending.end(0)  # not a process geo.cli.main runs
    assert ended == []
    ending.begin()
    ending.end(0)  # the command did not say it is done
    assert ended == []
    ending.skip_teardown()
    ending.end(1)
    assert ended == [1]


def test_a_profiled_run_writes_its_profile(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    profile = tmp_path / "run.prof"
    args = ["-m", "cProfile", "-o", str(profile), "-m", "geo", "extract", str(folder), "-q"]
    root = str(Path(__file__).resolve().parents[1])
    env = {**os.environ, "PYTHONPATH": root + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert done.returncode == 0
    assert profile.stat().st_size > 0


def test_settle_tunes_only_a_process_main_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(ending.gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(ending.gc, "set_threshold", lambda *values: calls.append(f"{values}"))
    monkeypatch.setattr(ending, "_state", {"main": False, "ready": False})
    ending.settle()
    assert calls == []
    ending.begin()
    ending.settle()
    assert calls == ["freeze", f"{ending.THRESHOLDS}"]
