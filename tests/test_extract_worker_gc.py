"""A worker of geo extract's process pool collects less often and freezes what its parser loaded;
a process that is not such a worker (a Dask worker, the caller's) keeps its collector as it was."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = r"""
import gc, json, pickle, sys
from geo.extract import batch
from geo.extract.parser import Geoparser
if sys.argv[1] == "pool":
    batch._worker_init()
before = gc.get_freeze_count()
batch._worker_parser(pickle.dumps(Geoparser()), None)
print(json.dumps({"threshold": list(gc.get_threshold()), "frozen": gc.get_freeze_count() > before}))
"""


def _probe(kind: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", _PROBE, kind], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout))


def test_a_pool_worker_tunes_its_collector() -> None:
    assert _probe("pool") == {"threshold": [10_000, 20, 10], "frozen": True}


def test_another_process_keeps_its_collector() -> None:
    assert _probe("other") == {"threshold": [700, 10, 10], "frozen": False}
