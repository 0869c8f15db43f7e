"""Server-side aggregation of very large event tables into grid cells per type and time bucket.

A million events are too many for a browser to receive one by one. :func:`aggregate_table` sums
them into rows of (grid cell, event type, mission, place, time bucket): each row is drawn at the
mean position of its events and carries their count as a weight, so the browser clusters a few
tens of thousands of weighted rows instead. The layers, colours, mission filter, place search and
time control keep working, at the resolution of the cell (0.01° to 2°, the finest that gives at
most ``max_rows`` rows) and of the bucket (a month, or a year when the events span more than ten
years). An event's bounds are widened to whole buckets; open ends stay open.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

import numpy as np

from geo.maps.table import Column, EventTable, encode_values

__all__ = ["CELL_SIZES", "DEFAULT_MAX_ROWS", "aggregate_table"]

logger = logging.getLogger(__name__)

#: Cell sizes tried, in degrees, finest first.
CELL_SIZES: tuple[float, ...] = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0)
#: Largest number of aggregated rows a page should hold.
DEFAULT_MAX_ROWS = 60_000
#: Columns that stay in the aggregated rows (every row's events share their value).
_KEPT = ("event_type", "mission", "place")
_OPEN = np.int64(-(2**40))


def _bucket_bounds(days: Any, unit: str, *, last: bool) -> Any:
    """Day numbers moved to the first (or last) day of their month or year; NaN kept as _OPEN."""
    out = np.full(days.shape, _OPEN, dtype=np.int64)
    known = ~np.isnan(days)
    dates = days[known].astype("int64").astype("datetime64[D]")
    buckets = dates.astype(f"datetime64[{unit}]")
    if last:
        buckets = buckets + (np.timedelta64(1, "M") if unit == "M" else np.timedelta64(1, "Y"))
    first_day = buckets.astype("datetime64[D]").astype(np.int64)
    out[known] = first_day - 1 if last else first_day
    return out


def aggregate_table(table: EventTable, *, max_rows: int = DEFAULT_MAX_ROWS) -> EventTable:
    """Sum the events of ``table`` into weighted rows per grid cell, type, mission, place and bucket.

    Parameters
    ----------
    table
        Events (one per row).
    max_rows
        The coarsest resolution is used when even the largest cell gives more rows.

    Returns
    -------
    EventTable
        Rows sorted by cell, type, mission, place and bucket, with ``weight`` (events per row)
        and ``aggregation`` (``{"cell": degrees, "bucket": "month"|"year", "events": n}``). Each
        row's ``date`` is its bucket (``2007-03`` or ``2007``, or an interval of buckets) and its
        ``time_precision`` the bucket unit or ``range``.
    """
    pd: Any = importlib.import_module("pandas")

    known = np.concatenate([table.start[~np.isnan(table.start)], table.end[~np.isnan(table.end)]])
    span_years = (float(known.max()) - float(known.min())) / 365.25 if known.size else 0.0
    unit = "M" if span_years <= 10 else "Y"
    frame = pd.DataFrame(
        {
            "t0": _bucket_bounds(table.start, unit, last=False),
            "t1": _bucket_bounds(table.end, unit, last=True),
            **{name: table.columns[name].codes for name in _KEPT},
            "lon": table.lon,
            "lat": table.lat,
        }
    )
    keys = ["ix", "iy", *_KEPT, "t0", "t1"]
    grouped = None
    cell = CELL_SIZES[-1]
    for cell in CELL_SIZES:
        frame["ix"] = np.floor(table.lon / cell).astype(np.int64)
        frame["iy"] = np.floor(table.lat / cell).astype(np.int64)
        grouped = frame.groupby(keys, sort=True)
        if grouped.ngroups <= max_rows:
            break
    assert grouped is not None
    sums = grouped.agg(lon=("lon", "mean"), lat=("lat", "mean"), w=("lon", "size")).reset_index()
    t0 = sums["t0"].to_numpy()
    t1 = sums["t1"].to_numpy()
    start = np.where(t0 == _OPEN, np.nan, t0).astype(np.float64)
    end = np.where(t1 == _OPEN, np.nan, t1).astype(np.float64)
    columns = {
        name: Column(table.columns[name].values, sums[name].to_numpy(dtype=np.int64)) for name in _KEPT
    }
    columns.update(_bucket_labels(start, end, unit))
    result = EventTable(
        lon=sums["lon"].to_numpy(dtype=np.float64),
        lat=sums["lat"].to_numpy(dtype=np.float64),
        start=start,
        end=end,
        columns=columns,
        weight=sums["w"].to_numpy(dtype=np.int64),
        aggregation={"cell": cell, "bucket": "month" if unit == "M" else "year", "events": len(table)},
    )
    logger.info("aggregated %d events into %d rows (%g° cells, by %s)", len(table), len(result), cell, unit)
    return result


def _bucket_labels(start: Any, end: Any, unit: str) -> dict[str, Column]:
    """``date`` (EDTF of the bucket or buckets) and ``time_precision`` columns of aggregated rows."""
    width = 7 if unit == "M" else 4
    single = "month" if unit == "M" else "year"

    def labels(days: Any) -> list[str]:
        known = ~np.isnan(days)
        text = np.full(days.shape, "..", dtype=object)
        dates = days[known].astype(np.int64).astype("datetime64[D]")
        text[known] = [t[:width] for t in np.datetime_as_string(dates).tolist()]
        return list(text.tolist())

    texts = []
    precisions = []
    for first, last in zip(labels(start), labels(end), strict=True):
        if first == last == "..":  # undated events (open at both ends) stay undated
            texts.append("")
            precisions.append("")
        elif first == last:
            texts.append(first)
            precisions.append(single)
        else:
            texts.append(f"{first}/{last}")
            precisions.append("range")
    return {"date": encode_values(texts), "time_precision": encode_values(precisions)}
