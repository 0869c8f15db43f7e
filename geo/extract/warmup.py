"""Open the parser's gazetteer and lexicon before a run, saying so when they must be built first.

The first run of a geo version compiles the gazetteer index (SQLite) and the recogniser's lexicon
(marisa-trie files) into the cache folder, which takes minutes; :func:`warm_up` announces that before it
starts and says how long it took, so a long silence never looks like a hang.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from geo import interrupts, settings
from geo.extract.parser import Geoparser
from geo.gazetteer.build import fingerprint
from geo.gazetteer.health import check_cache_folder
from geo.gazetteer.resources import data_dir
from geo.model.feature import ensure_built

__all__ = ["default_index_path", "warm_up"]

#: What the one-time build takes on a 2-core machine (docs/archives.md).
BUILD_MINUTES = "3-5"


def default_index_path() -> Path:
    """Where the default gazetteer index of the current ``settings.cache_dir`` lives (built or not)."""
    return Path(settings.cache_dir) / f"gazetteer-{fingerprint(data_dir('gazetteer'))}.sqlite"


def warm_up(parser: Geoparser, *, echo: Callable[[str], None]) -> float:
    """Load ``parser``'s state (gazetteer, lexicon, catalogues), check the event models are built and
    return the seconds it took.

    When the parser uses the default index and it is not built yet, ``echo`` says what is built, where
    and about how long it takes, before the build starts, and how long it took after.

    Raises
    ------
    KeyboardInterrupt
        If Ctrl-C was pressed during start-up, even if its exception was lost (:mod:`geo.interrupts`).
    """
    default_index = parser.__reduce__()[1][0] is None  # it pickles no path: the cache folder's default index
    building = not parser.loaded and default_index and not default_index_path().exists()
    if building:
        check_cache_folder(Path(settings.cache_dir))  # an unusable cache fails before the announcement
        echo(
            f"building the gazetteer index and recognition lexicon in {settings.cache_dir} "
            f"(once per geo version; about {BUILD_MINUTES} minutes) ..."
        )
    started = time.perf_counter()
    _ = parser.gazetteer  # loads the whole state: gazetteer, lexicon, catalogue names
    # Ctrl-C during start-up that something swallowed (a finalizer, a model's schema build) stops the
    # run here, before the first article; then no model is left half-built (geo.interrupts)
    interrupts.check()
    ensure_built()
    seconds = time.perf_counter() - started
    if building:
        echo(f"built the gazetteer index and lexicon in {seconds:.0f} s")
    return seconds
