"""Extendable catalogues of missions and actors with their aliases.

The curated data and the extractor name missions and actors by the canonical names below so that
maps and exports can filter on them. Add entries here (or pass your own catalogue) to extend them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Final

from geo.errors import InputError

__all__ = ["ACTORS", "MISSIONS", "Catalogue", "CatalogueEntry"]


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
    """

    name: str
    aliases: tuple[str, ...] = ()
    note: str = ""


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


MISSIONS: Final = Catalogue(
    (
        CatalogueEntry(
            "Operation Inherent Resolve",
            (
                "OIR",
                "CJTF-OIR",
                "Combined Joint Task Force Operation Inherent Resolve",
                "Combined Joint Task Force – Operation Inherent Resolve",
            ),
            "US-led coalition against the Islamic State in Iraq and Syria, since 2014.",
        ),
        CatalogueEntry(
            "NATO Mission Iraq",
            ("NMI", "NATO mission in Iraq"),
            "NATO advisory and capacity-building mission in Iraq, since 2018.",
        ),
        CatalogueEntry(
            "European Maritime Awareness in the Strait of Hormuz",
            ("EMASoH", "EMASOH", "Operation Agenor", "Agenor", "EMASoH / Operation Agenor"),
            "French-led European maritime surveillance mission in the Strait of Hormuz, since 2020.",
        ),
        CatalogueEntry(
            "Resolute Support Mission", ("RSM", "Resolute Support"), "NATO mission in Afghanistan, 2015-2021."
        ),
        CatalogueEntry(
            "UNIFIL", ("United Nations Interim Force in Lebanon",), "UN peacekeeping force in Lebanon."
        ),
        CatalogueEntry(
            "MINUSMA",
            ("United Nations Multidimensional Integrated Stabilization Mission in Mali",),
            "UN mission in Mali, 2013-2023.",
        ),
        CatalogueEntry(
            "Operation Iraqi Freedom",
            ("OIF", "Iraq War"),
            "US-led invasion and occupation of Iraq, 2003-2010.",
        ),
    )
)

ACTORS: Final = Catalogue(
    (
        CatalogueEntry(
            "Islamic State",
            ("ISIS", "ISIL", "IS", "Daesh", "Islamic State of Iraq and Syria"),
            "Jihadist armed group.",
        ),
        CatalogueEntry(
            "Kataib Hezbollah",
            ("Kata'ib Hizballah", "Kataib Hizbollah", "KH"),
            "Iran-aligned Iraqi Shia militia.",
        ),
        CatalogueEntry(
            "Pro-Iranian militias",
            ("Iran-backed militias", "pro-Iranian militia"),
            "Iran-aligned armed groups in Iraq, unnamed.",
        ),
        CatalogueEntry(
            "Popular Mobilization Forces",
            ("PMF", "Hashd al-Shaabi", "PMU"),
            "Iraqi state-sanctioned militias.",
        ),
        CatalogueEntry("Peshmerga", ("Kurdish Peshmerga",), "Armed forces of the Kurdistan Region of Iraq."),
        CatalogueEntry("CJTF-OIR", ("Combined Joint Task Force",), "Command of Operation Inherent Resolve."),
        CatalogueEntry("US Marine Corps", ("USMC", "U.S. Marine Corps"), "United States Marine Corps."),
        CatalogueEntry("Council of Representatives of Iraq", ("Iraqi parliament",), "Iraq's parliament."),
        CatalogueEntry(
            "Kurdistan Regional Government",
            ("KRG", "Kurdistan government"),
            "Government of the Kurdistan Region of Iraq.",
        ),
        CatalogueEntry("Al-Qaeda", ("al Qaeda", "Al Qaida"), "Jihadist armed group."),
    )
)
