"""``geo export INPUT... -o OUT [--format F]``: write events to GIS, spreadsheet and data formats."""

from __future__ import annotations

from pathlib import Path

import click

from geo.io import refuse_input_as_output

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
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="File to write; its ending picks the format (.geojson .geojsons .geojsonl/.ndjson .gpkg .fgb "
    ".shp/.shp.zip .parquet .csv .kml .kmz .acled.csv).",
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
    atomic: on any error nothing is left at OUTPUT. See `geo docs exports`.
    """
    refuse_input_as_output(output, inputs)
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.cli._inputs import load_events
    from geo.exports import export

    collection = load_events(inputs)
    result = export(
        collection,
        output,
        format=format_name,
        layer=layer,
        wkt=wkt,
        spatial_index=not no_index,
        csv_guard=not no_guard,
    )
    count = result.features
    extra = f" and {len(result.files) - 1} more file(s)" if len(result.files) > 1 else ""
    click.echo(f"wrote {output}{extra} ({count} feature{'s' if count != 1 else ''}, {result.format})")
