"""File I/O at the edges: atomic writes of one file or of several (stage beside the target, then rename),
so that a failure never leaves a half-written file."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from geo.errors import GeoIOError, InputError

__all__ = ["atomic_write_bytes", "atomic_write_text", "publish", "refuse_input_as_output", "staging"]


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

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
    dest = Path(path)
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
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
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise GeoIOError(f"cannot write {str(dest)!r}: {exc.strerror or exc}") from exc
    return dest


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 (with ``\\n`` line ends) atomically; see :func:`atomic_write_bytes`."""
    return atomic_write_bytes(path, text.encode("utf-8"))


@contextlib.contextmanager
def staging(dest: Path) -> Iterator[Path]:
    """Yield a fresh hidden folder beside ``dest`` (same file system, so renames are atomic).

    The folder and whatever is left in it are removed when the block ends, on success or failure.
    """
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent))
    except OSError as exc:
        raise GeoIOError(f"cannot write {str(dest)!r}: {exc.strerror or exc}") from exc
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def publish(staged: Sequence[Path], folder: Path) -> list[Path]:
    """Move the ``staged`` files into ``folder`` under their names, all or none.

    Files already at the targets are first moved aside (into the staging folder) and put back if a
    rename fails, so a failure leaves ``folder`` as it was.

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
