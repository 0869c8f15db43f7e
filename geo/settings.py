"""Run-time settings as plain, documented module attributes.

Tests and applications override them by assignment (``geo.settings.cache_dir = tmp_path``);
nothing here reads the network and nothing is computed at import beyond cheap defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: Folder for compiled indexes and fetched assets. ``GEO_CACHE_DIR`` overrides the platform
#: default (``~/.cache/geo`` on Linux).
cache_dir: Path = Path(os.environ.get("GEO_CACHE_DIR") or platformdirs.user_cache_dir("geo"))

#: Number of decimals kept in output coordinates (RFC 7946 recommends no more than 6).
coordinate_precision: int = 6

#: Maximum distance in kilometres between a curated coordinate override and a gazetteer match
#: before the curation build complains.
override_tolerance_km: float = 25.0
