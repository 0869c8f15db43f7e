"""Event FeatureCollections as GeoDataFrames (EPSG:4326) and back."""

from __future__ import annotations

import importlib
import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from geo.model.feature import PROPERTY_ORDER, EventFeature, feature_collection

if TYPE_CHECKING:
    import geopandas

__all__ = ["from_geodataframe", "to_geodataframe"]


def to_geodataframe(fc: Mapping[str, Any]) -> geopandas.GeoDataFrame:
    """Return a GeoDataFrame (EPSG:4326) with one row per feature.

    Columns are the properties in contract order plus ``geometry``; ``actors``, ``source`` and
    ``mentions`` stay Python lists/dicts, nullable integers stay ``int``/``None`` (object dtype).
    """
    import geopandas
    from shapely.geometry import Point as ShapelyPoint

    features = list(fc.get("features", []))
    columns: dict[str, list[Any]] = {name: [] for name in PROPERTY_ORDER}
    geometry = []
    for feature in features:
        props = feature["properties"]
        for name in PROPERTY_ORDER:
            columns[name].append(props.get(name))
        lon, lat = feature["geometry"]["coordinates"]
        geometry.append(ShapelyPoint(lon, lat))
    pandas = importlib.import_module("pandas")  # untyped; comes with geopandas
    frame = pandas.DataFrame({name: pandas.Series(values, dtype=object) for name, values in columns.items()})
    frame = frame.astype({"geo_precision": "int64", "confidence": "float64"}) if features else frame
    return geopandas.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def from_geodataframe(gdf: geopandas.GeoDataFrame) -> dict[str, Any]:
    """Return the FeatureCollection of a GeoDataFrame made by :func:`to_geodataframe` (or alike).

    The frame is reprojected to EPSG:4326 if needed; missing values become ``null``, whole floats in
    integer properties become ``int``, and every feature is validated.

    Raises
    ------
    pydantic.ValidationError
        (a ``ValueError``) if a row breaks the contract.
    """
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(4326)
    features = []
    for row in gdf.itertuples(index=False):
        record = row._asdict()
        props = {name: _plain(record.get(name), name) for name in PROPERTY_ORDER if name in record}
        point = record[gdf.geometry.name]
        features.append(EventFeature.from_lonlat(point.x, point.y, props))
    return feature_collection(features)


_INT_PROPERTIES = frozenset({"geo_precision", "troops", "fatalities"})


def _plain(value: Any, name: str) -> Any:
    """Turn pandas/numpy scalars and missing values into plain JSON values."""
    if hasattr(value, "item") and not isinstance(value, list | dict):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is not None and not isinstance(value, list | dict | str | int | float | bool):
        try:
            if importlib.import_module("pandas").isna(value):
                return None
        except (TypeError, ValueError):
            pass
    if name in _INT_PROPERTIES and isinstance(value, float) and value.is_integer():
        return int(value)
    return value
