"""Ctrl-C (SIGINT) that no library can lose: the signal is remembered as well as raised.

Python's own handler raises :class:`KeyboardInterrupt` wherever the interpreter happens to be when the
signal arrives. Some places do not let it through: a finalizer (``__del__``, a weakref callback, a
generator closed by the collector) reports it as "Exception ignored in ..." and carries on; pydantic
turns it into an ordinary error when it lands in a function its serialiser calls; and a model whose
schema build it cut short may be left half-built, so that every later validation fails with an
ordinary error. A run that went on after such a swallowed interrupt would ignore the Ctrl-C, or skip
every article as bad.

:func:`install` (called by :func:`geo.cli.main`, for the process it runs) replaces the handler with one
that also sets a flag before raising, and keeps the "Exception ignored" report of a remembered interrupt
off standard error. Long loops call :func:`check` at their safe points (after start-up, before each
article) and per-item error handling asks :func:`stops` before it treats an error as the item's own:
once Ctrl-C was pressed, the run stops with the interrupt, whoever swallowed it.

Without the handler (a library caller, the modules' own import), :func:`caused` still recognises an
interrupt that another exception wraps: Python 3.11 reports a :class:`KeyboardInterrupt` that lands in
a descriptor's ``__set_name__`` while a class is made (pydantic's validators are such descriptors) as
``RuntimeError: Error calling __set_name__ ...``, caused by the interrupt.
"""

from __future__ import annotations

import signal
import sys
import threading
from types import FrameType
from typing import Any

__all__ = ["caused", "check", "install", "installed", "requested", "stops", "uninstall"]

_state: dict[str, bool] = {"installed": False, "requested": False}
_previous_hook: list[Any] = []


def _on_sigint(signum: int, frame: FrameType | None) -> None:
    """Remember the interrupt, then raise it as Python's own handler does."""
    _state["requested"] = True
    raise KeyboardInterrupt


def _unraisable(unraisable: Any) -> None:
    """Leave out the "Exception ignored" report of a remembered interrupt (the run stops at its next
    safe point, with its one-line message); hand everything else to the previous hook."""
    if _state["requested"] and isinstance(unraisable.exc_value, KeyboardInterrupt):
        return
    (_previous_hook[0] if _previous_hook else sys.__unraisablehook__)(unraisable)


def install() -> bool:
    """Remember every SIGINT from now on (and forget an earlier one); True when the handler is ours.

    Only in the main thread, and only over Python's default handler: a handler someone else set (a
    test runner, an embedding program) is left alone.
    """
    if threading.current_thread() is not threading.main_thread():
        return False
    current = signal.getsignal(signal.SIGINT)
    if current is not _on_sigint:
        if current is not signal.default_int_handler:
            return False
        signal.signal(signal.SIGINT, _on_sigint)
    if sys.unraisablehook is not _unraisable:
        _previous_hook[:] = [sys.unraisablehook]
        sys.unraisablehook = _unraisable
    _state.update(installed=True, requested=False)
    return True


def uninstall() -> None:
    """Put back Python's handler and the previous unraisable hook; forget any interrupt."""
    main = threading.current_thread() is threading.main_thread()
    if main and signal.getsignal(signal.SIGINT) is _on_sigint:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if sys.unraisablehook is _unraisable:
        sys.unraisablehook = _previous_hook[0] if _previous_hook else sys.__unraisablehook__
    _previous_hook.clear()
    _state.update(installed=False, requested=False)


def installed() -> bool:
    """Whether :func:`install` took over SIGINT in this process."""
    return _state["installed"]


def requested() -> bool:
    """Whether Ctrl-C was pressed since :func:`install` (whatever became of its exception)."""
    return _state["requested"]


def check() -> None:
    """Raise :class:`KeyboardInterrupt` if Ctrl-C was pressed (a safe point of a long loop).

    Raises
    ------
    KeyboardInterrupt
        If :func:`requested`.
    """
    if _state["requested"]:
        raise KeyboardInterrupt


def caused(exc: BaseException) -> bool:
    """Whether ``exc`` is a :class:`KeyboardInterrupt` or was raised because of one (its ``__cause__``,
    else its ``__context__``, followed to the end)."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, KeyboardInterrupt):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def stops(exc: BaseException) -> bool:
    """Whether ``exc`` is what a Ctrl-C left behind (pressed since :func:`install`, or :func:`caused`
    by one): the run must stop, not treat it as an item's error."""
    return _state["requested"] or caused(exc)
