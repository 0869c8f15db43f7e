"""``geo map``: draw event GeoJSON files on one layered HTML map."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli._outputs import check_output, report, stages, write_bytes
from geo.errors import GeoError


@click.command("map")
@click.argument(
    "inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, allow_dash=True)
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="HTML file to write (.html or .htm, in an existing folder), e.g. maps/missions.html; "
    "- for standard output.",
)
@click.option("--title", default=None, help="Title shown over the map and as the page title.")
@click.option(
    "--tiles",
    default="OpenStreetMap",
    show_default=True,
    help="Base map tiles: a folium/xyzservices name or a URL template "
    "(https://tiles.example.org/{z}/{x}/{y}.png); 'none' for no tiles.",
)
@click.option(
    "--attribution",
    default=None,
    help="Credit for --tiles URL (HTML), as the tile provider's terms ask; by default the URL's host.",
)
@click.option(
    "--mode",
    type=click.Choice(["auto", "markers", "cluster", "aggregate"]),
    default="auto",
    show_default=True,
    help="How events are drawn: one marker each on its point (markers, overlapping), markers on "
    "their points and clusters where they would overlap, spiderfied on click (cluster), cells summed "
    "before writing (aggregate), or chosen by the number of events (auto: cluster up to 200,000, "
    "else aggregate).",
)
@click.option(
    "--color-by",
    "color_by",
    default=None,
    metavar="FIELD",
    help="Colour markers and clusters by this property (categories or number ranges, with a legend), "
    "e.g. sub_event_type, mission, actors, country, fatalities; UCDP's type_of_violence is its "
    "sub_event_type.",
)
@click.option(
    "--size-by",
    "size_by",
    default=None,
    metavar="FIELD",
    help="Size markers by this number (area proportional to the value), e.g. fatalities or troops.",
)
@click.option(
    "--offline",
    is_flag=True,
    help="One self-contained file: scripts and styles inlined from the npm cache (see 'geo assets "
    "fetch'), country outlines as the base layer; opens with no network.",
)
@click.option(
    "--embed",
    is_flag=True,
    help="Write an HTML fragment (a <div> with its styles and scripts) to paste into another page.",
)
def command(
    inputs: tuple[Path, ...],
    output: Path,
    title: str | None,
    tiles: str,
    attribution: str | None,
    mode: str,
    offline: bool,
    embed: bool,
    color_by: str | None,
    size_by: str | None,
) -> None:
    """Draw the events of one or more event files INPUTS (any format geo writes) on a layered HTML map.

    An INPUT of - is standard input (GeoJSON, GeoJSON lines or a GeoJSON text sequence). A GeoParquet
    file of `geo aggregate` is drawn as a choropleth layer (events per cell).
    """
    check_output(output, inputs, endings=(".html", ".htm"), what="an HTML map")
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.cli._inputs import load_events
    from geo.maps import build_map, render_html
    from geo.maps.choropleth import add_choropleth, is_aggregate_file, read_aggregate

    aggregates = [path for path in inputs if is_aggregate_file(path)]
    events = [path for path in inputs if path not in aggregates]
    steps = stages("reading events", "building the map", "writing the page")
    try:
        steps.next()
        collection = (
            load_events(events, lenient=True) if events else {"type": "FeatureCollection", "features": []}
        )
        steps.next()
        m = build_map(
            collection,
            title=title,
            tiles=None if tiles.lower() == "none" else tiles,
            attribution=attribution,
            mode=mode,
            color_by=color_by,
            size_by=size_by,
        )
        cells = 0
        for path in aggregates:  # choropleth layers of `geo aggregate` files
            frame = read_aggregate(path)
            add_choropleth(m, frame)
            cells += frame["cell"].nunique()
            if not events and len(frame):
                west, south, east, north = frame.total_bounds
                m.fit_bounds([[float(south), float(west)], [float(north), float(east)]])
        steps.next()
        if offline or embed:
            # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
            from geo.maps.embed import render_page

            page = render_page(m, offline=offline, embed=embed)
        else:
            page = render_html(m)
        write_bytes(output, page.encode("utf-8"))
    except GeoError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        steps.close()
    count = len(collection["features"])
    layers = f", {cells} aggregate cells" if aggregates else ""
    report(output, f"wrote {output} ({count} feature{'s' if count != 1 else ''}{layers})")
