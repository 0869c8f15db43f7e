"""The resolver's word lists: generic words naming a kind of site or a direction, never a place by
themselves, and nouns for a part of a town.

The words are data, ``geo/lexicon/data/resolve_site_words.yaml`` and ``resolve_part_words.yaml``, each with
its source; this module reads them once, when the resolver is first imported.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate
from geo.model.spans import Toponym

__all__ = [
    "GENERIC_SITE_WORDS",
    "SITE_PLACES",
    "apposed_end",
    "is_generic",
    "sentence_site",
    "site_candidates",
    "site_headed",
    "site_near",
    "town_part_after",
]

_SITE_WORDS: Final = lexicon.load("resolve_site_words")
#: Words naming a kind of site, never the place inside a name ("Street" is also a town in England).
GENERIC_SITE_WORDS: Final = frozenset(entry["term"] for entry in _SITE_WORDS if not entry.get("filler"))
#: Words that also count towards a name made only of generic words ("Central Region"), with grammar words.
_FILLERS: Final = frozenset({"of", "the", "and"}).union(
    entry["term"] for entry in _SITE_WORDS if entry.get("filler")
)


def is_generic(name: str) -> bool:
    """True when every word of ``name`` is a generic word ("South", "Central Region", "Old Town")."""
    words = name.casefold().replace("-", " ").split()
    return bool(words) and all(word in GENERIC_SITE_WORDS or word in _FILLERS for word in words)


#: A noun for a part of a town only right after a name ("the X neighbourhood", "X quarters").
_TOWN_PARTS: Final = [str(e["term"]) for e in lexicon.load("resolve_part_words") if e.get("town_part")]
_TOWN_PART_AFTER: Final = re.compile(r"\s+(?:" + "|".join(map(re.escape, _TOWN_PARTS)) + r")s?\b", re.I)


def town_part_after(text: str, end: int) -> bool:
    """True when a noun for a part of a town follows ``text[:end]`` ("al-Zahraa neighbourhood in Homs"):
    the name is a quarter, and its choice does not place the town the text puts it in."""
    return _TOWN_PART_AFTER.match(text, end) is not None


def _terms(name: str) -> str:
    """The terms of lexicon list ``name`` as a regular-expression alternation (a space matches any run)."""
    return "|".join(re.escape(str(e["term"])).replace(r"\ ", r"\s+") for e in lexicon.load(name))


#: A name ending in the head noun of a named site ("the X mosque", "X pagoda", "X oil field":
#: ``recognize_site_heads``), or in a base named after such a site ("the X oil field base").
_SITE_HEAD_END: Final = re.compile(
    r"\s(?:" + _terms("recognize_site_heads") + r")(?:\s+base)?\Z",
    re.IGNORECASE,
)


#: Classes of the places a named site the gazetteer lacks may take the point of: a town or site the text
#: relates it to ("the X mosque in Y"), never a region or country it lies somewhere in.
SITE_PLACES: Final = frozenset({"city", "airport", "military_base", "facility"})


#: A name opened by the head noun of a military site ("Camp X", "Forward Operating Base X", "FOB X",
#: ``recognize_site_prefixes``).
_SITE_HEAD_START: Final = re.compile(
    r"(?:" + _terms("recognize_site_prefixes") + r")\s+\S",
    re.IGNORECASE,
)


def site_headed(hint: str | None, surface: str) -> bool:
    """True when ``surface`` names a facility by its name and the head noun of a named site ("Kalo
    mosque", "Tal oil field base"), or a military site by a head noun before its name ("Camp Victory",
    "FOB Falcon"): when the gazetteer lacks it, only the text's relation places it."""
    if hint == "military_base":
        return _SITE_HEAD_START.match(surface) is not None
    return hint == "facility" and _SITE_HEAD_END.search(surface) is not None


#: An apposition naming the kind of a site right after its name (", a US base", ", a logistics base",
#: ``resolve_apposed_sites``): what follows it relates the site ("Camp X, a US base near Y": near Y).
_APPOSED: Final = re.compile(
    r"\s*,\s*(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,3}?(?:" + _terms("resolve_apposed_sites") + r")\b",
    re.IGNORECASE,
)


def apposed_end(text: str, end: int, hint: str | None) -> int:
    """Where the relation of a site ending at ``end`` starts: after an apposition naming its kind ("X, a
    logistics base near Y") for a site (``hint`` a site class), else at ``end``."""
    if hint not in SITE_PLACES - {"city"}:
        return end
    match = _APPOSED.match(text, end)
    return end if match is None else match.end()


#: Classes a military site's name may be matched to: a base or an airfield.
_MILITARY: Final = frozenset({"military_base", "airport"})


def site_candidates(found: tuple[Candidate, ...], hint: str | None, surface: str) -> tuple[Candidate, ...]:
    """The candidates of a named site (:func:`site_headed`) the gazetteer may hold: its exact name or an
    alias ("the Kalo mosque": a town of that very name, not a look-alike); for a military site ("Camp
    Taji", "Camp Bastion") a base or airfield of that name, or one whose name continues it ("Camp Bastion
    Airport"), never a town or an airport named after its last word ("Camp Victory" is no town Victory nor
    Victory Airport in another continent), or any place whose whole name is the site's ("Camp Murray", a
    locality of that name): without one, the place the text relates it to places it."""
    if hint != "military_base":
        return tuple(c for c in found if c.match in ("exact", "alias"))
    whole = surface.casefold()
    return tuple(
        c
        for c in found
        if (
            c.feature_class in _MILITARY
            and (c.match in ("exact", "alias") or c.name.casefold().startswith(whole + " "))
        )
        or (c.match in ("exact", "alias") and c.name.casefold() == whole)
    )


def site_near(place: Candidate, surface: str) -> Candidate:
    """A site the gazetteer lacks at the point of ``place`` as a place of its own: the id
    ``near:<place id>:<slug of the name>`` says the point is the place's, its class how precise it is."""
    if place.id.startswith("near:"):
        return place
    slug = re.sub(r"[^a-z0-9]+", "-", surface.casefold()).strip("-")
    return replace(place, id=f"near:{place.id}:{slug}")


#: The end of a sentence: a full stop, question or exclamation mark before a space.
_SENTENCE_END: Final = re.compile(r"[.!?][\s\"”’]")


def sentence_site(
    text: str, toponym: Toponym, place: Candidate, spans: list[tuple[int, int]]
) -> Candidate | None:
    """A military site the text relates to no place, at ``place`` (the document's main place, named at
    ``spans``) when that is named in the site's own sentence, as a place of its own (:func:`site_near`);
    else None: a camp named in a story about another place is not put there."""
    start = toponym.start
    for first, _ in spans:
        if _SENTENCE_END.search(text, min(first, start), max(first, start)) is None:
            return site_near(place, toponym.surface)
    return None
