"""Small multiples: one map per month (or year) of the events, on one frame, for reports."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from geo.errors import InputError
from geo.exports.read import read_plain
from geo.figures.frame import choose_frame
from geo.figures.layout import Extent
from geo.figures.plot import check_size, plot_events
from geo.maps.data import as_features

__all__ = ["FACETS", "MAX_PANELS", "plot_facets"]

#: How events can be split into panels.
FACETS: Final[tuple[str, ...]] = ("month", "year")
#: At most this many panels.
MAX_PANELS: Final[int] = 36


def _key(props: Mapping[str, Any], facet: str) -> str | None:
    day = props.get("date_start") or props.get("date_end")
    if not isinstance(day, str) or len(day) < 7:
        return None
    return day[:7] if facet == "month" else day[:4]


def _periods(first: str, last: str, facet: str) -> list[str]:
    if facet == "year":
        return [str(y) for y in range(int(first), int(last) + 1)]
    out = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def plot_facets(
    data: Any,
    *,
    facet: str = "month",
    title: str | None = None,
    width: float = 11.69,
    height: float = 8.27,
    dpi: float = 150.0,
    extent: Extent | None = None,
    countries: Sequence[str] = (),
    layers: Iterable[str] | None = None,
    color_by: str | None = None,
) -> Any:
    """One small map per month (``facet="month"``) or year of the events, all on the same frame.

    Each panel is :func:`geo.figures.plot_events` of that period's events (by their first day)
    on the common frame (``extent``, ``countries`` or the data's finer points), titled with the
    period and its count; the first panel carries the legend. Undated events are left out.

    Raises
    ------
    InputError
        If ``facet`` is unknown, nothing is dated, or there would be more than :data:`MAX_PANELS`.
    """
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if facet not in FACETS:
        raise InputError(f"unknown facet {facet!r}: choose one of {', '.join(FACETS)}")
    check_size(width=width, height=height, dpi=dpi)
    features = as_features(read_plain(data))
    keyed = [(found, f) for f in features if (found := _key(f["properties"], facet)) is not None]
    if not keyed:
        raise InputError("nothing to split by period: no event has a date")
    periods = _periods(min(k for k, _ in keyed), max(k for k, _ in keyed), facet)
    if len(periods) > MAX_PANELS:
        raise InputError(
            f"{len(periods)} {facet}s of events: at most {MAX_PANELS} panels; "
            "use --facet year or fewer events"
        )
    frame = choose_frame([f for _, f in keyed], extent=extent, countries=countries)
    cols = math.ceil(math.sqrt(len(periods) * width / height))
    rows = math.ceil(len(periods) / cols)
    fig = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    FigureCanvasAgg(fig)
    axes = fig.subplots(rows, cols, squeeze=False).ravel()
    for k, (period, ax) in enumerate(zip(periods, axes, strict=False)):
        members = [f for key, f in keyed if key == period]
        if not members:
            ax.set_axis_off()
            ax.set_title(f"{period}: none", fontsize=7)
            continue
        plot_events(
            {"type": "FeatureCollection", "features": members},
            ax=ax,
            extent=frame.extent,
            layers=layers,
            labels=0,
            legend=k == 0,
            scale_bar=k == 0,
            color_by=color_by,
            color_reference=[f for _, f in keyed] if color_by else (),
        )
        ax.set_title(f"{period} ({len(members):,})", fontsize=8, fontweight="bold")
        ax.tick_params(labelsize=5)
        ax.xaxis.label.set_fontsize(4)
    for ax in axes[len(periods) :]:
        ax.set_axis_off()
    if title:
        fig.suptitle(title, fontsize=12, fontweight="bold")
    return fig
