"""``geo aggregate EVENTS... -o OUT.parquet --by h3:RES|grid:DEG|admin1``: events per cell and period."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from geo.cli._outputs import check_output, report

__all__ = ["command"]


@click.command("aggregate")
@click.argument(
    "inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, allow_dash=True)
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="GeoParquet file to write (.parquet or .geoparquet, in an existing folder).",
)
@click.option(
    "--by",
    "cells",
    required=True,
    help="Cells: h3:RES (H3 hexagons, resolution 0-15; 5 is ~250 km²), grid:DEGREES (squares), or "
    "admin1 (the events' admin1 property, else their gazetteer entry's admin1 code).",
)
@click.option(
    "--period",
    type=click.Choice(["day", "week", "month"]),
    default=None,
    help="Time bucket of each event's date_start (default: one period, 'all').",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    help="Split the counts by this event property too (repeatable), e.g. --field event_type.",
)
def command(
    inputs: tuple[Path, ...], output: Path, cells: str, period: str | None, fields: tuple[str, ...]
) -> None:
    """Count the events of INPUTS (any format geo writes; - for standard input) per cell and period.

    Writes GeoParquet: one row per cell, period (and --field values) with the cell polygon, its id,
    kind and area, the number of events and the sums of their fatalities and troops. `geo map` draws
    such a file as a choropleth layer. See `geo docs aggregate`.
    """
    check_output(output, inputs, endings=(".parquet", ".geoparquet"), what="an aggregate")
    # deferred: loads the heavy stack (pandas, pyarrow, geopandas) only for this command
    from geo.cli._inputs import load_events
    from geo.exports.aggregate import aggregate_events, parse_cells, write_aggregate

    kind, _ = parse_cells(cells)  # a bad --by fails before any reading
    collection = load_events(inputs, lenient=True)  # a foreign admin1 property is what --by admin1 uses
    frame = aggregate_events(
        collection["features"],
        by=cells,
        period=period,
        fields=fields,
        admin1_of=_gazetteer_admin1 if kind == "admin1" else None,
    )
    write_aggregate(frame, output)
    events = int(frame["events"].sum())
    report(output, f"wrote {output} ({len(frame)} rows, {events} events, {frame['cell'].nunique()} cells)")


def _gazetteer_admin1(props: Mapping[str, Any]) -> str | None:
    """The admin1 code of the event's gazetteer entry, when the offline gazetteer has the entry."""
    gazetteer_id = props.get("gazetteer_id")
    return _admin1_code(gazetteer_id) if isinstance(gazetteer_id, str) else None


@functools.cache
def _admin1_code(gazetteer_id: str) -> str | None:
    # deferred: the gazetteer index opens only for --by admin1
    from geo.errors import PlaceNotFoundError
    from geo.gazetteer.index import default_gazetteer

    try:
        return default_gazetteer().get(gazetteer_id).admin1
    except PlaceNotFoundError:
        return None
