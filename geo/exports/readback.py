"""Read our exports back into FeatureCollections: the other half of every round trip.

GDAL formats are read with pyogrio (Arrow), GeoParquet and CSV with pyarrow, GeoJSON with our
validating reader; flattened values are put back with :func:`geo.exports.table.unflatten`.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geo.errors import GeoIOError, SchemaError
from geo.exports.delimited import unguard_table
from geo.exports.ogr import gdal_path
from geo.exports.shapefile import SHAPEFILE_FIELDS, SIDECAR_SUFFIX, shapefile_stem
from geo.exports.table import (
    EVENT_SCHEMA,
    FLAT_SCHEMA,
    collection_from_table,
    unflatten,
)
from geo.io import load_json_text, open_zip, read_bounded
from geo.model.geojson import load_feature_collection

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["read_back", "read_ogr_table"]


def read_back(path: Path, format: str, *, layer: str | None = None) -> dict[str, Any]:
    """Return the FeatureCollection stored in an export of ``format`` at ``path``.

    Raises
    ------
    GeoIOError
        If the file cannot be opened.
    SchemaError
        If its columns are not those of our exports.
    """
    if not path.exists():
        raise GeoIOError(f"cannot read {str(path)!r}: no such file")
    if format == "kmz" or (format == "shapefile" and shapefile_stem(path)[1]):
        open_zip(path).close()  # refuses a zip bomb before GDAL expands it
    if format == "geojson":
        return load_feature_collection(path)
    if format in ("geojsons", "geojsonl"):
        return _read_sequence(path)
    if format == "parquet":
        return collection_from_table(_read_parquet(path))
    if format == "csv":
        return collection_from_table(unflatten(_read_csv(path)))
    if format == "shapefile":
        return collection_from_table(unflatten(_read_shapefile(path)))
    if format in ("kml", "kmz"):
        source = f"/vsizip/{path}/doc.kml" if format == "kmz" else str(path)
        return collection_from_table(unflatten(_read_kml_layers(source)))
    if format == "gpkg" and layer is None:
        layer = _first_spatial_layer(str(path))
    return collection_from_table(unflatten(read_ogr_table(str(path), layer=layer)))


def _first_spatial_layer(source: str) -> str:
    import pyogrio

    for name, geometry_type in pyogrio.list_layers(gdal_path(source)):
        if geometry_type is not None:
            return str(name)
    raise SchemaError(f"{source!r} has no layer with geometries")


def _read_sequence(path: Path) -> dict[str, Any]:
    features = []
    try:
        text = read_bounded(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc}") from exc
    for number, line in enumerate(text.split("\n"), start=1):
        record = line.lstrip("\x1e").strip()
        if not record:
            continue
        features.append(load_json_text(record, name=f"{str(path)!r} line {number}"))
    return {"type": "FeatureCollection", "features": features}


def read_ogr_table(source: str, *, layer: str | None = None, kml: bool = False) -> pa.Table:
    """Read one layer with pyogrio into the flat table (``lon``/``lat`` from the Point geometry).

    With ``kml``, GDAL's own KML columns are dropped. GDAL has its own ``id`` (the placemark id) and
    ``Name`` (the placemark name, matched case-insensitively) and puts our ``id`` and ``name`` either
    there or into ``id2``/``name2`` depending on the version; our writer makes both agree, so either
    is taken. The text of ``ExtendedData`` is cast to each column's type.
    """
    import pyarrow as pa
    import pyogrio
    import pyogrio.errors

    try:
        meta, table = pyogrio.read_arrow(gdal_path(source), layer=layer)
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise GeoIOError(f"cannot read {source!r}: {exc}") from exc
    geometry = meta["geometry_name"] or "wkb_geometry"
    lon, lat = _lonlat(table.column(geometry))
    table = table.drop_columns([geometry])
    if kml:
        import pyarrow.compute as pc

        ours = [n for n in table.column_names if n in FLAT_SCHEMA.names and n not in ("id", "name")]
        ids = pc.coalesce(*(table.column(n) for n in ("id2", "id") if n in table.column_names))
        names = pc.coalesce(*(table.column(n) for n in ("name2", "Name") if n in table.column_names))
        table = table.select(ours).append_column("id", ids).append_column("name", names)
        # A KML folder has a column only when one of its placemarks has a value for it.
        for name in FLAT_SCHEMA.names:
            if name not in table.column_names and name not in ("lon", "lat"):
                table = table.append_column(name, pa.nulls(table.num_rows, pa.string()))
    table = table.append_column("lon", pa.array(lon)).append_column("lat", pa.array(lat))
    return _as_flat(table)


def _read_kml_layers(source: str) -> pa.Table:
    """All layers of a KML (one per folder), concatenated in file order."""
    import pyarrow as pa
    import pyogrio

    layers = [str(name) for name, _ in pyogrio.list_layers(gdal_path(source))]
    tables = [read_ogr_table(source, layer=name, kml=True) for name in layers]
    return pa.concat_tables(tables) if tables else FLAT_SCHEMA.empty_table()


def _lonlat(column: Any) -> tuple[Any, Any]:
    import shapely

    geoms = shapely.from_wkb(column.to_numpy(zero_copy_only=False))
    return shapely.get_x(geoms), shapely.get_y(geoms)


def _as_flat(table: pa.Table) -> pa.Table:
    """Cast to the flat schema: drivers without a date type give timestamps, text may come as dates."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for field in FLAT_SCHEMA:
        if field.name not in table.column_names:
            raise SchemaError(f"the layer lacks the column {field.name!r}")
        column = table.column(field.name)
        if pa.types.is_date32(field.type) and pa.types.is_timestamp(column.type):
            column = pc.cast(column, pa.date32())
        elif pa.types.is_date32(field.type) and pa.types.is_string(column.type):
            column = pc.cast(pc.if_else(pc.equal(column, ""), None, column), pa.date32())
        columns.append(column.cast(field.type))
    return pa.Table.from_arrays(columns, schema=_nullable(FLAT_SCHEMA))


def _nullable(schema: pa.Schema) -> pa.Schema:
    import pyarrow as pa

    return pa.schema([f.with_nullable(True) for f in schema])


def _read_parquet(path: Path) -> pa.Table:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc}") from exc
    meta = json.loads((table.schema.metadata or {}).get(b"geo", b"{}"))
    geometry = meta.get("primary_column", "geometry")
    lon, lat = _lonlat(table.column(geometry))
    table = (
        table.drop_columns([geometry]).append_column("lon", pa.array(lon)).append_column("lat", pa.array(lat))
    )
    return table.select(list(EVENT_SCHEMA.names)).cast(_nullable(EVENT_SCHEMA))


def _read_csv(path: Path) -> pa.Table:
    import pyarrow as pa
    import pyarrow.csv as pacsv

    types = {f.name: f.type for f in FLAT_SCHEMA}
    convert = pacsv.ConvertOptions(
        column_types=types, strings_can_be_null=True, quoted_strings_can_be_null=False, null_values=[""]
    )
    try:
        table = pacsv.read_csv(path, convert_options=convert)
    except (OSError, pa.ArrowInvalid) as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc}") from exc
    return unguard_table(table.select(list(FLAT_SCHEMA.names)))


def _read_shapefile(path: Path) -> pa.Table:

    stem, zipped = shapefile_stem(path)
    mapping = {short: long for long, short in SHAPEFILE_FIELDS.items()}
    if zipped:
        sidecar = None
        try:
            with open_zip(path) as zf:
                # A renamed archive keeps its members' names: read its one .shp, whatever its stem.
                members = [name[:-4] for name in zf.namelist() if name.endswith(".shp") and "/" not in name]
                stem = members[0] if len(members) == 1 else stem
                sidecar = load_json_text(zf.read(f"{stem}{SIDECAR_SUFFIX}"), name=str(path))
        except (OSError, KeyError, ValueError, zipfile.BadZipFile):
            pass
        source = f"/vsizip/{path}/{stem}.shp"
    else:
        source = str(path)
        try:
            side = path.with_name(f"{stem}{SIDECAR_SUFFIX}")
            sidecar = load_json_text(read_bounded(side), name=str(side))
        except (OSError, ValueError):
            sidecar = None
    if isinstance(sidecar, dict) and isinstance(sidecar.get("fields"), dict):
        mapping = dict(sidecar["fields"])
    import pyarrow as pa
    import pyogrio

    meta, table = pyogrio.read_arrow(gdal_path(source))
    geometry = meta["geometry_name"] or "wkb_geometry"
    lon, lat = _lonlat(table.column(geometry))
    table = table.drop_columns([geometry])
    table = table.rename_columns([mapping.get(n, n) for n in table.column_names])
    table = table.append_column("lon", pa.array(lon)).append_column("lat", pa.array(lat))
    return _as_flat(table)
