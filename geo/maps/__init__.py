"""Layered Leaflet maps of event features (one toggleable layer per event family).

Public API: :func:`build_map` draws features on a map, :func:`save_map` writes it atomically,
:func:`render_html` returns the page; :func:`show` returns a :class:`MapView` that Jupyter
displays; :func:`fetch_npm_package` installs local copies of the page's web assets.

The names are imported on first use (PEP 562), so that ``geo.maps.data`` or ``geo.maps.icons``
(used by report figures) do not pull in folium and pandas.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.maps.assets import fetch_npm_package, leaflet_version
    from geo.maps.builder import build_map, render_html, save_map
    from geo.maps.embed import MapView, show

__all__ = ["MapView", "build_map", "fetch_npm_package", "leaflet_version", "render_html", "save_map", "show"]

_HOMES = {
    "fetch_npm_package": "geo.maps.assets",
    "leaflet_version": "geo.maps.assets",
    "build_map": "geo.maps.builder",
    "render_html": "geo.maps.builder",
    "save_map": "geo.maps.builder",
    "MapView": "geo.maps.embed",
    "show": "geo.maps.embed",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'geo.maps' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
