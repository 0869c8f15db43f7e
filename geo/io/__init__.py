"""File I/O at the edges: atomic writes here, bounded reads in :mod:`geo.io.bounded` (re-exported).

Writes go through a file or folder staged beside the target and a rename, so that a failure never
leaves a half-written file. Reads of untrusted content are bounded: :func:`load_json_text` and
:func:`load_yaml_text` refuse nesting deeper than :data:`MAX_DEPTH` (and YAML aliases beyond a small
limit, the "billion laughs" bomb), :func:`read_bounded` refuses files larger than
:data:`MAX_FILE_BYTES` and :func:`open_zip` refuses archives that would expand beyond
:data:`MAX_ZIP_BYTES` or by more than :data:`MAX_ZIP_RATIO` (a zip bomb). Each raises
:class:`~geo.errors.InputError` with one line naming the file and the problem.
:func:`csv_guard` keeps a spreadsheet from reading a CSV cell as a formula; :func:`csv_unguard` undoes it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Final

from geo.cache import sweep_temporaries, temp_prefix
from geo.errors import GeoIOError, InputError
from geo.io.bounded import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_YAML_ALIASES,
    MAX_YAML_NODES,
    MAX_ZIP_BYTES,
    MAX_ZIP_RATIO,
    gc_paused,
    load_json_text,
    load_yaml_text,
    nested_too_deep,
    open_zip,
    read_bounded,
)

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_YAML_ALIASES",
    "MAX_YAML_NODES",
    "MAX_ZIP_BYTES",
    "MAX_ZIP_RATIO",
    "atomic_write_bytes",
    "atomic_write_text",
    "csv_guard",
    "csv_unguard",
    "gc_paused",
    "load_json_text",
    "load_yaml_text",
    "nested_too_deep",
    "open_zip",
    "publish",
    "read_bounded",
    "refuse_input_as_output",
    "staging",
    "write_target",
]

#: A text cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): one starting with
#: ``= + - @``, tab or carriage return, after any quotes the guard added. RE2 syntax too (pyarrow).
CSV_FORMULA: Final = r"^'*[=+\-@\t\r]"
#: ... unless it is a plain number, which no spreadsheet runs (``-12.5``, ``+3``, ``1e-3``).
CSV_NUMBER: Final = r"'*[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"  # whole cell


def _is_special(path: Path) -> bool:
    """Whether ``path`` (links followed) exists and is not a regular file or folder: a device, FIFO
    or socket, which a rename would replace instead of writing to (``/dev/stdout``, a named pipe)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def write_target(path: str | os.PathLike[str]) -> Path:
    """Where an atomic write of ``path`` puts its file: the path itself, or the file a symbolic link
    points to (the link is kept and written through, never replaced by a regular file)."""
    dest = Path(path)
    return Path(os.path.realpath(dest)) if dest.is_symlink() else dest


def _write_through(dest: Path, data: bytes) -> Path:
    """Write ``data`` into an existing device or FIFO (no temporary file: it cannot be renamed over)."""
    try:
        with open(dest, "wb") as handle:
            handle.write(data)
    except OSError as exc:
        raise GeoIOError(f"cannot write {str(dest)!r}: {exc.strerror or exc}") from exc
    return dest


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    A symbolic link is written through (its target is replaced, the link stays); a device, FIFO or
    socket (``/dev/stdout``, a named pipe) is written to directly, as a stream, since renaming over it
    would replace it with a regular file.

    Parameters
    ----------
    path
        Destination file; its parent folders are created.
    data
        The complete content.

    Returns
    -------
    Path
        The destination path.

    Raises
    ------
    GeoIOError
        If the folder cannot be created or the file cannot be written; the destination is then
        left as it was.
    """
    if _is_special(Path(path)):
        return _write_through(Path(path), data)
    dest = write_target(path)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(dest), suffix=".tmp", dir=dest.parent)
    except OSError as exc:
        raise GeoIOError(f"cannot write {str(dest)!r}: {exc.strerror or exc}") from exc
    try:
        # mkstemp creates the file readable by its owner only; give it the usual umask-based mode.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, dest)
    except BaseException as exc:  # an interrupt (Ctrl-C) too: never leave the temporary behind
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise GeoIOError(f"cannot write {str(dest)!r}: {exc.strerror or exc}") from exc
        raise
    return dest


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 (with ``\\n`` line ends) atomically; see :func:`atomic_write_bytes`."""
    return atomic_write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def staging(dest: Path) -> Iterator[Path]:
    """Yield a fresh hidden folder beside ``dest`` (same file system, so renames are atomic).

    The folder and whatever is left in it are removed when the block ends, on success or failure; one
    left by a killed process (its name holds the PID) is removed by the next staging in that folder.
    """
    special = _is_special(dest)  # a device or FIFO is written into (see publish): stage anywhere
    target = dest if special else write_target(dest)
    try:
        if not special:
            target.parent.mkdir(parents=True, exist_ok=True)
            sweep_temporaries(target.parent)
        where = None if special else target.parent
        folder = Path(tempfile.mkdtemp(prefix=temp_prefix(target), suffix=".tmp", dir=where))
    except OSError as exc:
        raise GeoIOError(f"cannot write {str(dest)!r}: {exc.strerror or exc}") from exc
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def publish(staged: Sequence[Path], folder: Path) -> list[Path]:
    """Move the ``staged`` files into ``folder`` under their names, all or none.

    Files already at the targets are first moved aside (into the staging folder) and put back if a
    rename fails, so a failure leaves ``folder`` as it was. A target that is a symbolic link is
    written through (the file it points to is replaced; it must be on the same file system), one that
    is a device or FIFO is written into.

    Raises
    ------
    GeoIOError
        If a file cannot be moved; nothing new is left in ``folder``.
    """
    umask = os.umask(0)
    os.umask(umask)
    moved: list[Path] = []
    backups: list[tuple[Path, Path]] = []
    try:
        for source in staged:
            target = folder / source.name
            os.chmod(source, 0o666 & ~umask)  # mkdtemp's folder is private; the files get the usual mode
            if _is_special(target):  # a device or FIFO: write into it, never rename over it
                with open(source, "rb") as handle:
                    _write_through(target, handle.read())
                continue
            target = write_target(target)  # a symbolic link is written through, not replaced
            if target.exists():
                backup = source.with_name(source.name + ".previous")
                os.replace(target, backup)
                backups.append((backup, target))
            os.replace(source, target)
            moved.append(target)
    except OSError as exc:
        for target in moved:
            with contextlib.suppress(OSError):
                os.unlink(target)
        for backup, target in backups:
            with contextlib.suppress(OSError):
                os.replace(backup, target)
        raise GeoIOError(f"cannot write {str(folder / staged[0].name)!r}: {exc.strerror or exc}") from exc
    return moved


def refuse_input_as_output(
    output: str | os.PathLike[str] | None, inputs: Sequence[str | os.PathLike[str]]
) -> None:
    """Refuse to write ``output`` when it is one of ``inputs`` (the same file by path or by inode).

    A command that rewrote its input would destroy it; every command that writes a file calls this
    before reading anything. Folders among ``inputs`` count too: an output inside one is refused only
    when it is one of the files the command reads, which the caller passes expanded.

    Raises
    ------
    InputError
        If ``output`` resolves to an input.
    """
    if output is None:
        return
    out = Path(output)
    for item in inputs:
        source = Path(item)
        same = out.resolve() == source.resolve()
        if not same and out.exists() and source.exists():
            with contextlib.suppress(OSError):
                same = os.path.samefile(out, source)
        if same:
            raise InputError(f"output {str(output)!r} is also an input; choose another output file")


def csv_guard(value: str) -> str:
    """Prefix a quote to a CSV text cell that a spreadsheet would run as a formula (OWASP).

    A cell matching :data:`CSV_FORMULA` that is not a plain number (:data:`CSV_NUMBER`) gets one
    ``'``; since the pattern skips leading quotes, a value that already starts with quotes before
    such a character gets one more, so :func:`csv_unguard` restores every value exactly.
    """
    if re.match(CSV_FORMULA, value) and not re.fullmatch(CSV_NUMBER, value):
        return "'" + value
    return value


def csv_unguard(value: str) -> str:
    """Remove the quote :func:`csv_guard` added (``csv_unguard(csv_guard(v)) == v`` for every ``v``)."""
    return value[1:] if value.startswith("'") and csv_guard(value[1:]) != value[1:] else value
