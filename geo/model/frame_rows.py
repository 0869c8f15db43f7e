"""GeoDataFrames of events back to the contract: validated models, or frames of plain JSON values.

The reverse of :func:`geo.model.frames.to_geodataframe`, also for frames of ``geopandas.read_file``
(datetimes, NaN for missing numbers, arrays, a nested ``source``); see that module's docstring.
"""

from __future__ import annotations

import datetime as dt
import importlib
import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final

from geo.io import load_json_text
from geo.model.feature import PROPERTY_ORDER, EventFeature, EventFeatureCollection, Source

if TYPE_CHECKING:
    import geopandas

__all__ = [
    "SOURCE_COLUMNS",
    "SOURCE_FIELDS",
    "from_geodataframe",
    "object_series",
    "pandas_module",
    "plain_frame",
]

#: Fields of the nested ``source``, flattened to ``source_<field>`` columns.
SOURCE_FIELDS: Final[tuple[str, ...]] = tuple(Source.model_fields)
SOURCE_COLUMNS: Final[tuple[str, ...]] = tuple(f"source_{name}" for name in SOURCE_FIELDS)

_INT_PROPERTIES: Final = frozenset({"geo_precision", "troops", "fatalities"})
_LIST_PROPERTIES: Final = frozenset({"actors", "mentions"})


def pandas_module() -> Any:
    return importlib.import_module("pandas")  # untyped; comes with geopandas (heavy, imported on use)


def object_series(pd: Any, values: list[Any]) -> Any:
    return pd.Series(values, dtype=object)


def from_geodataframe(gdf: geopandas.GeoDataFrame) -> EventFeatureCollection:
    """Return the events of a GeoDataFrame made by :func:`to_geodataframe` or read from a geo file.

    The frame is reprojected to EPSG:4326 if needed. Datetimes become ISO days, missing values
    (``None``, ``NaN``, ``NaT``, ``pd.NA``) ``null``, whole floats in integer properties ``int``,
    arrays lists, JSON text in ``source``/``actors``/``mentions`` is parsed, and ``source_*`` columns
    are nested back into ``source``. Every feature is validated.

    Raises
    ------
    pydantic.ValidationError
        (a ``ValueError``) if a row breaks the contract.
    """
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    names = [str(c) for c in gdf.columns]
    flat = [c for c in SOURCE_COLUMNS if c in names] if "source" not in names else []
    features = []
    geometry = gdf.geometry
    for record, point in zip(_records(gdf, names), geometry, strict=True):
        props = {name: _plain(record[name], name) for name in PROPERTY_ORDER if name in record}
        if flat:
            props["source"] = {c.removeprefix("source_"): _plain(record[c], c) for c in flat}
        features.append(EventFeature.from_lonlat(point.x, point.y, props))
    return EventFeatureCollection(type="FeatureCollection", features=features)


def _records(gdf: Any, names: list[str]) -> Iterable[dict[str, Any]]:
    columns = [gdf[name].tolist() if name != gdf.geometry.name else None for name in names]
    for i in range(len(gdf)):
        yield {name: column[i] for name, column in zip(names, columns, strict=True) if column is not None}


def _missing(value: Any) -> bool:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return True
    if isinstance(value, str | list | dict | tuple | int | bool):
        return False
    try:
        return bool(pandas_module().isna(value))
    except (TypeError, ValueError):  # array-likes
        return False


def _plain(value: Any, name: str) -> Any:
    """One frame cell as the plain JSON value of property (or ``source_*`` column) ``name``."""
    if hasattr(value, "tolist") and not isinstance(value, list | dict):  # numpy arrays and scalars
        value = value.tolist()
    if _missing(value):
        return [] if name in _LIST_PROPERTIES else None
    if isinstance(value, dt.datetime | dt.date) or hasattr(value, "to_pydatetime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, str) and (name in _LIST_PROPERTIES or name == "source") and value[:1] in "[{":
        value = load_json_text(value, name=f"the {name} cell")  # bounded: a frame is untrusted input
    if name in _INT_PROPERTIES and isinstance(value, float) and value.is_integer():
        return int(value)
    if name == "source" and isinstance(value, Mapping):
        return {str(k): _plain(v, f"source_{k}") for k, v in value.items()}
    if name == "mentions" and isinstance(value, list):
        return [_plain(v, "mention") for v in value]
    if name == "mention" and isinstance(value, Mapping):
        return {str(k): _plain(v, "geo_precision") for k, v in value.items()}
    return value


def plain_frame(gdf: geopandas.GeoDataFrame) -> geopandas.GeoDataFrame:
    """Return ``gdf`` with JSON values where pandas types differ: ISO-day text for datetimes,
    ``int``/``None`` for counts (``Int64``, or float with NaN as ``geopandas.read_file`` gives them),
    text for categories, ``source_*`` columns nested into ``source``.

    A frame with none of these is returned as it is; otherwise a copy is changed. Nothing is
    validated (the map draws any GeoDataFrame).
    """
    pd = pandas_module()
    names = [str(c) for c in gdf.columns]
    changes: dict[str, Any] = {}
    for name in names:
        if name == gdf.geometry.name:
            continue
        series = gdf[name]
        kind = series.dtype
        if pd.api.types.is_datetime64_any_dtype(kind):
            days = series.dt.strftime("%Y-%m-%d").astype(object)  # vectorised; NaT gives NaN
            changes[name] = days.where(series.notna(), None)
        elif name in _INT_PROPERTIES and pd.api.types.is_float_dtype(kind):  # NaN made them float
            whole = _whole_numbers(series.to_numpy(dtype="float64"))
            if whole is not None:
                changes[name] = pd.Series(whole, dtype=object)
        elif isinstance(kind, pd.CategoricalDtype) or (
            pd.api.types.is_extension_array_dtype(kind) and pd.api.types.is_integer_dtype(kind)
        ):
            changes[name] = object_series(pd, [None if _missing(v) else _scalar(v) for v in series.tolist()])
    flat = [c for c in SOURCE_COLUMNS if c in names] if "source" not in names else []
    if not changes and not flat:
        return gdf
    out = gdf.copy()
    for name, values in changes.items():
        out[name] = values.set_axis(gdf.index)
    if flat:
        cells = [out[c].tolist() for c in flat]
        keys = [c.removeprefix("source_") for c in flat]
        source = [
            {k: None if _missing(v) else v for k, v in zip(keys, row, strict=True)}
            for row in zip(*cells, strict=True)
        ]
        position = names.index(flat[0])
        out = out.drop(columns=flat)
        out.insert(position, "source", pd.Series(source, index=gdf.index, dtype=object))
    return out


def _whole_numbers(values: Any) -> Any:
    """Float ``values`` as an object array of ``int`` and ``None`` (for NaN), or None when one has a
    fraction or is infinite (vectorised: map frames have a million rows)."""
    import numpy as np

    missing = np.isnan(values)
    known = np.where(missing, 0.0, values)
    if not bool(np.all(np.isfinite(known) & (known == np.floor(known)))):
        return None
    out = known.astype(np.int64).astype(object)
    out[missing] = None
    return out


def _scalar(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value
