"""Troop counts and fatalities from the numbers in a text, including number words.

"145 soldiers", "an infantry company of 145 soldiers", "Twelve Dutch officers ... and five are ..."
(an elliptical count after a first one), "70 civilians had been killed", "killing at least seventy",
"a dozen troops", "more than 100 soldiers" (the figure given, 100), "the death toll rose to 12".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Final

from geo.temporal._scan import Tokens, WordTest

__all__ = ["Count", "find_counts", "parse_number"]

_UNITS: Final[dict[str, int]] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES: Final[dict[str, int]] = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = "|".join(sorted([*_UNITS, *_SCALES], key=len, reverse=True))
_NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?:a\s+|one\s+)?dozen|(?:a\s+)?(?:{_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD}))*)"
    r"(?:\s+(?:hundred|thousand))?"
)
_QUALIFIER = (
    r"(?:more\s+than|over|at\s+least|nearly|almost|about|around|some|up\s+to|roughly|approximately|an\s+estimated"
    r"|fewer\s+than|less\s+than|as\s+many\s+as)"
)
_ADJ = (
    r"(?:(?:[A-Z][\w'’.-]*|additional|more|other|foreign|international|coalition|military|special|combat"
    r"|elite|infantry|ground|armed|active|civilian|innocent|local|security|police|army|government|rebel"
    r"|unarmed)\s+){0,3}"
)
_TROOP_NOUNS = (
    r"soldiers|troops|servicemen|service\s*members|personnel|marines|officers|advis[eo]rs|instructors|trainers"
    r"|paratroopers|commandos|special\s+forces|sailors|airmen|peacekeepers|guards|staff\s+officers|military\s+staff"
    r"|military\s+personnel|infantrymen|reservists|specialists|military"
)
_VICTIMS = (
    r"(?:civilians|people|soldiers|troops|men|women|children|persons|fighters|militants|members|police\w*"
)
_VICTIMS += r"|officers|workers|residents|villagers|protesters|demonstrators|others|[A-Z]\w+s)"
_KILLED = (
    r"(?:killed|dead|died|slain|deaths|lost\s+their\s+lives|were\s+killed|had\s+been\s+killed"
    r"|have\s+been\s+killed)"
)

_AT_NUMBER: Final = re.compile(
    rf"(?P<fat_a>(?P<fa_n>{_NUMBER})\s+{_ADJ}(?:{_VICTIMS}\s+)?(?:(?:were|was|are|had\s+been"
    rf"|have\s+been|has\s+been)\s+)?{_KILLED}\b)"
    rf"|(?P<troop>(?P<tr_n>{_NUMBER})\s+{_ADJ}(?:{_TROOP_NOUNS})\b)"
    rf"|(?P<ellipsis>(?P<el_n>{_NUMBER})\s+(?:are|were|will|remain\w*|stay\w*|stationed|based|in|at|of\s+them)\b)",
    re.IGNORECASE,
)
_AT_KILL: Final = re.compile(
    rf"(?P<fat_b>(?:kill(?:ed|ing|s)|left|leaving|claimed\s+the\s+lives\s+of)\s+(?:{_QUALIFIER}\s+)?"
    rf"(?P<fb_n>{_NUMBER})(?!\s+(?:{_TROOP_NOUNS})\s+(?:in|at|to)\b)(?=\s+(?:{_ADJ}{_VICTIMS}|dead|\W)))",
    re.IGNORECASE,
)
_AT_TOLL: Final = re.compile(
    rf"(?P<fat_c>death\s+toll\s+(?:\w+\s+){{0,2}}?(?:of|to|at|reached|hit)\s+(?:{_QUALIFIER}\s+)?(?P<fc_n>{_NUMBER}))",
    re.IGNORECASE,
)
_NUMBER_WORDS: Final = frozenset({*_UNITS, *_SCALES, "dozen"})
_KILL_WORDS: Final = frozenset({"killed", "killing", "kills", "left", "leaving", "claimed"})
_STARTERS: Final = frozenset({*_NUMBER_WORDS, *_KILL_WORDS, "death"})
_STARTER_TEST: Final = WordTest(_STARTERS, digits=True)
#: Words a written number may consist of (digits are tested apart).
_IN_NUMBER: Final = frozenset({*_UNITS, *_SCALES, "dozen", "a", "and"})
_ELLIPSIS_WORDS: Final = frozenset({"are", "were", "will", "stationed", "based", "in", "at", "of"})
#: The first word of a troop noun or of "killed"/"dead"...: a troop or death count needs one soon after
#: its number (a non-ASCII word may fold to one under case-insensitive matching).
_KEYWORD_TEST: Final = WordTest(
    {
        *[
            "killed",
            "dead",
            "died",
            "slain",
            "deaths",
            "lost",
            "soldiers",
            "troops",
            "servicemen",
            "service",
            "servicemembers",
            "personnel",
        ],
        *[
            "marines",
            "officers",
            "advisers",
            "advisors",
            "instructors",
            "trainers",
            "paratroopers",
            "commandos",
            "special",
            "sailors",
        ],
        *[
            "airmen",
            "peacekeepers",
            "guards",
            "staff",
            "military",
            "infantrymen",
            "reservists",
            "specialists",
        ],
    },
    extra=lambda word: not word.isascii(),
)
_GROUPS: Final = {"fat_a": "fa_n", "fat_b": "fb_n", "fat_c": "fc_n", "troop": "tr_n", "ellipsis": "el_n"}
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Count:
    """A number of troops or of dead found in the text.

    Attributes
    ----------
    start, end
        Offsets of the phrase.
    value
        The number.
    kind
        ``"troops"``, ``"fatalities"`` or ``"ellipsis"`` (a bare number that repeats the noun of an
        earlier troop count in the same sentence: "50 soldiers in X and 10 in Y").
    """

    start: int
    end: int
    value: int
    kind: str


def parse_number(text: str) -> int | None:
    """Value of a number written in digits or words ("1,200", "seventy", "a dozen", "one hundred and twenty").

    Returns None for text that is not a number.
    """
    words = re.sub(r"[\s-]+", " ", text.strip().lower().replace(",", ""))
    if words.isdigit():
        return int(words)
    if words in {"dozen", "a dozen", "one dozen"}:
        return 12
    total = current = 0
    seen = False
    for word in words.split(" "):
        if word in {"and", "a"}:
            continue
        if word.isdigit():
            current += int(word)
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            scale = _SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    return total + current if seen else None


def find_counts(text: str, *, tokens: Tokens | None = None) -> list[Count]:
    """Troop counts and fatalities in ``text``, in order (patterns tried only at numbers and kill words)."""
    toks = tokens if tokens is not None else Tokens(text)
    out: list[Count] = []
    reached = -1
    words, starts = toks.words, toks.starts
    keywords = toks.select(_KEYWORD_TEST)
    for index in toks.select(_STARTER_TEST):
        start = starts[index]
        if start < reached:
            continue
        word = words[index]
        if word in _KILL_WORDS:
            pattern = _AT_KILL
        elif word == "death":
            pattern = _AT_TOLL
        elif _may_count(toks, index, keywords):
            pattern = _AT_NUMBER
        else:
            continue
        match = pattern.match(text, start)
        if match is None:
            continue
        kind = match.lastgroup or ""
        group = _GROUPS[kind]
        raw = match[group]
        value = parse_number(raw)
        if value is None or (kind != "ellipsis" and _YEAR.fullmatch(raw)):
            continue
        reached = match.end()
        label = "fatalities" if kind.startswith("fat") else ("troops" if kind == "troop" else "ellipsis")
        out.append(Count(match.start(group), match.end(), value, label))
    return out


def _may_count(tokens: Tokens, index: int, keywords: list[int]) -> bool:
    """Whether :data:`_AT_NUMBER` can match at the number starting at token ``index`` (cheap, never wrong
    when it says no).

    An elliptical count needs one of its words right after the number; a troop count or a death toll
    needs a troop noun or "killed"... at most nine space-separated words after the number (three
    adjectives, a victim noun, two auxiliaries, three words of "had been killed").
    """
    words = tokens.words
    size = len(words)
    after = index + 1
    while after < size and (words[after] in _IN_NUMBER or "0" <= words[after][:1] <= "9"):
        after += 1
    if after < size:
        word = words[after]
        if word in _ELLIPSIS_WORDS or word.startswith(("remain", "stay")) or not word.isascii():
            return True
    found = bisect.bisect_right(keywords, index)
    if found == len(keywords):
        return False
    text, start = tokens.text, tokens.starts[index]
    limit = len(text[start : tokens.ends[after - 1]].split()) + 9
    return len(text[start : tokens.ends[keywords[found]]].split(maxsplit=limit)) <= limit
