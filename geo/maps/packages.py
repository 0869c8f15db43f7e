"""The npm packages a geo map page loads, found by building a probe map.

Kept apart from :mod:`geo.maps.assets` (which :mod:`geo.maps.elements` imports for the page's
Leaflet links) because it builds a map: assets → builder → elements → assets would be a cycle.
"""

from __future__ import annotations

from collections.abc import Iterable

from geo.maps.assets import NpmPackage, asset_for_url, leaflet_version, page_urls
from geo.maps.builder import build_map, render_html
from geo.model.vocab import EVENT_STYLES

__all__ = ["required_packages"]


def required_packages(pages: Iterable[str] = ()) -> list[NpmPackage]:
    """Return the npm packages that geo map pages load, Leaflet first.

    Parameters
    ----------
    pages
        Extra HTML pages whose scripts and stylesheets count too (for example a map built with
        an option that loads a plugin). A probe map of every event type is always included.

    Returns
    -------
    list of NpmPackage
        Distinct packages in first-seen order. URLs that are not npm package files are ignored
        here (:func:`geo.maps.offline.inline_assets` reports them).
    """
    probe = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [44.0 + i * 0.5, 33.0]},
            "properties": {"id": f"probe-{i}", "place": "Probe", "event_type": event_type},
        }
        for i, event_type in enumerate(EVENT_STYLES)
    ]
    found: dict[NpmPackage, None] = {NpmPackage("leaflet", leaflet_version()): None}
    for html in [render_html(build_map(probe, title="probe")), *pages]:
        for url in page_urls(html):
            asset = asset_for_url(url)
            if asset is not None:
                found.setdefault(NpmPackage(asset.name, asset.version), None)
    return list(found)
