"""GeoJSON lines written one record group at a time, with a journal that lets a killed run resume.

:class:`ResumableLines` appends each finished article's lines to the output and flushes, then records
the article's key and the output's new length in a journal beside it (``OUT.journal``). A run killed at
any moment (Ctrl-C, ``kill -9``) leaves an output of whole lines up to the last journaled article, give
or take one article's lines or a cut last line; :meth:`ResumableLines.recover` cuts the output back to
the last journaled length, so the run continues where the journal ends and the finished output is the
same bytes as an uninterrupted run's. The journal is removed when the run ends normally.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import BinaryIO, Final

from geo.errors import GeoIOError, InputError

__all__ = ["JOURNAL_SUFFIX", "ResumableLines"]

#: Appended to the output's name for its journal.
JOURNAL_SUFFIX: Final = ".journal"
_HEADER: Final = "# geo resumable lines v1 "


class ResumableLines:
    """Append groups of lines to ``path`` with a resume journal.

    Parameters
    ----------
    path
        The output file. Nothing is created before the first :meth:`write` (or :meth:`finish`).
    settings
        One line describing what decides the output besides the inputs (options, version); a resume
        with other settings is refused.
    resume
        Continue an interrupted run: read its journal (:attr:`done` holds the keys written) and cut the
        output back to its last whole group.

    Raises
    ------
    InputError
        On resume: the output exists without a journal (that run finished), or the journal is another
        run's (other settings) or does not match the output.
    """

    def __init__(self, path: str | os.PathLike[str], *, settings: str, resume: bool = False) -> None:
        self.path = Path(path)
        self.journal = self.path.with_name(self.path.name + JOURNAL_SUFFIX)
        self.settings = " ".join(settings.split())
        self.done: set[str] = set()
        self._out: BinaryIO | None = None
        self._log: BinaryIO | None = None
        self._resuming = False
        if resume:
            self.recover()

    def recover(self) -> None:
        """Read the journal of an interrupted run and cut the output back to its last whole group."""
        if not self.journal.is_file():
            if self.path.exists():
                raise InputError(
                    f"nothing to resume: {str(self.path)!r} has no journal {self.journal.name!r} "
                    "(the run that wrote it finished); run without --resume to start over"
                )
            return
        try:
            raw = self.journal.read_bytes()
            size = self.path.stat().st_size if self.path.exists() else 0
        except OSError as exc:
            raise GeoIOError(f"cannot read {str(self.journal)!r}: {exc.strerror or exc}") from exc
        lines = raw.split(b"\n")
        header = lines[0].decode("utf-8", "replace")
        if header != _HEADER + self.settings:
            raise InputError(
                f"cannot resume {str(self.path)!r}: its journal is of a run with other options "
                f"({header.removeprefix(_HEADER) or 'none'!s}); run without --resume to start over"
            )
        end = kept = 0
        for number, line in enumerate(lines[1:-1], start=1):  # the last piece: '' or a cut line
            key, _, offset = line.decode("ascii", "replace").partition(" ")
            if not offset.isdigit() or int(offset) < end or int(offset) > size:
                break
            self.done.add(key)
            end, kept = int(offset), number
        journal_end = sum(len(line) + 1 for line in lines[: kept + 1])
        try:
            if self.path.exists():
                os.truncate(self.path, end)
            os.truncate(self.journal, journal_end)
        except OSError as exc:
            raise GeoIOError(f"cannot resume {str(self.path)!r}: {exc.strerror or exc}") from exc
        self._resuming = True

    def _open(self) -> tuple[BinaryIO, BinaryIO]:
        if self._out is None or self._log is None:
            try:
                if not self._resuming:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self._out = open(self.path, "ab" if self._resuming else "wb")  # noqa: SIM115 - closed by close()
                self._log = open(self.journal, "ab" if self._resuming else "wb")  # noqa: SIM115
            except OSError as exc:
                self.close()
                raise GeoIOError(f"cannot write {str(self.path)!r}: {exc.strerror or exc}") from exc
            if not self._resuming:
                self._log.write((_HEADER + self.settings + "\n").encode("utf-8"))
                self._log.flush()
        return self._out, self._log

    @property
    def opened(self) -> bool:
        """Whether the output has been created (or continued)."""
        return self._out is not None

    def write(self, key: str, text: str) -> None:
        """Append one group's ``text`` (whole lines) and record ``key`` as done."""
        out, log = self._open()
        try:
            out.write(text.encode("utf-8"))
            out.flush()
            log.write(f"{key} {out.tell()}\n".encode("ascii"))
            log.flush()
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(self.path)!r}: {exc.strerror or exc}") from exc

    def close(self) -> None:
        """Close the files, keeping the journal (an interrupted run)."""
        for handle in (self._out, self._log):
            if handle is not None:
                with contextlib.suppress(OSError):
                    handle.close()
        self._out = self._log = None

    def finish(self, *, create: bool = True) -> None:
        """Close the files and remove the journal: the output is complete. ``create`` writes an empty
        output when no group was written."""
        if create:
            self._open()
        self.close()
        with contextlib.suppress(FileNotFoundError):
            self.journal.unlink()
