"""Candidate spans: the longest runs of capitalised tokens whose normalised key is a lexicon name."""

from __future__ import annotations

from itertools import compress
from typing import Final

from geo import lexicon as lexicon_data
from geo.gazetteer.normalize import ARTICLES
from geo.recognize.areas import COMMON_WORD, area_around, english_word
from geo.recognize.candidate import Candidate, joined, plain_name_word
from geo.recognize.continued import NAME_HEADS, PARTICLES, continued_name
from geo.recognize.lexicon import DEMONYM, MAJOR, PATTERN, Entry, Lexicon
from geo.recognize.misspelt import AROUND, PLACE_PREPOSITIONS, misspelt, variant
from geo.recognize.tokens import Tokens
from geo.recognize.variants import article_name, final_h_variant, variant_run
from geo.recognize.words import (
    CONNECTORS,
    FEATURE_OF,
    FEATURE_OWN_NAME,
    FUNCTION_WORDS,
    GENERIC_AFTER,
    GENERIC_BEFORE,
    LOWER_SUFFIXES,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    NUMBERED_PREFIXES,
)

__all__ = ["Candidate", "find_candidates"]

#: Settlement words after an unknown name that make it a place in lower case only ("Qameshly city"),
#: with their class hint ("" for none).
SETTLEMENT_SUFFIXES: Final = {
    str(entry["term"]): str(entry["class"]) for entry in lexicon_data.load("recognize_settlement_words")
}
#: Longest name tried, in tokens.
MAX_TOKENS: Final = 7
_MAX_GENERIC: Final = max(len(phrase.split()) for phrase in GENERIC_AFTER)
_COMMON_WORD: Final = COMMON_WORD
#: Lower-case words that may continue a name the lexicon knows ("Al-Asad air base", "Erbil airport").
_GENERIC_WORDS: Final = frozenset(word for phrase in GENERIC_AFTER for word in phrase.split())
_GENERIC_AFTER_FIRST: Final = frozenset(phrase.split()[0] for phrase in GENERIC_AFTER)
#: Generic phrases of two or three words naming a site ("air base", "international airport").
_SITE_PHRASES: Final = {
    phrase: hint
    for phrase, hint in GENERIC_AFTER.items()
    if " " in phrase and hint in ("airport", "military_base")
}
_SITE_PHRASE_FIRST: Final = frozenset(phrase.split()[0] for phrase in _SITE_PHRASES)
_GENERIC_BEFORE_LAST: Final = frozenset(phrase.split()[-1] for phrase in GENERIC_BEFORE)
_SUFFIX_STARTS: Final = frozenset(NAME_SUFFIXES) | _SITE_PHRASE_FIRST
_DETERMINERS: Final = frozenset({"the", "a", "an"})
#: The endings of the keys :func:`geo.gazetteer.normalize.final_h_form` gives another form ("-a", "-ah").
_FINAL_A: Final = ("a", "ah")


def find_candidates(tokens: Tokens, lexicon: Lexicon) -> list[Candidate]:
    """Return the longest lexicon matches, left to right, without overlaps.

    Parameters
    ----------
    tokens
        Output of :func:`geo.recognize.tokens.word_columns`.
    lexicon
        The names to match.
    """
    found: list[Candidate] = []
    keys = tokens.key
    names = tokens.name
    upper = tokens.upper
    possessive = tokens.possessive
    gaps = tokens.gap
    get = lexicon.get
    has_prefix = lexicon.has_prefix
    count = len(keys)
    done = 0  # tokens before this index are inside a candidate already found
    for i in compress(range(count), names):  # only capitalised words can start a name
        if i < done:
            continue
        key = keys[i]
        if key in FUNCTION_WORDS and not upper[i]:
            continue
        entry = get(key)
        if entry is None and not upper[i] and key.endswith(_FINAL_A):  # (no other form otherwise)
            key, entry = final_h_variant(key, get)
        best = (i, key, entry) if entry is not None and entry.is_place else None
        j = i
        while not possessive[j] and j + 1 < count and j + 1 - i < MAX_TOKENS:
            word = keys[j + 1]
            gap = gaps[j + 1]
            # a lower-case word hyphened to a capitalised one is part of it ("Deir Ez-zor", "Ras Al-ain")
            hyphened = gap == "-" and names[j]
            if not (names[j + 1] or hyphened or word in CONNECTORS or word in _GENERIC_WORDS):
                break
            if not (gap == " " or joined(gap)) or not has_prefix(key):
                break
            key = f"{key} {word}"
            j += 1
            entry = get(key)
            if entry is not None and entry.is_place and (names[j] or hyphened or word in _GENERIC_WORDS):
                best = (j, key, entry)
        if best is not None and best[0] == i and i + 1 < count:
            best = variant_run(i, i, tokens, lexicon) or best  # "Ain Issa" ("Ain" is known alone)
        if best is not None and best[0] == i and _longer_pattern(i, best[2], tokens):
            longer = _pattern(i, tokens, lexicon)  # "the Bulo Marer district": not the village Bulo
            if longer is not None and longer.last > i:
                found.append(longer)
                done = longer.span_last + 1
                continue
        if best is not None and best[0] == i and _site_prefix_of_name(i, tokens):
            best = None  # "Camp Marmal", the gazetteer lacking it: a site's name, not the town Camp alone
        if best is None and i + 1 < count and keys[i + 1] in PARTICLES and names[i]:
            best = continued_name(i, i, tokens, lexicon)  # "Maaret al-Numan": a spelling with a particle
        named = None
        if i > done and keys[i - 1] in PARTICLES and (best is None or best[0] == i):  # "al-Mayadeen"
            named = article_name(i, best is not None, tokens, lexicon)
        if named is not None:
            found.append(Candidate(i - 1, i, named[0], named[1], i - 1, i))
            done = i + 1
            continue
        if best is None:
            if (
                keys[i] not in NAME_PREFIXES
                and (
                    i + 1 >= count
                    or not (names[i + 1] or keys[i + 1] in _SUFFIX_STARTS or keys[i + 1] in ARTICLES)
                )
                and (i == 0 or (keys[i - 1] not in PLACE_PREPOSITIONS and keys[i - 1] not in AROUND))
                and _generic_before(i, tokens) is None
                and not area_around(i, tokens)
            ):
                continue  # a shortcut: neither a pattern nor a misspelling can start here
            pattern = (
                _pattern(i, tokens, lexicon) or misspelt(i, tokens, lexicon) or variant(i, tokens, lexicon)
            )
            if pattern is None:
                continue
            found.append(pattern)
            done = pattern.span_last + 1
            continue
        last, key, entry = best
        if last == i and keys[i] in FEATURE_OF and _of_name(i + 1, tokens):
            if keys[i] in FEATURE_OWN_NAME:  # "the Cape of Good Hope": the cape's own name, no town either
                done = next((k for k in range(i + 3, count) if not (names[k] and joined(gaps[k]))), count)
            continue  # "the Gulf of Guinea": the head of an unknown feature's name, not the Persian Gulf
        # Only where a particle or a name-head word is: "Bab al-Mandeb", "Al-Bokamal", "Tal Tamr".
        more = last + 1 < count and (names[last + 1] or keys[last + 1] in CONNECTORS)
        cue = more and (keys[last + 1] in PARTICLES or keys[i] in PARTICLES or keys[i] in NAME_HEADS)
        if cue and not entry.flags & DEMONYM:
            best = continued_name(i, last, tokens, lexicon) or best  # "Tal Tamr", "Bab al-Mandeb"
            last, key, entry = best
        if last == i and not upper[i] and _particle_of_next(i, tokens):
            continue  # "Al-Quriyah": the article of the next name, not Albania's code or Norway's Ål
        candidate = Candidate(i, last, key, entry, i, last)
        after = keys[last + 1] if last + 1 < count else ""
        before = keys[i - 1] if i else ""
        if after in _GENERIC_AFTER_FIRST or after in NAME_SUFFIXES or before in _GENERIC_BEFORE_LAST:
            _attach_generic(candidate, tokens)  # only then has it something to attach
            if found and candidate.span_first <= found[-1].span_last:
                found.pop()  # "Camp Castor": the prefix is this name's, not the town Camp read alone
        found.append(candidate)
        done = candidate.span_last + 1
    return found


def _longer_pattern(index: int, entry: Entry, tokens: Tokens) -> bool:
    """Whether a minor place known alone at ``index`` is followed by another capitalised word, so that a
    generic word after both may make them one name the lexicon lacks ("Bulo Marer district")."""
    nxt = index + 1
    return (
        nxt < len(tokens.key)
        and tokens.name[nxt]
        and tokens.gap[nxt] == " "
        and not tokens.possessive[index]
        and not entry.flags & (MAJOR | DEMONYM)
        and tokens.key[index] not in NAME_PREFIXES  # "Lake X", "Camp X": a prefix's names as before
    )


def _site_prefix_of_name(index: int, tokens: Tokens) -> bool:
    """Whether the capitalised prefix word of a military site at ``index`` ("Camp", "Fort") opens a name
    with the capitalised word right after it ("Camp Marmal"), not a place read alone (the town Camp)."""
    nxt = index + 1
    return (
        NAME_PREFIXES.get(tokens.key[index]) == "military_base"
        and nxt < len(tokens.key)
        and bool(tokens.cap[index])
        and bool(tokens.name[nxt])
        and tokens.gap[nxt] == " "
        and not tokens.possessive[index]
    )


def _particle_of_next(index: int, tokens: Tokens) -> bool:
    """Whether token ``index`` is an Arabic article joined by a hyphen to a capitalised word ("Al-Bab")."""
    nxt = index + 1
    return (
        tokens.key[index] in ARTICLES
        and nxt < len(tokens.key)
        and tokens.gap[nxt] == "-"
        and tokens.name[nxt]
    )


def _of_name(index: int, tokens: Tokens) -> bool:
    """Whether token ``index`` is a lower-case "of" before a capitalised name."""
    nxt = index + 1
    return nxt < len(tokens.key) and tokens.key[index] == "of" and not tokens.cap[index] and tokens.name[nxt]


def _common(key: str, lexicon: Lexicon) -> bool:
    entry = lexicon.get(key)
    return entry is not None and entry.zipf >= _COMMON_WORD


def _pattern(i: int, tokens: Tokens, lexicon: Lexicon) -> Candidate | None:
    """Return a name outside the lexicon that its generic word makes a place, or None.

    "Neches River", "Arbar province", "Hyland-Croy Road", "Lake Lanier", "Highway 19".
    """
    keys = tokens.key
    count = len(keys)
    key = keys[i]
    if key in NAME_PREFIXES and i + 1 < count and joined(tokens.gap[i + 1]) and not tokens.possessive[i]:
        word = keys[i + 1]
        numbered = key in NUMBERED_PREFIXES
        if (not numbered or word.isdigit()) and (word.isdigit() or plain_name_word(tokens, i + 1, lexicon)):
            hint = NAME_PREFIXES[key] or None
            entry = Entry(0.5, hint or "city", 0.0, PATTERN, None)
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
            return Candidate(i, j, " ".join(keys[i : j + 1]), entry, i, j + 1, hint)
        if (
            _particle_of_next(j + 1, tokens)
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
    if keys[index] not in _SITE_PHRASE_FIRST:
        return None
    for size in (3, 2):
        end = index + size - 1
        if end >= len(keys) or not all(joined(tokens.gap[k]) for k in range(index, end + 1)):
            continue
        hint = _SITE_PHRASES.get(" ".join(keys[index : end + 1]))
        if hint is not None:
            return end, hint
    return None


def _generic_before(i: int, tokens: Tokens) -> str | None:
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
    hint = _generic_before(i, tokens)
    if hint is None:
        return None
    entry = Entry(0.5, hint, 0.0, PATTERN, None)
    return Candidate(i, j, " ".join(tokens.key[i : j + 1]), entry, i, j, hint)


def _attach_generic(candidate: Candidate, tokens: Tokens) -> None:
    """Extend the span over a generic word after it ("Anbar province") and read hints before it."""
    keys = tokens.key
    gaps = tokens.gap
    last = candidate.last
    count = len(keys)
    if last + 1 < count and not tokens.possessive[last] and not candidate.entry.flags & DEMONYM:
        word = keys[last + 1]
        if word in _GENERIC_AFTER_FIRST:
            words: list[str] = []
            for k in range(last + 1, min(count, last + 1 + _MAX_GENERIC)):
                if not joined(gaps[k]):
                    break
                words.append(keys[k])
                hint = GENERIC_AFTER.get(" ".join(words))
                if hint is not None:
                    candidate.hint = hint
                    candidate.span_last = k
                    if tokens.possessive[k]:
                        break
        elif tokens.cap[last + 1] and word in NAME_SUFFIXES and gaps[last + 1] == " ":
            candidate.hint = NAME_SUFFIXES[word] or None  # "Wichita Street", "Kishon River"
            candidate.span_last = last + 1
    first = candidate.first
    if first == 0 or keys[first - 1] not in _GENERIC_BEFORE_LAST:
        return
    for size in (2, 1):
        if first - size < 0:
            continue
        if not all(joined(gaps[k]) for k in range(first - size + 1, first + 1)):
            continue
        hint = GENERIC_BEFORE.get(" ".join(keys[first - size : first]))
        if hint is not None:
            candidate.hint = candidate.hint or hint
            if size == 1 and tokens.cap[first - 1]:  # "Camp Taji", "Fort Hood": part of the name
                candidate.span_first = first - 1
            break
