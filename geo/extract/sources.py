"""The articles of a whole archive, read lazily: files, folders, glob patterns, JSON lines, standard input.

:func:`iter_items` yields one item per article in a fixed order (the inputs in the order given; a
folder's files and a pattern's matches sorted by path), holding one article at a time. An article that
cannot be read (not UTF-8, binary, bad front matter or batch line, unsupported suffix) becomes an
:class:`Unread` item naming it and the reason, so one bad file never stops the run. A JSON-lines input
whose first line is not a JSON object is not JSON lines at all: it gives one :class:`Unread` item.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Final

from geo.errors import InputError
from geo.io import load_json_text
from geo.model.article import Article
from geo.readers import ARTICLE_SUFFIXES, _jsonl_article, read_article
from geo.readers.meta import normalize_published

__all__ = ["STDIN", "Unread", "count_items", "is_pattern", "iter_items"]

#: The input name that means JSON lines on standard input.
STDIN: Final = "-"

_PATTERN_CHARS: Final = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Unread:
    """An article that could not be read: its id (file stem, or ``FILE:LINE``) and the reason."""

    id: str
    reason: str


def is_pattern(value: str) -> bool:
    """Whether ``value`` is a glob pattern rather than a path (it holds ``*``, ``?`` or ``[`` and no
    file of that name exists)."""
    return any(char in _PATTERN_CHARS for char in value) and not os.path.lexists(value)


def _files(
    inputs: Iterable[str], *, suffixes: tuple[str, ...], skip: frozenset[Path] = frozenset()
) -> Iterator[str]:
    """Expand folders (recursively, files with one of ``suffixes``) and patterns; keep files and ``-``."""
    wanted = tuple(s.lower() for s in suffixes)
    for item in inputs:
        if item == STDIN:
            yield item
        elif is_pattern(item):
            matches = [m for m in sorted(glob.iglob(item, recursive=True)) if os.path.isfile(m)]
            if not matches:
                yield _NoMatch(item)
            for match in matches:
                if Path(match).resolve() not in skip:
                    yield match
        elif os.path.isdir(item):
            for path in _walk(item):
                if path.lower().endswith(wanted) and Path(path).resolve() not in skip:
                    yield path
        else:
            yield item


class _NoMatch(str):
    """A pattern that matches no file (one failure of the run)."""

    __slots__ = ()


def _walk(folder: str) -> Iterator[str]:
    """The files under ``folder`` in path order (a subfolder's files where its name sorts), not
    following links to folders."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(entry.path)
        elif entry.is_file():
            yield entry.path


def iter_items(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    suffixes: tuple[str, ...] = ARTICLE_SUFFIXES,
    skip: Iterable[str | os.PathLike[str]] = (),
    stdin: BinaryIO | None = None,
) -> Iterator[Article | Unread]:
    """Yield the articles of ``inputs``, one at a time, or an :class:`Unread` for each unreadable one.

    Parameters
    ----------
    inputs
        Article files (``.txt``, ``.md``, ``.html``), JSON-lines batches (``.jsonl``), folders (searched
        recursively for files ending in one of ``suffixes``), glob patterns (``**`` crosses folders) and
        ``-`` (JSON lines on standard input).
    published
        Publication date (EDTF) for articles whose metadata gives none.
    suffixes
        File endings picked from folders.
    skip
        Files never read (the run's own output when it lies in an input folder).
    stdin
        The binary stream read for ``-`` (default: ``sys.stdin.buffer``).

    Raises
    ------
    InputError
        If ``published`` is not a valid date (before anything is read).
    """
    default = None if published is None else normalize_published(published, where="--published")
    avoid = frozenset(Path(path).resolve() for path in skip)
    for path in _files(inputs, suffixes=suffixes, skip=avoid):
        if isinstance(path, _NoMatch):
            yield Unread(str(path), f"InputError: no file matches the pattern {str(path)!r}")
        elif path == STDIN:
            yield from _lines(stdin or sys.stdin.buffer, name="<stdin>", stem="stdin", default=default)
        elif path.lower().endswith(".jsonl"):
            yield from _jsonl_file(path, default=default)
        else:
            try:
                article = read_article(path, published=default)
            except Exception as exc:  # any unreadable file is named and skipped, never fatal to the run
                yield Unread(Path(path).stem, _reason(exc))
                continue
            yield article


def _jsonl_file(path: str, *, default: str | None) -> Iterator[Article | Unread]:
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed by the with block below
    except OSError as exc:
        yield Unread(path, f"GeoIOError: cannot read {path!r}: {exc.strerror or exc}")
        return
    with handle:
        yield from _lines(handle, name=path, stem=Path(path).stem, default=default)


def _lines(handle: BinaryIO, *, name: str, stem: str, default: str | None) -> Iterator[Article | Unread]:
    """The articles of a JSON-lines stream; a bad first line stands for the whole stream."""
    first = True
    for lineno, raw in enumerate(handle, start=1):
        where = f"{name}:{lineno}"
        try:
            line = raw.decode("utf-8")
            if first:
                line = line.removeprefix("\ufeff")
            if not line.strip():
                continue
            data = load_json_text(line, name=where)
            if not isinstance(data, dict):
                raise InputError(f"{where}: expected a JSON object, got {type(data).__name__}")
            item: Article | Unread = _jsonl_article(
                data, where=where, stem=stem, lineno=lineno, default=default
            )
        except UnicodeDecodeError as exc:
            item = Unread(where, f"GeoIOError: {where}: not UTF-8 text ({exc.reason} at byte {exc.start})")
        except Exception as exc:  # a bad line is named and skipped, never fatal to the run
            item = Unread(where, _reason(exc))
        if first and isinstance(item, Unread):
            yield Unread(name, f"not a JSON-lines file: {item.reason}")
            return
        first = False
        yield item


def _reason(exc: BaseException) -> str:
    """``Type: first line of the message`` of an exception."""
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else type(exc).__name__}"


def count_items(
    inputs: Iterable[str], *, suffixes: tuple[str, ...] = ARTICLE_SUFFIXES, skip: Iterable[str] = ()
) -> int | None:
    """Count the articles of ``inputs`` cheaply (files, and non-blank lines of batches), for a progress
    bar's total; None when standard input is among them (it can be read only once)."""
    inputs = list(inputs)
    if STDIN in inputs:
        return None
    avoid = frozenset(Path(path).resolve() for path in skip)
    total = 0
    for path in _files(inputs, suffixes=suffixes, skip=avoid):
        if not path.lower().endswith(".jsonl"):
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total
