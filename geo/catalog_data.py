"""The built-in mission and actor catalogues, read from the lexicon data (see :mod:`geo.catalog`).

The entries live in ``geo/lexicon/data/catalog_missions.yaml`` and ``catalog_actors.yaml``, each with its
source (the mission's own public pages, NATO, the UN, the US DoD; the UCDP actor list and Wikipedia for
actor names); add entries there.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from geo.catalog_model import Catalogue, CatalogueEntry
from geo.lexicon import load

__all__ = ["ACTORS", "MISSIONS"]


def _entry(raw: Mapping[str, Any]) -> CatalogueEntry:
    active = raw.get("active")
    return CatalogueEntry(
        str(raw["name"]),
        tuple(str(alias) for alias in raw.get("aliases") or ()),
        str(raw.get("note") or ""),
        None if active is None else str(active),
        tuple(str(area) for area in raw.get("areas") or ()),
        str(raw.get("kind") or ""),
    )


def _catalogue(name: str) -> Catalogue:
    return Catalogue(tuple(_entry(raw) for raw in load(name)))


MISSIONS: Final = _catalogue("catalog_missions")
ACTORS: Final = _catalogue("catalog_actors")
