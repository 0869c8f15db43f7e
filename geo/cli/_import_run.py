"""The streaming loop of ``geo import``: rows in, features written one at a time, errors as they come.

Features go to a staged file beside the output (or a temporary file for standard output) as they are
built, so memory stays flat however many rows the file has; the staged file replaces the output only
when the whole file was read (and, with ``--on-error reject``, only when no row was bad). The
FeatureCollection written is the same text as :func:`geo.model.geojson.dumps` of the whole collection.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import click

from geo.importers import RowError
from geo.io import publish, staging
from geo.io.progress import Progress, rate_text
from geo.model.feature import EventFeature
from geo.model.geojson import dumps

__all__ = ["FeatureWriter", "ImportCounts", "stream_import"]


class FeatureWriter:
    """Write features one at a time as GeoJSON lines or as one FeatureCollection (``dumps``' text)."""

    def __init__(self, handle: BinaryIO, *, lines: bool) -> None:
        self._handle = handle
        self._lines = lines
        self.count = 0
        if not lines:
            handle.write(b'{\n  "type": "FeatureCollection",\n  "features": ')

    def write(self, feature: EventFeature) -> None:
        """Append one feature."""
        data = feature.model_dump(mode="json")
        if self._lines:
            text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"
        else:
            indented = dumps(data).rstrip("\n").replace("\n", "\n    ")
            text = ("[\n    " if self.count == 0 else ",\n    ") + indented
        self._handle.write(text.encode("utf-8"))
        self.count += 1

    def close(self) -> None:
        """End the collection (nothing for lines)."""
        if not self._lines:
            self._handle.write(b"[]\n}\n" if self.count == 0 else b"\n  ]\n}\n")


@dataclass(slots=True)
class ImportCounts:
    """Rows read, features written, rows skipped and the seconds it took."""

    read: int = 0
    imported: int = 0
    skipped: int = 0
    seconds: float = 0.0

    def plain(self) -> str:
        """``read N rows, imported N, skipped N``."""
        return f"read {self.read} rows, imported {self.imported}, skipped {self.skipped}"

    def summary(self) -> str:
        """:meth:`plain` with the time and rate."""
        return f"{self.plain()} in {self.seconds:.1f} s ({rate_text(self.read, self.seconds, 'rows')})"


def stream_import(
    items: Iterator[EventFeature | RowError],
    *,
    output: Path | None,
    lines: bool,
    keep: Callable[[ImportCounts], bool],
    report: Callable[[RowError], None],
    total: int | None,
    quiet: bool,
) -> ImportCounts:
    """Write the features of ``items`` to ``output`` (None: standard output), reporting each row error.

    ``keep(counts)`` decides at the end whether the output is published (False: nothing is written).
    """
    counts = ImportCounts()
    started = time.perf_counter()
    with _staged(output) as staged:
        with staged.open("wb") as handle, Progress(total=total, unit="rows", enabled=not quiet) as progress:
            writer = FeatureWriter(handle, lines=lines)
            for item in items:
                counts.read += 1
                progress.update()
                if isinstance(item, RowError):
                    counts.skipped += 1
                    report(item)
                else:
                    writer.write(item)
                    counts.imported += 1
            writer.close()
        counts.seconds = time.perf_counter() - started
        if keep(counts):
            if output is None:
                stdout = click.get_binary_stream("stdout")
                with staged.open("rb") as handle:
                    shutil.copyfileobj(handle, stdout)
                stdout.flush()
            else:
                publish([staged], output.parent)
    return counts


@contextlib.contextmanager
def _staged(output: Path | None) -> Iterator[Path]:
    """The path of a staged file for ``output`` (beside it; in a temporary folder for standard output),
    removed at the end whatever happens."""
    if output is None:
        with tempfile.TemporaryDirectory(prefix="geo-import-") as folder:
            yield Path(folder) / "out"
    else:
        with staging(output) as folder:
            yield folder / output.name
