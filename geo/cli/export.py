"""``geo export INPUT... -o OUT [--format F]``: write events to GIS, spreadsheet and data formats."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from geo.cli._outputs import check_output, is_stdio, is_stream, report, write_via_file

__all__ = ["command"]

# Kept here (not imported from geo.exports) so that `geo --help` stays fast; a test checks they agree.
_FORMAT_NAMES = (
    "geojson",
    "geojsons",
    "geojsonl",
    "gpkg",
    "fgb",
    "shapefile",
    "parquet",
    "csv",
    "kml",
    "kmz",
    "acled",
)


@click.command("export")
@click.argument(
    "inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, allow_dash=True)
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="File to write, in an existing folder; its ending picks the format (.geojson .geojsons "
    ".geojsonl/.ndjson .gpkg .fgb .shp/.shp.zip .parquet .csv .kml .kmz .acled.csv); - for standard "
    "output (GeoJSON unless --format says otherwise).",
)
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(_FORMAT_NAMES, case_sensitive=False),
    default=None,
    help="Format, when the file name does not tell it.",
)
@click.option("--wkt", is_flag=True, help="CSV: add a wkt column (POINT (lon lat)).")
@click.option(
    "--layer", default="events", show_default=True, help="Layer name (GeoPackage, FlatGeobuf, KML)."
)
@click.option(
    "--no-spatial-index",
    "no_index",
    is_flag=True,
    help="FlatGeobuf: no spatial index (keeps the input order, writes faster).",
)
@click.option(
    "--no-csv-guard",
    "no_guard",
    is_flag=True,
    help="CSV, ACLED: write text starting with = + - @ as it is (by default such a cell gets a "
    "leading ' so that a spreadsheet does not run it as a formula; geo's readers remove it).",
)
def command(
    inputs: tuple[Path, ...],
    output: Path,
    format_name: str | None,
    wkt: bool,
    layer: str,
    no_index: bool,
    no_guard: bool,
) -> None:
    """Export the events of one or more event files INPUTS (any format geo writes) to one file.

    Formats: GeoJSON, GeoJSON text sequences (RFC 8142) and newline-delimited GeoJSON, GeoPackage with
    a QGIS style, FlatGeobuf, Shapefile, GeoParquet, CSV, KML/KMZ and ACLED-style CSV. Writing is
    atomic: on any error nothing is left at OUTPUT. An INPUT of - is standard input (GeoJSON, GeoJSON
    lines or a GeoJSON text sequence). See `geo docs exports`.
    """
    check_output(output, inputs)
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.cli._inputs import load_events
    from geo.exports import FORMATS, ExportResult, export, format_for_path

    name = (format_name or "geojson").lower() if is_stdio(output) else format_name
    if name is not None and not is_stdio(output) and not is_stream(output):
        _check_ending(output, name, format_for_path)
    collection = load_events(inputs)
    results: list[ExportResult] = []

    def write(path: Path) -> None:
        results.append(
            export(
                collection,
                path,
                format=name,
                layer=layer,
                wkt=wkt,
                spatial_index=not no_index,
                csv_guard=not no_guard,
            )
        )

    ending = FORMATS[name].extensions[0] if name is not None else ""
    write_via_file(output, f"events{ending}", write)
    result = results[0]
    count = result.features
    extra = f" and {len(result.files) - 1} more file(s)" if len(result.files) > 1 else ""
    report(output, f"wrote {output}{extra} ({count} feature{'s' if count != 1 else ''}, {result.format})")


def _check_ending(output: Path, name: str, format_for_path: Callable[[Path], str]) -> None:
    """Refuse ``--format`` against a file name whose known ending says another format."""
    from geo.errors import InputError

    try:
        implied = format_for_path(output)
    except InputError:
        return  # an ending no format uses: --format tells it
    if implied != name.lower():
        raise InputError(
            f"{str(output)!r} ends like a {implied} file but --format is {name}; "
            "make the name and the format agree"
        )
