"""Shared fixtures: paths to the repository, ../shared, and an isolated gazetteer cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def repo_dir() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the clone (source articles, gold corpora); skips when absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the repository")
    return SHARED


@pytest.fixture
def leaflet_from_cdn(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Pages built as if ``XStatic-Leaflet`` shipped another Leaflet than folium pins (CDN links).

    The stand-in module has the package's shape with another ``VERSION``: the real fallback path
    of :mod:`geo.maps.leaflet` runs (a log line, CDN links, the npm cache for offline pages).
    """
    import types

    import geo.maps.leaflet as leaflet

    stand_in = types.SimpleNamespace(VERSION="0.0.1", BASE_DIR=str(Path(__file__).parent))
    monkeypatch.setattr(leaflet, "xstatic_leaflet", stand_in)
    leaflet.packaged_leaflet.cache_clear()
    yield
    leaflet.packaged_leaflet.cache_clear()


@pytest.fixture(scope="module")
def parser() -> Any:
    """A :class:`geo.Geoparser` of the default gazetteer for the module: its caches are built once."""
    from geo.extract.parser import Geoparser
    from geo.gazetteer import default_gazetteer

    return Geoparser(gazetteer=default_gazetteer())
