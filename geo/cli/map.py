"""``geo map``: draw event GeoJSON files on one layered HTML map."""

from __future__ import annotations

import importlib
import json
import logging
from pathlib import Path
from typing import Any

import click

from geo.errors import GeoError, GeoIOError, InputError, SchemaError

logger = logging.getLogger(__name__)


def _read_collection(path: Path) -> dict[str, Any]:
    """Parse a GeoJSON file without schema validation (used until ``geo.features`` can validate)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GeoIOError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from exc
    try:
        obj = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"{str(path)!r} is not UTF-8 text (byte {exc.start})") from exc
    except json.JSONDecodeError as exc:
        raise InputError(f"{str(path)!r} is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    if isinstance(obj, dict) and obj.get("type") == "Feature":
        obj = {"type": "FeatureCollection", "features": [obj]}
    if not isinstance(obj, dict) or obj.get("type") != "FeatureCollection":
        raise SchemaError(f"{str(path)!r} is not a GeoJSON FeatureCollection")
    if not isinstance(obj.get("features"), list):
        raise SchemaError(f"{str(path)!r}: 'features' must be a list")
    return obj


def _load(path: Path) -> dict[str, Any]:
    """Read and validate ``path`` with :func:`geo.features.load_feature_collection` when available."""
    try:
        loader = importlib.import_module("geo.features").load_feature_collection
        result: dict[str, Any] = loader(path)
    except ImportError as exc:  # validation stage not available in this checkout
        logger.debug("schema validation unavailable (%s); parsing %s without it", exc, path)
        return _read_collection(path)
    return result


def merge_collections(collections: list[dict[str, Any]]) -> dict[str, Any]:
    """Concatenate FeatureCollections, keeping the first of identical features with the same id.

    Parameters
    ----------
    collections
        Parsed FeatureCollections, in input order.

    Returns
    -------
    dict
        One FeatureCollection; features sharing an id but differing are all kept (with a warning).
    """
    features: list[Any] = []
    seen: dict[str, Any] = {}
    for collection in collections:
        for feature in collection["features"]:
            props = feature.get("properties") if isinstance(feature, dict) else None
            fid = props.get("id") if isinstance(props, dict) else None
            if isinstance(fid, str) and fid in seen:
                if seen[fid] == feature:
                    continue
                logger.warning("two different features share the id %r; both are drawn", fid)
            if isinstance(fid, str):
                seen[fid] = feature
            features.append(feature)
    return {"type": "FeatureCollection", "features": features}


@click.command("map")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path, dir_okay=False, writable=True),
    help="HTML file to write, e.g. maps/missions.html.",
)
@click.option("--title", default=None, help="Title shown over the map and as the page title.")
@click.option(
    "--tiles",
    default="OpenStreetMap",
    show_default=True,
    help="Base map tiles: a folium/xyzservices name or a URL template; 'none' for no tiles.",
)
def command(inputs: tuple[Path, ...], output: Path, title: str | None, tiles: str) -> None:
    """Draw the events of one or more GeoJSON INPUTS on a layered HTML map."""
    from geo.maps import build_map, save_map

    try:
        collection = merge_collections([_load(path) for path in inputs])
        m = build_map(collection, title=title, tiles=None if tiles.lower() == "none" else tiles)
        save_map(m, output)
    except GeoError as exc:
        raise click.ClickException(str(exc)) from exc
    count = len(collection["features"])
    click.echo(f"wrote {output} ({count} feature{'s' if count != 1 else ''})")
