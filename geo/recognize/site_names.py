"""Airports and air bases named after people: "Ben Gurion airport", "Imam Khomeini airport", "Charles de
Gaulle airport", "King Khalid Air Base".

The candidate finder reads names word by word from the lexicon, so a site named after a person falls apart:
the given name is another place ("Ben" the short form of Benin, "Charles" Charles City) or a person, the
surname an unknown word read as a misspelt place with the site word ("Gurion airport" -> Girón). Before an
airport or air-base phrase the whole run of capitalised words is the site's name: :func:`named_sites`
replaces the candidates inside such a run by one candidate of the site, which the resolver looks up by its
full name (the gazetteer holds "Ben Gurion International Airport"). A demonym or an acronym
opening the run is not part of the name ("the US Ain al-Asad air base", "Russian Hmeimim air base").
"""

from __future__ import annotations

from itertools import compress
from typing import Final

from geo.recognize.candidates import Candidate
from geo.recognize.continued import PARTICLES
from geo.recognize.lexicon import DEMONYM, PATTERN, STOP, Entry, Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.words import FUNCTION_WORDS, GENERIC_AFTER, NEVER_PLACES

__all__ = ["named_sites"]

#: Site phrases after which a run of capitalised words is the site's name (``recognize_generic_after``).
SITE_PHRASES: Final = {
    phrase: hint
    for phrase, hint in GENERIC_AFTER.items()
    if hint == "airport" or (hint == "military_base" and phrase.startswith("air"))
}
_LONGEST: Final = max(len(phrase.split()) for phrase in SITE_PHRASES)
#: Generic words, never part of the name before them ("Baghdad International Airport").
_GENERIC_WORDS: Final = frozenset(word for phrase in GENERIC_AFTER for word in phrase.split())
#: Most capitalised words of a name read before a site phrase.
MAX_WORDS: Final = 4


def _phrase_at(index: int, tokens: Tokens) -> tuple[int, str] | None:
    """``(last token, hint)`` of the longest site phrase starting at token ``index``, or None."""
    keys = tokens.key
    for size in range(_LONGEST, 0, -1):
        end = index + size - 1
        if end >= len(keys) or any(tokens.gap[k] not in (" ", "-") for k in range(index + 1, end + 1)):
            continue
        hint = SITE_PHRASES.get(" ".join(keys[index : end + 1]))
        if hint is not None:
            return end, hint
    return None


def _name_word(index: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """A capitalised word that may be part of a site's name (not a stop word, month or weekday)."""
    key = tokens.key[index]
    if not tokens.name[index] or key in FUNCTION_WORDS or key in NEVER_PLACES or key in _GENERIC_WORDS:
        return False
    entry = lexicon.get(key)
    return entry is None or not entry.flags & STOP


def _opening(index: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """A word that opens a run without belonging to the site's name: a demonym or an acronym ("US")."""
    if tokens.upper[index]:
        return True
    entry = lexicon.get(tokens.key[index])
    return entry is not None and bool(entry.flags & DEMONYM)


def _run_start(phrase: int, tokens: Tokens, lexicon: Lexicon) -> int | None:
    """The first token of the name before the site phrase at token ``phrase``, or None without one of two
    capitalised words or more (one word is a known place with its site word: "Erbil airport")."""
    start = phrase
    words = 0
    k = phrase - 1
    while k >= 0 and words < MAX_WORDS and tokens.gap[k + 1] in (" ", "-") and not tokens.possessive[k]:
        if _name_word(k, tokens, lexicon):
            words += 1
            start = k
        elif not (tokens.key[k] in PARTICLES and not tokens.cap[k] and k > 0 and tokens.name[k - 1]):
            break  # a lower-case particle only inside the name: "Charles de Gaulle"
        k -= 1
    while start < phrase and _opening(start, tokens, lexicon):
        start += 1
        words -= 1
    if words < 2 or tokens.key[start] in PARTICLES:
        return None
    return start


#: The first words of the site phrases: :func:`_phrase_at` can only find a phrase starting at one of them.
_SITE_KEYS: Final = frozenset(phrase.split()[0] for phrase in SITE_PHRASES)


def named_sites(found: list[Candidate], tokens: Tokens, lexicon: Lexicon) -> list[Candidate]:
    """Return ``found`` with the candidates inside a person-named site's name replaced by the site.

    Parameters
    ----------
    found
        Candidates of :func:`geo.recognize.candidates.find_candidates`, left to right, without overlaps.
    tokens
        Output of :func:`geo.recognize.tokens.word_columns`.
    lexicon
        The names to match.
    """
    keys = tokens.key
    if _SITE_KEYS.isdisjoint(keys):
        return found  # most texts name no airport: no word is looked at in Python
    sites: list[Candidate] = []
    for index in compress(range(len(keys)), map(_SITE_KEYS.__contains__, keys)):  # a C-level scan
        if index < 2:
            continue
        phrase = _phrase_at(index, tokens)
        if phrase is None or tokens.gap[index] != " ":
            continue
        end, hint = phrase
        start = _run_start(index, tokens, lexicon)
        if start is None or any(c.span_first == start and c.span_last == end for c in found):
            continue
        if sites and sites[-1].span_last >= start:
            continue
        name = " ".join(keys[start:index])
        sites.append(
            Candidate(start, index - 1, name, Entry(0.5, hint, 0.0, PATTERN, None), start, end, hint)
        )
    if not sites:
        return found
    kept = [
        c
        for c in found
        if not any(c.span_first <= s.span_last and s.span_first <= c.span_last for s in sites)
    ]
    return sorted(kept + sites, key=lambda c: c.span_first)
