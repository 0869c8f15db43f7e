"""Former countries (ISO 3166-3, as pycountry ships it): the USSR, the German Democratic Republic, Zaire ...

News about missions tell their history ("the Soviet Union invaded Afghanistan in 1979"), so a former
state is a place of its own, with its ISO 3166-1 alpha-2 code of the time (``SU``, ``DD``) as country
(the event schema accepts former codes: :func:`geo.model.countries.is_former_country_code`).

Names: the parts of pycountry's name ("USSR, Union of Soviet Socialist Republics" gives "USSR" and
"Union of Soviet Socialist Republics"; "Zaire, Republic of" gives "Zaire" and "Republic of Zaire"), but
never a name some current country already has, and no former state whose short name is a current
country's ("Yemen, Democratic ...", "France, Metropolitan", "Burma, Socialist Republic ...").
English common names pycountry lacks ("Soviet Union", "East Germany") come from the supplement.

Point: the current country that took the code over, from the last two letters of the ISO 3166-3 code
(``DDDE``: Germany, ``ZRCD``: DR Congo); a state divided among several (``HH``: the USSR,
Czechoslovakia) has its point in the supplement, or is left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from geo.gazetteer.normalize import normalize_name
from geo.gazetteer.sources import ALTERNATE, PRIMARY, Entry

__all__ = ["HISTORIC_IMPORTANCE", "historic_countries", "placed"]

#: Importance of a former country: below a current country (1.0), above most places sharing a name.
HISTORIC_IMPORTANCE: Final = 0.9
#: Last two letters of an ISO 3166-3 code when the state was divided among several successors.
_DIVIDED: Final = "HH"


def _names(full: str) -> list[str]:
    """The names in pycountry's "Short, Long of" form ("Zaire, Republic of" -> Zaire, Republic of Zaire)."""
    first, _, rest = full.partition(", ")
    names = [first]
    if rest and "(" not in rest:
        names.append(f"{rest} {first}" if rest.endswith(" of") else rest)
    return names


def historic_countries(current: Iterable[Entry]) -> list[Entry]:
    """Return an entry for each former country of ISO 3166-3 that has a point.

    Parameters
    ----------
    current
        The current countries (:func:`geo.gazetteer.sources.countries`): their points place the former
        states they took over, and their names are never given to a former state.

    Returns
    -------
    list[Entry]
        Entries with ids ``iso:<alpha-4>`` (``iso:DDDE``) and source ``pycountry``; a divided state
        (``...HH``) gets no point here: the supplement places it (``iso:SUHH``), or it stays out.
    """
    import pycountry

    countries = list(current)
    points = {entry.country: (entry.lon, entry.lat) for entry in countries if entry.country}
    taken = {normalize_name(name) for entry in countries for name in entry.names}
    result = []
    for record in pycountry.historic_countries:
        alpha_4 = record.alpha_4
        names = _names(record.name)
        if normalize_name(names[0]) in taken:
            continue  # "Yemen, Democratic ...", "France, Metropolitan": the rest is no name of its own
        names = [name for name in names if normalize_name(name) not in taken]
        successor = alpha_4[2:]
        point = points.get(successor) if successor != _DIVIDED else None
        entry = Entry(
            f"iso:{alpha_4}",
            names[0],
            "country",
            record.alpha_2,
            point[0] if point else 0.0,
            point[1] if point else 0.0,
            0,
            HISTORIC_IMPORTANCE,
            "pycountry",
        )
        entry.add(names[0], PRIMARY)
        for name in names[1:]:
            entry.add(name, ALTERNATE)
        result.append(entry)
    return result


def placed(entries: dict[str, Entry]) -> None:
    """Drop the former countries that neither a successor nor the supplement placed (still at 0, 0)."""
    for ident in [ident for ident, entry in entries.items() if _unplaced(entry)]:
        del entries[ident]


def _unplaced(entry: Entry) -> bool:
    return entry.source == "pycountry" and entry.lon == 0.0 and entry.lat == 0.0
