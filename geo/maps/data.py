"""Turn map input (FeatureCollection, features, GeoDataFrame) into plain Point features per layer."""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Mapping, Sequence
from typing import Any

from geo.errors import SchemaError
from geo.io import gc_paused
from geo.maps.icons import style_for
from geo.maps.table import EventTable, table_from_features, table_from_frame
from geo.model.coerce import features_of
from geo.model.vocab import EVENT_STYLES, LAYERS

__all__ = ["Bounds", "as_features", "bounds_of", "group_by_layer", "table_of"]

logger = logging.getLogger(__name__)

#: ``[[south, west], [north, east]]``, Leaflet's order (latitude first).
Bounds = list[list[float]]

#: Properties not needed on the map (the evidence offsets can be long).
_DROPPED_PROPERTIES = frozenset({"mentions"})


#: Value types :func:`_plain` returns as they are (checked by exact type: the common case, fast).
_ATOMIC = frozenset({str, int, bool, type(None)})


def _plain(value: Any) -> Any:
    """Return ``value`` with NaN floats as None, recursively (pandas writes missing numbers as NaN)."""
    if type(value) in _ATOMIC:
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _raw_features(data: Any) -> list[Any]:
    if hasattr(data, "to_json") and hasattr(data, "geometry"):  # a GeoDataFrame
        text = data.to_json(na="null", to_wgs84=data.crs is not None, default=str)
        return list(json.loads(text)["features"])
    return features_of(data)


def _point(feature: Mapping[str, Any], index: int) -> tuple[float, float]:
    geometry = feature.get("geometry")
    props = feature.get("properties")
    label = f"feature {index} (id {props.get('id') if isinstance(props, Mapping) else None!r})"
    if not isinstance(geometry, Mapping):
        raise SchemaError(f"{label} has no geometry: {geometry!r:.80}")
    if geometry.get("type") != "Point":
        from shapely.geometry import shape

        try:
            point = shape(geometry).representative_point()
        except Exception as exc:  # shapely raises several types for broken input
            raise SchemaError(f"{label} has an unreadable geometry {geometry!r:.120}") from exc
        logger.warning("%s: %s geometry drawn at a representative point", label, geometry.get("type"))
        return round(point.x, 6), round(point.y, 6)
    coords = geometry.get("coordinates")
    if (
        not isinstance(coords, list | tuple)
        or len(coords) < 2
        or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in coords[:2])
    ):
        raise SchemaError(f"{label} has invalid Point coordinates {coords!r:.80}")
    lon, lat = float(coords[0]), float(coords[1])
    if not (-180.0 <= lon <= 180.0 and -90.0 <= lat <= 90.0):
        raise SchemaError(f"{label} has coordinates out of range (lon, lat) = {coords!r:.80}")
    return lon, lat


def as_features(data: Any) -> list[dict[str, Any]]:
    """Return the features of ``data`` as plain GeoJSON Point features.

    Parameters
    ----------
    data
        A FeatureCollection or Feature mapping, a sequence of features, a GeoDataFrame (reprojected
        to WGS84 when it has a CRS) or any object with ``__geo_interface__``.

    Returns
    -------
    list of dict
        ``{"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {...}}`` in input order; non-Point geometries are replaced by a representative
        point, NaN values by null, and the ``mentions`` offsets are dropped.

    Raises
    ------
    SchemaError
        If a feature has no geometry or invalid or out-of-range coordinates.
    InputError
        If ``data`` is of an unsupported type.
    """
    result = []
    for index, feature in enumerate(_raw_features(data)):
        if not isinstance(feature, Mapping):
            raise SchemaError(f"feature {index} is not an object: {feature!r:.80}")
        lon, lat = _point(feature, index)
        props = feature.get("properties") or {}
        if not isinstance(props, Mapping):
            raise SchemaError(f"feature {index} properties must be an object, not {props!r:.80}")
        clean = {
            k: v if type(v) in _ATOMIC else _plain(v)  # the test inline: most values are text
            for k, v in props.items()
            if k not in _DROPPED_PROPERTIES
        }
        result.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": clean}
        )
    return result


def group_by_layer(features: Sequence[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    """Split features into the map layers of :data:`geo.model.vocab.LAYERS` by their ``event_type``.

    Features of an unknown type go to "Other events" (with a warning).
    """
    groups: dict[str, list[Mapping[str, Any]]] = {name: [] for name, _ in LAYERS}
    for feature in features:
        event_type = feature["properties"].get("event_type")
        if event_type not in EVENT_STYLES:
            logger.warning(
                "feature %r has unknown event_type %r; drawn under 'Other events'",
                feature["properties"].get("id"),
                event_type,
            )
        groups[style_for(event_type).layer].append(feature)
    return groups


def bounds_of(features: Sequence[Mapping[str, Any]]) -> Bounds | None:
    """Return the ``[[south, west], [north, east]]`` box of Point ``features``, or None if empty."""
    if not features:
        return None
    lons = [f["geometry"]["coordinates"][0] for f in features]
    lats = [f["geometry"]["coordinates"][1] for f in features]
    return [[min(lats), min(lons)], [max(lats), max(lons)]]


def _is_frame(data: Any) -> bool:
    return hasattr(data, "to_json") and hasattr(data, "geometry") and hasattr(data, "columns")


def table_of(data: Any) -> EventTable:
    """Return the events of ``data`` as an :class:`~geo.maps.table.EventTable`.

    A GeoDataFrame is read column by column (fast for 100,000+ rows); anything else goes through
    :func:`as_features`. An ``event_type`` outside the vocabulary is logged once per value; such
    events are drawn under "Other events".

    Raises
    ------
    SchemaError
        If a feature or row has no usable geometry.
    InputError
        If ``data`` is of an unsupported type or a date is invalid.
    """
    with gc_paused():  # millions of small objects, none of them garbage (see geo.io.gc_paused)
        table = table_from_frame(data) if _is_frame(data) else table_from_features(as_features(data))
    types = table.columns["event_type"]
    for code, value in enumerate(types.values):
        if value not in EVENT_STYLES:
            logger.warning(
                "%d event(s) with unknown event_type %r; drawn under 'Other events'",
                int((types.codes == code).sum()),
                value,
            )
    return table
