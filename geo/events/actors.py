"""Actors and missions named in a text: demonyms, country names and catalogue aliases.

Countries are actors under their common English name ("Netherlands", "United States"); demonyms and
"-led"/"-backed" compounds ("Dutch", "U.S.", "French-led", "Iran-backed") name them too. Missions and
armed groups come from :mod:`geo.model.catalog` (extendable), matched by name or alias: all-capital aliases
("IS", "KH", "OIR") match case-sensitively, others case-insensitively.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo.lexicon import load
from geo.lexicon.patterns import LazyPattern
from geo.model.catalog import Catalogue
from geo.model.fastinit import fast_init
from geo.temporal._scan import Tokens, WordTest

__all__ = [
    "COUNTRY_ACTORS",
    "COUNTRY_NAMES",
    "DEMONYMS",
    "CatalogueNames",
    "Mention",
    "country_name",
    "find_catalogue",
    "find_demonyms",
    "find_names",
]

# ISO code -> (actor name, demonyms and short forms) of the countries most often named in conflict and
# mission news (lexicon data with its source); any other country is named through pycountry.
_COUNTRIES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    str(entry["code"]): (str(entry["name"]), tuple(str(form) for form in entry["demonyms"]))
    for entry in load("events_countries")
}
#: ISO code -> actor name.
COUNTRY_NAMES: Final[dict[str, str]] = {code: name for code, (name, _) in _COUNTRIES.items()}
#: The actor names that are states.
COUNTRY_ACTORS: Final = frozenset(COUNTRY_NAMES.values())
#: Demonym or short form -> ISO code.
DEMONYMS: Final[dict[str, str]] = {form: code for code, (_, forms) in _COUNTRIES.items() for form in forms}


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A name found in the text: an actor or mission (canonical name) or a country (by demonym)."""

    start: int
    end: int
    name: str
    led: bool = False


def country_name(code: str | None) -> str | None:
    """Actor name of an ISO 3166-1 alpha-2 country code (None for None or an unknown code)."""
    if code is None:
        return None
    if code in COUNTRY_NAMES:
        return COUNTRY_NAMES[code]
    import pycountry

    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return None
    return str(getattr(record, "common_name", None) or record.name)


_WORD: Final = re.compile(r"\w+")
_LED: Final = re.compile(r"-(?:led|backed|aligned|supported|sponsored)\b")


#: (length of the name as written, its pattern, canonical name, kind, lower-cased ASCII second word or None)
_Entry = tuple[int, LazyPattern, str, int, str | None]
#: Kinds of the names in the combined table (a leading control character in the table's input).
_DEMONYM, _ACTOR, _MISSION = 0, 1, 2


class _Names:
    """Names indexed by their first word: lower-cased for ordinary names, exact for all-capital ones.

    A name given as ``"\x02Operation X"`` is stored as "Operation X" of kind 2 (see :func:`find_names`).
    """

    def __init__(self, names: dict[str, str]) -> None:
        self.lower: dict[str, list[_Entry]] = {}
        self.exact: dict[str, list[_Entry]] = {}
        #: Lower-cased first word -> the second words its names continue with (None: a one-word name).
        self.second: dict[str, set[str] | None] = {}
        for key in sorted(names, key=len, reverse=True):
            parts = _WORD.findall(key)
            if _WORD.match(key) is None:
                continue
            # an apostrophe matches its typographic forms too ("Workers' Party", "Workers’ Party", and an
            # acute accent or modifier letter typed for it: "Workers´ Party")
            body = re.sub("['’]", "['’´ʼ]", re.escape(key).replace(r"\ ", r"\s+"))
            upper = key.isupper() or len(key) <= 3
            # compiled when a text first holds the name's first two words (most names never meet them)
            pattern = LazyPattern(body + r"(?![\w])" if upper else f"(?i:{body})(?![\\w])")
            table = self.exact if upper else self.lower
            word = parts[0] if upper else parts[0].lower()
            name, kind = names[key], -1
            if name[:1] in {"\x00", "\x01", "\x02"}:
                name, kind = name[1:], ord(name[0])
            # the token after the first word must be the second word (unless it is not ASCII: a few letters
            # fold to ASCII ones under case-insensitive matching)
            second = parts[1].lower() if len(parts) > 1 and parts[1].isascii() else None
            table.setdefault(word, []).append((len(key), pattern, name, kind, second))
            if not upper:
                following = self.second.setdefault(word, set())
                if second is None:
                    self.second[word] = None
                elif following is not None:
                    following.add(second)
        self.folded = frozenset(word.lower() for word in self.exact)
        # "the" is too frequent to be tried everywhere: names starting with it are looked for from their
        # second word (or any non-ASCII word, which may fold to it under case-insensitive matching)
        the = self.second.get("the")
        self.after_the = (
            None
            if the is None or "the" in self.folded
            else WordTest(the, extra=lambda word: not word.isascii())
        )
        firsts = {*self.lower, *self.folded}
        if self.after_the is not None:
            firsts.discard("the")
        self.first_words = WordTest(firsts)
        self._merged: dict[tuple[str, str, str], list[_Entry]] = {}

    def _candidates(self, surface: str, word: str, after: str) -> list[_Entry]:
        """Names starting with the token and going on with the next token ``after``: exact ones, then
        lower-cased ones, longest first (cached)."""
        key = (surface, word, after)
        found = self._merged.get(key)
        if found is None:
            found = [*self.exact.get(surface, ()), *self.lower.get(word, ())]
            found.sort(key=lambda c: -c[0])  # longest name first, whatever its case rule
            if after.isascii():
                found = [c for c in found if c[4] is None or c[4] == after]
            if len(self._merged) < 50_000:
                self._merged[key] = found
        return found

    def _starts(self, tokens: Tokens) -> list[int]:
        """Indices of the tokens a name may start at, in order."""
        found = tokens.select(self.first_words)
        if self.after_the is None:
            return found
        words = tokens.words
        the = [i - 1 for i in tokens.select(self.after_the) if i > 0 and words[i - 1] == "the"]
        return sorted({*found, *the}) if the else found

    def matches(self, text: str, tokens: Tokens) -> list[tuple[int, int, str, bool, int]]:
        """(start, end, name, led, kind) of every name in the text, in order, without overlaps."""
        out: list[tuple[int, int, str, bool, int]] = []
        reached = -1
        lower, exact, second = self.lower, self.exact, self.second
        words, starts, ends = tokens.words, tokens.starts, tokens.ends
        last = len(words) - 1
        for index in self._starts(tokens):
            start = starts[index]
            if start < reached:
                continue
            word = words[index]
            surface = text[start : ends[index]]
            after = words[index + 1] if index < last else ""
            if surface not in exact:
                if word not in lower:
                    continue
                # every name starting with this word has a second word: the next token must be one
                following = second[word]
                if following is not None and after not in following and after.isascii():
                    continue
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-."):
                continue
            for _, pattern, name, kind, _ in self._candidates(surface, word, after):
                match = pattern.match(text, start)
                if match is not None:
                    end = match.end()
                    led = _LED.match(text, end)
                    out.append((start, end, name, led is not None, kind))
                    reached = led.end() if led is not None else end
                    break
        return out

    def find(self, text: str, tokens: Tokens) -> list[Mention]:
        """Every name in the text as a mention of its canonical name, in order."""
        return [Mention(start, end, name, led) for start, end, name, led, _ in self.matches(text, tokens)]


_DEMONYM_NAMES: Final = _Names({form: COUNTRY_NAMES[code] for form, code in DEMONYMS.items()})


def find_demonyms(text: str, *, tokens: Tokens | None = None) -> list[Mention]:
    """Demonyms and country short forms ("Dutch", "U.S.", "French-led") as country actors, in order."""
    return _DEMONYM_NAMES.find(text, tokens if tokens is not None else Tokens(text))


class CatalogueNames:
    """The names of a mission and an actor catalogue and the demonyms, in one table for scanning texts.

    The table compiles a pattern per name on first use (about 0.1 s for the built-in catalogues) and
    remembers the names tried at each word: make one per pair of catalogues and keep it (a
    :class:`geo.Geoparser` holds one).

    Parameters
    ----------
    missions, actors
        The catalogues (kept as the attributes of the same names).
    """

    def __init__(self, missions: Catalogue, actors: Catalogue) -> None:
        self.missions = missions
        self.actors = actors
        self._table: _Names | None = None

    @property
    def table(self) -> _Names:
        """The names indexed by first word, compiled on first use."""
        if self._table is None:
            missions, actors = self.missions, self.actors
            names = {form: "\x00" + COUNTRY_NAMES[code] for form, code in DEMONYMS.items()}
            names.update({key: "\x01" + e.name for e in actors.entries for key in (e.name, *e.aliases)})
            names.update({key: "\x02" + e.name for e in missions.entries for key in (e.name, *e.aliases)})
            self._table = _Names(names)
        return self._table


def find_names(
    text: str, names: CatalogueNames, *, tokens: Tokens | None = None
) -> tuple[list[Mention], list[Mention]]:
    """Missions, and actors (catalogue entries and demonym countries), found in one pass."""
    found = names.table.matches(text, tokens if tokens is not None else Tokens(text))
    mission_mentions = [Mention(s, e, name, led) for s, e, name, led, kind in found if kind == _MISSION]
    actor_mentions = [Mention(s, e, name, led) for s, e, name, led, kind in found if kind != _MISSION]
    return mission_mentions, actor_mentions


def find_catalogue(text: str, catalogue: Catalogue, *, tokens: Tokens | None = None) -> list[Mention]:
    """Names and aliases of ``catalogue`` entries in ``text``, as canonical names, in order.

    The table of names is compiled on each call: for many texts, use :func:`find_names` with one
    :class:`CatalogueNames`.
    """
    table = _Names({key: entry.name for entry in catalogue.entries for key in (entry.name, *entry.aliases)})
    return table.find(text, tokens if tokens is not None else Tokens(text))
