"""Extendable catalogues of missions and actors with their aliases.

The curated data and the extractor name missions and actors by the canonical names of the built-in
catalogues, so that maps and exports can filter on them. The entries live in the lexicon data
(``geo/lexicon/data/catalog_missions.yaml`` and ``catalog_actors.yaml``, each with its source: the
missions' own public pages, NATO, the UN, the US DoD; the UCDP actor list and Wikipedia for actor names);
add entries there, or load more from YAML with :func:`load_catalogues` (or pass your own catalogue).
A :class:`geo.Geoparser` owns the catalogues it was made with.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo.errors import InputError
from geo.io import load_yaml_text
from geo.lexicon import load

__all__ = ["ACTORS", "MISSIONS", "Catalogue", "CatalogueEntry", "load_catalogues"]


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
        Actors: ``armed_group``, ``state_force``, ``organisation``, ``government`` ... (free text);
        missions: ``peacekeeping`` for UN and AU peacekeeping missions (no air strike is theirs).
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


# The built-in catalogues, read from the lexicon data.
def _entry(raw: Mapping[str, Any]) -> CatalogueEntry:
    active = raw.get("active")
    return CatalogueEntry(
        str(raw["name"]),
        tuple(str(alias) for alias in raw.get("aliases") or ()),
        str(raw.get("note") or ""),
        None if active is None else str(active),
        tuple(str(area) for area in raw.get("areas") or ()),
        str(raw.get("kind") or ""),
    )


def _catalogue(name: str) -> Catalogue:
    return Catalogue(tuple(_entry(raw) for raw in load(name)))


MISSIONS: Final = _catalogue("catalog_missions")
ACTORS: Final = _catalogue("catalog_actors")


def _entries(raw: Any, where: str) -> list[CatalogueEntry]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise InputError(f"{where}: expected a list of entries, got {raw!r}")
    out = []
    for number, item in enumerate(raw):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InputError(f"{where}[{number}]: an entry needs a non-empty 'name', got {item!r}")
        unknown = set(item) - {"name", "aliases", "note", "active", "areas", "kind"}
        if unknown:
            raise InputError(f"{where}[{number}]: unknown keys {sorted(unknown)!r}")
        aliases, areas = item.get("aliases") or [], item.get("areas") or []
        if not all(isinstance(a, str) and a for a in [*aliases, *areas]):
            raise InputError(f"{where}[{number}]: aliases and areas must be lists of strings, got {item!r}")
        active = item.get("active")
        if active is not None:
            from geo.temporal.edtf import parse_edtf

            parse_edtf(str(active))
        out.append(
            CatalogueEntry(
                item["name"].strip(),
                tuple(aliases),
                str(item.get("note") or ""),
                None if active is None else str(active),
                tuple(areas),
                str(item.get("kind") or ""),
            )
        )
    return out


def load_catalogues(
    path: str | Path, *, missions: Catalogue = MISSIONS, actors: Catalogue = ACTORS
) -> tuple[Catalogue, Catalogue]:
    """Extend the mission and actor catalogues with the entries of a YAML file.

    The file holds ``missions:`` and/or ``actors:``, each a list of mappings with ``name`` and the
    optional ``aliases``, ``note``, ``active`` (EDTF), ``areas`` (gazetteer ids) and ``kind``.

    Parameters
    ----------
    path
        The YAML file.
    missions, actors
        The catalogues to extend (the built-in ones by default).

    Returns
    -------
    tuple[Catalogue, Catalogue]
        The extended mission and actor catalogues.

    Raises
    ------
    InputError
        If the file cannot be read, is not such a mapping, or an alias names two entries.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read catalogue file {str(path)!r}: {exc}") from exc
    data = load_yaml_text(text, name=f"catalogue file {str(path)!r}")
    if not isinstance(data, dict) or not set(data) <= {"missions", "actors"}:
        raise InputError(f"catalogue file {str(path)!r} must be a mapping with 'missions' and/or 'actors'")
    return (
        missions.extended(_entries(data.get("missions"), f"{path}: missions")),
        actors.extended(_entries(data.get("actors"), f"{path}: actors")),
    )
