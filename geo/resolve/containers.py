"""The countries and first-level regions a text names: :class:`ContainerIndex` and its parts.

Split from :mod:`geo.resolve.context` (which re-exports these names): the index of container names with
their codes, abbreviations and short state names, built from the gazetteer or read from a kept file
(:mod:`geo.resolve.container_file`), and :meth:`ContainerIndex.scan`, which finds them in a text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, NamedTuple

from geo.gazetteer import Candidate, Gazetteer
from geo.model.fastinit import fast_init
from geo.resolve.candidates import short_state_names
from geo.resolve.words import GENERIC_SITE_WORDS, is_generic

__all__ = ["MAX_WORDS", "Container", "ContainerIndex", "ContainerParts", "Mention"]

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
