"""Caches that heal themselves: damaged files are rebuilt with one warning, killed builds leave nothing for
long, odd cache paths work, and a read-only or full cache folder or a cache path that is a file is one line.

The index is not built here (minutes): damage is done to a copy of the real index, and where a rebuild
is checked the build is replaced by a copy of the sound index (the detection and the wiring are real).
"""

from __future__ import annotations

import errno
import json
import logging
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from geo import lexicon, settings
from geo.cache import (
    STALE_AFTER,
    cache_error,
    file_digest,
    manifest_problem,
    seal,
    sweep_temporaries,
    unseal,
    write_manifest,
)
from geo.cli import cli
from geo.errors import GeoIOError
from geo.exports import export
from geo.gazetteer import index as index_module
from geo.gazetteer.index import DamagedIndexError, Gazetteer, default_gazetteer
from geo.io import staging
from geo.recognize.lexicon import _fingerprint, load_lexicon

REPO = Path(__file__).resolve().parents[1]
#: A folder name SQLite URIs would misread unless escaped.
ODD = "a?b#c%d e"


@pytest.fixture(scope="module")
def sound_index() -> Path:
    """The real index of the user cache (built on first use, reused afterwards)."""
    return default_gazetteer().path


@pytest.fixture
def index_copy(tmp_path: Path, sound_index: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the sound index in a fresh cache folder with URI characters in its name (the default)."""
    folder = tmp_path / ODD
    folder.mkdir()
    monkeypatch.setattr(settings, "cache_dir", folder)
    copy = folder / sound_index.name
    shutil.copyfile(sound_index, copy)
    return copy


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch, sound_index: Path) -> list[Path]:
    """Replace the index build by a copy of the sound index; the list collects the targets built."""
    built: list[Path] = []

    def copy_build(target: Path, folder: Path) -> Path:
        built.append(target)
        shutil.copyfile(sound_index, target)
        return target

    monkeypatch.setattr(index_module, "build_index", copy_build)
    return built


def test_index_in_a_folder_with_uri_characters(index_copy: Path, tmp_path: Path) -> None:
    with Gazetteer.open() as gazetteer:
        assert gazetteer.path == index_copy
        assert gazetteer.lookup("Erbil", limit=1)[0].country == "IQ"
    assert sorted(p.name for p in tmp_path.iterdir()) == [ODD]  # no stray file where the URI misread
    assert [p.name for p in index_copy.parent.glob("*.sqlite")] == [index_copy.name]


def _truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _foreign(path: Path) -> None:
    path.write_bytes(b"this is not an index\n" * 1000)


def _rows_missing(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("DELETE FROM names WHERE rowid = (SELECT max(rowid) FROM names)")
    con.commit()
    con.execute("VACUUM")
    con.close()


@pytest.mark.parametrize("damage", [_truncate, _foreign, _rows_missing])
def test_damaged_index_is_rebuilt_with_one_warning(
    index_copy: Path,
    builds: list[Path],
    damage: Callable[[Path], None],
    caplog: pytest.LogCaptureFixture,
) -> None:
    damage(index_copy)
    with pytest.raises(DamagedIndexError, match="is damaged"):
        Gazetteer(index_copy)
    with caplog.at_level(logging.WARNING), Gazetteer.open() as gazetteer:
        assert gazetteer.lookup("Erbil", limit=1)[0].country == "IQ"
    assert builds == [index_copy]
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"gazetteer index {str(index_copy)!r} is damaged (")
    assert warnings[0].endswith("; rebuilding it (up to a few minutes)")


def test_sound_index_is_not_rebuilt(index_copy: Path, builds: list[Path]) -> None:
    with Gazetteer.open():
        pass
    assert builds == []


def test_damaged_page_found_by_a_query_removes_the_index(index_copy: Path) -> None:
    with index_copy.open("r+b") as handle:  # pages of the places table, after the root pages
        handle.seek(4096 * 20)
        handle.write(b"\xff" * 4096 * 20)
    gazetteer = Gazetteer(index_copy)  # the header and the counts are intact
    with pytest.raises(DamagedIndexError, match="removed; it is rebuilt on next use"):
        gazetteer.stats()
    gazetteer.close()
    assert not index_copy.exists()


# ------------------------------------------------------------------------------------------ lexicons
def test_damaged_recognition_lexicon_is_rebuilt(
    sound_index: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    sound = load_lexicon(sound_index)  # the user cache's files (built on first use)
    # the files of this code's lexicon (a shared cache may hold other versions' files for the same index)
    index = sound_index.stem.removeprefix("gazetteer-")
    base = Path(settings.cache_dir) / f"lexicon-{index}-{_fingerprint()}.sum"
    for suffix in (".marisa", ".rec", ".skel", ".sum"):
        shutil.copyfile(base.with_suffix(suffix), tmp_path / base.with_suffix(suffix).name)
    damaged = tmp_path / base.with_suffix(".rec").name
    with damaged.open("r+b") as handle:
        handle.truncate(damaged.stat().st_size - 5)
    with caplog.at_level(logging.WARNING):
        healed = load_lexicon(sound_index, cache_dir=tmp_path)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "is damaged (" in warnings[0]
    assert warnings[0].endswith("does not match its checksum); rebuilding it")
    assert len(healed) == len(sound)
    assert healed.get("erbil") == sound.get("erbil")
    parts = [tmp_path / base.with_suffix(suffix).name for suffix in (".marisa", ".rec", ".skel")]
    assert manifest_problem(tmp_path / base.name, parts) is None


@pytest.fixture
def lexicon_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    lexicon.load.cache_clear()
    yield tmp_path / "lexicon-data"
    lexicon.load.cache_clear()


def test_damaged_json_copy_is_rewritten(lexicon_cache: Path, caplog: pytest.LogCaptureFixture) -> None:
    name = lexicon.available()[0]
    sound = lexicon.load(name)
    (copy,) = lexicon_cache.glob(f"{name}-*.checked.json")
    data = unseal(copy.read_bytes())
    assert data is not None
    raw = json.loads(data)
    raw["entries"] = raw["entries"][:1]  # still valid JSON, and a valid lexicon: only the hash tells
    copy.write_bytes(copy.read_bytes().split(b"\n", 1)[0] + b"\n" + json.dumps(raw).encode())
    lexicon.load.cache_clear()
    with caplog.at_level(logging.WARNING):
        assert lexicon.load(name) == sound
    assert [r.getMessage() for r in caplog.records] == [f"lexicon copy {copy} is damaged; rewriting it"]
    assert unseal(copy.read_bytes()) is not None


def test_seal_and_digest() -> None:
    assert unseal(seal(b"abc\ndef")) == b"abc\ndef"
    assert unseal(b"abc") is None
    assert unseal(seal(b"abc")[:-1]) is None


def test_manifest_catches_truncation_and_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(os.urandom(1 << 20))
    write_manifest(tmp_path / "data.sum", [path])
    assert manifest_problem(tmp_path / "data.sum", [path]) is None
    with path.open("r+b") as handle:
        handle.write(b"\0" * 4096)
    assert manifest_problem(tmp_path / "data.sum", [path]) == "data.bin does not match its checksum"
    assert file_digest(path).startswith(f"{1 << 20}:")


# ------------------------------------------------------------------------------------------ temporaries
_KILLED_BUILD = """
import sys, time
from pathlib import Path
from geo import settings
from geo.gazetteer import build
from geo.gazetteer.sources import Entry
from geo.gazetteer.index import Gazetteer

settings.cache_dir = Path(sys.argv[1])
entry = Entry(id="t:1", name="Erbil", feature_class="city", country="IQ", lon=44.0, lat=36.2,
              population=1, importance=0.5, source="test", names={"Erbil": 0})
build.iter_entries = lambda folder: [entry]
build.skeleton = lambda key: time.sleep(600)  # hold the build after its temporary file exists
Gazetteer.open()
"""


def _spawn(script: str, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(script), *args], env=env)


def _wait_for(folder: Path, pattern: str, process: subprocess.Popen[bytes]) -> list[Path]:
    for _ in range(600):
        found = list(folder.glob(pattern))
        if found or process.poll() is not None:
            return found
        time.sleep(0.1)
    return []


def test_index_build_killed_leaves_nothing_after_the_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, builds: list[Path]
) -> None:
    process = _spawn(_KILLED_BUILD, str(tmp_path))
    try:
        temps = _wait_for(tmp_path, ".gazetteer-*.tmp", process)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert len(temps) == 1
    assert temps[0].name.endswith(f".{process.pid}.tmp")
    assert temps[0].exists()  # kill -9: nothing ran to remove it
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    with Gazetteer.open():  # the next run's build sweeps it
        pass
    assert not temps[0].exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


_KILLED_EXPORT = """
import os, signal, sys
from pathlib import Path
from geo.io import staging

with staging(Path(sys.argv[1])) as folder:
    (folder / "part.geojson").write_text("{}")
    os.kill(os.getpid(), signal.SIGKILL)
"""


def test_export_killed_leaves_its_staging_folder_until_the_next_export(tmp_path: Path) -> None:
    target = tmp_path / "events.geojson"
    process = _spawn(_KILLED_EXPORT, str(target))
    process.wait()
    (left,) = tmp_path.glob(".events.geojson.*.tmp")
    assert left.name.startswith(f".events.geojson.{process.pid}.")
    export({"type": "FeatureCollection", "features": []}, tmp_path / "other.geojson")
    assert not left.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.geojson"]


def test_sweep_keeps_live_and_foreign_temporaries(tmp_path: Path) -> None:
    with staging(tmp_path / "a.geojson") as mine:
        live = tmp_path / f".b.sqlite.{os.getppid()}.tmp"  # our parent runs
        live.write_bytes(b"")
        old = tmp_path / f".c.sqlite.{os.getppid()}.tmp"  # ... but this one is older than PIDs are kept
        old.write_bytes(b"")
        os.utime(old, (time.time() - STALE_AFTER - 60,) * 2)
        user = tmp_path / ".notes.tmp"  # not ours: no PID
        user.write_bytes(b"")
        assert sweep_temporaries(tmp_path) == [old]
        assert mine.exists()
        assert live.exists()
        assert user.exists()


# ------------------------------------------------------------------------------------------ bad folders
@pytest.fixture
def small_text(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text("Dutch troops left Erbil on 3 January 2020.\n", encoding="utf-8")
    return path


def _one_line_error(result: Result, *words: str) -> None:
    output = result.output
    assert result.exit_code == 1, output
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert lines[0].startswith("Error: cache ")
    for word in words:
        assert word in lines[0]
    assert "Traceback" not in output


@pytest.mark.parametrize("command", ["geocode", "extract"])
def test_cache_path_that_is_a_file(tmp_path: Path, small_text: Path, command: str) -> None:
    blocker = tmp_path / "cache"
    blocker.write_text("")
    args = ["geocode", "Erbil"] if command == "geocode" else ["extract", str(small_text)]
    env = {**os.environ, "PYTHONPATH": str(REPO), "GEO_CACHE_DIR": str(blocker / "geo")}
    done = subprocess.run([sys.executable, "-m", "geo", *args], env=env, capture_output=True, text=True)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        f"Error: cache path {str(blocker)!r} is a file, not a folder; move it away or set GEO_CACHE_DIR "
        "to a writable folder"
    ]


@pytest.mark.parametrize("command", ["geocode", "extract"])
@pytest.mark.parametrize(
    ("code", "words"),
    [(errno.EROFS, ("is not writable", "GEO_CACHE_DIR")), (errno.ENOSPC, ("is full", "free some space"))],
)
def test_read_only_or_full_cache_folder(
    tmp_path: Path,
    small_text: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    code: int,
    words: tuple[str, ...],
) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setattr(settings, "cache_dir", folder)
    real_write = Path.write_bytes

    def refuse(self: Path, data: bytes) -> int:  # what a read-only folder or a full disk does to a write
        if folder in self.parents:
            raise OSError(code, os.strerror(code), str(self))
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", refuse)
    args = ["geocode", "Erbil"] if command == "geocode" else ["extract", str(small_text)]
    result = CliRunner().invoke(cli, args)
    _one_line_error(result, str(folder), *words)
    assert [p for p in folder.rglob("*") if p.is_file()] == []


def test_disk_full_during_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(target: Path, folder: Path) -> Path:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(index_module, "build_index", full)
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    with pytest.raises(GeoIOError, match=r"is full \(database or disk is full\); free some space"):
        Gazetteer.open()


def test_cache_error_names_the_folder(tmp_path: Path) -> None:
    message = str(cache_error(tmp_path, OSError(errno.EACCES, "Permission denied")))
    assert message == (
        f"cache folder {str(tmp_path)!r} is not writable (Permission denied); "
        "set GEO_CACHE_DIR to a writable folder"
    )
