"""The ``geo`` process around one command: collect less while it runs, skip the teardown when it ends.

Both apply only to a process that :func:`geo.cli.main` runs (:func:`begin`), never to a command invoked
in-process (tests, ``CliRunner``), whose interpreter is not the command's to tune.

- :func:`settle`: once the command has loaded its long-lived state (the lexicon, the gazetteer's
  tables), the objects made so far move to the collector's permanent generation (:func:`gc.freeze`)
  and the young generation is collected every 10,000 allocations instead of 700: ``geo extract``
  spent ~0.25 s of CPU in the cyclic collector over the benchmark's 374 articles, ~0.05 s after.
- :func:`end`: after ``geo extract`` the interpreter would free every object the run made (the
  lexicon, the lookup caches, the parsed articles) one by one and collect cycles: 0.1-0.2 s of CPU for
  nothing, since the process ends. A command that has written and closed all its output calls
  :func:`skip_teardown`; then :func:`end` runs the exit handlers (:mod:`atexit`: logging, temporary
  folders, the regex cache), flushes standard output and error and ends the process with
  :func:`os._exit`. It does so only when the command's thread is the only one, no child process
  runs and no profiler or tracer (``python -m cProfile``, coverage) waits to write its report;
  otherwise, or when flushing standard output fails (a closed pipe), it returns and the interpreter
  exits as usual.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import sys
import threading
from typing import Final

__all__ = ["begin", "end", "settle", "skip_teardown"]

#: Collector thresholds while a command runs (young generation, then the two older ones).
THRESHOLDS: Final = (10_000, 20, 10)

_state: dict[str, bool] = {"main": False, "ready": False}


def begin() -> None:
    """Say this process runs one command from :func:`geo.cli.main` (it may tune and end it)."""
    _state.update(main=True, ready=False)


def settle() -> None:
    """Freeze what the command has loaded and collect the young generation less often (see above)."""
    if _state["main"]:
        gc.freeze()
        gc.set_threshold(*THRESHOLDS)


def skip_teardown() -> None:
    """Say the running command has written and closed everything it writes."""
    _state["ready"] = True


def end(code: int) -> None:
    """End the process with ``code`` at once if :func:`skip_teardown` was called in a process
    :func:`begin` marked and nothing else runs (see the module docstring); else return."""
    if not (_state["main"] and _state["ready"]) or threading.active_count() != 1:
        return
    if sys.getprofile() is not None or sys.gettrace() is not None:  # a profiler writes its report after
        return
    processes = sys.modules.get("multiprocessing")
    if processes is not None and processes.active_children():
        return
    try:
        sys.stdout.flush()
    except (OSError, ValueError):  # the usual exit reports it
        return
    atexit._run_exitfuncs()
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.flush()
    os._exit(code)
