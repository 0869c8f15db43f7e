"""geo: offline geoparsing of news about military missions into dated, tagged GeoJSON events and maps.

The everyday API, from the package root (each name is imported on first use, so ``import geo`` stays
light)::

    import geo

    fc = geo.extract(text, published="2020-01-06")  # a text, an article file or an Article
    geo.map(fc).save("events.html")                  # folium map
    gdf = geo.to_geodataframe(fc)                    # datetime64 dates, Int64 counts
    geo.export(fc, "events.gpkg")
    fc = geo.read("events.gpkg")                     # any format geo export writes, or a GeoDataFrame

Every function that takes events takes them in any kind: an :class:`EventFeatureCollection`, features,
a GeoJSON mapping, a GeoDataFrame (also one of ``geopandas.read_file``) or a path
(:mod:`geo.model.coerce`).
"""

from __future__ import annotations

import importlib
import sys
from typing import TYPE_CHECKING, Any

try:
    from geo.errors import (
        CurationError,
        GazetteerError,
        GeoError,
        GeoIOError,
        InputError,
        PlaceNotFoundError,
        SchemaError,
    )
except KeyboardInterrupt:
    if sys.argv[:1] != ["-m"]:  # imported by a program: its Ctrl-C is its own
        raise
    # `python -m geo` while it finds the package (argv[0] is "-m" until then): end as geo.__main__ does
    sys.stderr.write("Aborted!\n")
    sys.exit(1)

if TYPE_CHECKING:
    __version__: str
    from geo.exports import export as export
    from geo.exports.read import read as read
    from geo.extract.inputs import extract_any as extract
    from geo.extract.parser import Geoparser as Geoparser
    from geo.figures.plot import plot_events as figure
    from geo.maps.builder import build_map as map
    from geo.maps.embed import show as show
    from geo.model.article import Article as Article
    from geo.model.feature import EventFeature as EventFeature
    from geo.model.feature import EventFeatureCollection as EventFeatureCollection
    from geo.model.frames import from_geodataframe as from_geodataframe
    from geo.model.frames import to_geodataframe as to_geodataframe
    from geo.validation import validate as validate

#: Lazy names: attribute → (module, name in that module).
_LAZY: dict[str, tuple[str, str]] = {
    "extract": ("geo.extract", ""),  # the package itself, callable (geo.extract.inputs.extract_any)
    "read": ("geo.exports.read", "read"),
    "map": ("geo.maps.builder", "build_map"),
    "show": ("geo.maps.embed", "show"),
    "figure": ("geo.figures.plot", "plot_events"),
    "export": ("geo.exports", "export"),
    "validate": ("geo.validation", "validate"),
    "to_geodataframe": ("geo.model.frames", "to_geodataframe"),
    "from_geodataframe": ("geo.model.frames", "from_geodataframe"),
    "EventFeature": ("geo.model.feature", "EventFeature"),
    "EventFeatureCollection": ("geo.model.feature", "EventFeatureCollection"),
    "Article": ("geo.model.article", "Article"),
    "Geoparser": ("geo.extract.parser", "Geoparser"),
}

__all__ = [
    "Article",
    "CurationError",
    "EventFeature",
    "EventFeatureCollection",
    "GazetteerError",
    "GeoError",
    "GeoIOError",
    "Geoparser",
    "InputError",
    "PlaceNotFoundError",
    "SchemaError",
    "__version__",
    "export",
    "extract",
    "figure",
    "from_geodataframe",
    "map",
    "read",
    "show",
    "to_geodataframe",
    "validate",
]


def _version() -> str:
    """The installed distribution's version (``0.0.0`` in a bare checkout); read on first use, which
    keeps :mod:`importlib.metadata` out of ``import geo``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geo-missions")
    except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0.0.0"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = found = _version()
        return found
    home = _LAZY.get(name)
    if home is None:
        raise AttributeError(f"module 'geo' has no attribute {name!r}")
    module_name, attribute = home
    module = importlib.import_module(module_name)
    value = getattr(module, attribute) if attribute else module
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
