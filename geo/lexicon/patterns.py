"""Regular expressions of the names of a word list, compiled on first use.

A table of hundreds of names indexed by first word (the catalogue names of :mod:`geo.recognize.names`,
the actor and mission names of :mod:`geo.events.actors`) compiled one expression per name at start-up:
about 0.06 s per process, most of it for names no text of the run contains. :class:`LazyPattern` keeps the
expression's source and compiles it the first time it is tried.
"""

from __future__ import annotations

import re

__all__ = ["LazyPattern"]


class LazyPattern:
    """A regular expression compiled when first used (only :meth:`match` is offered).

    Parameters
    ----------
    source
        The expression.
    flags
        Flags of :func:`re.compile`.
    """

    __slots__ = ("_compiled", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled now if it was not yet)."""
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(self.source, self.flags)
        return found

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """:meth:`re.Pattern.match` of the expression."""
        found = self._compiled
        if found is None:
            found = self.compiled
        return found.match(text, pos)
