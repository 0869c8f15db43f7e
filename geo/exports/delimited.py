"""CSV: one row per event with ``lon`` and ``lat`` columns (and an optional ``wkt`` column).

UTF-8 without a byte order mark, comma-separated, a header row, ``\\n`` line ends, quotes only where
needed. The columns are ``lon, lat[, wkt]`` followed by the flat properties
(:data:`geo.exports.table.FLAT_SCHEMA`): ``source_*`` columns, ``actors`` and ``mentions`` as compact
JSON text (reversible, unlike a joined string: an actor may contain any separator). A missing value
is an empty field; an empty string is written as ``""`` so that the two stay apart. A text cell a
spreadsheet would run as a formula gets a leading ``'`` unless ``csv_guard`` is off
(:func:`geo.io.csv_guard`; our readers take it off again).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from geo.errors import GeoIOError
from geo.exports.table import flatten
from geo.io import CSV_FORMULA, CSV_NUMBER, publish, staging

if TYPE_CHECKING:
    import pyarrow as pa

    from geo.exports.options import ExportOptions

__all__ = ["csv_table", "guard_table", "unguard_table", "write_csv"]


def csv_table(table: pa.Table, *, wkt: bool = False) -> pa.Table:
    """The table written to CSV: ``lon``, ``lat``, optional ``wkt``, then the flat properties."""
    import pyarrow.compute as pc

    flat = flatten(table).drop_columns(["lon", "lat"])
    columns = [table.column("lon"), table.column("lat")]
    names = ["lon", "lat"]
    if wkt:
        lon = pc.cast(table.column("lon"), "string")
        lat = pc.cast(table.column("lat"), "string")
        columns.append(pc.binary_join_element_wise("POINT (", lon, " ", lat, ")", ""))
        names.append("wkt")
    for name in flat.column_names:
        columns.append(flat.column(name))
        names.append(name)
    import pyarrow as pa

    return pa.Table.from_arrays(columns, names=names)


def guard_table(table: pa.Table) -> pa.Table:
    """Apply :func:`geo.io.csv_guard` to every text column (vectorised; numbers are never guarded)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            formula = pc.and_not(
                pc.match_substring_regex(column, CSV_FORMULA),
                pc.match_substring_regex(column, f"^{CSV_NUMBER}$"),
            )
            column = pc.if_else(formula, pc.binary_join_element_wise("'", column, ""), column)
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def unguard_table(table: pa.Table) -> pa.Table:
    """Undo :func:`guard_table` (:func:`geo.io.csv_unguard` on every text column)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in table.columns:
        if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
            rest = pc.utf8_slice_codeunits(column, 1)
            quoted = pc.and_(
                pc.starts_with(column, "'"),
                pc.and_not(
                    pc.match_substring_regex(rest, CSV_FORMULA),
                    pc.match_substring_regex(rest, f"^{CSV_NUMBER}$"),
                ),
            )
            column = pc.if_else(quoted, rest, column)
        columns.append(column)
    return pa.Table.from_arrays(columns, names=table.column_names)


def write_csv(table: pa.Table, path: Path, *, options: ExportOptions) -> list[Path]:
    """Write the CSV (see the module documentation for the layout)."""
    import pyarrow.csv as pacsv

    out = csv_table(table, wkt=options.wkt)
    if options.csv_guard:
        out = guard_table(out)
    with staging(path) as folder:
        staged = folder / path.name
        try:
            with staged.open("wb") as handle:
                # pyarrow quotes header names always; ours never need quotes.
                handle.write((",".join(out.column_names) + "\n").encode("utf-8"))
                options_ = pacsv.WriteOptions(quoting_style="needed", include_header=False)
                pacsv.write_csv(out, handle, write_options=options_)
        except OSError as exc:
            raise GeoIOError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from exc
        return publish([staged], path.parent)
