"""Sentence and clause splitting with offsets (no model; abbreviation-aware rules)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Final

from geo.events.aliases import ALIAS_OPEN
from geo.lexicon import load
from geo.model.fastinit import fast_init
from geo.temporal._scan import Tokens, WordTest

__all__ = ["Sentence", "clause_starts", "split_sentences"]

#: End punctuation (maybe with closing quotes, straight ones too: "less.' In 2017") and spaces before a
#: capital or digit (maybe after an opening quote), or a line break. One character class first (the
#: character just taken decides which branch applies) lets the regex engine skip ahead quickly.
_BOUNDARY: Final = re.compile(r"[.!?…\n](?:(?<=\n)[ \t\n]*|(?<!\n)[\"”’')\]]*[ \t]+(?=[\"“‘'(\[]?[A-Z0-9]))")
_LETTERS_DOT: Final = string.ascii_letters + "."
_ABBREVIATIONS: Final = frozenset(str(term) for term in load("events_abbreviations").terms())
#: Punctuation that opens a new clause. A comma between digits with three digits after it is a
#: thousands separator ("1,500"), not a clause break.
_CLAUSE_CHARS: Final = ";:()–—,"
_CLAUSE_MARK: Final = re.compile(f"[{_CLAUSE_CHARS}]")  # (the plain form of _clause_marks)
#: A thousands separator at a comma of :data:`_CLAUSE_MARK`.
_THOUSANDS: Final = re.compile(r"(?<=\d),\d{3}(?!\d)")
#: A short locative aside between two commas (", east of the city,", ", some 20 km north of X,"): it
#: names where the noun before it is, so its commas do not end the clause around it.
_LOCATIVE_ASIDE: Final = re.compile(
    r",(?=[ \t]+(?:(?:some|about|around|roughly)[ \t]+)?"
    r"(?:\d[\d.,]*[ \t]*(?:km|kilometres|kilometers|miles)[ \t]+)?"
    r"(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[ \t]+of"
    r"[ \t][^,;:()\n.]{1,60}"
    # ", in X province,": the division the noun before lies in
    r"|(?:in|near|outside)[ \t]+(?:the[ \t]+)?[A-Z][^,;:()\n.]{0,40}"
    r"[ \t](?:province|governorate|district|region)),)"
)
#: A short passive aside naming an agent between two commas (", led by Captain X,", ", backed by Iran,"): a
#: reduced relative clause that qualifies the noun before it, so its commas do not end the clause around
#: it ("a military group in X, led by a captain, seized power": the group in X seized power).
_AGENT_ASIDE: Final = re.compile(
    r",(?=[ \t]+(?:led|backed|supported|headed|commanded|funded|financed|armed|trained)[ \t]+by"
    r"[ \t][^,;:()\n.]{1,60},)"
)
#: A comma inside a list of lower-case nouns ("radar stations, drone sites and command buildings in X"):
#: the items share one clause, so the place after the last item belongs to the verb before the first
#: (art31c). Not a comma before a participle, a relative, a reporting verb or "and" itself. The comma
#: comes first and the letter before it is a lookbehind after it: the same matches, but the regex engine
#: jumps from comma to comma instead of trying the lookbehind at every character (sp36c).
_LIST_COMMA: Final = re.compile(
    r",(?<=[a-z],)(?=[ \t]+(?!(?:[a-z]+ing|[a-z]+ed|which|who|whom|whose|while|but|when|where|after|before|as"
    r"|said|says|and|or|then|the|a|an|its|their|his|her)\b)(?:[a-z][a-z-]*[ \t]+){1,3}(?:and|or)[ \t]+"
    r"(?![a-z]+ing\b|[a-z]+ed\b)[a-z])"
)
#: A comma before "including": the list that follows names parts of the noun before it ("hit 60 targets,
#: including air bases near X"), in its clause (art31c); not when the part has a relative clause of its own
#: ("attacks on troops, including the one that killed three in X": that act is told apart) (fix32).
_INCLUDING_COMMA: Final = re.compile(r",(?=[ \t]+including\b)(?![^,.;:]*?\b(?:that|which|who)\b)")
#: An abbreviation in parentheses after the name it shortens ("the forward operating base (FOB)"): its
#: parentheses do not end the clause around it.
_ABBREVIATION: Final = re.compile(r"\((?=[A-Z][A-Za-z0-9&.-]{0,9}[A-Z0-9]\))")
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
        "where",
        "who",
        "but",
        "although",
        "though",
    }
)

_SUBORDINATOR_TEST: Final = WordTest(_SUBORDINATORS)
#: Words that open a clause with the words after them ("due to", "in the wake of", "in retaliation for",
#: "in order to": a purpose clause).
_PHRASE_TEST: Final = WordTest({"due", "wake", "retaliation", "order"})


@fast_init
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
    at every line break; abbreviations ("Sgt.", "Jan.", "U.S.") and initials ("C.") do not end one, but
    letters glued to a number do ("in the 1950s.").
    Blank lines and line breaks also start a new paragraph.
    """
    out: list[Sentence] = []
    start = 0
    paragraph = 0
    for match in _BOUNDARY.finditer(text):
        at = match.start()
        char = text[at]
        if char == ".":
            # the letters and dots right before the dot, within 20 characters, from the first letter
            window = text[max(0, at - 20) : at]
            token = window[len(window.rstrip(_LETTERS_DOT)) :].lstrip(".")
            glued = at - len(token) > 0 and text[at - len(token) - 1].isdigit()  # "the 1950s.", "F-16s."
            if (
                token
                and not glued
                and (
                    "." in token.rstrip(".") or len(token) == 1 or token.lower().rstrip(".") in _ABBREVIATIONS
                )
            ):
                continue
        if char == "\n":
            if start < at:
                _add(text, start, at, paragraph, out)
            paragraph += 1
        elif text[start : start + 1].isspace():
            _add(text, start, at + 1, paragraph, out)
        else:  # the usual case: the sentence starts at a letter and ends at its punctuation
            out.append(Sentence(start, at + 1, paragraph))
        start = match.end()
    _add(text, start, len(text), paragraph, out)
    return out


def _add(text: str, start: int, end: int, paragraph: int, out: list[Sentence]) -> None:
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
    if end > start:
        out.append(Sentence(start, end, paragraph))


def _spaced_dashes(text: str) -> list[int]:
    """Starts of " - " (a hyphen between white space), scanned left to right without overlaps."""
    out = []
    reached = 0
    dash = text.find("-", 1)
    while dash > 0:
        if dash - 1 >= reached and text[dash - 1].isspace() and text[dash + 1 : dash + 2].isspace():
            out.append(dash - 1)
            reached = dash + 2
        dash = text.find("-", dash + 1)
    return out


def _clause_marks(text: str) -> list[int]:
    """Offsets of the characters of :data:`_CLAUSE_MARK` in ``text``, in order: what its ``finditer`` finds,
    found by ``str.find`` for each character (sp36c: about half the time of the regex scan)."""
    out = []
    for char in _CLAUSE_CHARS:
        at = text.find(char)
        while at >= 0:
            out.append(at)
            at = text.find(char, at + 1)
    out.sort()
    return out


def clause_starts(text: str, tokens: Tokens) -> list[int]:
    """Offsets in ``text`` where a clause begins: after punctuation, or at a subordinator ("after",
    "which", "in the wake of", "in retaliation for"). Two offsets of one sentence are in the same clause
    when :func:`bisect.bisect_right` puts them at the same index of this list."""
    out = [at for at in _clause_marks(text) if text[at] != "," or _THOUSANDS.match(text, at) is None]
    shortened = (*_ABBREVIATION.finditer(text), *ALIAS_OPEN.finditer(text))  # "X (Y) and Z" (ment35)
    abbreviations = {at for m in shortened for at in (m.start(), text.index(")", m.start()))}
    if abbreviations:
        out = [at for at in out if at not in abbreviations]
    if "," in text:
        aside: set[int] = set()
        for m in (*_LOCATIVE_ASIDE.finditer(text), *_AGENT_ASIDE.finditer(text)):
            aside.add(m.start())
            aside.add(text.index(",", m.start() + 1))
        aside.update(m.start() for m in _LIST_COMMA.finditer(text))
        aside.update(m.start() for m in _INCLUDING_COMMA.finditer(text))
        if aside:
            out = [at for at in out if at not in aside]
    out.extend(_spaced_dashes(text))
    words, starts = tokens.words, tokens.starts
    # not a word joined to the next by a hyphen: "As-Suwayda", "As-Safira" hold the Arabic article
    for i in tokens.select(_SUBORDINATOR_TEST):
        end = starts[i] + len(words[i])
        if text[end : end + 1] != "-":
            out.append(starts[i])
    for i in tokens.select(_PHRASE_TEST):
        word = words[i]
        if word == "due":  # due to
            if words[i + 1 : i + 2] in (["to"], ["retaliation"]):
                out.append(starts[i])
        elif word == "wake":  # in the wake of
            if i >= 2 and words[i - 2] == "in" and words[i - 1] == "the":
                out.append(starts[i - 2])
        elif word == "order":  # in order to
            if i >= 1 and words[i - 1] == "in" and words[i + 1 : i + 2] == ["to"]:
                out.append(starts[i - 1])
        elif i >= 1 and words[i - 1] == "in" and words[i + 1 : i + 2] == ["for"]:  # in retaliation for
            out.append(starts[i - 1])
    out.sort()
    return out
