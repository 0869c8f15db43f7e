"""Split a text into word tokens with offsets, normalised keys and the facts the recogniser asks about."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from unidecode import unidecode

from geo.recognize.words import ABBREVIATIONS

__all__ = ["Token", "tokenize"]

# Initials with dots ("U.S.", "D.C.", "W.Va."), else a word with inner apostrophes ("Ma'rib"); hyphens split
# words ("Deir ez-Zor" is three tokens, the gap before "Zor" is "-").
_TOKEN: Final = re.compile(r"(?:[^\W\d_]{1,3}\.){2,}|[^\W_][\w&]*(?:['’‘][^\W_][\w&]*)*")
_GAP_TOKEN: Final = re.compile(r"((?s:.*?))(" + _TOKEN.pattern + ")")
_POSSESSIVE: Final = re.compile(r"['’]s$|(?<=s)['’]$", re.IGNORECASE)
_KEY_DROP: Final = re.compile(r"[.'’‘`]")
_KEY_SPACE: Final = re.compile(r"[^0-9a-z]+")
_SENTENCE_END: Final = re.compile(r"[.!?]['\"’”)\]]*\s+$|[\n\r]|[:;•|]\s*$|[\"“(\[]\s*$")


class Token(NamedTuple):
    """A word of the text.

    Attributes
    ----------
    start, end
        Offsets of the word in the text (a possessive "'s" is outside).
    text
        The word as written (``text[start:end]``).
    key
        Normalised form (lower-case ASCII, dots and apostrophes dropped, hyphens as spaces).
    cap
        Starts with an upper-case letter.
    upper
        Written all in capitals (two letters or more).
    initial
        First word of a sentence, a line or a quotation: its capital says nothing.
    possessive
        Followed by "'s" (or "'" after an s), which is outside the token.
    gap
        The characters between the previous token and this one.
    """

    start: int
    end: int
    text: str
    key: str
    cap: bool
    upper: bool
    initial: bool
    possessive: bool
    gap: str


def _key(word: str) -> str:
    if word.isalnum() and word.isascii():
        return word.lower()
    if not word.isascii():
        word = unidecode(word)
    return _KEY_SPACE.sub(" ", _KEY_DROP.sub("", word.lower())).strip()


def tokenize(text: str) -> list[Token]:
    """Return the word tokens of ``text`` in order.

    Parameters
    ----------
    text
        Any text.

    Returns
    -------
    list[Token]
        Tokens with offsets into ``text``; a dot ending a known abbreviation ("St.", "Ky.") belongs to the
        token, a possessive "'s" does not.
    """
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__
    sentence_end = _SENTENCE_END.search
    previous_end = 0
    size = len(text)
    pos = 0
    for gap_text, word in _GAP_TOKEN.findall(text):
        start = pos + len(gap_text)
        pos = end = start + len(word)
        possessive = False
        if "'" in word or "’" in word:
            poss = _POSSESSIVE.search(word)
            if poss is not None and poss.start() > 0:
                end = start + poss.start()
                word = word[: poss.start()]
                possessive = True
        dotted = end < size and text[end] == "." and not possessive and word[0].isupper()
        if dotted and word.lower() in ABBREVIATIONS:
            end += 1
            word += "."
        key = word.lower() if word.isalnum() and word.isascii() else _key(word)
        if not key:
            continue
        gap = text[previous_end:start]
        upper = word.isupper()
        append(
            new(
                Token,
                (
                    start,
                    end,
                    word,
                    key,
                    upper or word[0].isupper(),
                    upper and len(word) > 1,
                    not tokens or (gap != " " and sentence_end(gap) is not None),
                    possessive,
                    gap,
                ),
            )
        )
        previous_end = end if end > pos else pos
    return tokens
