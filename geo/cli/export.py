"""``geo export INPUT... -o OUT [--format F]``: write events to GIS, spreadsheet and data formats."""

from __future__ import annotations

from pathlib import Path

import click

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
def command(
    inputs: tuple[Path, ...], output: Path, format_name: str | None, wkt: bool, layer: str, no_index: bool
) -> None:
    """Export the events of one or more GeoJSON INPUTS to one file.

    Formats: GeoJSON, GeoJSON text sequences (RFC 8142) and newline-delimited GeoJSON, GeoPackage with
    a QGIS style, FlatGeobuf, Shapefile, GeoParquet, CSV, KML/KMZ and ACLED-style CSV. Writing is
    atomic: on any error nothing is left at OUTPUT. See docs/exports.md.
    """
    from geo.exports import export
    from geo.model.coerce import merge_collections
    from geo.model.geojson import load_feature_collection

    collection = merge_collections([load_feature_collection(path) for path in inputs])
    result = export(collection, output, format=format_name, layer=layer, wkt=wkt, spatial_index=not no_index)
    count = result.features
    extra = f" and {len(result.files) - 1} more file(s)" if len(result.files) > 1 else ""
    click.echo(f"wrote {output}{extra} ({count} feature{'s' if count != 1 else ''}, {result.format})")
