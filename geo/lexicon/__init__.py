"""Word lists, cue lexicons and weights as data files with provenance, and their one loader.

Every file in ``geo/lexicon/data/`` is YAML of this shape::

    about: what the list is for and how the code uses it (one or two lines)
    sources:
      english: general English (words any dictionary lists in this sense)
      cameo: CAMEO event and verb codebook (Schrodt 2012), the verb patterns of its dictionaries
    entries:
      - {term: air base, class: military_base, source: english}

Each entry is a mapping with a ``source`` key naming one of the file's ``sources``: where the entry comes
from (a reference list, a published dictionary, or general English). No entry may come from one sentence of
an article or one document of a corpus. :func:`load` checks the shape and returns a :class:`Lexicon`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from geo.errors import InputError

__all__ = ["Lexicon", "available", "load"]

_PACKAGE = "geo.lexicon"
_DATA = "data"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One data file: what it is for, where its entries come from, and the entries.

    Attributes
    ----------
    name
        The file's stem (``"site_words"`` for ``data/site_words.yaml``).
    about
        What the list is for.
    sources
        Source key -> description (a reference, a dictionary, or general English).
    entries
        The entries as read, each a mapping that includes its ``source`` key.
    """

    name: str
    about: str
    sources: Mapping[str, str]
    entries: tuple[Mapping[str, Any], ...]

    def __iter__(self) -> Iterator[Mapping[str, Any]]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def column(self, key: str) -> tuple[Any, ...]:
        """Return the values of ``key`` over all entries, in file order.

        Raises
        ------
        InputError
            If an entry lacks ``key``.
        """
        try:
            return tuple(entry[key] for entry in self.entries)
        except KeyError:
            raise InputError(f"lexicon {self.name!r}: an entry has no {key!r}") from None

    def terms(self, key: str = "term") -> frozenset[str]:
        """Return the set of ``key`` values (by default the ``term`` of every entry)."""
        return frozenset(self.column(key))


def available() -> list[str]:
    """Return the names of every lexicon shipped in the package, sorted."""
    folder = resources.files(_PACKAGE).joinpath(_DATA)
    return sorted(item.name[: -len(".yaml")] for item in folder.iterdir() if item.name.endswith(".yaml"))


@functools.cache
def load(name: str) -> Lexicon:
    """Read and check the shipped lexicon ``name`` (cached: the files are read-only package data).

    Parameters
    ----------
    name
        The file stem under ``geo/lexicon/data/``.

    Returns
    -------
    Lexicon

    Raises
    ------
    InputError
        If the file is missing or an entry lacks a declared source.
    """
    path = resources.files(_PACKAGE).joinpath(_DATA, f"{name}.yaml")
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(
            f"no lexicon named {name!r} in the package (have: {', '.join(available())})"
        ) from None
    # the C parser when PyYAML has it (same result as safe_load, about ten times faster: cold start)
    return parse(name, yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def parse(name: str, raw: Any) -> Lexicon:
    """Check a lexicon's parsed YAML and build the :class:`Lexicon` (see the module docstring)."""
    if not isinstance(raw, dict):
        raise InputError(f"lexicon {name!r}: expected a mapping with about, sources and entries")
    about, sources, entries = raw.get("about"), raw.get("sources"), raw.get("entries")
    if not isinstance(about, str) or not about.strip():
        raise InputError(f"lexicon {name!r}: 'about' must say what the list is for")
    if not isinstance(sources, dict) or not sources:
        raise InputError(f"lexicon {name!r}: 'sources' must map source keys to descriptions")
    if not isinstance(entries, list):
        raise InputError(f"lexicon {name!r}: 'entries' must be a list")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise InputError(f"lexicon {name!r}: entry {number} is not a mapping: {entry!r}")
        if entry.get("source") not in sources:
            raise InputError(
                f"lexicon {name!r}: entry {number} {entry!r} has no source among {sorted(sources)}"
            )
    return Lexicon(name=name, about=about.strip(), sources=dict(sources), entries=tuple(entries))
