"""JSON-lines files: one JSON object per line, errors naming the file and line."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from geo.errors import GeoIOError, InputError
from geo.io import load_json_text

__all__ = ["iter_json_objects"]


def iter_json_objects(path: str | Path, *, what: str = "") -> Iterator[tuple[int, str, dict[str, Any]]]:
    """Yield ``(line number, "FILE:LINE", object)`` for each non-blank line of a JSON-lines file.

    Parameters
    ----------
    path
        The ``.jsonl`` file (UTF-8; a leading byte-order mark is dropped).
    what
        A word for the file in read errors ("corpus" gives "cannot read corpus 'x.jsonl'").

    Raises
    ------
    GeoIOError
        If the file cannot be opened or is not UTF-8 text.
    InputError
        For a line that is not valid JSON or not a JSON object.
    """
    file = Path(path)
    label = f"{what} " if what else ""
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise GeoIOError(f"cannot read {label}{str(file)!r}: {exc.strerror or exc}") from exc
    with handle:
        # Lines are decoded one at a time so that an encoding error names its own line.
        for lineno, raw in enumerate(handle, start=1):
            where = f"{file}:{lineno}"
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                message = f"cannot read {label}{str(file)!r}: line {lineno} is not UTF-8 text"
                raise GeoIOError(message) from exc
            if lineno == 1:
                line = line.removeprefix("\ufeff")  # a byte-order mark, as article files may have
            if not line.strip():
                continue
            data = load_json_text(line, name=where)
            if not isinstance(data, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}")
            yield lineno, where, data
