"""Events over time: stacked bars of events (or fatalities) per day, week or month, by any field.

The bars are split by a field's classes (:func:`geo.maps.styling.color_classes`), so a chart of
``event_type`` or ``--by type_of_violence`` has the colours of the map coloured the same way.
An event counts in the period of its first day (``date_start``, else the start of its EDTF
``date``); undated events are left out and the note under the chart says how many.
"""

from __future__ import annotations

import datetime
import html
import io
import os
from pathlib import Path
from typing import Any, Final

import numpy as np

from geo.errors import InputError
from geo.exports.read import read_plain
from geo.figures.plot import check_size, save_figure
from geo.figures.style import drawable_text
from geo.io import atomic_write_text
from geo.maps.data import as_features
from geo.maps.styling import color_classes, resolve_field
from geo.maps.table import table_from_features

__all__ = ["CHART_FORMATS", "PERIODS", "VALUES", "bucket_starts", "chart_events", "save_chart"]

#: Output formats of :func:`save_chart`.
CHART_FORMATS: Final[tuple[str, ...]] = ("png", "svg", "pdf", "html")
#: Period lengths; ``auto``: days up to 62 days, weeks up to 2 years, else months.
PERIODS: Final[tuple[str, ...]] = ("auto", "day", "week", "month")
#: What a bar measures.
VALUES: Final[tuple[str, ...]] = ("events", "fatalities")
_EPOCH = datetime.date(1970, 1, 1)


def _choose_period(first: int, last: int, period: str) -> str:
    if period not in PERIODS:
        raise InputError(f"unknown period {period!r}: choose one of {', '.join(PERIODS)}")
    if period != "auto":
        return period
    span = last - first
    return "day" if span <= 62 else "week" if span <= 2 * 366 else "month"


def bucket_starts(days: np.ndarray, period: str) -> np.ndarray:
    """The first day (days since 1970-01-01) of the period holding each day of ``days``.

    ``week`` periods start on Mondays (ISO weeks), ``month`` periods on the 1st.
    """
    if period == "day":
        return days.astype(np.int64)
    if period == "week":
        # 1970-01-01 was a Thursday: Monday is 3 days before it.
        return ((days.astype(np.int64) + 3) // 7) * 7 - 3
    dates = days.astype("datetime64[D]")
    return dates.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)


def chart_events(
    data: Any,
    *,
    by: str = "event_type",
    value: str = "events",
    period: str = "auto",
    title: str | None = None,
    width: float = 10.0,
    height: float = 4.5,
    dpi: float = 150.0,
) -> Any:
    """Draw events (or fatalities) per period as bars stacked by the classes of ``by``.

    Parameters
    ----------
    data
        Events of any kind :func:`geo.maps.build_map` takes.
    by
        The property that splits the bars (any field ``geo map --color-by`` takes).
    value
        ``"events"`` (a count) or ``"fatalities"`` (their sum; events without a number add 0).
    period
        ``"day"``, ``"week"`` (ISO, from Monday), ``"month"`` or ``"auto"``.
    title
        Title above the chart.
    width, height, dpi
        Figure size in inches and resolution.

    Returns
    -------
    matplotlib.figure.Figure
        Nothing is written (see :func:`save_chart`).

    Raises
    ------
    InputError
        If there is no dated event, a field or option is unknown, or the size is too large.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    check_size(width=width, height=height, dpi=dpi)
    if value not in VALUES:
        raise InputError(f"unknown value {value!r}: choose one of {', '.join(VALUES)}")
    table = table_from_features(as_features(read_plain(data)))
    field = resolve_field(by, list(table.columns))
    classes = color_classes(field, table.columns[field])
    dated = ~np.isnan(table.start) | ~np.isnan(table.end)
    if not dated.any():
        raise InputError("nothing to chart: no event has a date")
    first_day = np.where(np.isnan(table.start), table.end, table.start)[dated]
    chosen = _choose_period(int(first_day.min()), int(first_day.max()), period)
    buckets = bucket_starts(first_day, chosen)
    weights = np.ones(buckets.shape[0])
    if value == "fatalities":
        fat = table.columns["fatalities"]
        per_value = np.array([float(v) if isinstance(v, int | float) and v == v else 0.0 for v in fat.values])
        weights = per_value[fat.codes][dated]
    codes = classes.codes[dated]
    starts = np.unique(buckets)
    index = np.searchsorted(starts, buckets)
    grid = np.zeros((len(classes.labels), starts.shape[0]))
    np.add.at(grid, (codes, index), weights)

    fig = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    ax = fig.add_subplot()
    x = starts.astype("datetime64[D]").astype(object)
    widths = {"day": 0.9, "week": 6.0, "month": 26.0}[chosen]
    bottom = np.zeros(starts.shape[0])
    for k, (label, color) in enumerate(zip(classes.labels, classes.colors, strict=True)):
        if not grid[k].any():
            continue
        total = grid[k].sum()
        ax.bar(x, grid[k], width=widths, bottom=bottom, color=color, align="edge",
               label=f"{label} ({total:,.0f})", edgecolor="none", gid=f"bars-{k}")  # fmt: skip
        bottom += grid[k]
    ax.set_ylabel(f"{value} per {chosen}", fontsize=9)
    ax.tick_params(labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    ax.legend(title=by.replace("_", " "), fontsize=7.5, title_fontsize=8, frameon=False, loc="upper left",
              bbox_to_anchor=(1.0, 1.0))  # fmt: skip
    if title:
        ax.set_title(
            drawable_text(title).strip(), fontsize=12, fontweight="bold", loc="left", parse_math=False
        )
    undated = int((~dated).sum())
    note = f"{int(dated.sum()):,} dated events, {value} per {chosen} of their first day"
    if undated:
        note += f"; {undated:,} undated left out"
    ax.set_xlabel(note, fontsize=7, color="#444444", loc="right")
    return fig


def save_chart(fig: Any, path: str | os.PathLike[str], *, title: str | None = None) -> Path:
    """Write ``fig`` as PNG, SVG, PDF (:func:`geo.figures.save_figure`) or a small HTML page.

    The HTML page holds the chart as inline SVG (text kept as text) and nothing else: no script,
    no network.

    Raises
    ------
    InputError
        If the extension is not one of :data:`CHART_FORMATS`.
    """
    from matplotlib import rc_context

    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in CHART_FORMATS:
        raise InputError(f"cannot write a chart to {str(path)!r}: use a .png, .svg, .pdf or .html file name")
    if suffix != "html":
        return save_figure(fig, path)
    buffer = io.StringIO()
    with rc_context({"svg.fonttype": "none", "svg.hashsalt": "geo"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    name = html.escape(drawable_text(title).strip() if title else "Events over time")
    page = (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{name}</title>'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<style>body{margin:1em;font-family:system-ui,sans-serif}svg{max-width:100%;height:auto}</style>"
        f"</head><body>\n{svg}</body></html>\n"
    )
    return atomic_write_text(path, page)
