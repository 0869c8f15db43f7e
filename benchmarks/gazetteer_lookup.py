"""Gazetteer speed: index build time, index size, cold and warm lookup times.

Run: ``PYTHONPATH=. python benchmarks/gazetteer_lookup.py`` (builds a fresh index in a temporary
cache folder, so it takes about half a minute).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from geo import settings
from geo.gazetteer import Gazetteer

NAMES = [
    "Baghdad",
    "Erbil",
    "Arbil",
    "Deir-Alzour",
    "Hawija",
    "Ain al-Asad",
    "Anbar province",
    "Iraq",
    "Syria",
    "U.S.",
    "Iraqi",
    "Dutch",
    "The Hague",
    "Strait of Hormuz",
    "Persian Gulf",
    "Tehran",
    "New York",
    "Washington D.C.",
    "Alexandria",
    "Springfield",
    "Paris",
    "London",
    "Mosul",
    "Kirkuk",
    "Ramadi",
    "Fallujah",
    "Basra",
    "Damascus",
    "Aleppo",
    "Raqqa",
    "W.Va.",
    "Kan.",
    "Europe",
    "Middle East",
    "Kurdistan Region",
    "Baghdad International Airport",
]
ROOT = Path(__file__).resolve().parents[1]
COLD = (
    "import time; t = time.perf_counter(); from geo.gazetteer import Gazetteer; "
    "Gazetteer.open().lookup('Baghdad'); print(time.perf_counter() - t)"
)


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        settings.cache_dir = Path(folder)
        started = time.perf_counter()
        gazetteer = Gazetteer.open()
        build = time.perf_counter() - started
        size = gazetteer.path.stat().st_size / 1e6
        env = dict(os.environ, GEO_CACHE_DIR=folder, PYTHONPATH=str(ROOT))
        cold = []
        for _ in range(3):
            out = subprocess.run(
                [sys.executable, "-c", COLD], env=env, capture_output=True, text=True, check=True
            )
            cold.append(float(out.stdout.strip()))
        warm = []
        for _ in range(5):
            for name in NAMES:
                t = time.perf_counter()
                gazetteer.lookup(name, limit=10)
                warm.append(time.perf_counter() - t)
        t = time.perf_counter()
        gazetteer.lookup("Arbar province")
        first_fuzzy = time.perf_counter() - t
        t = time.perf_counter()
        gazetteer.lookup("Qwertyville")
        fuzzy = time.perf_counter() - t
        stats = gazetteer.stats()
        gazetteer.close()
    print(f"index build time        {build:8.1f} s")
    print(f"index size on disk      {size:8.1f} MB  ({stats['places']} places, {stats['names']} names)")
    print(f"cold lookup (fresh proc) {min(cold) * 1000:7.0f} ms  (import + open + first lookup, best of 3)")
    print(
        f"warm lookup              {statistics.mean(warm) * 1000:7.2f} ms mean, "
        f"{max(warm) * 1000:.1f} ms max over {len(warm)} lookups"
    )
    print(f"first fuzzy lookup       {first_fuzzy * 1000:7.0f} ms  (loads the fuzzy name list)")
    print(f"later fuzzy lookup       {fuzzy * 1000:7.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
