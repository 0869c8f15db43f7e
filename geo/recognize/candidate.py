"""A candidate span of tokens that names a place, and the token tests the candidate finders share."""

from __future__ import annotations

from dataclasses import dataclass

from geo.recognize.lexicon import STOP, Entry, Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.words import NEVER_PLACES, PERSON_TITLES

__all__ = ["Candidate", "joined", "plain_name_word"]


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


def joined(gap: str) -> bool:
    """True when ``gap`` (before a token) is a space or a hyphen only."""
    return gap == " " or gap == "-" or (0 < len(gap) <= 2 and gap.strip() == "")


def plain_name_word(tokens: Tokens, i: int, lexicon: Lexicon) -> bool:
    """A capitalised word that can be part of a name the lexicon lacks ("Neches", "Hyland-Croy")."""
    key = tokens.key[i]
    if not tokens.name[i] or key in NEVER_PLACES or key in PERSON_TITLES:
        return False
    entry = lexicon.get(key)
    return entry is None or not entry.flags & STOP
