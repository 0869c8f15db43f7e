"""Event input of any everyday kind, coerced once: models, GeoJSON mappings, GeoDataFrames, files.

Every public function that takes events (:func:`geo.model.frames.to_geodataframe`,
:func:`merge_collections` below, the map, the figure, the export, ``geo.validate``) starts here:

* :func:`as_collection` returns a validated :class:`~geo.model.feature.EventFeatureCollection`;
* :func:`as_plain` returns the JSON form the bulk readers take (a FeatureCollection dict or a
  GeoDataFrame of JSON values, see :func:`geo.model.frames.plain_frame`) without validating a
  mapping again, so a large collection read from a file costs nothing more.

Accepted: an :class:`~geo.model.feature.EventFeatureCollection`, one
:class:`~geo.model.feature.EventFeature`, a sequence of features (models or mappings), a GeoJSON
FeatureCollection or Feature mapping, a GeoDataFrame (also one of ``geopandas.read_file``), anything
with ``__geo_interface__``, and the path of a GeoJSON file. Paths of the other formats ``geo export``
writes are read by :func:`geo.exports.read.read`, which then comes here.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from geo.errors import InputError, SchemaError
from geo.model.feature import EventFeature, EventFeatureCollection
from geo.model.frame_rows import from_geodataframe, plain_frame
from geo.model.geojson import load_feature_collection

__all__ = [
    "as_collection",
    "as_plain",
    "features_of",
    "is_frame",
    "is_path",
    "merge_collections",
]

log = logging.getLogger(__name__)


def is_frame(data: Any) -> bool:
    """Whether ``data`` looks like a GeoDataFrame (without importing geopandas)."""
    return hasattr(data, "geometry") and hasattr(data, "columns") and hasattr(data, "crs")


def is_path(data: Any) -> bool:
    """Whether ``data`` names a file (``str`` or ``os.PathLike``)."""
    return isinstance(data, str | os.PathLike)


def as_collection(data: Any) -> EventFeatureCollection:
    """Return ``data`` as a validated :class:`~geo.model.feature.EventFeatureCollection`.

    Models are taken as they are (they were validated when made); everything else is validated.

    Raises
    ------
    InputError
        If ``data`` is of none of the accepted kinds.
    SchemaError
        If a GeoJSON mapping is neither a FeatureCollection nor a Feature, or a file breaks the contract.
    GeoIOError
        If a file cannot be read.
    pydantic.ValidationError
        (a ``ValueError``) if a feature or row breaks the contract.
    """
    if isinstance(data, EventFeatureCollection):
        return data
    if isinstance(data, EventFeature):
        return _collection([data])
    if is_frame(data):
        return from_geodataframe(data)
    if is_path(data):
        return EventFeatureCollection.model_validate(load_feature_collection(Path(data)))
    items = features_of(data)
    return _collection([f if isinstance(f, EventFeature) else EventFeature.model_validate(f) for f in items])


def as_plain(data: Any) -> Any:
    """Return ``data`` as a FeatureCollection dict of plain JSON values, or as a GeoDataFrame of them.

    A mapping is returned as it is and a GeoDataFrame goes through
    :func:`geo.model.frames.plain_frame`: neither is validated here (the map draws any GeoJSON).
    Models are dumped to JSON; a path is read and validated.

    Raises
    ------
    InputError
        If ``data`` is of none of the accepted kinds.
    """
    if isinstance(data, Mapping):
        return data
    if is_frame(data):
        return plain_frame(data)
    if isinstance(data, EventFeatureCollection | EventFeature) or is_path(data):
        return as_collection(data).model_dump(mode="json")
    items = features_of(data)
    return {
        "type": "FeatureCollection",
        "features": [f.model_dump(mode="json") if isinstance(f, EventFeature) else f for f in items],
    }


def _collection(features: list[EventFeature]) -> EventFeatureCollection:
    return EventFeatureCollection(type="FeatureCollection", features=features)


def features_of(data: Any) -> list[Any]:
    """The features of a mapping, a sequence or a ``__geo_interface__`` object."""
    if not isinstance(data, Mapping) and hasattr(data, "__geo_interface__"):
        data = data.__geo_interface__
    if isinstance(data, Mapping):
        kind = data.get("type")
        if kind == "FeatureCollection":
            features = data.get("features")
            if not isinstance(features, list):
                raise SchemaError(f"FeatureCollection 'features' must be a list, not {features!r:.80}")
            return features
        if kind == "Feature":
            return [data]
        raise SchemaError(f"expected a GeoJSON FeatureCollection or Feature, got type {kind!r}")
    if isinstance(data, Iterable) and not isinstance(data, str | bytes):
        return list(data)
    raise InputError(
        f"cannot read events from a {type(data).__name__!r}: give an EventFeatureCollection, features, "
        "a GeoJSON mapping, a GeoDataFrame or a file path"
    )


def merge_collections(collections: Iterable[Any]) -> dict[str, Any]:
    """Concatenate event collections, keeping the first of identical features with the same id.

    Parameters
    ----------
    collections
        Collections of any kind :func:`as_collection` takes, in input order (parsed files, models,
        GeoDataFrames, paths).

    Returns
    -------
    dict
        One FeatureCollection of plain JSON values (what the writers take); features sharing an id
        but differing are all kept (with a warning).
    """
    features: list[Any] = []
    seen: dict[str, Any] = {}
    for collection in collections:
        # a GeoDataFrame becomes features through the models (its columns are typed), converted once
        if is_frame(collection):
            plain = as_collection(collection).model_dump(mode="json")
        else:
            plain = as_plain(collection)
        for feature in features_of(plain):
            props = feature.get("properties") if isinstance(feature, dict) else None
            fid = props.get("id") if isinstance(props, dict) else None
            if isinstance(fid, str) and fid in seen:
                if seen[fid] == feature:
                    continue
                log.warning("two different features share the id %r; both are drawn", fid)
            if isinstance(fid, str):
                seen[fid] = feature
            features.append(feature)
    return {"type": "FeatureCollection", "features": features}
