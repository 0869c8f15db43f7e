"""Read user places from files (CSV, GeoJSON, GeoPackage) and back from a layer file.

Each reader yields ``(where, record)`` pairs: ``where`` names the row for error messages (``places.csv
line 7``, ``places.geojson feature 3``), ``record`` maps the column names of
:mod:`geo.gazetteer.user` to values (``lon``/``lat`` from the Point geometry for features).
"""

from __future__ import annotations

import csv
import io
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from geo.cache import readonly_uri
from geo.errors import GeoIOError, InputError
from geo.io.bounded import load_json_text, read_bounded

__all__ = ["StoredPlace", "iter_csv", "iter_features", "read_layer"]


def iter_csv(
    path: Path, required: Sequence[str], optional: Sequence[str]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield the rows of a CSV file of places with their line numbers.

    Raises
    ------
    InputError
        If the file is not UTF-8 or lacks a required column.
    """
    try:
        text = read_bounded(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{str(path)!r} is not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [column.strip() for column in reader.fieldnames or []]
    missing = [column for column in required if column not in header]
    if missing:
        raise InputError(
            f"{str(path)!r} lacks the column(s) {', '.join(missing)} (expected {', '.join(required)}, "
            f"optionally {', '.join(optional)})"
        )
    reader.fieldnames = header
    try:
        for row in reader:
            if None in row:
                yield f"{path.name} line {reader.line_num}", {"name": "", "_extra": row[None]}
                continue
            yield f"{path.name} line {reader.line_num}", {k: (v or "").strip() for k, v in row.items()}
    except csv.Error as exc:
        raise InputError(f"{path.name} line {reader.line_num}: not valid CSV ({exc})") from None


def _feature_record(feature: Any) -> dict[str, Any]:
    if not isinstance(feature, dict):
        raise InputError(f"not a GeoJSON Feature: {str(feature)[:40]!r}")
    geometry = feature.get("geometry") or {}
    coordinates = geometry.get("coordinates") if isinstance(geometry, dict) else None
    if not isinstance(geometry, dict) or geometry.get("type") != "Point" or not isinstance(coordinates, list):
        kind = geometry.get("type") if isinstance(geometry, dict) else geometry
        raise InputError(f"geometry {kind!r} is not a Point")
    if len(coordinates) < 2:
        raise InputError(f"Point coordinates {coordinates!r} lack lon and lat")
    properties = feature.get("properties") or {}
    if not isinstance(properties, dict):
        raise InputError(f"properties {str(properties)[:40]!r} are not an object")
    return {**properties, "lon": coordinates[0], "lat": coordinates[1]}


def iter_features(path: Path) -> Iterator[tuple[str, Any]]:
    """Yield the Point features of a GeoJSON FeatureCollection or a GeoPackage as records.

    Raises
    ------
    InputError
        If the file is not a FeatureCollection (GeoJSON) or cannot be read as a GeoPackage.
    """
    if path.suffix.lower() == ".gpkg":
        features = _gpkg_features(path)
    else:
        data = load_json_text(read_bounded(path), name=str(path))
        if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
            raise InputError(f"{str(path)!r} is not a GeoJSON FeatureCollection")
        features = data.get("features") or []
    for number, feature in enumerate(features, start=1):
        where = f"{path.name} feature {number}"
        try:
            yield where, _feature_record(feature)
        except InputError as exc:
            yield where, {"name": "", "_problem": str(exc)}


def _gpkg_features(path: Path) -> list[Any]:
    import pyogrio  # heavy optional dependency (GDAL), only for GeoPackage input

    try:
        frame = pyogrio.read_dataframe(path)
    except Exception as exc:  # pyogrio raises its own DataSourceError, DataLayerError ...
        raise InputError(
            f"{str(path)!r} cannot be read as a GeoPackage: {str(exc).splitlines()[0]}"
        ) from None
    features = []
    for record, geometry in zip(
        frame.drop(columns="geometry").to_dict("records"), frame.geometry, strict=True
    ):
        props = {k: (None if v != v else v) for k, v in record.items()}  # NaN -> None
        point = None if geometry is None or geometry.geom_type != "Point" else [geometry.x, geometry.y]
        kind = "Point" if point is not None else (geometry.geom_type if geometry is not None else None)
        features.append(
            {"type": "Feature", "geometry": {"type": kind, "coordinates": point}, "properties": props}
        )
    return features


#: A stored place: id, name, class, country, lon, lat, population, admin1, admin2, alternate names.
StoredPlace = tuple[str, str, str, str | None, float, float, int, str | None, str | None, tuple[str, ...]]


def read_layer(path: Path) -> list[StoredPlace]:
    """Return the places of a user layer file, in order (empty when the file is missing)."""
    if not path.is_file():
        return []
    try:
        con = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            places = con.execute(
                "SELECT pid, id, name, feature_class, country, lon, lat, population, admin1, admin2 "
                "FROM places ORDER BY pid"
            ).fetchall()
            alternates: dict[int, list[str]] = {}
            for pid, name in con.execute("SELECT pid, name FROM names WHERE kind = 1 ORDER BY rowid"):
                alternates.setdefault(pid, []).append(name)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise GeoIOError(f"gazetteer layer {str(path)!r} cannot be read: {exc}") from None
    return [(*row[1:], tuple(alternates.get(row[0], ()))) for row in places]
