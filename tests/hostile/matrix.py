"""The hostile-input matrix: a case is a few files made in a fresh folder, a command line and an exit status.

Every case asserts the same contract (hardening issue): the expected exit status, no traceback and no
uncaught exception, a one-line error (exit 2: click's usage block ending in one ``Error:`` line), every
input byte-identical afterwards, and, when the command fails, no new entry in the folder (no output, no
partial or temporary file). Cases are data (:class:`Case`); each module lists its own and calls
:func:`check`.
"""

from __future__ import annotations

import copy
import json
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from geo.cli import cli

SEED = Path(__file__).resolve().parents[2] / "data" / "locations.geojson"


class Dir:
    """A folder (where a file is expected)."""


class Fifo:
    """A named pipe; only ever used as the parent of a path, which makes that path unreadable."""


@dataclass(frozen=True)
class Link:
    """A symbolic link to ``target`` (relative to the case folder; may dangle)."""

    target: str


Entry = str | bytes | Dir | Fifo | Link | Callable[[], bytes]


@dataclass(frozen=True)
class Case:
    """One row of the matrix.

    ``args`` may hold ``{d}`` for the case folder. ``files`` maps paths in that folder to contents (text,
    bytes, a function returning bytes, or a :class:`Dir`, :class:`Fifo` or :class:`Link`).
    ``code`` is the expected exit status; ``lines`` the most error lines allowed (row-by-row reports);
    ``output`` a file that must exist after a successful run; ``says`` a text the output must contain.
    """

    id: str
    args: tuple[str, ...]
    files: Mapping[str, Entry] = field(default_factory=dict)
    code: int = 1
    lines: int = 1
    output: str | None = None
    says: str = ""
    marks: tuple[Any, ...] = ()

    def param(self) -> Any:
        """This case as a pytest parameter."""
        return pytest.param(self, id=self.id, marks=self.marks)


def build(root: Path, files: Mapping[str, Entry]) -> None:
    """Make ``files`` under ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    for name, entry in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(entry, Dir):
            path.mkdir()
        elif isinstance(entry, Fifo):
            os.mkfifo(path)
        elif isinstance(entry, Link):
            path.symlink_to(root / entry.target)
        elif isinstance(entry, bytes):
            path.write_bytes(entry)
        elif isinstance(entry, str):
            path.write_bytes(entry.encode("utf-8"))
        else:
            path.write_bytes(entry())


def snapshot(root: Path) -> dict[str, object]:
    """Every entry under ``root``: bytes of regular files, link targets, and a mark for folders and pipes."""
    seen: dict[str, object] = {}
    for path in sorted(root.rglob("*")):
        mode = path.lstat().st_mode
        name = str(path.relative_to(root))
        if stat.S_ISLNK(mode):
            seen[name] = ("link", os.readlink(path))
        elif stat.S_ISREG(mode):
            seen[name] = path.read_bytes()
        else:
            seen[name] = ("dir" if stat.S_ISDIR(mode) else "special", None)
    return seen


def assert_clean_result(result: Result, code: int, *, lines: int = 1, says: str = "") -> None:
    """Exit status ``code``, no traceback, no uncaught exception, and a short error message."""
    text = result.output
    assert "Traceback" not in text, text
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {type(result.exception).__name__}: {result.exception}")
    assert result.exit_code == code, text
    assert says in text, text
    if code == 0:
        return
    stderr = [line for line in result.stderr.splitlines() if line.strip()]
    if code == 2:
        errors = [line for line in stderr if line.startswith("Error: ")]
        assert len(errors) == 1, text
        assert stderr[-1] == errors[0], text
        return
    assert stderr, f"exit {code} without a message"
    assert len(stderr) <= lines, text
    assert all(len(line) < 1000 for line in stderr), text


def check(case: Case, tmp_path: Path) -> Result:
    """Run ``case`` in a fresh folder under ``tmp_path`` and assert the matrix contract."""
    root = tmp_path / "case"
    build(root, case.files)
    before = snapshot(root)
    result = CliRunner().invoke(cli, [arg.replace("{d}", str(root)) for arg in case.args])
    assert_clean_result(result, case.code, lines=case.lines, says=case.says)
    after = snapshot(root)
    for name, content in before.items():
        assert after.get(name) == content, f"input {name} changed"
    if case.code != 0:
        assert sorted(after) == sorted(before), f"left behind: {sorted(set(after) - set(before))}"
    elif case.output is not None:
        assert (root / case.output).is_file(), result.output
    return result


@cache
def _seed() -> tuple[dict[str, Any], ...]:
    data = json.loads(SEED.read_text(encoding="utf-8"))
    return tuple(data["features"][:3])


def feature(index: int = 0, **properties: Any) -> dict[str, Any]:
    """A valid event feature of the seed data (a fresh copy), with ``properties`` replaced."""
    item = copy.deepcopy(_seed()[index])
    item["properties"].update(properties)
    return item


def collection(*features: Mapping[str, Any]) -> str:
    """A FeatureCollection of ``features`` (default: one valid feature) as text."""
    return json.dumps({"type": "FeatureCollection", "features": list(features or [feature()])})
