"""geo: offline geoparsing of news about military missions into dated, tagged GeoJSON events and maps."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from geo.errors import (
    CurationError,
    GazetteerError,
    GeoError,
    GeoIOError,
    InputError,
    PlaceNotFoundError,
    SchemaError,
)

try:
    __version__ = version("geo-missions")
except PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0.0.0"

__all__ = [
    "CurationError",
    "GazetteerError",
    "GeoError",
    "GeoIOError",
    "InputError",
    "PlaceNotFoundError",
    "SchemaError",
    "__version__",
]
