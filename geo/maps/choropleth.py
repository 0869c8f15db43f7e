"""A choropleth layer for the aggregate files of ``geo aggregate`` (:mod:`geo.exports.aggregate`).

Each cell is drawn as its polygon, filled by the number of events in it: the rows of all periods
(and ``--field`` values) of a cell are summed, and the counts are split into at most five classes at
their quantiles, coloured from light to dark (ColorBrewer YlOrRd). The legend says what a colour
counts and how big a cell is: "events per cell (h3:5, about 252 km² per cell), periods 2006-01 to
2008-07 summed", with the class limits. A tooltip gives each cell's id, events, fatalities and area.
"""

from __future__ import annotations

import html
import importlib
import os
from pathlib import Path
from typing import Any, Final

import folium

from geo.errors import InputError

__all__ = ["add_choropleth", "is_aggregate_file", "read_aggregate"]

#: Columns that mark an aggregate file.
_MARKERS: Final = frozenset({"cell", "cell_kind", "cell_area_km2", "period", "events", "geometry"})
#: ColorBrewer YlOrRd, 5 classes (light to dark).
PALETTE: Final = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")


def is_aggregate_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a GeoParquet file written by ``geo aggregate`` (by its columns)."""
    if not str(path).lower().endswith((".parquet", ".geoparquet")) or not Path(path).is_file():
        return False
    pq: Any = importlib.import_module("pyarrow.parquet")  # heavy; only when a parquet file is given
    try:
        names = set(pq.read_schema(path).names)
    except Exception:  # pyarrow raises several types for a damaged file: not ours then
        return False
    return names >= _MARKERS


def read_aggregate(path: str | os.PathLike[str]) -> Any:
    """The aggregate file at ``path`` as a GeoDataFrame (WGS84)."""
    import geopandas

    try:
        frame = geopandas.read_parquet(path)
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {str(path)!r} as an aggregate: {exc}") from exc
    return frame.to_crs("EPSG:4326") if frame.crs is not None else frame


def _classes(counts: Any) -> list[int]:
    """Upper limits of at most five classes at the quantiles of ``counts`` (the last is the maximum)."""
    import numpy as np

    quantiles = np.quantile(counts, [0.2, 0.4, 0.6, 0.8, 1.0]) if len(counts) else [0]
    return sorted({int(np.ceil(q)) for q in quantiles})


def _cell_size(frame: Any) -> str:
    kinds = sorted(set(frame["cell_kind"].astype(str)))
    area = frame["cell_area_km2"].dropna()
    if kinds == ["admin1"]:
        return "admin1 regions, each drawn as the hull of its events"
    size = f"about {area.median():,.0f} km² per cell" if len(area) else "cells"
    return f"{', '.join(kinds)}, {size}"


def _periods(frame: Any) -> str:
    periods = sorted(set(frame["period"].astype(str)) - {"undated"})
    if periods == ["all"] or not periods:
        return "all dates"
    if len(periods) == 1:
        return f"period {periods[0]}"
    return f"periods {periods[0]} to {periods[-1]} summed"


def add_choropleth(m: folium.Map, frame: Any, *, name: str = "Events per cell") -> folium.GeoJson:
    """Draw an aggregate ``frame`` (see :func:`read_aggregate`) on ``m`` as one choropleth layer.

    Parameters
    ----------
    m
        The map (usually from :func:`geo.maps.build_map`).
    frame
        GeoDataFrame with the columns of :data:`geo.exports.aggregate.AGGREGATE_COLUMNS`.
    name
        Layer name in the layer control.

    Returns
    -------
    folium.GeoJson
        The layer, already on ``m`` (always shown, not in the layer control), with its legend.
    """
    import geopandas

    drawn = frame[frame.geometry.notna()]
    totals = drawn.dissolve(
        by="cell", aggfunc={"events": "sum", "fatalities": "sum", "cell_area_km2": "first"}, sort=True
    ).reset_index()
    totals = geopandas.GeoDataFrame(totals, geometry="geometry", crs="EPSG:4326")
    limits = _classes(totals["events"].to_numpy())

    def colour(count: int) -> str:
        index = next(i for i, limit in enumerate(limits) if count <= limit)
        return PALETTE[index + len(PALETTE) - len(limits)]

    data = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": row.geometry.__geo_interface__,
                "properties": {
                    "cell": str(row.cell),
                    "events": int(row.events),
                    "fatalities": int(row.fatalities) if row.fatalities == row.fatalities else None,
                    "area_km2": float(row.cell_area_km2) if row.cell_area_km2 == row.cell_area_km2 else None,
                    "fill": colour(int(row.events)),
                },
            }
            for row in totals.itertuples()
        ],
    }
    layer = folium.GeoJson(
        data,
        name=name,
        control=False,  # the event map's layer control and runtime know only the event layers
        style_function=lambda f: {
            "fillColor": f["properties"]["fill"],
            "color": "#7f2704",
            "weight": 0.5,
            "fillOpacity": 0.7,
        },
        tooltip=folium.GeoJsonTooltip(
            fields=["cell", "events", "fatalities", "area_km2"],
            aliases=["cell", "events", "fatalities", "area (km²)"],
        ),
    )
    layer.add_to(m)
    root: Any = m.get_root()  # a branca Figure, whose html part takes the legend
    root.html.add_child(folium.Element(_legend(frame, limits)))
    return layer


def _legend(frame: Any, limits: list[int]) -> str:
    title = f"Events per cell ({_cell_size(frame)}), {_periods(frame)}"
    lower = 1
    rows = []
    colours = PALETTE[len(PALETTE) - len(limits) :]
    for limit, fill in zip(limits, colours, strict=True):
        label = f"{lower:,}" if limit <= lower else f"{lower:,}–{limit:,}"
        rows.append(
            f'<div><span style="display:inline-block;width:14px;height:10px;background:{fill};'
            f'border:1px solid #7f2704;margin-right:4px"></span>{html.escape(label)}</div>'
        )
        lower = limit + 1
    total = int(frame["events"].sum())
    return (
        '<div class="geo-choropleth-legend" style="position:fixed;bottom:24px;left:50%;z-index:1000;'
        'transform:translateX(-50%);'
        'background:#fff;padding:6px 8px;font:12px sans-serif;border:1px solid #999;max-width:260px">'
        f"<b>{html.escape(title)}</b>{''.join(rows)}"
        f"<div>{total:,} events in {len(set(frame['cell']))} cells</div></div>"
    )
