"""``geo validate FILE...``: check GeoJSON files of events against the contract."""

from __future__ import annotations

import json

import click

__all__ = ["command"]


@click.command("validate")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(dir_okay=True, path_type=str, allow_dash=True)
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON report instead of text.")
def command(files: tuple[str, ...], as_json: bool) -> None:
    """Check GeoJSON FILES of events: RFC 7946 structure, properties, vocabularies and dates.

    CSV files (ours, ACLED or UCDP GED) are checked row by row through the importers; GeoPackage,
    GeoParquet, FlatGeobuf, Shapefile and KML/KMZ exports are read back and checked like GeoJSON.

    A FILE of - is standard input: a GeoJSON document, GeoJSON lines or a GeoJSON text sequence
    (other formats must be given as files).

    Prints every problem as FILE: feature #INDEX (id ID): FIELD: MESSAGE and exits with status 1
    when there is any; otherwise prints "ok: N features" and exits with status 0.
    """
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.cli._inputs import read_stdin
    from geo.errors import InputError
    from geo.validation import validate_file, validate_text

    if files.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    reports = [validate_text(read_stdin()) if path == "-" else validate_file(path) for path in files]
    failed = [report for report in reports if not report.ok]
    total = sum(report.features or 0 for report in reports)
    if as_json:
        payload = {
            "ok": not failed,
            "features": total,
            "files": [
                {
                    "path": report.path,
                    "ok": report.ok,
                    "features": report.features,
                    "problems": [problem.as_dict() for problem in report.problems],
                }
                for report in reports
            ],
        }
        click.echo(json.dumps(payload, indent=2, ensure_ascii=False))
    else:
        for report in failed:
            for problem in report.problems:
                click.echo(f"{report.path}: {problem}")
        if failed:
            count = sum(len(report.problems) for report in failed)
            noun = "problem" if count == 1 else "problems"
            click.echo(f"error: {count} {noun} in {len(failed)} of {len(reports)} files", err=True)
        else:
            in_files = f" in {len(reports)} files" if len(reports) > 1 else ""
            click.echo(f"ok: {total} features{in_files}")
    if failed:
        raise SystemExit(1)
