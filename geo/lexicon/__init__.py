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
an article or one document of a corpus. An entry whose fields come from more than one source names the
others in keys ending in ``_source`` (``{acled_sub: Grenade, geo_sub: grenade, source: acledr, geo_source:
ours}``); each must also be one of the file's ``sources``. :func:`load` checks the shape and returns a
:class:`Lexicon`.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Final

from geo import settings
from geo.cache import prepare_folder, seal, temp_path, unseal
from geo.errors import GeoIOError, InputError

__all__ = ["Lexicon", "available", "load"]

logger = logging.getLogger(__name__)

_PACKAGE = "geo.lexicon"
_DATA = "data"
#: Folder under the user cache of the JSON copies of the data files (:func:`_parsed`).
_CACHE: Final = "lexicon-data"


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
    #: The entries by class, filled by the first :meth:`of_class` (the event tables ask one lexicon for
    #: dozens of classes: one pass over its entries instead of one per class).
    _classes: dict[Any, tuple[Mapping[str, Any], ...]] | None = field(
        default=None, init=False, repr=False, compare=False
    )

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

    def of_class(self, name: str) -> tuple[Mapping[str, Any], ...]:
        """Return the entries whose ``class`` is ``name``, in file order.

        Parameters
        ----------
        name
            The class to keep (``"unit"``, ``"bridge"``...); a class no entry has gives an empty tuple.

        Returns
        -------
        tuple[Mapping[str, Any], ...]
            The entries of that class, as read.

        Raises
        ------
        InputError
            If an entry lacks ``class``.
        """
        grouped = self._classes
        if grouped is None:
            classes = self.column("class")
            grouped = self._grouped(classes)
            if grouped is None:  # a class that is no dictionary key: compared entry by entry
                return tuple(entry for entry, cls in zip(self.entries, classes, strict=True) if cls == name)
            object.__setattr__(self, "_classes", grouped)
        return grouped.get(name, ())

    def _grouped(self, classes: tuple[Any, ...]) -> dict[Any, tuple[Mapping[str, Any], ...]] | None:
        """The entries by class, in file order within each (None if a class cannot be a dictionary key)."""
        lists: dict[Any, list[Mapping[str, Any]]] = {}
        try:
            for entry, cls in zip(self.entries, classes, strict=True):
                lists.setdefault(cls, []).append(entry)
        except TypeError:
            return None
        return {cls: tuple(entries) for cls, entries in lists.items()}

    def class_terms(self, name: str, key: str = "term") -> tuple[str, ...]:
        """Return the ``key`` values (by default ``term``) of the entries of class ``name``, as strings.

        Parameters
        ----------
        name
            The class to keep (:meth:`of_class`).
        key
            The field to return of each entry (``"term"``, ``"pattern"``...).

        Returns
        -------
        tuple[str, ...]
            The values in file order, duplicates kept.

        Raises
        ------
        InputError
            If an entry lacks ``class``, or one of class ``name`` lacks ``key``.
        """
        try:
            return tuple(str(entry[key]) for entry in self.of_class(name))
        except KeyError:
            raise InputError(f"lexicon {self.name!r}: an entry of class {name!r} has no {key!r}") from None


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
        data = path.read_bytes()
    except FileNotFoundError:
        have = ", ".join(available())
        raise InputError(f"no lexicon named {name!r} in the package (have: {have})") from None
    return parse(name, _parsed(name, data))


def _parsed(name: str, data: bytes) -> Any:
    """The YAML ``data`` of lexicon ``name`` parsed, through a JSON copy in the user cache.

    The recogniser reads its lists when a command starts; JSON reads ten times faster than YAML (and spares
    importing PyYAML). The copy is named after a hash of the file, so an edited file is parsed again; it is
    headed by a hash of its own text (:func:`geo.cache.seal`), so a damaged copy is noticed and rewritten.
    """
    digest = hashlib.sha256(data).hexdigest()[:16]
    cache = Path(settings.cache_dir) / _CACHE / f"{name}-{digest}.checked.json"
    try:
        sealed = cache.read_bytes()
    except OSError:
        sealed = None
    if sealed is not None:
        text = unseal(sealed)
        with contextlib.suppress(ValueError):
            if text is not None:
                return json.loads(text)
        logger.warning("lexicon copy %s is damaged; rewriting it", cache)
    import yaml  # ~30 ms to import: only when a data file is new or changed

    raw = yaml.load(data.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    try:
        copy = json.dumps(raw, ensure_ascii=False)
    except TypeError:  # a value JSON cannot hold (a YAML date): no copy, parse the YAML each time
        return raw
    temp = temp_path(cache)
    try:
        prepare_folder(cache.parent)
        temp.write_bytes(seal(copy.encode("utf-8")))
        os.replace(temp, cache)
    except (OSError, GeoIOError):  # a read-only or full cache: parse the YAML each time
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
    return raw


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
        for key, value in entry.items():
            if key.endswith("_source") and value not in sources:
                raise InputError(
                    f"lexicon {name!r}: entry {number} {key} {value!r} is not among {sorted(sources)}"
                )
    return Lexicon(name=name, about=about.strip(), sources=dict(sources), entries=tuple(entries))
