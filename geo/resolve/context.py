"""Document context for resolution: the countries and regions a text names, and patterns around a span.

:class:`ContainerIndex` holds the names of countries and first-level regions (states, provinces,
governorates) with their demonyms and abbreviations; :meth:`ContainerIndex.scan` finds them in a text,
whether or not the recogniser emitted them, so the context works on gold spans and on recognised ones.
:func:`local_pattern` reads the words around one span: "Paris, Texas", "Springfield, Ill.", "Anbar
province", "the airport of Erbil", "the city of X".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo import lexicon
from geo.resolve.containers import Container, ContainerIndex, ContainerParts, Mention

__all__ = [
    "Container",
    "ContainerIndex",
    "ContainerParts",
    "LocalPattern",
    "Mention",
    "local_pattern",
]


#: Generic words around a name and the class they hint at (data: ``resolve_kind_words``).
_KIND_WORDS: Final = lexicon.load("resolve_kind_words")
#: How the words of each position join the name that follows or precedes them (``{}``: the words).
_TEMPLATES: Final = {
    "after": r"^\s*(?:{})\b",
    # "the airport of Erbil", "the airport in the capital Baghdad"
    "before_at": r"\b(?:{})\s+(?:of|in|at|near)\s+"
    r"(?:the\s+(?:[A-Z][\w'’\-]*\s+){{0,2}}(?:capital|city)\s+(?:of\s+)?)?$",
    "before_of": r"\b(?:{})\s+of\s+$",
    "before_comma": r"\b(?:{}),\s+$",  # "Fulton County, New York": the state the county lies in
    "before_in": r"\b(?:{})\s+(?:in|at)\s+$",
}
#: Characters that ``re.IGNORECASE`` matches to an ASCII letter besides its two cases.
_FOLDS: Final = {"i": "İı", "k": "\u212a", "s": "ſ"}


def _alternation(terms: list[str]) -> str:
    """The terms as one alternation; the words of a term match any white space between them."""
    return "|".join(r"\s+".join(map(re.escape, term.split())) for term in terms)


def _hints(after: bool) -> tuple[tuple[str, str], ...]:
    """One expression per class (in file order) of the positions after a name or before it, uncompiled
    (only the combined patterns below are compiled)."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for entry in _KIND_WORDS:
        if (entry["position"] == "after") == after:
            grouped.setdefault(entry["class"], {}).setdefault(entry["position"], []).append(entry["term"])
    patterns = {
        cls: "|".join(_TEMPLATES[pos].format(_alternation(terms)) for pos, terms in by_pos.items())
        for cls, by_pos in grouped.items()
    }
    return tuple((pattern, cls) for cls, pattern in patterns.items())


def _initials(terms: list[str]) -> frozenset[str]:
    """Every character the first letter of a term matches under ``re.IGNORECASE``."""
    letters = {term[0].lower() for term in terms}
    return frozenset("".join(letter + letter.upper() + _FOLDS.get(letter, "") for letter in letters))


#: Generic words after a name and the class they hint at ("Anbar province", "Erbil airport").
_AFTER_HINTS: Final = _hints(after=True)
#: The same in one expression: the name of the group that matched is the class (first one listed wins).
_AFTER_HINT: Final = re.compile("|".join(f"(?P<{cls}>{pattern})" for pattern, cls in _AFTER_HINTS), re.I)
#: A site of the name after its possessive ("Baghdad's international airport", "Erbil's air base"): only
#: site words, since a possessive before other generic words is not the name's class ("Syria's state
#: media", "Iraq's city of Mosul").
_POSSESSIVE_SITE: Final = re.compile(
    r"^['’]s\s+(?:"
    + "|".join(
        f"(?P<{cls}>{_alternation(terms)})"
        for cls, terms in {
            cls: [
                entry["term"]
                for entry in _KIND_WORDS
                if entry["position"] == "after" and entry["class"] == cls and entry["term"] != "base"
            ]
            for cls in ("airport", "military_base")
        }.items()
    )
    + r")\b",
    re.I,
)
#: The letters the words of :data:`_AFTER_HINT` start with, under ``re.I``.
_HINT_INITIALS: Final = _initials([entry["term"] for entry in _KIND_WORDS if entry["position"] == "after"])
#: Words before a name and the class they hint at ("the airport of Erbil", "the province of Anbar").
_BEFORE_HINTS: Final = _hints(after=False)
#: The same in one expression (all end at the name, so the leftmost match is the longest phrase).
#: (Led by a lookahead for the letters its words start with: a pattern starting with a character set is
#: scanned for it quickly, an alternation under ``re.I`` is tried at every character; twice as fast.)
_BEFORE_HINT: Final = re.compile(
    f"(?=[{''.join(sorted(_initials([e['term'] for e in _KIND_WORDS if e['position'] != 'after'])))}])(?:"
    + "|".join(f"(?P<{cls}>{pattern})" for pattern, cls in _BEFORE_HINTS)
    + ")",
    re.I,
)
#: Every phrase of :data:`_BEFORE_HINT` ends with one of these words (or a comma) and white space: a
#: cheap test read first (most names have none of them right before), with the characters such a word
#: can end with under ``re.I`` (tried over all of Unicode).
_BEFORE_TAIL: Final = re.compile(r"(?:of|in|at|near|capital|city|,)\s+$", re.I)
_TAIL_LETTERS: Final = frozenset("FLNRTYflnrty,")
_LONGEST_TAIL: Final = len("capital")
#: Phrases not ending with "of" or a comma are airport or institution ones: they hold one of these words
#: (the longest word of each such term).
_AIR_WORDS: Final = sorted(
    {
        max(reversed(entry["term"].split()), key=len)
        for entry in _KIND_WORDS
        if entry["position"] in ("before_at", "before_in")
    }
)
#: (Led by a lookahead for their first letters, as :data:`_BEFORE_HINT`.)
_AIR: Final = re.compile(
    f"(?=[{''.join(sorted(_initials(_AIR_WORDS)))}])(?:{'|'.join(map(re.escape, _AIR_WORDS))})", re.I
)
_AFTER_COMMA: Final = re.compile(r"^\s*,\s*((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})")
#: "Gao in Mali", "Tora in North Darfur": a container after "in" (a country or first-level region);
#: also after a lower-case word of direction ("in central Mali", "in northwest Nigeria's Kaduna state":
#: the part of the country, art35a).
_AFTER_IN: Final = re.compile(
    r"^[ \t]+in[ \t]+(?:(?:far[ \t]+)?(?:north|south|east|west|central|(?:north|south)-?(?:east|west))"
    r"(?:ern)?[ \t]+)?((?:[A-Z][\w'’.\-]*)(?:[ \t]+[A-Z][\w'’.\-]*){0,3})"
)
_IN_PARENS: Final = re.compile(r"^\s*\(\s*((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})\s*\)")


@dataclass(frozen=True, slots=True)
class LocalPattern:
    """What the words around one span say.

    Attributes
    ----------
    hint
        Feature class hinted by a generic word before or after the span, or None.
    within
        Containers named right after the span ("Paris, Texas", "Springfield, Ill.", "Lima (Peru)").
    """

    hint: str | None
    within: tuple[Container, ...]


_NO_PATTERN: Final = LocalPattern(None, ())


def local_pattern(text: str, start: int, end: int, index: ContainerIndex) -> LocalPattern:
    """Read the generic words and the container named around the span ``text[start:end]``."""
    after = text[end : end + 60]
    mark = after.lstrip()[:1]  # the expressions after a name start with white space (``\s*``)
    match = (
        _AFTER_HINT.match(after)
        if mark in _HINT_INITIALS
        else _POSSESSIVE_SITE.match(after)
        if mark in "'’" and mark
        else None
    )
    hint = match.lastgroup if match is not None else _before_hint(text[max(0, start - 40) : start])
    within: tuple[Container, ...] = ()
    match = (
        _AFTER_COMMA.match(after)
        if mark == ","
        else _IN_PARENS.match(after)
        if mark == "("
        else _AFTER_IN.match(after)
        if mark == "i"
        else None
    )
    if match is not None:
        words = match.group(1).split()
        for size in range(len(words), 0, -1):
            within = index.find(" ".join(words[:size]), abbreviations=True)
            if within:
                break
    return LocalPattern(hint, within) if hint is not None or within else _NO_PATTERN


def _before_hint(before: str) -> str | None:
    """The class hinted at by the words ending ``before`` ("the airport of "), if any."""
    tail = len(before.rstrip())  # str.isspace is what ``\s`` matches
    if tail == len(before) or before[tail - 1 : tail] not in _TAIL_LETTERS:
        return None
    if _BEFORE_TAIL.search(before, max(0, tail - _LONGEST_TAIL)) is None:
        return None
    if before[tail - 1] not in "fF," and _AIR.search(before) is None:
        return None
    if before[tail - 1] in "fF," and not _may_end_phrase(before[:tail].split()):
        return None
    match = _BEFORE_HINT.search(before)
    if match is None:
        return None
    return None if _named_site(before, match.start(), match.lastgroup) else match.lastgroup


#: The last words of the phrases of :data:`_BEFORE_HINT` that end with "of" (and the words its "the
#: capital of" part ends with), and of those that end with a comma.
_OF_ENDS: Final = tuple(
    sorted(
        {e["term"].split()[-1].lower() for e in _KIND_WORDS if e["position"] in ("before_of", "before_at")}
        | {"capital", "city"}
    )
)
_COMMA_ENDS: Final = tuple(
    sorted({e["term"].split()[-1].lower() for e in _KIND_WORDS if e["position"] == "before_comma"})
)


def _may_end_phrase(words: list[str]) -> bool:
    """Whether the words before a name, the last ending with "f" or a comma, may end a phrase of
    :data:`_BEFORE_HINT` (never wrongly no: a cheap test before its search, which mostly finds nothing).

    Every phrase ending with "of" has the word "of" on its own, right after a term (or "capital", "city"),
    and every phrase ending with a comma has it right after a term. A word with a letter outside ASCII is
    left to the search (``re.I`` matches "ſ" to "s").
    """
    last = words[-1]
    if last.endswith(","):
        word = last[:-1]
        return not word.isascii() or word.lower().endswith(_COMMA_ENDS)
    if last.lower() != "of" or len(words) < 2:
        return not last.isascii()
    word = words[-2]
    return not word.isascii() or word.lower().endswith(_OF_ENDS)


#: Hints of a site: a named one before "in" is a site of its own, not the airport of the place after.
_SITES: Final = frozenset({"airport", "military_base", "facility"})
#: Capitalised words before a site word that give it no name (a sentence start: "The air base in X").
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "its", "their"})


def _named_site(before: str, start: int, hint: str | None) -> bool:
    """Whether the site word at ``before[start:]`` follows a capitalised word (not a determiner): the site
    has a name of its own ("the Ain al-Asad air base in Iraq" is not Iraq's airport)."""
    if hint not in _SITES:
        return False
    words = before[:start].split()
    if not words or words[-1].casefold() in _DETERMINERS:
        return False
    return any(letter.isupper() for letter in words[-1])
