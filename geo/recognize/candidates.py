"""Candidate spans: the longest runs of capitalised tokens whose normalised key is a lexicon name."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress
from operator import itemgetter
from typing import Final

from geo.recognize.lexicon import DEMONYM, PATTERN, STOP, Entry, Lexicon
from geo.recognize.tokens import Token
from geo.recognize.words import (
    CONNECTORS,
    FUNCTION_WORDS,
    GENERIC_AFTER,
    GENERIC_BEFORE,
    LOWER_SUFFIXES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    NEVER_PLACES,
    NUMBERED_PREFIXES,
    PERSON_TITLES,
)

__all__ = ["Candidate", "find_candidates"]

#: Longest name tried, in tokens.
MAX_TOKENS: Final = 7
_MAX_GENERIC: Final = max(len(phrase.split()) for phrase in GENERIC_AFTER)
_COMMON_WORD: Final = 4.0
#: Lower-case words that may continue a name the lexicon knows ("Al-Asad air base", "Erbil airport").
_GENERIC_WORDS: Final = frozenset(word for phrase in GENERIC_AFTER for word in phrase.split())
_GENERIC_AFTER_FIRST: Final = frozenset(phrase.split()[0] for phrase in GENERIC_AFTER)
_GENERIC_BEFORE_LAST: Final = frozenset(phrase.split()[-1] for phrase in GENERIC_BEFORE)
_NAME: Final = itemgetter(Token._fields.index("name"))  # by position: faster than by name
_PLACE_PREPOSITIONS: Final = frozenset({"in", "at", "near", "from", "to", "into", "outside", "across"})


@dataclass(slots=True)
class Candidate:
    """A span of tokens ``[first, last]`` matching a lexicon name.

    Attributes
    ----------
    first, last
        Indexes of the first and last token of the name itself.
    key
        Normalised key of the name.
    entry
        What the lexicon knows about the key.
    span_first, span_last
        Token range reported (the name plus a generic word such as "province", or "Camp" before it).
    hint
        Feature class suggested by generic words around the name.
    """

    first: int
    last: int
    key: str
    entry: Entry
    span_first: int
    span_last: int
    hint: str | None = None


def _capitalised(token: Token) -> bool:
    """A token that can begin or end a name: capitalised, and not a contraction ("I'm", "I've")."""
    return token.name


def _joined(token: Token) -> bool:
    """True when a space or a hyphen (only) separates ``token`` from the previous one."""
    gap = token.gap
    return gap == " " or gap == "-" or (0 < len(gap) <= 2 and gap.strip() == "")


def find_candidates(tokens: list[Token], lexicon: Lexicon) -> list[Candidate]:
    """Return the longest lexicon matches, left to right, without overlaps.

    Parameters
    ----------
    tokens
        Output of :func:`geo.recognize.tokens.tokenize`.
    lexicon
        The names to match.
    """
    found: list[Candidate] = []
    count = len(tokens)
    done = 0  # tokens before this index are inside a candidate already found
    for i in compress(range(count), map(_NAME, tokens)):  # only capitalised words can start a name
        if i < done:
            continue
        token = tokens[i]
        if token.key in FUNCTION_WORDS and not token.upper:
            continue
        best: tuple[int, str, Entry] | None = None
        key = token.key
        j = i
        while True:
            entry = lexicon.get(key)
            if entry is not None and entry.is_place and (tokens[j].name or tokens[j].key in _GENERIC_WORDS):
                best = (j, key, entry)
            if tokens[j].possessive or j + 1 >= count or j + 1 - i >= MAX_TOKENS:
                break
            nxt = tokens[j + 1]
            if not (nxt.name or nxt.key in CONNECTORS or nxt.key in _GENERIC_WORDS) or not _joined(nxt):
                break
            if not lexicon.has_prefix(key):
                break
            key = f"{key} {nxt.key}"
            j += 1
        if best is None:
            pattern = _pattern(i, tokens, lexicon) or _misspelt(i, tokens, lexicon)
            if pattern is None:
                continue
            found.append(pattern)
            done = pattern.span_last + 1
            continue
        last, key, entry = best
        candidate = Candidate(i, last, key, entry, i, last)
        _attach_generic(candidate, tokens)
        found.append(candidate)
        done = candidate.span_last + 1
    return found


def _misspelt(i: int, tokens: list[Token], lexicon: Lexicon) -> Candidate | None:
    """Return a spelling variant of a well-known name ("Deir-Alzour", "in Tikreet"), or None.

    Tried on two or three capitalised words outside the lexicon, or on one after a preposition of place;
    the skeleton (see :func:`geo.gazetteer.normalize.skeleton`) must match and the names must look alike.
    """
    if not _plain_name_word(tokens[i], lexicon):
        return None
    count = len(tokens)
    j = i
    while j + 1 < count and j - i < 2 and _joined(tokens[j + 1]) and not tokens[j].possessive:
        if not _plain_name_word(tokens[j + 1], lexicon):
            break
        j += 1
    if j == i:
        prev = tokens[i - 1] if i > 0 else None
        if prev is None or prev.key not in _PLACE_PREPOSITIONS or prev.cap or tokens[i].upper:
            return None
        entry = lexicon.get(tokens[i].key)
        if entry is not None:  # a person name or a common word
            return None
    key = " ".join(t.key for t in tokens[i : j + 1])
    found = lexicon.spelling(key)
    if found is None:
        return None
    known = lexicon.get(found)
    weight = known.weight if known is not None else 0.5
    entry = Entry(weight, known.fclass if known else "city", 0.0, PATTERN, known.country if known else None)
    return Candidate(i, j, found, entry, i, j)


def _common(token: Token, lexicon: Lexicon) -> bool:
    entry = lexicon.get(token.key)
    return entry is not None and entry.zipf >= _COMMON_WORD


def _plain_name_word(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised word that can be part of a name the lexicon lacks ("Neches", "Hyland-Croy")."""
    if not token.name or token.key in NEVER_PLACES or token.key in PERSON_TITLES:
        return False
    entry = lexicon.get(token.key)
    return entry is None or not entry.flags & STOP


def _pattern(i: int, tokens: list[Token], lexicon: Lexicon) -> Candidate | None:
    """Return a name outside the lexicon that its generic word makes a place, or None.

    "Neches River", "Arbar province", "Hyland-Croy Road", "Lake Lanier", "Highway 19".
    """
    count = len(tokens)
    token = tokens[i]
    nxt = tokens[i + 1] if i + 1 < count else None
    prefix = token.key in NAME_PREFIXES and nxt is not None and _joined(nxt) and not token.possessive
    if token.key in NUMBERED_PREFIXES:
        prefix = prefix and nxt is not None and nxt.key.isdigit()
    if prefix and nxt is not None and (nxt.key.isdigit() or _plain_name_word(nxt, lexicon)):
        hint = NAME_PREFIXES[token.key] or None
        entry = Entry(0.5, hint or "city", 0.0, PATTERN, None)
        return Candidate(i, i + 1, f"{token.key} {nxt.key}", entry, i, i + 1, hint)
    j = i
    while j < count and j - i < 3 and _plain_name_word(tokens[j], lexicon):
        if tokens[j].possessive or j + 1 >= count:
            return None
        after = tokens[j + 1]
        if not _joined(after):
            return None
        suffix = NAME_SUFFIXES.get(after.key)
        if suffix in ("admin_region", "military_base") and _common(tokens[j], lexicon):
            suffix = None  # "Water District", "Fire District": offices, not places
        if suffix is not None and (after.cap or after.key in LOWER_SUFFIXES):
            hint = suffix or None
            key = " ".join(t.key for t in tokens[i : j + 1])
            entry = Entry(0.5, hint or "city", 0.0, PATTERN, None)
            return Candidate(i, j, key, entry, i, j + 1, hint)
        j += 1
    return None


def _attach_generic(candidate: Candidate, tokens: list[Token]) -> None:
    """Extend the span over a generic word after it ("Anbar province") and read hints before it."""
    last = candidate.last
    count = len(tokens)
    if last + 1 < count and not tokens[last].possessive and not candidate.entry.flags & DEMONYM:
        nxt = tokens[last + 1]
        if nxt.key in _GENERIC_AFTER_FIRST:
            words: list[str] = []
            for k in range(last + 1, min(count, last + 1 + _MAX_GENERIC)):
                if not _joined(tokens[k]):
                    break
                words.append(tokens[k].key)
                hint = GENERIC_AFTER.get(" ".join(words))
                if hint is not None:
                    candidate.hint = hint
                    candidate.span_last = k
                    if tokens[k].possessive:
                        break
        elif nxt.cap and nxt.key in NAME_SUFFIXES and nxt.gap == " ":  # "Wichita Street", "Kishon River"
            candidate.hint = NAME_SUFFIXES[nxt.key] or None
            candidate.span_last = last + 1
    first = candidate.first
    if first == 0 or tokens[first - 1].key not in _GENERIC_BEFORE_LAST:
        return
    for size in (2, 1):
        if first - size < 0:
            continue
        if not all(_joined(tokens[k]) for k in range(first - size + 1, first + 1)):
            continue
        phrase = " ".join(tokens[k].key for k in range(first - size, first))
        hint = GENERIC_BEFORE.get(phrase)
        if hint is not None:
            candidate.hint = candidate.hint or hint
            if size == 1 and tokens[first - 1].cap:  # "Camp Taji", "Fort Hood": part of the name
                candidate.span_first = first - 1
            break
