"""Offline gazetteer: place names to ranked candidates from a compiled SQLite index.

>>> from geo.gazetteer import default_gazetteer
>>> default_gazetteer().lookup("Arbil", country="IQ")[0].name  # doctest: +SKIP
'Erbil'
"""

from __future__ import annotations

from geo.gazetteer.distance import haversine_km
from geo.gazetteer.index import Candidate, Gazetteer, default_gazetteer
from geo.gazetteer.normalize import normalize_name

__all__ = ["Candidate", "Gazetteer", "default_gazetteer", "haversine_km", "normalize_name"]
