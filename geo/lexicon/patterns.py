"""Regular expressions of the names of a word list, compiled on first use.

A table of hundreds of names indexed by first word (the catalogue names of :mod:`geo.recognize.names`,
the actor and mission names of :mod:`geo.events.actors`) compiled one expression per name at start-up:
about 0.06 s per process, most of it for names no text of the run contains. :class:`LazyPattern` keeps the
expression's source and compiles it the first time it is tried. :func:`alternation_by_first` writes an
alternation of many literal names so that Python's ``re`` tries only the names that start with the
character it stands at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["LazyPattern", "alternation_by_first"]


def alternation_by_first(names: Iterable[str]) -> str:
    """An alternation matching what ``"|".join(map(re.escape, names))`` matches, grouped by first character.

    Python's ``re`` tries the branches of an alternation one by one at every position it scans; grouped
    under their first characters (``A(?:l-Qaeda|mal)|H(?:amas|TS)``) the names are tried only where their
    character stands, and a search can skip to the characters that start a name. The order of the names
    within a group is kept, so at any position the same name matches first. For a case-sensitive
    expression only (with ``re.IGNORECASE`` "a" and "A" would be two groups that both match).

    Parameters
    ----------
    names
        Non-empty names, in the order of preference.
    """
    groups: dict[str, list[str]] = {}
    for name in names:
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(re.escape(first) + "(?:" + "|".join(rest) + ")" for first, rest in groups.items())


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
