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
from typing import Final, NamedTuple

from geo import lexicon
from geo.gazetteer import Candidate, Gazetteer
from geo.model.fastinit import fast_init
from geo.resolve.candidates import short_state_names
from geo.resolve.words import GENERIC_SITE_WORDS, is_generic

__all__ = [
    "Container",
    "ContainerIndex",
    "ContainerParts",
    "LocalPattern",
    "Mention",
    "local_pattern",
]

#: Entries kept in each memo of :class:`ContainerIndex`.
_MEMO_SIZE: Final = 100_000
#: Longest container name scanned, in words ("Democratic Republic of the Congo").
MAX_WORDS: Final = 6
_WORD: Final = re.compile(r"\b[A-Z][\w'’.\-]*|\b(?:of|the|and|de|du|del|la|le|al|el|do|da|dos|das)\b")
_CONNECTORS: Final = frozenset(
    {"of", "the", "and", "de", "du", "del", "la", "le", "al", "el", "do", "da", "dos", "das"}
)
#: A capitalised word (``\b[A-Z][\w'’.\-]*``, written to start with the capital so that the expression
#: engine skips to the capitals quickly: about twice as fast on news).
_CAPITAL: Final = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’.\-]*")
_CODE: Final = re.compile(r"^[A-Z]{2,3}\Z")
_ABBREVIATION: Final = re.compile(r"^[A-Z][A-Za-z]{0,4}\.\Z|^[A-Z](?:\.[A-Z])+\.?\Z")
_GENERIC_NEXT: Final = re.compile(r" ([A-Z][a-z]+)\b")

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


def _hints(after: bool) -> tuple[tuple[re.Pattern[str], str], ...]:
    """One expression per class (in file order) of the positions after a name or before it."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for entry in _KIND_WORDS:
        if (entry["position"] == "after") == after:
            grouped.setdefault(entry["class"], {}).setdefault(entry["position"], []).append(entry["term"])
    patterns = {
        cls: "|".join(_TEMPLATES[pos].format(_alternation(terms)) for pos, terms in by_pos.items())
        for cls, by_pos in grouped.items()
    }
    return tuple((re.compile(pattern, re.I), cls) for cls, pattern in patterns.items())


def _initials(terms: list[str]) -> frozenset[str]:
    """Every character the first letter of a term matches under ``re.IGNORECASE``."""
    letters = {term[0].lower() for term in terms}
    return frozenset("".join(letter + letter.upper() + _FOLDS.get(letter, "") for letter in letters))


#: Generic words after a name and the class they hint at ("Anbar province", "Erbil airport").
_AFTER_HINTS: Final = _hints(after=True)
#: The same in one expression: the name of the group that matched is the class (first one listed wins).
_AFTER_HINT: Final = re.compile(
    "|".join(f"(?P<{cls}>{pattern.pattern})" for pattern, cls in _AFTER_HINTS), re.I
)
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
    + "|".join(f"(?P<{cls}>{pattern.pattern})" for pattern, cls in _BEFORE_HINTS)
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
#: "Gao in Mali", "Tora in North Darfur": a container after "in" (a country or first-level region).
_AFTER_IN: Final = re.compile(r"^[ \t]+in[ \t]+((?:[A-Z][\w'’.\-]*)(?:[ \t]+[A-Z][\w'’.\-]*){0,3})")
_IN_PARENS: Final = re.compile(r"^\s*\(\s*((?:[A-Z][\w'’.\-]*)(?:\s+[A-Z][\w'’.\-]*){0,3})\s*\)")


@dataclass(frozen=True, slots=True)
class Container:
    """A country or first-level region that other places can lie in.

    Attributes
    ----------
    id
        Gazetteer id.
    country
        ISO 3166-1 alpha-2 code.
    admin1
        GeoNames admin code of the region ("US.TX"), None for a country.
    """

    id: str
    country: str
    admin1: str | None


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A container named in the text: where, the name (case-folded) and which containers it can mean."""

    start: int
    end: int
    key: str
    containers: tuple[Container, ...]


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


class ContainerParts(NamedTuple):
    """What a :class:`ContainerIndex` is made of: containers by case-folded name, by code ("US", "UAE";
    case-sensitive), by region abbreviation ("Tex.", "TX"), the most words of a name by its first word
    (case-folded), and countries by the short name of their formal names."""

    words: dict[str, tuple[Container, ...]]
    codes: dict[str, tuple[Container, ...]]
    abbreviations: dict[str, tuple[Container, ...]]
    first_words: dict[str, int]
    states: dict[str, tuple[Candidate, ...]]


class ContainerIndex:
    """Names of countries and first-level regions, for scanning texts.

    Built from the gazetteer in one pass over its name table (about 0.2 s), once per owner of
    :class:`geo.resolve.caches.ResolverCaches` (which reads it from a file when one was kept:
    :mod:`geo.resolve.container_file`).

    Parameters
    ----------
    gazetteer
        The index to read the names from (None when ``parts`` are given).
    parts
        The tables, as :attr:`parts` gives them (read from a file): no gazetteer is read.
    """

    def __init__(self, gazetteer: Gazetteer | None, *, parts: ContainerParts | None = None) -> None:
        if parts is None:
            if gazetteer is None:
                raise TypeError("a ContainerIndex needs a gazetteer or its parts")
            parts = _parts(gazetteer)
        #: Countries by the short name of their formal names ("congo": both Congos).
        self.states = parts.states
        self._words, self._codes, self._abbreviations = parts.words, parts.codes, parts.abbreviations
        # First word of each name -> most words a name starting with it has (sizes worth trying).
        self._first_words = parts.first_words
        # Memos of the words and names seen in texts (news repeat them), cleared when full.
        self._longest: dict[str, int | None] = {}
        self._found: dict[tuple[str, bool], tuple[Container, ...]] = {}

    @property
    def parts(self) -> ContainerParts:
        """What the index is made of (:func:`geo.resolve.container_file.load_index` keeps it in a file)."""
        return ContainerParts(self._words, self._codes, self._abbreviations, self._first_words, self.states)

    def find(self, name: str, *, abbreviations: bool = False) -> tuple[Container, ...]:
        """Return the containers a name can mean ("Texas", "U.S.", "Iraqi"; "Ill." when ``abbreviations``)."""
        key = (name, abbreviations)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= _MEMO_SIZE:
                self._found.clear()
            found = self._found[key] = self._find(name, abbreviations=abbreviations)
        return found

    def _find(self, name: str, *, abbreviations: bool) -> tuple[Container, ...]:
        for variant in _variants(name):
            if variant in self._codes:
                return self._codes[variant]
            folded = variant.casefold()
            if folded in self._words:
                return self._words[folded]
            if abbreviations:
                found = self._abbreviations.get(variant) or self._abbreviations.get(folded)
                if found:
                    return found
        return ()

    def scan(self, text: str) -> list[Mention]:
        """Find the container names of ``text``, longest first, left to right.

        All-capital codes ("US", "UAE") count only outside all-capital lines (headlines), and region
        abbreviations ("Tex.", "TX") only after a comma (see :func:`local_pattern`).
        """
        mentions: list[Mention] = []
        resume = 0
        memo, found_memo = self._longest, self._found
        shouting = _ShoutingLines(text)  # each line measured once: linear in the text's length
        for first in _CAPITAL.finditer(text):
            word = first.group()
            longest = memo.get(word, -1)
            if longest is None:
                continue  # most capitalised words start no container name
            if longest == -1:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                longest = memo[word] = self._first_words.get(_bare(word).casefold())
                if longest is None:
                    continue
            start = first.start()
            if start < resume:
                continue
            # The words of a name are separated by single spaces: read the words after this one while
            # they are (up to the most a name starting with this word has), longest name first.
            ends = [first.end()]
            words = [word]
            limit = min(longest, MAX_WORDS)
            while len(ends) < limit and text.startswith(" ", ends[-1]):
                following = _WORD.match(text, ends[-1] + 1)
                if following is None:
                    break
                ends.append(following.end())
                words.append(following.group())
            for size in range(len(ends), 0, -1):
                if words[size - 1] in _CONNECTORS:
                    continue
                last = ends[size - 1]
                name = word if size == 1 else text[start:last]
                found = found_memo.get((name, False))
                if found is None:
                    found = self.find(name)
                if not found:
                    continue
                bare = _bare(name)
                if len(bare) <= 3 and _CODE.match(bare) and shouting(start):
                    continue
                after = _GENERIC_NEXT.match(text, last)
                if after and after.group(1).casefold() in GENERIC_SITE_WORDS:
                    continue  # "Connecticut River", "Kansas City", "Washington County"
                end = last - len(name) + len(bare)
                # The words are joined by single spaces: the key is the name case-folded.
                mentions.append(Mention(start, end, text[start:end].casefold(), found))
                resume = last
                break
        return mentions


def _parts(gazetteer: Gazetteer) -> ContainerParts:
    """Build the parts of a :class:`ContainerIndex` from one pass over the gazetteer's name table."""
    words: dict[str, set[Container]] = {}
    codes: dict[str, set[Container]] = {}
    abbreviations: dict[str, set[Container]] = {}
    names: set[str] = set()
    countries: list[tuple[str, Candidate]] = []
    for name, entry in gazetteer.entry_names(feature_classes=("country", "admin_region"), min_importance=0.7):
        if entry.country is None:
            continue
        if entry.feature_class == "country":
            countries.append((name, entry))
            container = Container(entry.id, entry.country, None)
        elif entry.admin1 is not None and entry.admin2 is None:
            container = Container(entry.id, entry.country, entry.admin1)
        else:
            continue
        if _CODE.match(name):
            # Codes are matched case-sensitively; region codes ("TX") only after a comma.
            (codes if container.admin1 is None else abbreviations).setdefault(name, set()).add(container)
        elif _ABBREVIATION.match(name) and container.admin1 is not None:
            abbreviations.setdefault(name.casefold(), set()).add(container)
        elif len(name) >= 3 and name[0].isupper() and not is_generic(name):
            words.setdefault(name.casefold(), set()).add(container)
            names.add(name)
    ordered_codes = {key: _ordered(value) for key, value in codes.items()}
    first_words: dict[str, int] = {}
    for name in (*names, *ordered_codes):
        first = _bare(name.split()[0]).casefold()
        size = max(len(name.split()), len(_WORD.findall(name)))
        first_words[first] = max(size, first_words.get(first, 0))
    return ContainerParts(
        {key: _ordered(value) for key, value in words.items()},
        ordered_codes,
        {key: _ordered(value) for key, value in abbreviations.items()},
        first_words,
        short_state_names(countries),
    )


def _bare(word: str) -> str:
    """``word`` without one possessive ending ("'s", "'") or one trailing punctuation mark."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word and word[-1] in "'’.,;:":
        return word[:-1]
    return word


def _ordered(containers: set[Container]) -> tuple[Container, ...]:
    return tuple(sorted(containers, key=lambda container: (container.admin1 is not None, container.id)))


def _variants(name: str) -> list[str]:
    name = " ".join(name.split())
    result = [name]
    bare = _bare(name)
    while bare != result[-1]:
        result.append(bare)
        bare = _bare(bare)
    return result


class _ShoutingLines:
    """Whether the line around a position is mostly capital letters (a headline or dateline), each line
    measured once. Positions must come in increasing order (as a left-to-right scan gives them), so the
    search for a line's ends never goes back past the previous line: linear in the text's length."""

    __slots__ = ("_answer", "_end", "_start", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._start, self._end = 0, -1  # the line [start, end] read last (end: its newline or the text's end)
        self._answer = False

    def __call__(self, position: int) -> bool:
        text = self._text
        if not self._start <= position <= self._end:
            floor = max(self._end, 0) if position > self._end else 0
            self._start = text.rfind("\n", floor, position) + 1 or floor
            line_end = text.find("\n", position)
            self._end = line_end if line_end >= 0 else len(text)
            line = text[self._start : self._end]
            upper = sum(map(str.isupper, line))
            letters = upper + sum(map(str.islower, line))
            self._answer = letters >= 12 and upper > 0.6 * letters
        return self._answer


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
    match = _BEFORE_HINT.search(before)
    return None if match is None else match.lastgroup
