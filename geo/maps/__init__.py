"""Layered Leaflet maps of event features (one toggleable layer per event family).

Public API: :func:`build_map` draws features on a map, :func:`save_map` writes it atomically,
:func:`render_html` returns the page; :func:`fetch_npm_package` installs local copies of the
page's web assets.
"""

from __future__ import annotations

from geo.maps.assets import fetch_npm_package, leaflet_version
from geo.maps.builder import build_map, render_html, save_map

__all__ = ["build_map", "fetch_npm_package", "leaflet_version", "render_html", "save_map"]
