"""``geo chart``: events (or fatalities) per day, week or month by type or any field."""

from __future__ import annotations

from pathlib import Path

import click

from geo.cli._outputs import report, stages
from geo.cli._types import FiniteFloatRange
from geo.errors import GeoError
from geo.io import refuse_input_as_output


@click.command("chart")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    help="Chart to write: .png, .svg, .pdf or .html (a page holding the SVG), by the extension.",
)
@click.option(
    "--by",
    default="event_type",
    show_default=True,
    metavar="FIELD",
    help="Split the bars by this property, in the colours 'geo map --color-by' gives it "
    "(e.g. sub_event_type, mission, actors, country; UCDP's type_of_violence).",
)
@click.option(
    "--value",
    type=click.Choice(["events", "fatalities"]),
    default="events",
    show_default=True,
    help="Count events, or sum their fatalities.",
)
@click.option(
    "--period",
    type=click.Choice(["auto", "day", "week", "month"]),
    default="auto",
    show_default=True,
    help="Bar length (auto: days up to 62 days, weeks up to 2 years, else months).",
)
@click.option("--title", default=None, help="Title above the chart.")
@click.option(
    "--width", default=10.0, show_default=True, type=FiniteFloatRange(min=1, max=100), help="Inches."
)
@click.option(
    "--height", default=4.5, show_default=True, type=FiniteFloatRange(min=1, max=100), help="Inches."
)
@click.option("--dpi", default=150.0, show_default=True, type=FiniteFloatRange(min=10, max=1200))
def command(
    inputs: tuple[Path, ...],
    output: Path,
    by: str,
    value: str,
    period: str,
    title: str | None,
    width: float,
    height: float,
    dpi: float,
) -> None:
    """Chart the events of event files INPUTS over time, stacked by type or any field."""
    refuse_input_as_output(output, inputs)
    # deferred: loads the heavy stack (pandas, matplotlib) only for this command
    from geo.cli._inputs import load_events
    from geo.figures.chart import CHART_FORMATS, chart_events, save_chart

    steps = stages("reading events", "charting", "writing the chart")
    try:
        if output.suffix.lower().lstrip(".") not in CHART_FORMATS:
            raise click.ClickException(
                f"cannot write a chart to {str(output)!r}: use .png, .svg, .pdf or .html"
            )
        steps.next()
        collection = load_events(inputs)
        steps.next()
        fig = chart_events(
            collection, by=by, value=value, period=period, title=title, width=width, height=height, dpi=dpi
        )
        steps.next()
        save_chart(fig, output, title=title)
    except GeoError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        steps.close()
    count = len(collection["features"])
    report(output, f"wrote {output} ({count} feature{'s' if count != 1 else ''})")
