"""The recogniser's word lists: cues around names and words that are never places in news.

The lists are data, ``geo/lexicon/data/recognize_*.yaml``, each entry with its source (a reference list or
general English); this module reads them once, when the recogniser is first imported, into the sets and
mappings the recogniser tests tokens against. Every term is lower case and normalised like
:func:`geo.gazetteer.normalize_name` output (no dots).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from geo import lexicon

__all__ = [
    "ABBREVIATIONS",
    "ABBREV_NOT_PLACES",
    "COMBINING_FORMS",
    "CONNECTORS",
    "FEATURE_OF",
    "FEATURE_OWN_NAME",
    "FUNCTION_WORDS",
    "GENERIC_AFTER",
    "GENERIC_BEFORE",
    "LOCATIVE",
    "LOWER_SUFFIXES",
    "NAME_PARTICLES",
    "NAME_PREFIXES",
    "NAME_SUFFIXES",
    "NEVER_PLACES",
    "NOT_SURNAMES",
    "NUMBERED_PREFIXES",
    "ORG_AFTER",
    "PATHOGEN_AFTER",
    "PERSON_TITLES",
    "PLACE_ACRONYMS",
    "SITE_HEADS",
    "SPEECH_VERBS",
    "WEAK_TITLES",
    "extra_demonyms",
]


def _terms(name: str) -> frozenset[str]:
    """The terms of the lexicon ``recognize_<name>``."""
    return lexicon.load(f"recognize_{name}").terms()


def _flagged(name: str, flag: str) -> frozenset[str]:
    """The terms of ``recognize_<name>`` whose entry sets ``flag``."""
    return frozenset(entry["term"] for entry in lexicon.load(f"recognize_{name}") if entry.get(flag))


def _classes(name: str) -> dict[str, str]:
    """Term -> feature-class hint ("" for none) of ``recognize_<name>``, in file order."""
    return {entry["term"]: entry["class"] for entry in lexicon.load(f"recognize_{name}")}


def extra_demonyms() -> Mapping[str, str]:
    """Demonyms ``countryinfo`` lacks -> the ISO code of the one country they imply ("" for none).

    Read when the recognition lexicon is built (its cache key hashes the data file).
    """
    return {entry["term"]: entry["country"] for entry in lexicon.load("recognize_demonyms")}


#: Words before a name that make it a person: titles, ranks, offices and honorifics.
PERSON_TITLES: Final = _terms("person_titles")
#: Titles that are also common lower-case words: they mark a person only when capitalised.
WEAK_TITLES: Final = _flagged("person_titles", "weak")
#: Verbs whose subject is a person: "X said" after a single name marks a person (or an organisation).
SPEECH_VERBS: Final = _terms("speech_verbs")
#: Words after a name that make the whole phrase an organisation or a work.
ORG_AFTER: Final = _terms("org_after")
#: Words after a place name that make it the name of a pathogen or a disease ("Marburg virus").
PATHOGEN_AFTER: Final = _terms("pathogen_after")
#: Combining forms before a hyphen that make a compound adjective ("Euro-Atlantic", "Sino-Russian").
COMBINING_FORMS: Final = _terms("combining_forms")
#: Lower-case words allowed inside a multi-word name ("Strait of Hormuz", "Ain al-Asad", "Rio de Janeiro").
CONNECTORS: Final = _terms("connectors")
#: Generic words after a name that name its kind, with the feature-class hint they give.
GENERIC_AFTER: Final = _classes("generic_after")
#: Head nouns of named sites after their name, with their class ("X mosque": a facility).
SITE_HEADS: Final = _classes("site_heads")
#: Generic words after a capitalised name that make it a place even when the gazetteer lacks it, with the
#: feature-class hint they give ("" for none): streets, rivers, counties, provinces.
NAME_SUFFIXES: Final = _classes("name_suffixes")
#: Of :data:`NAME_SUFFIXES`, those that count when written in lower case ("Arbar province").
LOWER_SUFFIXES: Final = _flagged("name_suffixes", "lower")
#: Words before a name that make it a place ("Lake Lanier", "Mount Sinjar", "Highway 19", "Camp Taji").
NAME_PREFIXES: Final = _classes("name_prefixes")
#: Of :data:`NAME_PREFIXES`, those followed by a number rather than a name ("Highway 19", "Route 128").
NUMBERED_PREFIXES: Final = _flagged("name_prefixes", "numbered")
#: Lower-case particles inside personal names ("Mike de Kock", "Osama bin Laden").
NAME_PARTICLES: Final = _terms("name_particles")
#: Generic words of natural features named "<word> of <name>" ("Gulf of Guinea", "Cape of Good Hope").
FEATURE_OF: Final = _terms("feature_of")
#: Of :data:`FEATURE_OF`, those whose "of" is followed by the feature's own name ("the Cape of Good Hope").
FEATURE_OWN_NAME: Final = _flagged("feature_of", "own_name")
#: Phrases before a name that name its kind ("the airport of X", "Camp X", "the city of X").
GENERIC_BEFORE: Final = _classes("generic_before")
#: Prepositions and phrases before a name that suggest a place ("in X", "near X").
LOCATIVE: Final = _terms("locative")
#: Capitalised words that are never places in news text, although some gazetteer entry carries them.
NEVER_PLACES: Final = _terms("never_places")
#: Capitalised words that follow a given name without being a surname ("Jordan Valley", "Georgia Police").
NOT_SURNAMES: Final = _terms("not_surnames")
#: Function words that never begin a place name, although some gazetteer alias does ("For Iraq").
FUNCTION_WORDS: Final = _terms("function_words")
#: Abbreviations whose final dot belongs to the token ("St. Louis", "Ky.", "Gen.").
ABBREVIATIONS: Final = _terms("abbreviations")
#: Acronyms written in capitals that are places.
PLACE_ACRONYMS: Final = _terms("place_acronyms")
#: Abbreviations that are never a place by themselves ("St", "Co").
ABBREV_NOT_PLACES: Final = _terms("abbrev_not_places")
