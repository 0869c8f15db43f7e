"""Catalogue entries and catalogues: canonical names, aliases and lookups by either."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from geo.errors import InputError

__all__ = ["Catalogue", "CatalogueEntry"]


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One mission or actor.

    Attributes
    ----------
    name
        Canonical name written into features.
    aliases
        Other names and abbreviations that refer to it.
    note
        Short description in our own words.
    active
        Missions: EDTF interval of the mission's life (``2014-06/..``); an event dated outside it is not
        attributed to the mission. None when unknown.
    areas
        Missions: gazetteer ids of the places the mission is about (``geo:strait-of-hormuz``); an
        unnamed "mission" at such a place is attributed to it.
    kind
        Actors: ``armed_group``, ``state_force``, ``organisation``, ``government`` ... (free text).
    """

    name: str
    aliases: tuple[str, ...] = ()
    note: str = ""
    active: str | None = None
    areas: tuple[str, ...] = ()
    kind: str = ""


@dataclass(frozen=True)
class Catalogue:
    """A set of entries looked up by canonical name or alias (case-insensitive)."""

    entries: tuple[CatalogueEntry, ...]
    _index: Mapping[str, CatalogueEntry] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, CatalogueEntry] = {}
        for entry in self.entries:
            for key in (entry.name, *entry.aliases):
                folded = key.casefold()
                if folded in index and index[folded] is not entry:
                    raise InputError(f"catalogue key {key!r} names two entries")
                index[folded] = entry
        object.__setattr__(self, "_index", index)

    def canonical(self, name: str) -> str:
        """Return the canonical name for ``name`` or one of its aliases.

        Raises
        ------
        InputError
            If the name is not in the catalogue.
        """
        try:
            return self._index[name.casefold()].name
        except KeyError:
            raise InputError(f"unknown name {name!r}; known: {', '.join(self.names())}") from None

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.casefold() in self._index

    def names(self) -> list[str]:
        """Canonical names in catalogue order."""
        return [entry.name for entry in self.entries]

    def extended(self, entries: Iterable[CatalogueEntry]) -> Catalogue:
        """Return a new catalogue with ``entries`` appended."""
        return Catalogue((*self.entries, *entries))

    def entry(self, name: str) -> CatalogueEntry:
        """Return the entry for a canonical name or alias (raises :class:`InputError` when unknown)."""
        return self._index[self.canonical(name).casefold()]
