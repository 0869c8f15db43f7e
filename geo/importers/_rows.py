"""What every importer shares: CSV rows with their physical line numbers, row errors, the result.

An importer turns each input row into an event feature or into a :class:`RowError` naming the row's
line; it never drops a row silently. Problems with the file as a whole (unreadable, not UTF-8, a
required column missing) raise :class:`geo.errors.InputError` instead.
"""

from __future__ import annotations

import csv
import datetime
import itertools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TextIO

from pydantic import ValidationError

from geo.errors import GeoIOError, InputError
from geo.importers._seen import SeenIds
from geo.io import csv_unguard
from geo.model.build import Draft, EventPlace, build_event
from geo.model.checks import check_coordinates
from geo.model.feature import EventFeature

__all__ = [
    "CsvRow",
    "ImportResult",
    "RowError",
    "RowValueError",
    "build_feature",
    "collect",
    "convert_rows",
    "gather",
    "place_id",
    "read_csv",
]

#: Line breaks (with the blanks around them) in a place name, which an id keeps on one line.
_LINE_BREAKS: Final = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")

#: Largest CSV field accepted, in characters (UCDP source texts run to a few thousand).
MAX_FIELD_CHARS: Final = 10_000_000


class RowValueError(InputError):
    """A value in one row is unusable; the importer turns it into a :class:`RowError`."""


@dataclass(frozen=True, slots=True)
class RowError:
    """A row that could not be imported.

    Attributes
    ----------
    line
        Physical line (1-based) where the row starts in the file; the header is line 1. For GeoJSON
        input, the 0-based feature index is given in ``where`` instead and ``line`` is ``None``.
    message
        What is wrong, quoting the bad value.
    where
        Text naming the row for messages: ``"line 12"`` or ``"feature #3"``.
    """

    line: int | None
    message: str
    where: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class ImportResult:
    """Outcome of an import.

    Attributes
    ----------
    read
        Number of data rows (or input features) read.
    features
        The event features built, in input order.
    errors
        One :class:`RowError` per row that was not imported; ``read == len(features) + len(errors)``.
    """

    read: int = 0
    features: list[EventFeature] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def imported(self) -> int:
        """Number of features built."""
        return len(self.features)

    @property
    def skipped(self) -> int:
        """Number of rows not imported."""
        return len(self.errors)


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row: its starting physical line and its values keyed by (normalised) column name."""

    line: int
    values: dict[str, str]


def _open(path: Path) -> TextIO:
    """Open a UTF-8 CSV file for streaming (a byte order mark is dropped)."""
    if path.is_dir():
        raise InputError(f"{str(path)!r} is a folder, not a file")
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from exc


def _not_utf8(path: Path) -> InputError:
    """The error for a file that is not UTF-8, naming its first bad byte and its line."""
    with path.open("rb") as handle:
        for line, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return InputError(
                    f"{str(path)!r} is not UTF-8: byte {raw[exc.start : exc.start + 1]!r} on line {line}"
                )
    return InputError(f"{str(path)!r} is not UTF-8")


def read_csv(
    path: str | Path,
    *,
    normalise: Callable[[str], str] = str.strip,
    required: Sequence[str] = (),
) -> tuple[list[str], Iterator[CsvRow | RowError]]:
    """Open a CSV file and return its column names and an iterator over its rows.

    Parameters
    ----------
    path
        The CSV file (UTF-8, a byte order mark is allowed). The delimiter is a comma, or a semicolon
        or tab when the header line holds more of those.
    normalise
        Applied to each header name (the importers lower-case them).
    required
        Normalised column names that must be present.

    Returns
    -------
    tuple
        The normalised column names and an iterator yielding a :class:`CsvRow` per record, or a
        :class:`RowError` for a record with the wrong number of fields. Blank lines are not records.
        A value that ``geo export`` guarded against formula injection loses its guard quote
        (:func:`geo.io.csv_unguard`).
        Line numbers are physical lines, so a quoted field spanning lines moves the next row down.

    Raises
    ------
    InputError
        If the file is empty, not UTF-8, has duplicate or missing required columns.
    GeoIOError
        If it cannot be read.
    """
    file = Path(path)
    handle = _open(file)
    try:
        header, delimiter, first_line = _header(handle, file)
    except BaseException:
        handle.close()
        raise
    columns = [normalise(name) for name in header]
    seen = set()
    for name in columns:
        if name in seen:
            handle.close()
            raise InputError(f"{str(file)!r}: column {name!r} appears twice in the header")
        seen.add(name)
    missing = [name for name in required if name not in seen]
    if missing:
        handle.close()
        raise InputError(
            f"{str(file)!r}: missing required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(map(repr, missing))} (found: {', '.join(columns)})"
        )

    def rows() -> Iterator[CsvRow | RowError]:
        reader = csv.reader(handle, delimiter=delimiter)
        last = first_line
        try:
            while True:
                start = last + 1
                try:
                    record = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield RowError(start, f"unreadable CSV: {exc}", f"line {start}")
                    return
                except UnicodeDecodeError:
                    raise _not_utf8(file) from None
                last = first_line + reader.line_num
                if not record:
                    continue
                if len(record) != len(columns):
                    message = f"expected {len(columns)} fields, found {len(record)}"
                    yield RowError(start, message, f"line {start}")
                    continue
                yield CsvRow(start, dict(zip(columns, map(csv_unguard, record), strict=True)))
        finally:
            handle.close()

    return columns, rows()


def _header(handle: TextIO, file: Path) -> tuple[list[str], str, int]:
    """Read the header record: its fields, the delimiter (from its first line) and its last line."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
    try:
        first = handle.readline()
        delimiter = max((",", ";", "\t"), key=lambda d: (first.count(d), d == ","))
        reader = csv.reader(itertools.chain([first], handle), delimiter=delimiter)
        header = next(reader)
    except StopIteration:
        raise InputError(f"{str(file)!r} is empty: no header line") from None
    except csv.Error as exc:
        raise InputError(f"{str(file)!r}: cannot read the header line: {exc}") from None
    except UnicodeDecodeError:
        raise _not_utf8(file) from None
    return header, delimiter, reader.line_num


def text(values: Mapping[str, str], column: str) -> str | None:
    """The stripped value of ``column``, ``None`` when absent or empty."""
    value = values.get(column)
    if value is None:
        return None
    value = value.strip()
    return value or None


def need(values: Mapping[str, str], column: str) -> str:
    """The stripped value of a required ``column``; :class:`RowValueError` when empty."""
    value = text(values, column)
    if value is None:
        raise RowValueError(f"{column} is empty")
    return value


def number(values: Mapping[str, str], column: str) -> float:
    """A required finite number."""
    raw = need(values, column)
    try:
        value = float(raw)
    except ValueError:
        raise RowValueError(f"{column} {raw!r} is not a number") from None
    if not math.isfinite(value):
        raise RowValueError(f"{column} {raw!r} is not a finite number")
    return value


_INT = re.compile(r"^[+-]?\d+(\.0*)?\Z")


def integer(values: Mapping[str, str], column: str, *, required: bool = False) -> int | None:
    """A whole number (``3`` or ``3.0``), ``None`` when empty and not required."""
    raw = need(values, column) if required else text(values, column)
    if raw is None:
        return None
    if not _INT.match(raw):
        raise RowValueError(f"{column} {raw!r} is not a whole number")
    return int(raw.split(".")[0])


def count(values: Mapping[str, str], column: str) -> int | None:
    """A whole number ≥ 0, ``None`` when empty."""
    value = integer(values, column)
    if value is not None and value < 0:
        raise RowValueError(f"{column} {values[column].strip()!r} is negative")
    return value


_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?\Z")


def iso_day(values: Mapping[str, str], column: str) -> datetime.date:
    """A required ``YYYY-MM-DD`` date (a time of day after it is ignored)."""
    raw = need(values, column)
    match = _ISO_DAY.match(raw)
    try:
        if match is None:
            raise ValueError
        return datetime.date.fromisoformat(match.group(1))
    except ValueError:
        raise RowValueError(f"{column} {raw!r} is not a date (YYYY-MM-DD)") from None


def edtf_between(start: datetime.date, end: datetime.date) -> tuple[str, str]:
    """Return ``(date, time_precision)`` for the days ``start``..``end`` (inclusive).

    One day → the day; a whole calendar month → ``YYYY-MM``; a whole calendar year → ``YYYY``;
    otherwise the interval ``start/end``, precision ``week`` when it spans at most 7 days, else
    ``range``.
    """
    if end < start:
        raise RowValueError(f"date_end {end.isoformat()!r} is before date_start {start.isoformat()!r}")
    if start == end:
        return start.isoformat(), "day"
    if start.day == 1 and (end + datetime.timedelta(days=1)).day == 1:
        if start.month == end.month and start.year == end.year:
            return f"{start:%Y-%m}", "month"
        if (start.month, end.month, start.year) == (1, 12, end.year):
            return f"{start.year:04d}", "year"
    precision = "week" if (end - start).days < 7 else "range"
    return f"{start.isoformat()}/{end.isoformat()}", precision


def build_feature(place: EventPlace, draft: Draft, source: Mapping[str, Any], *, id: str) -> EventFeature:
    """Build and check an event feature with :func:`geo.model.build.build_event`; :class:`RowValueError`
    lists what breaks the contract.

    Besides the model's checks, the point must be plausible for its country (the same check as
    ``geo validate``), so every imported feature passes ``geo validate``.
    """
    try:
        feature = build_event(place, draft, source, id=id)
    except ValidationError as exc:
        raise RowValueError(_validation_message(exc)) from None
    found = check_coordinates(list(feature.geometry.coordinates), place.country)
    if found:
        raise RowValueError("; ".join(message for _, message in found))
    return feature


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        value = error.get("input")
        shown = f" (got {value!r})" if not isinstance(value, dict | list) and where else ""
        parts.append(f"{where + ': ' if where else ''}{message}{shown}")
    return "; ".join(parts)


def split_list(value: str | None) -> list[str]:
    """Split ``"a; b;c"`` into ``["a", "b", "c"]`` (empty parts dropped)."""
    if not value:
        return []
    return [part.strip() for part in value.split(";") if part.strip()]


def unique(items: Sequence[str | None]) -> list[str]:
    """Non-empty items without repeats, in first-seen order."""
    return list(dict.fromkeys(item for item in items if item))


def convert_rows(
    rows: Iterator[CsvRow | RowError], convert: Callable[[Mapping[str, str], int], EventFeature]
) -> Iterator[EventFeature | RowError]:
    """Yield a feature or a :class:`RowError` for every row, in order (``convert(values, line)``), one at a
    time, so a file of any size streams through in flat memory.

    A feature whose id was already built from an earlier row is an error too (naming that row); the ids
    seen are kept by :class:`geo.importers._seen.SeenIds` (in memory, then on disk: flat memory).
    """
    with SeenIds() as seen:
        for row in rows:
            if isinstance(row, RowError):
                yield row
                continue
            try:
                feature = convert(row.values, row.line)
                key = hash(feature.id)
                if (earlier := seen.line_of(key)) is not None:
                    raise RowValueError(f"duplicate id {feature.id!r} (also line {earlier})")
            except RowValueError as exc:
                yield RowError(row.line, str(exc), f"line {row.line}")
                continue
            seen.add(key, row.line)
            yield feature


def collect(
    rows: Iterator[CsvRow | RowError], convert: Callable[[Mapping[str, str], int], EventFeature]
) -> ImportResult:
    """Convert every row (:func:`convert_rows`), keeping the features and a :class:`RowError` each."""
    return gather(convert_rows(rows, convert))


def gather(items: Iterator[EventFeature | RowError]) -> ImportResult:
    """An :class:`ImportResult` of streamed features and row errors."""
    result = ImportResult()
    for item in items:
        result.read += 1
        if isinstance(item, RowError):
            result.errors.append(item)
        else:
            result.features.append(item)
    return result


def place_id(prefix: str, name: str) -> str:
    """The gazetteer id ``PREFIX:NAME`` of an imported place; a line break in ``name`` becomes a space.

    A quoted CSV cell may hold a line break; the name keeps it, the one-line id does not.
    """
    return f"{prefix}:{_LINE_BREAKS.sub(' ', name)}"
