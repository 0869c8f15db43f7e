"""Phrases the resolver reads in a whole text: second-level regions named ("Jay County", "the province
of Zambales"), where a sentence ends, and seas named without their sea word ("the Baltic")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from typing import Final

from geo import lexicon
from geo.gazetteer import Candidate
from geo.resolve.words import is_generic

__all__ = [
    "SEA_WORDS",
    "SENTENCE_REACH",
    "county_phrases",
    "names_lands",
    "names_nations",
    "sea_of",
    "sea_part",
    "sentence_end",
    "untaken",
]

#: "Jay County", "St. Tammany Parish": ``\b(?:[A-Z][a-z]+\.? ){1,3}(?:County|Parish)\b`` written to start
#: with a capital (the engine then skips to capitals quickly), like :data:`_DIVISION`.
_COUNTY: Final = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]+\.? (?:[A-Z][a-z]+\.? ){0,2}(?:County|Parish)\b")
#: "the province of Zambales", "Bulacan Province", "the Thoothukudi district" (the name is group 1).
_DIVISION_NAME: Final = r"((?:[A-Z][a-z][\w\-]*)(?: (?:(?:de|del|la|do|da) )?[A-Z][a-z][\w\-]*){0,2})"
_COUNTY_OF: Final = re.compile(r"\b[Cc]ounty of " + _DIVISION_NAME)
_DIVISION: Final = re.compile(r"[PpDd](?<!\w[PpDd])(?:(?<=[Pp])rovince|(?<=[Dd])istrict)\b")
_DIVISION_OF: Final = re.compile(r" of " + _DIVISION_NAME)
_DIVISION_BEFORE: Final = re.compile(r"\b" + _DIVISION_NAME + r" $")
#: A sentence ends at a full stop, question or exclamation mark before a capital, or at a line break
#: (not after an initial or a common abbreviation: "St. Louis", "John F. Kennedy").
#: (``[.!?](?=\s+["'(“‘]?[A-Z])|\n`` written to start with one character class: the engine skips to it.)
_SENTENCE_END: Final = re.compile(r"[.!?\n](?:(?<=\n)|(?=\s+[\"'(“‘]?[A-Z]))")
#: Words a full stop follows without ending the sentence (and single capitals: initials).
_ABBREVIATIONS: Final = frozenset(term.capitalize() for term in lexicon.load("resolve_abbreviations").terms())
_LAST_WORD: Final = re.compile(r"\b(\w+)$")
#: Longest stretch of a sentence read after a name.
SENTENCE_REACH: Final = 300


def county_phrases(text: str) -> list[tuple[int, int, str]]:
    """Second-level regions named in the text: start, end, name ("Jay County", "St. Tammany Parish", and
    the name alone of "the province of Zambales", "Bulacan Province", "the Thoothukudi district", "the
    county of Norfolk")."""
    found = []
    if "County" in text or "Parish" in text:  # the expressions are slow to try at every word
        found = [(match.start(), match.end(), match.group()) for match in _COUNTY.finditer(text)]
    if "ounty of " in text:
        found.extend((match.start(1), match.end(1), match.group(1)) for match in _COUNTY_OF.finditer(text))
    if "rovince" in text or "istrict" in text:
        for word in _DIVISION.finditer(text):
            match = _DIVISION_OF.match(text, word.end()) or _DIVISION_BEFORE.search(
                text, max(0, word.start() - 60), word.start()
            )
            if match is not None:
                found.append((match.start(1), match.end(1), match.group(1)))
    return found


def untaken(
    phrases: Sequence[tuple[int, int, str]], taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The ``phrases`` (start, end, name) that overlap none of the spans ``taken`` (start, end), in order:
    the spans that can overlap a phrase are found by bisection (sorted by start; none starting more than
    the longest span's length before the phrase reaches it)."""
    if not phrases:
        return []
    spans = sorted(taken)
    starts = [start for start, _ in spans]
    longest = max((end - start for start, end in spans), default=0)
    out = []
    for phrase in phrases:
        start, end, _ = phrase
        at = bisect_left(starts, end) - 1  # the spans starting before the phrase ends: up to here
        while at >= 0 and starts[at] > start - longest and spans[at][1] <= start:
            at -= 1
        if at < 0 or starts[at] <= start - longest:
            out.append(phrase)
    return out


def sentence_end(text: str, position: int) -> int:
    """Where the sentence running at ``position`` ends (at most :data:`SENTENCE_REACH` characters on)."""
    limit = min(len(text), position + SENTENCE_REACH)
    for found in _SENTENCE_END.finditer(text, position, limit):
        if found.group() == ".":
            word = _LAST_WORD.search(text, max(0, found.start() - 4), found.start())
            if word is not None and (
                word.group(1) in _ABBREVIATIONS or (len(word.group(1)) == 1 and word.group(1).isupper())
            ):
                continue  # "St. Louis", "John F. Kennedy"
        return found.end()
    return limit


#: The words a sea's or ocean's name ends with when an article names it by its first word ("the Baltic",
#: "the Caspian": English usage drops "Sea"; Wiktionary "Baltic" n., "the Baltic Sea").
SEA_WORDS: Final = ("Sea", "Ocean")


#: A noun of lands right after a name makes the name an adjective of them ("the Baltic states", "the
#: Caspian countries", "the Gulf region": general English), not a sea of its own.
_LANDS_AFTER: Final = re.compile(r"\s+(?:states|countries|nations|republics|regions?|areas?)\b")


def names_lands(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` qualifies a noun of lands after it ("the Baltic states")."""
    return _LANDS_AFTER.match(text, end) is not None


#: A plural noun of sovereign lands after a name: "the Baltic states", "the Gulf countries".
_NATIONS_AFTER: Final = re.compile(r"\s+(?:states|countries|nations|republics)\b")


def names_nations(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` qualifies a plural noun of countries after it ("the Baltic
    states", "the Gulf countries"): a name the gazetteer knows only as towns is then no place of its own
    (not Baltic, Connecticut, nor the sea) and is left unresolved."""
    return _NATIONS_AFTER.match(text, end) is not None


def sea_of(query: str, lookup: Callable[[str], tuple[Candidate, ...]]) -> tuple[Candidate, ...]:
    """The seas and oceans named ``query`` plus a sea word ("Baltic" -> the Baltic Sea), matched on their
    own name or a curated alias; none for a name of generic words only ("North": not the North Sea)."""
    if is_generic(query) or not query[:1].isupper():
        return ()
    return tuple(
        candidate
        for word in SEA_WORDS
        for candidate in lookup(f"{query} {word}")
        if candidate.feature_class == "water_body" and candidate.match in ("exact", "alias")
    )


#: A compass word right before a name ("the northern Atlantic", "the South Pacific"): group 1 its direction.
_COMPASS_BEFORE: Final = re.compile(r"\b(north|south|east|west)(?:ern)?\s+$", re.IGNORECASE)


def sea_part(
    text: str, start: int, query: str, lookup: Callable[[str], tuple[Candidate, ...]]
) -> tuple[Candidate, ...]:
    """The part of a sea the compass word before the name at ``start`` names, when the gazetteer has it
    ("the northern Atlantic" -> the North Atlantic Ocean); none otherwise (the whole sea stands)."""
    compass = _COMPASS_BEFORE.search(text, max(0, start - 12), start)
    if compass is None:
        return ()
    name = f"{compass[1].capitalize()} {query}"
    return tuple(
        candidate
        for candidate in lookup(name)
        if candidate.feature_class == "water_body" and candidate.match in ("exact", "alias")
    )
