"""A progress bar on standard error for long runs (articles, rows): count, rate and time left.

The bar shows only when standard error is a terminal and the run is not quiet; otherwise nothing is
drawn and the calls cost next to nothing. Messages written through :meth:`Progress.echo` go above the
bar instead of breaking it. The bar is `tqdm <https://pypi.org/project/tqdm/>`_'s.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections.abc import Sequence
from types import TracebackType
from typing import Any, TextIO

__all__ = ["Progress", "Stages", "rate_text"]


class Progress:
    """A progress bar of ``unit`` items (``total`` of them, None when unknown: no time left shown).

    Parameters
    ----------
    total
        Items expected, or None.
    unit
        The items' name ("articles", "rows").
    enabled
        False draws nothing (``-q``); True draws only on a terminal.
    stream
        Where to draw (standard error by default).
    """

    def __init__(
        self, *, total: int | None, unit: str, enabled: bool = True, stream: TextIO | None = None
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.started = time.perf_counter()
        self.count = 0
        self._bar: Any = None
        if enabled and _is_terminal(self.stream):
            import tqdm  # deferred: only a terminal draws a bar

            tqdm.tqdm.monitor_interval = 0  # no monitor thread
            sized = _columns(self.stream) > 0  # a terminal of unknown size (0 x 0) gets 100 x 20
            self._bar = tqdm.tqdm(
                total=total,
                unit=f" {unit}",
                file=self.stream,
                dynamic_ncols=sized,
                ncols=None if sized else shutil.get_terminal_size((100, 20)).columns,
                nrows=None if sized else 20,
                mininterval=0.25,
                smoothing=0.05,
                leave=False,
            )

    @property
    def drawing(self) -> bool:
        """Whether a bar is drawn."""
        return self._bar is not None

    def update(self, count: int = 1) -> None:
        """Count ``count`` more items done."""
        self.count += count
        if self._bar is not None:
            self._bar.update(count)

    def describe(self, text: str) -> None:
        """Show ``text`` before the bar (what the run is doing now)."""
        if self._bar is not None:
            self._bar.set_description_str(text)

    def echo(self, message: str) -> None:
        """Write a line of ``message`` to the stream, above the bar when one is drawn."""
        if self._bar is not None:
            self._bar.write(message, file=self.stream)
        else:
            self.stream.write(message + "\n")
            self.stream.flush()

    @property
    def seconds(self) -> float:
        """Seconds since the bar was made."""
        return time.perf_counter() - self.started

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


class Stages:
    """The named steps of one command ("reading events", "drawing", "writing") as a progress bar.

    For commands that work on a whole file at once (``geo map``, ``geo figure``, ``geo chart``): on a
    big input each step takes seconds, and the bar says which one runs and how long it has been.

    Parameters
    ----------
    names
        The steps, in order; :meth:`next` starts the first, then each following one.
    enabled
        False draws nothing (``-q``); True draws only on a terminal.
    stream
        Where to draw (standard error by default).
    """

    def __init__(self, names: Sequence[str], *, enabled: bool = True, stream: TextIO | None = None) -> None:
        self.names = tuple(names)
        self.at = -1
        self._progress = Progress(total=len(self.names), unit="steps", enabled=enabled, stream=stream)

    def next(self) -> None:
        """Finish the current step (if any) and start the next one."""
        if self.at >= 0:
            self._progress.update()
        self.at += 1
        if self.at < len(self.names):
            self._progress.describe(self.names[self.at])

    def close(self) -> None:
        """Remove the bar."""
        self._progress.close()


def _columns(stream: TextIO) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return 0


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def rate_text(count: int, seconds: float, unit: str) -> str:
    """``"1,234 articles/s"``-style rate (``count`` per second over ``seconds``)."""
    rate = count / seconds if seconds > 0 else 0.0
    return f"{rate:,.1f} {unit}/s" if rate < 100 else f"{rate:,.0f} {unit}/s"
