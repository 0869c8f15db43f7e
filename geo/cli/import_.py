"""``geo import acled|ucdp|csv FILE -o OUT.geojson``: third-party event data into our GeoJSON."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import click

from geo.errors import InputError
from geo.io import refuse_input_as_output

__all__ = ["command"]


@click.command("import")
@click.argument("kind", type=click.Choice(["acled", "ucdp", "csv"], case_sensitive=False))
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    default=None,
    help="GeoJSON file to write (default: standard output).",
)
@click.option(
    "--on-error",
    type=click.Choice(["skip", "reject"]),
    default="skip",
    show_default=True,
    help="skip: import the good rows and list the bad ones; reject: write nothing if any row is bad.",
)
@click.option("--mapping", "mapping_file", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="csv: YAML or JSON column mapping (see `geo docs importers`).")  # fmt: skip
@click.option("--column", "columns", multiple=True, metavar="PROPERTY=COLUMN",
              help="csv: take PROPERTY (or lon, lat, wkt) from COLUMN; repeatable.")  # fmt: skip
@click.option("--set", "constants", multiple=True, metavar="PROPERTY=VALUE",
              help="csv: constant PROPERTY for every row (YAML scalar); repeatable.")  # fmt: skip
@click.option("--prefix", default=None, help="csv: source name used in ids and gazetteer ids (default csv).")
@click.option("--date-format", default=None, metavar="FORMAT", help="csv: strptime format of day dates.")
@click.option("--lines/--collection", "lines", default=None,
              help="Write GeoJSON lines or one FeatureCollection [default: lines for a .geojsonl or .jsonl "
              "output, else a collection].")  # fmt: skip
@click.option("-q", "--quiet", is_flag=True, help="No progress bar or summary (row errors still shown).")
def command(
    kind: str,
    file: Path,
    output: Path | None,
    on_error: str,
    mapping_file: Path | None,
    columns: tuple[str, ...],
    constants: tuple[str, ...],
    prefix: str | None,
    date_format: str | None,
    lines: bool | None,
    quiet: bool,
) -> None:
    """Import FILE of KIND (acled, ucdp or csv) as GeoJSON event features.

    Every malformed row is reported on standard error as "FILE: line N: MESSAGE" (N is the physical
    line where the row starts; the header is line 1) and skipped, or, with --on-error reject, makes
    the command write nothing and exit with status 1. The summary line counts the rows read,
    imported and skipped, with the time and rows/s.

    Rows are read and written one at a time (memory stays flat for files of millions of rows) into a
    staged file that replaces the output only when the whole file was read; a progress bar shows on
    a terminal (not with -q).
    """
    refuse_input_as_output(output, [file] if mapping_file is None else [file, mapping_file])
    # deferred: loads the heavy stack (pydantic, the model) only for this command
    from geo.cli._import_run import ImportCounts, stream_import
    from geo.importers import RowError
    from geo.importers.acled import iter_acled
    from geo.importers.csv import iter_csv
    from geo.importers.mapping import load_mapping, mapping_from_options
    from geo.importers.ucdp import iter_ucdp
    from geo.model.feature import EventFeature

    kind = kind.lower()
    csv_options = mapping_file or columns or constants or prefix or date_format
    if kind != "csv" and csv_options:
        raise InputError(
            f"--mapping, --column, --set, --prefix and --date-format only apply to csv, not {kind!r}"
        )
    items: Iterator[EventFeature | RowError]
    if kind == "acled":
        items = iter_acled(file)
    elif kind == "ucdp":
        items = iter_ucdp(file)
    else:
        base = load_mapping(mapping_file) if mapping_file else None
        mapping = mapping_from_options(
            base=base, columns=columns, constants=constants, prefix=prefix, date_format=date_format
        )
        items = iter_csv(file, mapping=mapping)
    as_lines = lines if lines is not None else output is not None and output.suffix.lower() in _LINE_SUFFIXES

    def keep(counts: ImportCounts) -> bool:
        if counts.skipped and on_error == "reject":
            click.echo(f"error: {counts.plain()}; --on-error reject: nothing written", err=True)
            return False
        return True

    def report(error: RowError) -> None:
        click.echo(f"{file}: {error}", err=True)

    total = None if quiet else _count_lines(file)
    counts = stream_import(
        items, output=output, lines=as_lines, keep=keep, report=report, total=total, quiet=quiet
    )
    if counts.skipped and on_error == "reject":
        raise SystemExit(1)
    if not quiet:
        click.echo(f"{counts.summary()}{f'; wrote {output}' if output else ''}", err=True)


_LINE_SUFFIXES = (".geojsonl", ".jsonl", ".ndjson", ".geojsons")


def _count_lines(file: Path) -> int | None:
    """Lines after the header (a progress bar's total: rows, give or take quoted line breaks)."""
    if file.suffix.lower() in (".geojson", ".json"):
        return None
    try:
        with file.open("rb") as handle:
            return max(0, sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b"")) - 1)
    except OSError:
        return None
