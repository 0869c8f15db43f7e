"""Extendable catalogues of missions and actors with their aliases.

The curated data and the extractor name missions and actors by the canonical names below so that
maps and exports can filter on them. Add entries here (or pass your own catalogue) to extend them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from geo.errors import InputError

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


MISSIONS: Final = Catalogue(
    (
        CatalogueEntry(
            "Operation Inherent Resolve",
            (
                "OIR",
                "CJTF-OIR",
                "Combined Joint Task Force Operation Inherent Resolve",
                "Combined Joint Task Force – Operation Inherent Resolve",
                "Combined Joint Task Force - Operation Inherent Resolve",
                "Inherent Resolve",
                "international coalition against the Islamic State",
                "anti-ISIS coalition",
                "anti-IS coalition",
                "Global Coalition to Defeat ISIS",
            ),
            "US-led coalition against the Islamic State in Iraq and Syria, since 2014.",
            active="2014-06/..",
            areas=("iso:IQ", "iso:SY"),
        ),
        CatalogueEntry(
            "NATO Mission Iraq",
            ("NMI", "NATO mission in Iraq", "NATO mission", "NATO training mission in Iraq"),
            "NATO advisory and capacity-building mission in Iraq, since 2018.",
            active="2018-10/..",
            areas=("iso:IQ",),
        ),
        CatalogueEntry(
            "European Maritime Awareness in the Strait of Hormuz",
            (
                "EMASoH",
                "EMASOH",
                "Operation Agenor",
                "Agenor",
                "EMASoH / Operation Agenor",
                "European Maritime Awareness in the Strait of Hormuz mission",
                "European-led maritime mission in the Strait of Hormuz",
            ),
            "French-led European maritime surveillance mission in the Strait of Hormuz, since 2020.",
            active="2019-11/..",
            areas=("geo:strait-of-hormuz", "geo:persian-gulf", "geo:gulf-of-oman"),
        ),
        CatalogueEntry(
            "Resolute Support Mission",
            ("RSM", "Resolute Support"),
            "NATO mission in Afghanistan, 2015-2021.",
            active="2015/2021",
        ),
        CatalogueEntry(
            "UNIFIL",
            ("United Nations Interim Force in Lebanon",),
            "UN peacekeeping force in Lebanon.",
            active="1978/..",
            areas=("iso:LB",),
        ),
        CatalogueEntry(
            "MINUSMA",
            ("United Nations Multidimensional Integrated Stabilization Mission in Mali",),
            "UN mission in Mali, 2013-2023.",
            active="2013/2023",
            areas=("iso:ML",),
        ),
        CatalogueEntry(
            "Operation Iraqi Freedom",
            ("OIF", "Iraq War"),
            "US-led invasion and occupation of Iraq, 2003-2010.",
            active="2003/2011",
        ),
        CatalogueEntry(
            "Operation Prosperity Guardian",
            ("OPG",),
            "US-led maritime security operation in the Red Sea, since 2023.",
            active="2023-12/..",
            areas=("geo:red-sea", "geo:bab-el-mandeb", "geo:gulf-of-aden"),
        ),
        CatalogueEntry(
            "EUNAVFOR Aspides",
            ("Operation Aspides", "Aspides"),
            "EU naval operation protecting shipping in the Red Sea, since 2024.",
            active="2024-02/..",
        ),
        CatalogueEntry(
            "EUNAVFOR Atalanta",
            ("Operation Atalanta", "Atalanta"),
            "EU counter-piracy operation off Somalia, since 2008.",
            active="2008-12/..",
        ),
        CatalogueEntry(
            "ISAF",
            ("International Security Assistance Force",),
            "NATO-led security mission in Afghanistan, 2001-2014.",
            active="2001-12/2014-12",
        ),
        CatalogueEntry(
            "Operation Enduring Freedom",
            ("OEF",),
            "US-led operations in Afghanistan and elsewhere, 2001-2014.",
            active="2001-10/2014-12",
        ),
        CatalogueEntry(
            "KFOR",
            ("Kosovo Force",),
            "NATO-led peace support force in Kosovo, since 1999.",
            active="1999-06/..",
            areas=("iso:XK",),
        ),
        CatalogueEntry(
            "Operation Barkhane",
            ("Barkhane",),
            "French-led counter-insurgency operation in the Sahel, 2014-2022.",
            active="2014-08/2022-11",
        ),
        CatalogueEntry(
            "EUTM Mali",
            ("European Union Training Mission in Mali",),
            "EU military training mission in Mali, 2013-2024.",
            active="2013-02/2024-05",
        ),
    )
)

ACTORS: Final = Catalogue(
    (
        CatalogueEntry(
            "Islamic State",
            (
                "ISIS",
                "ISIL",
                "IS",
                "Daesh",
                "Da'esh",
                "Islamic State of Iraq and Syria",
                "Islamic State of Iraq and the Levant",
                "Islamic State group",
            ),
            "Jihadist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Kataib Hezbollah",
            ("Kata'ib Hizballah", "Kataib Hizbollah", "Kataeb Hezbollah", "Kata'ib Hezbollah", "KH"),
            "Iran-aligned Iraqi Shia militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Pro-Iranian militias",
            (
                "Iran-backed militias",
                "pro-Iranian militia",
                "Iran-backed militia",
                "Iran-aligned militias",
                "pro-Iran militias",
            ),
            "Iran-aligned armed groups in Iraq, unnamed.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Popular Mobilization Forces",
            ("PMF", "Hashd al-Shaabi", "PMU", "Popular Mobilisation Forces", "Popular Mobilization Units"),
            "Iraqi state-sanctioned militias.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Peshmerga",
            ("Kurdish Peshmerga",),
            "Armed forces of the Kurdistan Region of Iraq.",
            kind="state_force",
        ),
        CatalogueEntry(
            "CJTF-OIR",
            ("Combined Joint Task Force",),
            "Command of Operation Inherent Resolve.",
            kind="state_force",
        ),
        CatalogueEntry(
            "US Marine Corps",
            ("USMC", "U.S. Marine Corps", "US Marines", "U.S. Marines"),
            "United States Marine Corps.",
            kind="state_force",
        ),
        CatalogueEntry(
            "Council of Representatives of Iraq",
            ("Iraqi parliament",),
            "Iraq's parliament.",
            kind="government",
        ),
        CatalogueEntry(
            "Kurdistan Regional Government",
            ("KRG", "Kurdistan government"),
            "Government of the Kurdistan Region of Iraq.",
            kind="government",
        ),
        CatalogueEntry(
            "Al-Qaeda",
            ("al Qaeda", "Al Qaida", "al-Qaida", "al-Qa'ida"),
            "Jihadist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Hezbollah",
            ("Hizballah", "Hizbollah", "Hizbullah"),
            "Lebanese Shia party and armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Ansar Allah",
            ("Houthis", "Houthi", "Houthi movement", "Houthi rebels", "Huthis"),
            "Yemeni Zaydi armed movement.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Al-Shabaab",
            ("al-Shabab", "Harakat al-Shabaab al-Mujahideen", "Shabaab"),
            "Somali jihadist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Hamas",
            ("Izz ad-Din al-Qassam Brigades", "Qassam Brigades"),
            "Palestinian Islamist party and armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Palestinian Islamic Jihad",
            ("PIJ", "Islamic Jihad"),
            "Palestinian armed group.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Kurdistan Workers' Party",
            ("PKK", "Kurdistan Workers Party"),
            "Kurdish armed group in Turkey and Iraq.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "People's Defense Units",
            ("YPG", "People's Protection Units"),
            "Syrian Kurdish militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Syrian Democratic Forces",
            ("SDF",),
            "Kurdish-led alliance in north-east Syria.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Asa'ib Ahl al-Haq",
            ("Asaib Ahl al-Haq", "AAH", "League of the Righteous"),
            "Iran-aligned Iraqi Shia militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Harakat Hezbollah al-Nujaba",
            ("Nujaba", "al-Nujaba"),
            "Iran-aligned Iraqi Shia militia.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Islamic Resistance in Iraq",
            (),
            "Umbrella of Iran-aligned Iraqi militias claiming attacks since 2023.",
            kind="armed_group",
        ),
        CatalogueEntry(
            "Hay'at Tahrir al-Sham",
            ("HTS", "Hayat Tahrir al-Sham"),
            "Syrian Islamist armed group.",
            kind="armed_group",
        ),
        CatalogueEntry("Taliban", ("the Taliban",), "Afghan Islamist movement.", kind="armed_group"),
        CatalogueEntry("Boko Haram", ("JAS",), "Nigerian jihadist armed group.", kind="armed_group"),
        CatalogueEntry(
            "Wagner Group", ("Wagner", "PMC Wagner"), "Russian private military company.", kind="armed_group"
        ),
        CatalogueEntry(
            "Islamic Revolutionary Guard Corps",
            ("IRGC", "Revolutionary Guards", "Revolutionary Guard", "Quds Force", "IRGC-QF"),
            "Iran's ideological armed forces, including the Quds Force.",
            kind="state_force",
        ),
        CatalogueEntry(
            "NATO", ("North Atlantic Treaty Organization",), "Military alliance.", kind="organisation"
        ),
        CatalogueEntry(
            "United Nations", ("UN", "U.N."), "Intergovernmental organisation.", kind="organisation"
        ),
        CatalogueEntry("European Union", ("EU",), "Union of European states.", kind="organisation"),
    )
)


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
            from geo.dates import parse_edtf

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
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read catalogue file {str(path)!r}: {exc}") from exc
    if not isinstance(data, dict) or not set(data) <= {"missions", "actors"}:
        raise InputError(f"catalogue file {str(path)!r} must be a mapping with 'missions' and/or 'actors'")
    return (
        missions.extended(_entries(data.get("missions"), f"{path}: missions")),
        actors.extended(_entries(data.get("actors"), f"{path}: actors")),
    )
