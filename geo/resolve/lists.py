"""Names coordinated in one list ("the districts of A, B and C"): places of one country.

A list of places that a plural division or settlement word opens ("the districts of", "the towns of")
names places of one country: a member whose choice lies in a country the rest
of the document never supports, while another member lies in a country the document is clearly about, is
a place the gazetteer lacks that shares its name with a far-away one (a Spanish "Palma" listed with towns
of Mozambique). Without such a word a list says less ("Madrid, Lisbon and Maputo", "Lisbon, Beira and
Maputo": capitals beside towns): :mod:`geo.resolve.support` reconsiders such a member only when the
document does not support its choice anyway, and then, when nothing of its name is in a supported
country, places it in the one country the other members share ("Ras X and Hodeidah": Yemen, not the
country of the article's other actors).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from geo import lexicon
from geo.model.spans import Toponym
from geo.resolve.evidence import Group

__all__ = ["Coordinated", "coordinated", "listed_apart", "peer_countries"]

#: What joins two members of a list: a comma (and a conjunction), or a conjunction.
_JOIN: Final = re.compile(r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")


def _plural(term: str) -> str:
    """The English plural of a generic word ("district" -> "districts", "city" -> "cities")."""
    if term.endswith("y") and term[-2:-1] not in "aeiou":
        return term[:-1] + "ies"
    return term + ("es" if term.endswith(("s", "x", "ch", "sh")) else "s")


#: The division and settlement words that come before a name with "of" ("the province of", "the town
#: of"; data: ``resolve_kind_words``), in the plural, opening a list ("the districts of A, B and C").
_OPENERS: Final = sorted(
    {
        _plural(entry["term"])
        for entry in lexicon.load("resolve_kind_words")
        if entry["position"] == "before_of" and entry["class"] in ("admin_region", "city")
    }
)
_OPENER: Final = re.compile(r"\b(?:" + "|".join(map(re.escape, _OPENERS)) + r")\s+of\s+(?:the\s+)?$", re.I)
#: How far before a list its opening words may start (characters).
_OPENER_CHARS: Final = 40


@dataclass(frozen=True, slots=True)
class Coordinated:
    """The other members of the list a name is in (None for a name the gazetteer does not know), and
    whether the list says its members share one country (a plural class word opens it)."""

    peers: tuple[Group | None, ...]
    shared: bool


def coordinated(text: str, members: Sequence[tuple[Toponym, Group | None]]) -> dict[int, Coordinated]:
    """The list each name of the document is first listed in, by ``id(group)``.

    Parameters
    ----------
    text
        The document.
    members
        Every toponym with its group (None for names without candidates), in text order.

    Returns
    -------
    dict[int, Coordinated]
        ``id(group)`` -> its list, for the groups with a mention in a list of two names or more.
    """
    places = sorted(
        ((toponym, group) for toponym, group in members if toponym.kind == "place"), key=lambda m: m[0].start
    )
    chains: list[list[tuple[Toponym, Group | None]]] = []
    for member in places:
        if chains and _JOIN.fullmatch(text, chains[-1][-1][0].end, member[0].start) is not None:
            chains[-1].append(member)
        else:
            chains.append([member])
    out: dict[int, Coordinated] = {}
    for chain in chains:
        if len(chain) < 2:
            continue
        start = chain[0][0].start
        opened = _OPENER.search(text, max(0, start - _OPENER_CHARS), start) is not None
        shared = opened
        for position, (_, group) in enumerate(chain):
            if group is None or id(group) in out:
                continue
            peers = tuple(
                other for index, (_, other) in enumerate(chain) if index != position and other is not group
            )
            out[id(group)] = Coordinated(peers, shared)
    return out


def listed_apart(
    group: Group,
    listed: Coordinated | None,
    support: dict[str, float],
    *,
    doubtful: set[int],
    floor: float,
    clear: float,
) -> bool:
    """Whether ``group``'s choice lies apart from its list (module docstring): in a country with less
    than ``floor`` of ``support`` (the document's country evidence without the group's own and the
    doubtful names', ``doubtful``: their ``id``), while the other members known to the gazetteer all lie
    in one other country, with at least ``clear``. Countries, seas and regions are never apart
    ("Spain, France")."""
    if listed is None or not listed.shared or not group.candidates:
        return False
    chosen = group.chosen
    if chosen.country is None or chosen.feature_class in ("country", "region", "water_body"):
        return False
    if support.get(chosen.country, 0.0) >= floor:
        return False
    countries = peer_countries(listed, doubtful=doubtful)
    # the other members lie in one country ("Madrid, Lisbon and Maputo" are capitals of three)
    if len(countries) != 1 or chosen.country in countries:
        return False
    return support.get(next(iter(countries)), 0.0) >= clear


def peer_countries(listed: Coordinated, *, doubtful: set[int]) -> set[str]:
    """The countries of the choices of the list's other members, but the doubtful ones (``id``)."""
    return {
        peer.chosen.country
        for peer in listed.peers
        if peer is not None and peer.candidates and id(peer) not in doubtful and peer.chosen.country
    }
