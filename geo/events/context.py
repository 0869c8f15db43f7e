"""Text context around a place mention: is it where something happens, and what does the sentence say?"""

from __future__ import annotations

import re
from typing import Final

from geo.temporal._scan import Tokens

__all__ = ["ATTRIBUTION", "PRESENT", "PRONOUNS", "has_prefix", "is_locative"]

#: Words after which a place name is where something happens ("in", "at the", "left the", "hit").
_LOCATIVE: Final = frozenset(
    [
        "in",
        "at",
        "to",
        "into",
        "near",
        "around",
        "outside",
        "inside",
        "across",
        "throughout",
        "within",
        "toward",
        "towards",
        "via",
        "off",
        "over",
        "on",
        "onto",
        "against",
        "leave",
        "left",
        "leaving",
        "reached",
        "entered",
        "hit",
        "struck",
        "targeted",
        "attacked",
        "bombed",
        "shelled",
        "stormed",
        "protected",
        "protecting",
        "guarded",
        "guarding",
        "visited",
        "visiting",
        "besieged",
        "captured",
        "seized",
        "occupied",
    ]
)
#: Nouns that make "<noun> of X" locative ("the city of X", "the reinforcement of X").
_OF_NOUNS: Final = frozenset(
    [
        "city",
        "town",
        "village",
        "capital",
        "province",
        "region",
        "governorate",
        "district",
        "airport",
        "outskirts",
        "north",
        "south",
        "east",
        "west",
        "centre",
        "center",
        "area",
        "port",
        "base",
        "strait",
        "gulf",
        "reinforcement",
        "protection",
        "defence",
        "defense",
        "security",
        "evacuation",
        "bombing",
        "shelling",
        "siege",
        "capture",
        "fall",
        "streets",
        "parts",
        "rest",
    ]
)
#: Words that may stand between the locative word and the name ("in the northern city of", "in both X and").
_GAP: Final = frozenset(
    [
        "the",
        "both",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "city",
        "town",
        "capital",
        "province",
        "region",
        "village",
        "and",
        "or",
        "nearby",
        "neighbouring",
        "neighboring",
        "key",
        "strategic",
        "disputed",
        "besieged",
        "restive",
        "embattled",
        "its",
        "their",
        "his",
        "her",
    ]
)
#: The name as the target of a passive ("X was hit", "X is regularly targeted", "X came under fire").
_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|came|comes|come|got|gets)\s+(?:\w+ly\s+)?"
    r"(?:hit|targeted|attacked|struck|shelled|bombed|rocked|stormed|captured|seized|overrun|besieged|under)\b",
    re.IGNORECASE,
)
_AFTER_FIRST: Final = frozenset({"'", "’"})

#: Words saying a sentence describes the state at publication ("the current contingent", "still").
PRESENT: Final = frozenset(
    {"current", "currently", "now", "nowadays", "still", "today", "presently", "remain", "remains"}
)
#: Pronouns that point back to the previous sentence's actors.
PRONOUNS: Final = frozenset({"their", "they", "them", "its", "his", "her"})
#: Stems of words that attribute an act to someone ("identified X as the culprit").
ATTRIBUTION: Final = (
    "culprit",
    "responsib",
    "claimed",
    "blam",
    "behind",
    "accus",
    "identified",
    "attributed",
    "perpetrat",
)


def has_prefix(words: set[str], stems: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` starts with one of ``stems``."""
    return any(word.startswith(stems) for word in words)


def is_locative(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` names where something happens (vs. a subject or modifier).

    True after a locative preposition or verb ("in", "at the", "left the", "the city of") with at most four
    words between that are articles, directions, place nouns, "and"/"or" or capitalised words ("in the
    Syrian X", "in both X and Y"), without punctuation; or when the name is the subject of a passive of
    attack ("X was hit").
    """
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    index = tokens.before(start)
    edge = start
    for gap in range(5):
        if index < 0 or text[ends[index] : edge].strip():
            break
        word = words[index]
        if word in _LOCATIVE or (word == "of" and index > 0 and words[index - 1] in _OF_NOUNS):
            return True
        if gap == 4 or not (word in _GAP or text[starts[index]].isupper()):
            break
        edge = starts[index]
        index -= 1
    after = text[end : end + 1]  # the passive needs "'s" or white space right after the name
    if after not in _AFTER_FIRST and not after.isspace():
        return False
    return _AFTER.match(text, end, min(len(text), end + 60)) is not None
