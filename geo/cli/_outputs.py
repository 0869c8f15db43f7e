"""Where the commands that write (``map``, ``figure``, ``export``) put their output, checked first.

``-o -`` is standard output. Any other output is checked before any work: it is not one of the
inputs, its ending fits the format, and its folder exists (geo creates no folder unasked). Writing goes
through :mod:`geo.io`, which writes through a symbolic link, device or FIFO instead of replacing it.
"""

from __future__ import annotations

import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import click

from geo.errors import InputError
from geo.io import atomic_write_bytes, refuse_input_as_output, write_target
from geo.io.progress import Stages

__all__ = ["STDIO", "check_output", "is_stdio", "is_stream", "report", "write_bytes", "write_via_file"]

#: The name that stands for standard input or output.
STDIO = "-"


def is_stdio(path: Path | str) -> bool:
    """Whether ``path`` is ``-`` (standard input or output)."""
    return str(path) == STDIO


def is_stream(path: Path) -> bool:
    """Whether ``path`` (links followed) is a device, FIFO or socket, such as ``/dev/stdout``."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def check_output(
    output: Path, inputs: Sequence[Path], *, endings: Sequence[str] | None = None, what: str = "output"
) -> None:
    """Refuse an output before any work: an input, a wrong ending, a missing folder.

    Parameters
    ----------
    output
        The ``-o`` value (``-`` passes: standard output).
    inputs
        The command's inputs (``-`` among them is skipped).
    endings
        Allowed file name endings (lower case, with the dot), or None for any.
    what
        What is written, for the message ("an HTML map").

    Raises
    ------
    InputError
        One line naming the output and what is wrong with it.
    """
    if is_stdio(output):
        return
    refuse_input_as_output(output, [path for path in inputs if not is_stdio(path)])
    if is_stream(output):
        return  # /dev/stdout, a named pipe: written through, whatever its name
    if endings is not None and not output.name.lower().endswith(tuple(endings)):
        allowed = " or ".join([", ".join(endings[:-1]), endings[-1]] if len(endings) > 1 else endings)
        raise InputError(
            f"cannot write {what} to {str(output)!r}: use a {allowed} file name (or - for standard output)"
        )
    folder = write_target(output).parent
    if folder.exists() and not folder.is_dir():
        raise InputError(f"cannot write {str(output)!r}: {str(folder)!r} is a file, not a folder")
    if not folder.is_dir():
        raise InputError(
            f"cannot write {str(output)!r}: output folder {str(folder)!r} does not exist; create it first"
        )


def write_bytes(output: Path, data: bytes) -> None:
    """Write ``data`` to standard output (``-``) or atomically to ``output``."""
    if is_stdio(output):
        stream = sys.stdout.buffer
        stream.write(data)
        stream.flush()
    else:
        atomic_write_bytes(output, data)


def write_via_file(output: Path, name: str, write: Callable[[Path], object]) -> None:
    """Run ``write(path)`` on ``output``; for ``-`` or a stream (a device or FIFO, whose name says
    nothing of the format) on a temporary file ``name``, whose bytes then go to the output. For writers
    that need a file name: exports, figures."""
    if not is_stdio(output) and not is_stream(output):
        write(output)
        return
    with tempfile.TemporaryDirectory(prefix="geo-stream-") as folder:
        path = Path(folder) / name
        write(path)
        written = sorted(Path(folder).iterdir())
        if written != [path]:
            names = ", ".join(item.name for item in written)
            raise InputError(
                f"{str(output)!r} takes one file, but this output is several ({names}); give a file name"
            )
        if is_stdio(output):
            with path.open("rb") as handle:
                shutil.copyfileobj(handle, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        else:
            atomic_write_bytes(output, path.read_bytes())  # written through, not replaced


def report(output: Path, message: str) -> None:
    """Print a command's closing line: on standard error when the output is standard output or another
    stream (not to mix with the data), not at all with ``-q``."""
    context = click.get_current_context(silent=True)
    if context is not None and context.find_root().meta.get("geo.quiet"):
        return
    click.echo(message, err=is_stdio(output) or is_stream(output))


def stages(*names: str) -> Stages:
    """A :class:`~geo.io.progress.Stages` bar for a command's steps: drawn on a terminal, not with ``-q``."""
    context = click.get_current_context(silent=True)
    quiet = context is not None and bool(context.find_root().meta.get("geo.quiet"))
    return Stages(names, enabled=not quiet)
