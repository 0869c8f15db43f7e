"""ACLED-style CSV: our events under ACLED's columns, through :func:`geo.codebooks.acled.acled_rows`.

The mapping (event types, precision codes, dates, actors) and what it cannot express live in
:mod:`geo.codebooks.acled` and ``docs/importers.md``. Beside ``OUT.csv`` the writer puts ``OUT.lossy.csv``
(``feature_id, field, message``) listing every value that was approximated or dropped, so the loss is
never silent; both files are published together, atomically. Text cells that a spreadsheet would run
as formulas get a leading ``'`` (:func:`geo.io.csv_guard`) unless ``csv_guard`` is off.
"""

from __future__ import annotations

import csv
import io
import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from geo.codebooks.acled import ACLED_COLUMNS, acled_rows
from geo.errors import GeoIOError
from geo.exports.table import collection_from_table
from geo.io import csv_guard, publish, staging

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = ["lossy_path", "write_acled"]

log = logging.getLogger(__name__)


def lossy_path(path: Path) -> Path:
    """``events.acled.csv`` → ``events.acled.lossy.csv`` (the list of lossy points)."""
    stem = path.name[: -len(".csv")] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.lossy.csv")


def write_acled(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write the ACLED-style CSV and its list of lossy points."""

    rows, lossy = acled_rows(collection_from_table(table)["features"])
    if options.csv_guard:
        rows = [{k: csv_guard(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows]
    main = io.StringIO(newline="")
    writer = csv.DictWriter(main, fieldnames=list(ACLED_COLUMNS), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    lost = io.StringIO(newline="")
    lost_writer = csv.writer(lost, lineterminator="\n")
    lost_writer.writerow(["feature_id", "field", "message"])
    lost_writer.writerows([point.feature_id, point.field, point.message] for point in lossy)
    if lossy:
        counts = Counter(point.field for point in lossy)
        log.warning(
            "ACLED export: %s", ", ".join(f"{n} lossy {field}" for field, n in sorted(counts.items()))
        )
    side = lossy_path(path)
    with staging(path) as folder:
        staged, staged_side = folder / path.name, folder / side.name
        try:
            staged.write_text(main.getvalue(), encoding="utf-8", newline="")
            staged_side.write_text(lost.getvalue(), encoding="utf-8", newline="")
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        return publish([staged, staged_side], path.parent)
