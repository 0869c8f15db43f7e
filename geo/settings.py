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

#: Longest article text geo extracts, in characters. Extraction time grows linearly with the text
#: (about 5-10 CPU s per million characters) and so does peak memory (185 MiB at 1 M characters,
#: 640 MiB at 8 M: docs/extract.md, benchmarks/extract_long.py); a longer text is refused with a
#: one-line message instead of exhausting the machine. News articles are a few thousand characters.
#: ``GEO_MAX_ARTICLE_CHARS`` overrides it.
max_article_chars: int = int(os.environ.get("GEO_MAX_ARTICLE_CHARS") or 10_000_000)

#: Texts longer than this many characters are read in windows of about this size (cut at paragraph,
#: line or sentence ends; geo.extract.chunks), which keeps extraction time linear in the text's length.
#: News articles (a few thousand characters) are read whole, so their output does not depend on it.
chunk_chars: int = 100_000

#: Folder of what the user adds and keeps (gazetteer layers: ``geo gazetteer add``, GeoNames builds).
#: ``GEO_DATA_DIR`` overrides the platform default (``~/.local/share/geo`` on Linux). Unlike the cache,
#: nothing here is rebuilt from the package: deleting it deletes the user's places.
data_dir: Path = Path(os.environ.get("GEO_DATA_DIR") or platformdirs.user_data_dir("geo"))
