"""``geo import acled|ucdp|csv FILE -o OUT.geojson``: third-party event data into our GeoJSON."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from geo.errors import InputError
from geo.io import atomic_write_text, refuse_input_as_output

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
) -> None:
    """Import FILE of KIND (acled, ucdp or csv) as GeoJSON event features.

    Every malformed row is reported on standard error as "FILE: line N: MESSAGE" (N is the physical
    line where the row starts; the header is line 1) and skipped, or, with --on-error reject, makes
    the command write nothing and exit with status 1. The summary line counts the rows read,
    imported and skipped.
    """
    refuse_input_as_output(output, [file] if mapping_file is None else [file, mapping_file])
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.importers import ImportResult, import_acled, import_csv, import_ucdp
    from geo.importers.mapping import load_mapping, mapping_from_options
    from geo.model.feature import feature_collection
    from geo.model.geojson import dumps

    kind = kind.lower()
    csv_options = mapping_file or columns or constants or prefix or date_format
    if kind != "csv" and csv_options:
        raise InputError(
            f"--mapping, --column, --set, --prefix and --date-format only apply to csv, not {kind!r}"
        )
    result: ImportResult
    if kind == "acled":
        result = import_acled(file)
    elif kind == "ucdp":
        result = import_ucdp(file)
    else:
        base = load_mapping(mapping_file) if mapping_file else None
        mapping = mapping_from_options(
            base=base, columns=columns, constants=constants, prefix=prefix, date_format=date_format
        )
        result = import_csv(file, mapping=mapping)

    for error in result.errors:
        click.echo(f"{file}: {error}", err=True)
    summary = f"read {result.read} rows, imported {result.imported}, skipped {result.skipped}"
    if result.errors and on_error == "reject":
        click.echo(f"error: {summary}; --on-error reject: nothing written", err=True)
        raise SystemExit(1)
    text = dumps(feature_collection(result.features))
    if output is None:
        sys.stdout.write(text)
    else:
        atomic_write_text(output, text)
    click.echo(f"{summary}{f'; wrote {output}' if output else ''}", err=True)
