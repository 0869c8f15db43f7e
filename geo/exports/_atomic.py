"""Atomic publication of one or several files: stage beside the target, then rename into place."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from geo.errors import GeoIOError

__all__ = ["publish", "staging"]


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
