"""Names outside the lexicon that a generic word makes places ("Neches River", "the village of X").

:func:`generic_name` reads a run of unknown capitalised words as a place when a name prefix opens it ("Lake
Lanier", "Highway 19"), a generic word or site phrase closes it ("Arbar province", "Asad air base",
"Qameshly city") or a generic phrase ending in "of" stands before it ("the village of X");
:func:`geo.recognize.candidates.find_candidates` tries it where the lexicon knows no name.
"""

from __future__ import annotations

from typing import Final

from geo import lexicon as lexicon_data
from geo.gazetteer.normalize import ARTICLES
from geo.recognize.areas import COMMON_WORD, english_word
from geo.recognize.candidate import Candidate, joined, plain_name_word
from geo.recognize.lexicon import PATTERN, Entry, Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.words import (
    GENERIC_AFTER,
    GENERIC_BEFORE,
    LOWER_SUFFIXES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    NUMBERED_PREFIXES,
)

__all__ = ["SETTLEMENT_SUFFIXES", "SITE_PHRASE_FIRST", "generic_before", "generic_name", "particle_of_next"]

#: Settlement words after an unknown name that make it a place in lower case only ("Qameshly city"),
#: with their class hint ("" for none).
SETTLEMENT_SUFFIXES: Final = {
    str(entry["term"]): str(entry["class"]) for entry in lexicon_data.load("recognize_settlement_words")
}
_COMMON_WORD: Final = COMMON_WORD
#: Generic phrases of two or three words naming a site ("air base", "international airport").
_SITE_PHRASES: Final = {
    phrase: hint
    for phrase, hint in GENERIC_AFTER.items()
    if " " in phrase and hint in ("airport", "military_base")
}
SITE_PHRASE_FIRST: Final = frozenset(phrase.split()[0] for phrase in _SITE_PHRASES)
_DETERMINERS: Final = frozenset({"the", "a", "an"})
#: The words that let :func:`generic_name` find a name after an unknown word (a site phrase's first word, a
#: name suffix, a settlement word): without one of them in the three words after it, and without a prefix
#: or a generic phrase before it, it finds none (:func:`plain_generic_name` reaches no further).
_AFTER_UNKNOWN: Final = SITE_PHRASE_FIRST | frozenset(NAME_SUFFIXES) | frozenset(SETTLEMENT_SUFFIXES)


def particle_of_next(index: int, tokens: Tokens) -> bool:
    """Whether token ``index`` is an Arabic article joined by a hyphen to a capitalised word ("Al-Bab")."""
    nxt = index + 1
    return (
        tokens.key[index] in ARTICLES
        and nxt < len(tokens.key)
        and tokens.gap[nxt] == "-"
        and tokens.name[nxt]
    )


def _common(key: str, lexicon: Lexicon) -> bool:
    entry = lexicon.get(key)
    return entry is not None and entry.zipf >= _COMMON_WORD


def generic_name(i: int, tokens: Tokens, lexicon: Lexicon) -> Candidate | None:
    """Return a name outside the lexicon that its generic word makes a place, or None.

    "Neches River", "Arbar province", "Hyland-Croy Road", "Lake Lanier", "Highway 19".
    """
    keys = tokens.key
    if (
        keys[i] not in NAME_PREFIXES
        and _AFTER_UNKNOWN.isdisjoint(keys[i + 1 : i + 4])
        and generic_before(i, tokens) is None
    ):
        return None  # no prefix, no generic word the run can reach, no phrase before: as below
    return plain_generic_name(i, tokens, lexicon)


def plain_generic_name(i: int, tokens: Tokens, lexicon: Lexicon) -> Candidate | None:
    """:func:`generic_name` without its precheck."""
    keys = tokens.key
    count = len(keys)
    key = keys[i]
    if key in NAME_PREFIXES and i + 1 < count and joined(tokens.gap[i + 1]) and not tokens.possessive[i]:
        word = keys[i + 1]
        numbered = key in NUMBERED_PREFIXES
        if (not numbered or word.isdigit()) and (word.isdigit() or plain_name_word(tokens, i + 1, lexicon)):
            hint = NAME_PREFIXES[key] or None
            entry = Entry(0.5, hint or "city", 0.0, PATTERN, None)
            if hint == "military_base" and not numbered:  # "Camp Bulo Burde": the whole name
                return _prefixed(i, i, entry, tokens, lexicon)
            return Candidate(i, i + 1, f"{key} {word}", entry, i, i + 1, hint)
    j = i
    while j < count and j - i < 3 and plain_name_word(tokens, j, lexicon):
        if tokens.possessive[j] or j + 1 >= count:
            return _after_generic(i, j, tokens)
        if not joined(tokens.gap[j + 1]):
            return _after_generic(i, j, tokens)
        word = keys[j + 1]
        phrase = _site_phrase(j + 1, tokens)
        if phrase is not None:  # "Asad air base", "Khmeimim Air Base"
            end, hint = phrase
            entry = Entry(0.5, hint, 0.0, PATTERN, None)
            if _prefix_phrase(i, end, tokens, lexicon):  # "Forward Operating Base X": the head of X's name
                return _prefixed(i, end, entry, tokens, lexicon)
            return Candidate(i, j, " ".join(keys[i : j + 1]), entry, i, end, hint)
        suffix = NAME_SUFFIXES.get(word)
        if suffix in ("admin_region", "military_base") and _common(keys[j], lexicon):
            suffix = None  # "Water District", "Fire District": offices, not places
        lower = word in LOWER_SUFFIXES
        if suffix is None and _settlement_after(i, j, tokens, lexicon):
            suffix, lower = SETTLEMENT_SUFFIXES[word], True  # "Qameshly city"
        if suffix is not None and (tokens.cap[j + 1] or lower):
            hint = suffix or None
            entry = Entry(0.5, hint or "city", 0.0, PATTERN, None)
            if _prefix_phrase(i, j + 1, tokens, lexicon):  # "Forward Operating Base X"
                return _prefixed(i, j + 1, entry, tokens, lexicon)
            return Candidate(i, j, " ".join(keys[i : j + 1]), entry, i, j + 1, hint)
        if (
            particle_of_next(j + 1, tokens)
            and not tokens.cap[j + 1]
            and plain_name_word(tokens, j + 2, lexicon)
        ):
            j += 2  # "Tell al-Hamra base": an Arabic article joins the name's words
            continue
        if not plain_name_word(tokens, j + 1, lexicon):
            return _after_generic(i, j, tokens)
        j += 1
    return None


def _settlement_after(i: int, j: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether a lower-case settlement word follows the unknown words ``[i, j]`` ("Qameshly city",
    :data:`SETTLEMENT_SUFFIXES`): not after a place the lexicon knows ("Bombing Daraa city" is Daraa,
    found by the lexicon) or an English word ("What city"), nor before "of" ("the Urals town of X" names
    X)."""
    keys = tokens.key
    if tokens.cap[j + 1] or keys[j + 1] not in SETTLEMENT_SUFFIXES:
        return False
    if j + 2 < len(keys) and keys[j + 2] == "of":
        return False
    return not any(
        ((entry := lexicon.get(key)) is not None and entry.is_place) or english_word(key)
        for key in keys[i : j + 1]
    )


def _site_phrase(index: int, tokens: Tokens) -> tuple[int, str] | None:
    """``(last token, hint)`` of a site phrase of two or three words starting at ``index``, or None."""
    keys = tokens.key
    if keys[index] not in SITE_PHRASE_FIRST:
        return None
    for size in (3, 2):
        end = index + size - 1
        if end >= len(keys) or not all(joined(tokens.gap[k]) for k in range(index, end + 1)):
            continue
        hint = _SITE_PHRASES.get(" ".join(keys[index : end + 1]))
        if hint is not None:
            return end, hint
    return None


def generic_before(i: int, tokens: Tokens) -> str | None:
    """The hint of a generic phrase ending in "of" right before token ``i`` ("the village of X"), or None."""
    keys = tokens.key
    if i < 2 or keys[i - 1] != "of" or tokens.cap[i - 1] or tokens.cap[i - 2]:
        return None
    if not (joined(tokens.gap[i]) and joined(tokens.gap[i - 1])):
        return None
    for size in (3, 2):
        if i - size < 0:
            continue
        hint = GENERIC_BEFORE.get(" ".join(keys[i - size : i]))
        if hint is None or (size == 3 and tokens.cap[i - 3]):
            continue
        # a town or city only in the naming construction "the village of X" (not "home village of X")
        if hint != "city" or (i - size > 0 and keys[i - size - 1] in _DETERMINERS):
            return hint
    return None


def _after_generic(i: int, j: int, tokens: Tokens) -> Candidate | None:
    """A run of unknown names ``[i, j]`` after "the village of", "the base of" ...: a place by that phrase."""
    hint = generic_before(i, tokens)
    if hint is None:
        return None
    entry = Entry(0.5, hint, 0.0, PATTERN, None)
    return Candidate(i, j, " ".join(tokens.key[i : j + 1]), entry, i, j, hint)


def _prefixed(i: int, end: int, entry: Entry, tokens: Tokens, lexicon: Lexicon) -> Candidate:
    """The name headed by the site phrase ``[i, end]`` with up to three name words after it ("Forward
    Operating Base Bulo Burde"), one candidate."""
    last = end + 1
    while last - end < 3 and last + 1 < len(tokens.key) and _joined_name(last + 1, tokens, lexicon):
        last += 1
    return Candidate(i, last, " ".join(tokens.key[i : last + 1]), entry, i, last, entry.fclass)


def _joined_name(k: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether token ``k`` is a capitalised name word joined to the word before it."""
    return joined(tokens.gap[k]) and plain_name_word(tokens, k, lexicon)


def _prefix_phrase(i: int, end: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether the capitalised words ``[i, end]`` are a site phrase written before a name
    (``recognize_generic_before``: "Forward Operating Base") and a name the lexicon lacks follows."""
    return (
        all(tokens.cap[k] for k in range(i, end + 1))
        and GENERIC_BEFORE.get(" ".join(tokens.key[i : end + 1])) is not None
        and end + 1 < len(tokens.key)
        and _joined_name(end + 1, tokens, lexicon)
    )
