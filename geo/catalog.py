"""Extendable catalogues of missions and actors with their aliases.

The curated data and the extractor name missions and actors by the canonical names of
:mod:`geo.catalog_data` so that maps and exports can filter on them. Add entries there, load them
from YAML with :func:`load_catalogues` (or pass your own catalogue) to extend them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from geo.catalog_data import ACTORS, MISSIONS
from geo.catalog_model import Catalogue, CatalogueEntry
from geo.errors import InputError
from geo.io import load_yaml_text

__all__ = ["ACTORS", "MISSIONS", "Catalogue", "CatalogueEntry", "load_catalogues"]


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
