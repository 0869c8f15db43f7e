"""Candidate spans: the longest runs of capitalised tokens whose normalised key is a lexicon name."""

from __future__ import annotations

from itertools import compress
from typing import Final

from geo.gazetteer.normalize import ARTICLES
from geo.recognize.areas import area_around
from geo.recognize.candidate import Candidate, joined
from geo.recognize.continued import NAME_HEADS, PARTICLES, continued_name
from geo.recognize.lexicon import DEMONYM, MAJOR, Entry, Lexicon
from geo.recognize.misspelt import AROUND, PLACE_PREPOSITIONS, misspelt, variant
from geo.recognize.tokens import Tokens
from geo.recognize.unknown import SITE_PHRASE_FIRST, generic_before, generic_name, particle_of_next
from geo.recognize.variants import article_name, final_h_variant, variant_run
from geo.recognize.words import (
    CONNECTORS,
    FEATURE_OF,
    FEATURE_OWN_NAME,
    FUNCTION_WORDS,
    GENERIC_AFTER,
    GENERIC_BEFORE,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    NUMBERED_PREFIXES,
)

__all__ = ["Candidate", "find_candidates"]

#: Longest name tried, in tokens.
MAX_TOKENS: Final = 7
_MAX_GENERIC: Final = max(len(phrase.split()) for phrase in GENERIC_AFTER)
#: Lower-case words that may continue a name the lexicon knows ("Al-Asad air base", "Erbil airport").
_GENERIC_WORDS: Final = frozenset(word for phrase in GENERIC_AFTER for word in phrase.split())
_GENERIC_AFTER_FIRST: Final = frozenset(phrase.split()[0] for phrase in GENERIC_AFTER)
_GENERIC_BEFORE_LAST: Final = frozenset(phrase.split()[-1] for phrase in GENERIC_BEFORE)
_SUFFIX_STARTS: Final = frozenset(NAME_SUFFIXES) | SITE_PHRASE_FIRST
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
        if best is not None and best[0] == i and _prefix_of_unknown(i, tokens, lexicon):
            best = None  # "Camp Bondsteel": the prefix opens a name the lexicon lacks, not the county Camp
        if best is not None and best[0] == i and _longer_pattern(i, best[2], tokens):
            longer = generic_name(i, tokens, lexicon)  # "the Bulo Marer district": not the village Bulo
            if longer is not None and longer.last > i:
                found.append(longer)
                done = longer.span_last + 1
                continue
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
                and generic_before(i, tokens) is None
                and not area_around(i, tokens)
            ):
                continue  # a shortcut: neither a pattern nor a misspelling can start here
            made = (
                generic_name(i, tokens, lexicon)
                or misspelt(i, tokens, lexicon)
                or variant(i, tokens, lexicon)
            )
            if made is None:
                continue
            found.append(made)
            done = made.span_last + 1
            continue
        last, key, entry = best
        if last == i and _prefix_of_name(i, tokens):
            continue  # "Lake Chad" the lexicon lacks: the head of the lake's name, not a county called Lake
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
        if last == i and not upper[i] and particle_of_next(i, tokens):
            continue  # "Al-Quriyah": the article of the next name, not Albania's code or Norway's Ål
        if _model_number(last, tokens):
            continue  # "Hwasong-19", "Su-34": a weapon's or aircraft's model, named after no place here
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


def _prefix_of_name(index: int, tokens: Tokens) -> bool:
    """Whether token ``index`` is a name prefix ("Lake", "Mount", "Cape") right before a capitalised word:
    the generic head of a longer name ("Lake Chad"), not a place of its own."""
    nxt = index + 1
    return (
        tokens.key[index] in NAME_PREFIXES
        and tokens.key[index] not in NUMBERED_PREFIXES
        and tokens.cap[index]
        and nxt < len(tokens.key)
        and tokens.name[nxt]
        and tokens.gap[nxt] == " "
        and not tokens.possessive[index]
    )


def _model_number(last: int, tokens: Tokens) -> bool:
    """Whether the name ending at token ``last`` is followed by a hyphen and a bare number ("Hwasong-19",
    "Tu-95", "Kh-101"): the designation of a model of missile, aircraft or vehicle, not a place; an
    ordinal after the hyphen stays a place's name ("Zarecye-1st")."""
    nxt = last + 1
    return nxt < len(tokens.key) and tokens.gap[nxt] == "-" and tokens.key[nxt].isdigit()


def _prefix_of_unknown(index: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether token ``index`` is a base's name prefix ("Camp", "Fort") joined to a capitalised word the
    lexicon does not know ("Camp Bondsteel", "Camp Lemonnier"): the two are one name, read by
    :func:`generic_name`, not the prefix alone as a place of its own (Camp County, Texas). A known word after
    the prefix keeps the usual reading ("Camp Taji": the prefix attaches to the known name); other
    prefixes too ("Lake", "Mount": a lake or mountain the gazetteer lacks is seldom where forces act)."""
    nxt = index + 1
    return (
        NAME_PREFIXES.get(tokens.key[index]) == "military_base"
        and nxt < len(tokens.key)
        and tokens.name[nxt]
        and joined(tokens.gap[nxt])
        and not tokens.possessive[index]
        and lexicon.get(tokens.key[nxt]) is None
    )


def _of_name(index: int, tokens: Tokens) -> bool:
    """Whether token ``index`` is a lower-case "of" before a capitalised name."""
    nxt = index + 1
    return nxt < len(tokens.key) and tokens.key[index] == "of" and not tokens.cap[index] and tokens.name[nxt]


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
    for size in (3, 2, 1):
        if first - size < 0:
            continue
        if not all(joined(gaps[k]) for k in range(first - size + 1, first + 1)):
            continue
        hint = GENERIC_BEFORE.get(" ".join(keys[first - size : first]))
        if hint is not None:
            candidate.hint = candidate.hint or hint
            if all(tokens.cap[k] for k in range(first - size, first)):  # "Camp Taji", "FOB Salerno",
                candidate.span_first = first - size  # "Forward Operating Base X": part of the name
            break
