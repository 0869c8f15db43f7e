"""``geo figure``: draw event GeoJSON files on a static map (PNG, SVG or PDF) for reports."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli._outputs import check_output, is_stdio, is_stream, report, stages, write_via_file
from geo.cli._types import FiniteFloatRange
from geo.model.vocab import LAYERS


@click.command("figure")
@click.argument(
    "inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False, allow_dash=True)
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
    help="Figure to write: .png, .svg or .pdf (by the extension), in an existing folder; - for PNG on "
    "standard output.",
)
@click.option("--title", default=None, help="Title above the map.")
@click.option(
    "--width", default=10.0, show_default=True, type=FiniteFloatRange(min=1, max=100), help="Inches."
)
@click.option(
    "--height", default=7.0, show_default=True, type=FiniteFloatRange(min=1, max=100), help="Inches."
)
@click.option(
    "--dpi",
    default=150.0,
    show_default=True,
    type=FiniteFloatRange(min=10, max=1200),
    help="Resolution; width × height × dpi² may be at most 50 megapixels (e.g. 20 × 14 in at 300 dpi).",
)
@click.option(
    "--labels", default=8, show_default=True, type=click.IntRange(min=0), help="Places to label (by events)."
)
@click.option(
    "--layer",
    "layers",
    multiple=True,
    type=click.Choice([name for name, _ in LAYERS]),
    help="Draw only this layer (repeatable). Default: the layers the web map shows at opening.",
)
@click.option("--all-layers", is_flag=True, help="Draw every layer, the places only mentioned too.")
@click.option(
    "--extent",
    default=None,
    metavar="W,S,E,N",
    help="Frame in degrees (west, south, east, north); default: the data's site and town points.",
)
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="CC",
    help="Frame the outline of this country (ISO 3166-1 alpha-2, repeatable), e.g. --country SY.",
)
@click.option("--color-by", "color_by", default=None, metavar="FIELD", help="Colour markers by a property.")
@click.option("--size-by", "size_by", default=None, metavar="FIELD", help="Size markers by a number.")
@click.option(
    "--facet",
    type=click.Choice(["month", "year"]),
    default=None,
    help="Small multiples: one map per month (year) on one frame, at most 36 panels.",
)
@click.option(
    "--density",
    is_flag=True,
    help="Hexagons counting the events instead of markers (colour bar: count, width in km).",
)
def command(
    inputs: tuple[Path, ...],
    output: Path,
    title: str | None,
    width: float,
    height: float,
    dpi: float,
    labels: int,
    layers: tuple[str, ...],
    all_layers: bool,
    extent: str | None,
    countries: tuple[str, ...],
    color_by: str | None,
    size_by: str | None,
    density: bool,
    facet: str | None,
) -> None:
    """Draw the events of one or more event files INPUTS (any format geo writes) on a static map.

    An INPUT of - is standard input (GeoJSON, GeoJSON lines or a GeoJSON text sequence).
    """
    check_output(output, inputs, endings=(".png", ".svg", ".pdf"), what="a figure")
    # deferred: loads the heavy stack (pandas, pyarrow, folium) only for this command
    from geo.cli._inputs import load_events
    from geo.errors import GeoError
    from geo.figures import check_size, figure_format, plot_events, save_figure
    from geo.figures.frame import parse_extent
    from geo.figures.plot import drawn_events

    streamed = is_stdio(output) or is_stream(output)  # standard output or a FIFO: PNG
    steps = stages("reading events", "drawing", "writing the figure")
    try:
        figure_format("figure.png" if streamed else output)  # a bad extension, size or extent fails first
        check_size(width=width, height=height, dpi=dpi)
        frame = parse_extent(extent) if extent else None
        steps.next()
        collection = load_events(inputs, lenient=True)
        steps.next()
        chosen = [name for name, _ in LAYERS] if all_layers else (list(layers) or None)
        if facet is not None:
            # deferred: loads matplotlib like the rest of the figure stack
            from geo.figures.facets import plot_facets

            fig = plot_facets(
                collection,
                facet=facet,
                title=title,
                width=width,
                height=height,
                dpi=dpi,
                extent=frame,
                countries=countries,
                layers=chosen,
                color_by=color_by,
            )
        else:
            fig = plot_events(
                collection,
                title=title,
                layers=chosen,
                width=width,
                height=height,
                dpi=dpi,
                labels=labels,
                extent=frame,
                countries=countries,
                color_by=color_by,
                size_by=size_by,
                density=density,
            )
        steps.next()
        write_via_file(output, "figure.png", lambda path: save_figure(fig, path, dpi=dpi))
    except GeoError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        steps.close()
    count = len(collection["features"])
    drawn = drawn_events(fig)
    report(output, f"wrote {output} ({drawn} of {count} feature{'s' if count != 1 else ''} drawn)")
