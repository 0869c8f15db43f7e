"""Names that are not places: armed groups, outlets, ships, operations and organisations.

News names many things after places, or with words a gazetteer also holds: "Hamas" is an alternate name of
Hamm, "Xinhua" a town in China, "HNLMS Rotterdam" a ship, "Operation Prosperity Guardian" an operation,
"United Kingdom Maritime Trade Operations" an office. :func:`name_spans` finds such names in a text from
data (``geo/lexicon/data/nonplace_names.yaml``, ``nonplace_vessels.yaml``,
``nonplace_heads.yaml``, and the names and aliases of the mission catalogue and of the armed groups
and state forces of the actor catalogue); the recogniser then drops the place names inside them
(:func:`blocks`). See ``docs/recognition.md``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Final, NamedTuple

from geo import lexicon
from geo.lexicon.patterns import LazyPattern

__all__ = ["NameSpan", "blocks", "name_spans"]

#: Kinds of actor catalogue entries whose names are read as non-place names (organisations such as the
#: EU or the UN are places in the toponym corpora' sense and stay out).
_ACTOR_KINDS: Final = frozenset({"armed_group", "state_force"})
#: A word of a ship's or an operation's name: capitalised, a number, an initial ("Dwight D. Eisenhower"); the
#: lower-case particles of place names may join two ("Ludwigshafen am Rhein", "Frankfurt an der Oder").
_NAME_WORD: Final = r"(?:[A-Z]\.|[A-Z][\w'’\-]*|\d+)"
_PARTICLE: Final = r"(?:of|de|del|la|am|an[ \t]+der|upon|sur)"
_NAME: Final = rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_NAME_WORD}){{0,3}}"
#: A run of capitalised words (with "of", "for", "and", "the" and ordinals between): an organisation's
#: name when it holds a head noun.
_CAPITAL: Final = r"[A-Z][\w'’&\-]*"
_RUN: Final = re.compile(  # the lookahead lets the scan skip to a capital or a digit (twice as fast)
    rf"(?=[A-Z\d])(?:\b\d+(?:st|nd|rd|th)[ \t]+)?{_CAPITAL}"
    rf"(?:[ \t]+(?:(?:of|for|and|the|on)[ \t]+)*{_CAPITAL})+"
)
_WORD: Final = re.compile(r"[\w'’&\-]+")
#: A character no run of :data:`_RUN` holds.
_OUTSIDE: Final = re.compile(r"[^\w'’&\- \t]")
#: A capitalised word (or one starting with a digit: "M23"), as the first word of a catalogue name.
#: (The lookbehind after the first character: a pattern starting with a character set is scanned for it
#: quickly, one starting with a lookbehind is tried at every character.)
_CAPITALISED: Final = re.compile(r"[A-Z0-9](?<!\w[A-Z0-9])[\w'’]*")
#: What ends the first word of a catalogue name.
_FIRST: Final = re.compile(r"[ \t\-]")
#: Capitalised words before an organisation's name that are not part of it (sentence-initial articles,
#: days and months of a date before it: "Sunday Alexandria Police went ...").
_LEADING: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "that",
        "sunday",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
#: A possessive ends a word before a name ("London's Heathrow Animal Reception Center").
_POSSESSIVE: Final = re.compile(r"['’]s?$")


class NameSpan(NamedTuple):
    """A name in the text that is not a place.

    Attributes
    ----------
    start, end
        Offsets of the name.
    kind
        ``catalogue`` (an armed group, a state force, an outlet, a mission), ``vessel``, ``operation``, or
        ``organisation`` (a capitalised phrase with a head noun such as "Forces" or "Centre").
    heads
        For ``organisation``: offsets of the words inside the name that are strictly inside the compound
        (a capitalised word or an ordinal before them) or are head nouns themselves; a place candidate is
        dropped only there.
    """

    start: int
    end: int
    kind: str
    heads: tuple[tuple[int, int], ...] = ()


def _alternation(terms: list[str]) -> str:
    ordered = sorted(set(terms), key=lambda term: (-len(term), term))
    return "|".join(re.escape(term).replace(r"\ ", r"[ \t]+") for term in ordered)


@lru_cache(maxsize=1)
def _patterns() -> tuple[
    dict[str, list[LazyPattern]], re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]
]:
    """The compiled catalogue, vessel, ship-type and operation patterns and the organisation head nouns."""
    terms = [str(entry["term"]) for entry in lexicon.load("nonplace_names")]
    for entry in lexicon.load("catalog_missions"):
        terms.append(str(entry["name"]))
        terms.extend(str(alias) for alias in entry.get("aliases") or ())
    for entry in lexicon.load("catalog_actors"):
        if entry.get("kind") in _ACTOR_KINDS:
            terms.append(str(entry["name"]))
            terms.extend(str(alias) for alias in entry.get("aliases") or ())
    # Proper names only (a catalogue alias may be a description: "international coalition against ...");
    # names of three letters or more are matched in capitals too ("ATALANTA").
    names = [term for term in terms if len(term) >= 2 and term[:1].isupper()]
    names += [term.upper() for term in names if len(term) >= 3]
    # By first word: one alternation of hundreds of names costs a scan at every character; a capitalised
    # word looked up in a table costs one scan of the capitals.
    # Each name's expression is compiled when a text first holds its first word (most never do).
    catalogue: dict[str, list[LazyPattern]] = {}
    for name in sorted(set(names), key=lambda term: (-len(term), term)):
        first = _FIRST.split(name, maxsplit=1)[0]
        catalogue.setdefault(first, []).append(LazyPattern(_alternation([name]) + r"(?!\w)"))
    vessels = lexicon.load("nonplace_vessels")
    prefixes = [str(e["term"]) for e in vessels if e["role"] in ("prefix", "line")]
    types = [str(e["term"]) for e in vessels if e["role"] == "type"]
    ship = re.compile(rf"(?<![\w\-/])(?:{_alternation(prefixes)})[ \t]+(?P<name>{_NAME})")
    typed = re.compile(
        rf"\b(?:{_alternation(types)})s?[ \t]+(?:(?:{_alternation(prefixes)})[ \t]+)?"
        rf"(?![A-Z][\w'’]*-[a-z])(?P<name>{_NAME})(?![\w\-])"
    )
    heads = lexicon.load("nonplace_heads")
    operation_words = [str(e["term"]) for e in heads if e["role"] == "operation"]
    operation = re.compile(rf"(?<![\w\-])(?:{_alternation(operation_words)})\.?[ \t]+(?P<name>{_NAME})")
    organisation = frozenset(str(e["term"]) for e in heads if e["role"] == "organisation")
    return catalogue, ship, typed, operation, organisation


@lru_cache(maxsize=1)
def _starts() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """First words of the vessel prefixes and lines, the ship-type nouns, and the operation words."""
    vessels = lexicon.load("nonplace_vessels")
    prefixes = frozenset(
        _CAPITALISED.match(str(e["term"])).group(0)  # type: ignore[union-attr]
        for e in vessels
        if e["role"] in ("prefix", "line")
    )
    types = tuple(str(e["term"]) for e in vessels if e["role"] == "type")
    operations = frozenset(str(e["term"]) for e in lexicon.load("nonplace_heads") if e["role"] == "operation")
    return prefixes, types, operations


def name_spans(text: str) -> list[NameSpan]:
    """Return the non-place names of ``text`` (see the module docstring), sorted by start.

    Parameters
    ----------
    text
        The article text.

    Returns
    -------
    list[NameSpan]
        Names that may overlap (an operation's name may hold a catalogue name).
    """
    catalogue, ship, typed, operation, heads = _patterns()
    capitals = set(_CAPITALISED.findall(text))
    found = _catalogue_names(text, capitals, catalogue)
    # Each expression runs only when a word it starts with is in the text.
    vessel_words, type_words, operation_words = _starts()
    # Each match of these starts with one of the words: the expressions are tried only where they stand.
    if not capitals.isdisjoint(vessel_words):
        found += [NameSpan(m.start(), m.end(), "vessel") for m in _at_words(ship, text, vessel_words)]
    found += [NameSpan(m.start("name"), m.end("name"), "vessel") for m in _at_words(typed, text, type_words)]
    if not capitals.isdisjoint(operation_words):
        found += [
            NameSpan(m.start(), m.end(), "operation") for m in _at_words(operation, text, operation_words)
        ]
    found += _flagged(text)
    found += _repeated_vessels(text, found)
    if capitals.isdisjoint(heads):
        found.sort()
        return found
    for run in _runs(text):
        if heads.isdisjoint(run.group(0).split()):  # the words of a run are its :data:`_WORD` matches
            continue
        words = list(_WORD.finditer(run.group(0)))
        inner = []
        first = 0  # the first word of the name itself: "The Athens Police Department" starts at "Athens"
        while first < len(words) - 1 and words[first].group(0).casefold() in _LEADING:
            first += 1
        for position, word in enumerate(words):
            before = words[position - 1].group(0) if position > first else ""
            compound = (before[:1].isupper() or before[:1].isdigit()) and not _POSSESSIVE.search(before)
            if word.group(0) in heads or (compound and word.group(0)[:1].isupper()):
                inner.append((run.start() + word.start(), run.start() + word.end()))
        if inner:
            found.append(NameSpan(run.start(), run.end(), "organisation", tuple(inner)))
    found.sort()
    return found


@lru_cache(maxsize=1)
def _flag_pattern() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """The flag suffixes of ``nonplace_vessels`` ("-flagged") and the expression of a name right after one."""
    flags = tuple(str(e["term"]) for e in lexicon.load("nonplace_vessels") if e["role"] == "flag")
    return flags, re.compile(rf"(?<=\w)(?:{_alternation(list(flags))})[ \t]+(?P<name>{_NAME})(?![\w\-])")


def _flagged(text: str) -> list[NameSpan]:
    """Ship names right after a flag adjective ("the Liberia-flagged Andros Trader"): a capitalised name
    there is the ship's own (a kind of ship in lower case, "a Panama-flagged tanker", names none)."""
    flags, pattern = _flag_pattern()
    if not any(flag in text for flag in flags):
        return []
    return [NameSpan(m.start("name"), m.end("name"), "vessel") for m in pattern.finditer(text)]


def _repeated_vessels(text: str, found: list[NameSpan]) -> list[NameSpan]:
    """The other mentions of a ship's name of two words or more found once ("the Andros Trader" after "the
    Liberia-flagged Andros Trader"): the same words name the same ship in one article. A one-word name is
    not repeated (it may be a place named on its own elsewhere in the text)."""
    names = {text[span.start : span.end] for span in found if span.kind == "vessel"}
    seen = {(span.start, span.end) for span in found}
    out = []
    for name in names:
        if len(name.split()) < 2:
            continue
        for match in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text):
            if (match.start(), match.end()) not in seen:
                out.append(NameSpan(match.start(), match.end(), "vessel"))
    return out


def _at_words(pattern: re.Pattern[str], text: str, words: Iterable[str]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, as ``finditer`` finds them, when every match starts with one of
    ``words``: the pattern is tried only where one of them stands (a scan tries it at every character)."""
    starts: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.add(at)
            at = text.find(word, at + 1)
    reached = 0
    for at in sorted(starts):
        if at < reached:
            continue  # inside the last match: finditer resumes after it
        match = pattern.match(text, at)
        if match is not None:
            reached = match.end()
            yield match


@lru_cache(maxsize=1)
def _head_nouns() -> re.Pattern[str]:
    """Any head noun of an organisation's name, as a string anywhere (it only picks the lines to scan)."""
    return re.compile("|".join(sorted(map(re.escape, _patterns()[4]), key=lambda term: (-len(term), term))))


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_RUN` in ``text`` that may hold a head noun: those of the stretches holding one.

    A run holds only :data:`_WORD` characters, spaces and tabs, so a character of :data:`_OUTSIDE` (a
    line break, a comma, a full stop) ends every run: the runs of the stretch between two of them are
    found by scanning that stretch alone, as a scan of the whole text finds them there; most stretches
    hold no head noun and are not scanned. (The stretch starts after the last such character before the
    noun, found by searching the reversed text.)
    """
    done = -1
    size = len(text)
    reverse = ""
    for hit in _head_nouns().finditer(text):
        if hit.start() < done:
            continue  # in the stretch scanned already
        if not reverse:
            reverse = text[::-1]
        before = _OUTSIDE.search(reverse, size - hit.start())
        start = 0 if before is None else size - before.start()
        after = _OUTSIDE.search(text, hit.end())
        done = size if after is None else after.start()
        yield from _RUN.finditer(text, start, done)


def _catalogue_names(
    text: str, capitals: set[str], catalogue: dict[str, list[LazyPattern]]
) -> list[NameSpan]:
    """The catalogue names of ``text``: at each capitalised word, the longest name it starts, if any.

    Only the words of ``capitals`` (the capitalised words of the text) that start a name are looked for,
    with ``str.find``; a word after an apostrophe may be part of a longer word ("O'Brien"), and then the
    text's capitalised words are all walked through, as :data:`_CAPITALISED` finds them.
    """
    firsts = capitals.intersection(catalogue)
    if not firsts:
        return []
    starts: list[tuple[int, str]] = []
    for first in firsts:
        at = text.find(first)
        while at >= 0:
            if at and text[at - 1] in "'’":
                starts = [(m.start(), m.group(0)) for m in _CAPITALISED.finditer(text)]
                break
            match = _CAPITALISED.match(text, at)
            if match is not None and match.end() == at + len(first):
                starts.append((at, first))
            at = text.find(first, at + 1)
        else:
            continue
        break
    found = []
    for at, word in starts:
        for pattern in catalogue.get(word, ()):
            match = pattern.match(text, at)
            if match is not None:
                found.append(NameSpan(match.start(), match.end(), "catalogue"))
                break
    return found


def blocks(names: list[NameSpan], start: int, end: int, *, country: bool, major: bool = False) -> str | None:
    """The kind of the non-place name the candidate at ``[start, end)`` lies inside and is part of, or None.

    Parameters
    ----------
    names
        Output of :func:`name_spans`.
    start, end
        The candidate's offsets.
    country
        The candidate is a country: it stays a mention inside an organisation's name.
    major
        The candidate is a country or another major place (a first-level region): it stays a (modifier)
        mention inside a longer catalogue name ("Islamic Resistance in Iraq", "Kurdistan Workers' Party").
    """
    for name in names:
        if name.start > start:
            break
        if end > name.end:
            continue
        if name.kind == "organisation":
            if not country and any(a <= start and end <= b for a, b in name.heads):
                return name.kind
            continue
        if (country or major) and (name.start, name.end) != (start, end) and name.kind == "catalogue":
            continue
        return name.kind
    return None
