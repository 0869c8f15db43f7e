"""Event collections as GeoDataFrames (EPSG:4326) with pandas-friendly columns, and back without loss.

:func:`to_geodataframe` gives one row per event: the properties in contract order with ``source``
flattened to ``source_*`` columns, then ``geometry``. ``date_start``/``date_end`` are ``datetime64[s]``
(``NaT`` where unknown), ``source_published`` too when every value is a plain day (else EDTF text),
``troops``/``fatalities`` nullable ``Int64``, ``event_type`` categorical over the vocabulary,
``actors``/``mentions`` Python lists. :func:`from_geodataframe` turns such a frame, or one read by
``geopandas.read_file`` from a geo file (datetimes, NaN for missing numbers, arrays, a nested
``source``), back into a validated :class:`~geo.model.feature.EventFeatureCollection`.
:func:`plain_frame` gives the JSON-valued frame the bulk readers (map, export tables) take.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

from geo.model.coerce import as_collection
from geo.model.feature import PROPERTY_ORDER
from geo.model.frame_rows import (
    SOURCE_COLUMNS,
    SOURCE_FIELDS,
    from_geodataframe,
    object_series,
    pandas_module,
    plain_frame,
)
from geo.model.vocab import EVENT_TYPES

if TYPE_CHECKING:
    import geopandas

__all__ = ["FRAME_COLUMNS", "from_geodataframe", "plain_frame", "to_geodataframe"]


#: Columns of :func:`to_geodataframe` before ``geometry``: the properties with ``source`` flattened.
FRAME_COLUMNS: Final[tuple[str, ...]] = tuple(
    column for name in PROPERTY_ORDER for column in (SOURCE_COLUMNS if name == "source" else (name,))
)

_DAY_COLUMNS: Final = ("date_start", "date_end")
_COUNT_COLUMNS: Final = ("troops", "fatalities")


def to_geodataframe(data: Any) -> geopandas.GeoDataFrame:
    """Return a GeoDataFrame (EPSG:4326) with one row per event and pandas-friendly columns.

    Parameters
    ----------
    data
        Anything :func:`geo.model.coerce.as_collection` takes: an
        :class:`~geo.model.feature.EventFeatureCollection`, features, a GeoJSON mapping, a
        GeoDataFrame or the path of a GeoJSON file.

    Returns
    -------
    geopandas.GeoDataFrame
        Columns :data:`FRAME_COLUMNS` then ``geometry``; dtypes as in the module docstring.
    """
    import geopandas
    from shapely.geometry import Point as ShapelyPoint

    features = as_collection(data).features
    pd = pandas_module()
    rows = [f.properties.model_dump(mode="json") for f in features]
    columns: dict[str, Any] = {}
    for name in PROPERTY_ORDER:
        values = [row[name] for row in rows]
        if name == "source":
            for field, column in zip(SOURCE_FIELDS, SOURCE_COLUMNS, strict=True):
                texts = [value[field] for value in values]
                columns[column] = (
                    _days(pd, texts)
                    if field == "published" and _all_days(texts)
                    else object_series(pd, texts)
                )
        elif name in _DAY_COLUMNS:
            columns[name] = _days(pd, values)
        elif name in _COUNT_COLUMNS:
            columns[name] = pd.array(values, dtype="Int64")
        elif name == "event_type":
            columns[name] = pd.Categorical(values, categories=list(EVENT_TYPES))
        elif name == "geo_precision":
            columns[name] = pd.array(values, dtype="int64")
        elif name == "confidence":
            columns[name] = pd.array(values, dtype="float64")
        else:
            columns[name] = object_series(pd, values)
    geometry = [ShapelyPoint(*f.geometry.coordinates) for f in features]
    return geopandas.GeoDataFrame(pd.DataFrame(columns), geometry=geometry, crs="EPSG:4326")


def _all_days(values: Iterable[Any]) -> bool:
    return all(value is None or (len(value) == 10 and _is_day(value)) for value in values)


def _is_day(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _days(pd: Any, values: list[str | None]) -> Any:
    """ISO days as a ``datetime64[s]`` Series (``NaT`` for None), any year 1-9999."""
    import numpy as np

    return pd.Series(np.array(values, dtype="datetime64[D]").astype("datetime64[s]"))
