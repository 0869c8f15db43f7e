"""Sentence and clause splitting with offsets (no model; abbreviation-aware rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo.temporal._scan import Tokens

__all__ = ["Sentence", "clause_starts", "split_sentences"]

_BOUNDARY: Final = re.compile(r"[.!?…][\"”’)\]]*[ \t]+(?=[\"“‘(\[]?[A-Z0-9])|\n[ \t\n]*")
_WORD_BEFORE: Final = re.compile(r"([A-Za-z][A-Za-z.]*)[.][\"”’)\]]*[ \t]*$")
_ABBREVIATIONS: Final = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cpt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "rev",
        "st",
        "mt",
        "no",
        "nos",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "fig",
        "approx",
        "est",
        "brig",
        "pte",
        "amb",
        "pres",
        "sr",
        "jr",
    ]
)
#: Punctuation that opens a new clause.
_CLAUSE_MARK: Final = re.compile(r"[,;:()–—]|\s-\s")
#: Subordinators that open a new clause ("after", "as"); multi-word ones by their first word.
_SUBORDINATORS: Final = frozenset(
    {
        "after",
        "before",
        "following",
        "when",
        "while",
        "whereas",
        "because",
        "since",
        "until",
        "as",
        "which",
        "who",
        "but",
        "although",
    }
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span.

    Attributes
    ----------
    start, end
        Offsets ``[start, end)`` into the text, without surrounding whitespace.
    paragraph
        Index of the paragraph (blocks separated by a blank line or a line break).
    """

    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by space and a capital letter or digit, and
    at every line break; abbreviations ("Sgt.", "Jan.", "U.S.") and initials ("C.") do not end one.
    Blank lines and line breaks also start a new paragraph.
    """
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY.finditer(text):
        newline = "\n" in match.group()
        if not newline:
            word = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
            if word is not None:
                token = word[1]
                if "." in token.rstrip(".") or len(token) == 1 or token.lower().rstrip(".") in _ABBREVIATIONS:
                    continue
        end = match.start() + (0 if newline else 1)
        _add(text, start, end, paragraph, out)
        start = match.end()
        if newline:
            paragraph += 1
    _add(text, start, len(text), paragraph, out)
    return out


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


def clause_starts(text: str, tokens: Tokens) -> list[int]:
    """Offsets in ``text`` where a clause begins: after punctuation, or at a subordinator ("after",
    "which", "in the wake of", "in retaliation for"). Two offsets of one sentence are in the same clause
    when :func:`bisect.bisect_right` puts them at the same index of this list."""
    out = [m.start() for m in _CLAUSE_MARK.finditer(text)]
    words, starts = tokens.words, tokens.starts
    for index, word in enumerate(words):
        if (
            word in _SUBORDINATORS
            or (word == "in" and words[index + 1 : index + 3] in (["the", "wake"], ["retaliation", "for"]))
            or (word in {"due", "as"} and words[index + 1 : index + 2] in (["to"], ["retaliation"]))
        ):
            out.append(starts[index])
    out.sort()
    return out
