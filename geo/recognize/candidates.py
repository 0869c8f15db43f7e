"""Candidate spans: the longest runs of capitalised tokens whose normalised key is a lexicon name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo.recognize.lexicon import Entry, Lexicon
from geo.recognize.tokens import Token
from geo.recognize.words import CONNECTORS, GENERIC_AFTER, GENERIC_BEFORE

__all__ = ["Candidate", "find_candidates"]

#: Longest name tried, in tokens.
MAX_TOKENS: Final = 7
_MAX_GENERIC: Final = max(len(phrase.split()) for phrase in GENERIC_AFTER)
_CONTRACTION: Final = re.compile(r"['’](?:m|ve|ll|d|re|t)$", re.IGNORECASE)


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
    return token.cap and not _CONTRACTION.search(token.text)


def _joined(token: Token) -> bool:
    """True when a space or a hyphen (only) separates ``token`` from the previous one."""
    return token.gap in (" ", "-") or (0 < len(token.gap) <= 2 and token.gap.strip() == "")


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
    i = 0
    while i < count:
        token = tokens[i]
        if not _capitalised(token):
            i += 1
            continue
        best: tuple[int, str, Entry] | None = None
        key = token.key
        j = i
        while True:
            entry = lexicon.get(key)
            if entry is not None and entry.is_place and _capitalised(tokens[j]):
                best = (j, key, entry)
            if tokens[j].possessive or j + 1 >= count or j + 1 - i >= MAX_TOKENS:
                break
            nxt = tokens[j + 1]
            if not _joined(nxt) or not (_capitalised(nxt) or nxt.key in CONNECTORS):
                break
            if not lexicon.has_prefix(key):
                break
            key = f"{key} {nxt.key}"
            j += 1
        if best is None:
            i += 1
            continue
        last, key, entry = best
        candidate = Candidate(i, last, key, entry, i, last)
        _attach_generic(candidate, tokens)
        found.append(candidate)
        i = candidate.span_last + 1
    return found


def _attach_generic(candidate: Candidate, tokens: list[Token]) -> None:
    """Extend the span over a generic word after it ("Anbar province") and read hints before it."""
    last = candidate.last
    if not tokens[last].possessive:
        words: list[str] = []
        for k in range(last + 1, min(len(tokens), last + 1 + _MAX_GENERIC)):
            if not _joined(tokens[k]):
                break
            words.append(tokens[k].key)
            hint = GENERIC_AFTER.get(" ".join(words))
            if hint is not None:
                candidate.hint = hint
                candidate.span_last = k
                if tokens[k].possessive:
                    break
    first = candidate.first
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
