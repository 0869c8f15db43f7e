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

from functools import lru_cache
from itertools import compress
from typing import Final

from geo.recognize.candidates import Candidate
from geo.recognize.continued import PARTICLES
from geo.recognize.english import zipf
from geo.recognize.lexicon import DEMONYM, PATTERN, STOP, Entry, Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.words import FUNCTION_WORDS, GENERIC_AFTER, NEVER_PLACES, SITE_HEADS

__all__ = ["named_sites"]

#: Site phrases after which a run of capitalised words is the site's name (``recognize_generic_after``),
#: and the head nouns of named sites (``recognize_site_heads``: "X mosque", "X pagoda", "X oil field").
SITE_PHRASES: Final = {
    phrase: hint
    for phrase, hint in GENERIC_AFTER.items()
    if hint == "airport" or (hint == "military_base" and phrase.startswith("air"))
} | dict(SITE_HEADS)
_LONGEST: Final = max(len(phrase.split()) for phrase in SITE_PHRASES)
#: Generic words, never part of the name before them ("Baghdad International Airport").
_GENERIC_WORDS: Final = frozenset(word for phrase in GENERIC_AFTER for word in phrase.split())
#: Site heads before which one capitalised word the lexicon does not know is a name ("Mansu pagoda").
_ONE_WORD: Final = frozenset(SITE_HEADS)
#: Zipf frequency (wordfreq) from which a word is English, not a site's name (once in a million words).
ENGLISH_ZIPF: Final = 3.0
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


@lru_cache(maxsize=4096)
def _english(key: str) -> bool:
    """Whether ``key`` is a word of English (once in a million words or more: Zipf 3 on wordfreq's scale):
    "Orthodox", "National", "Grand" are no name of a site; "Mansu", "Kaloti" are."""
    return zipf(key) >= ENGLISH_ZIPF


#: Prepositions that relate a site to the place named after them ("the X mosque in Y", "near Y").
_RELATING: Final = frozenset({"in", "near", "outside", "at"})


def _related_after(end: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """Whether the site phrase ending at token ``end`` is followed by a preposition relating it to a
    capitalised name ("X pagoda in western Y", "the X camp near the Y"): only there can a site the
    gazetteer lacks be placed, so only there is it read as one."""
    word = _compass_of(end + 1, tokens)  # "the X gas field east of Y", "north-east of the city of Y"
    if word == end + 1 and (word >= len(tokens.key) or tokens.key[word] not in _RELATING):
        return False
    if _the_capital(word + 1, tokens):
        return True  # "the X mosque in the capital": the capital of the story's country (resolve.capitals)
    for k in range(word + 1, min(len(tokens.key), word + 6)):  # "in the city of Y"
        if tokens.gap[k] not in (" ", "-"):
            return False
        if tokens.name[k] and _name_word(k, tokens, lexicon):
            return True  # a name, not a month ("the X camp in May"); "North" may open one
        if tokens.cap[k] and not tokens.name[k]:
            return False
    return False


#: Compass words that relate a site to the place after "of" ("east of Y", "north-east of Y").
_COMPASS: Final = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)


def _compass_of(word: int, tokens: Tokens) -> int:
    """The token of "of" when a compass word (one, or two joined by a hyphen) starts at ``word`` and is
    followed by "of", read as a relating word ("east of Y"); else ``word``."""
    keys = tokens.key
    k = word
    while k < len(keys) and keys[k] in _COMPASS and k - word < 2:
        k += 1
    if k == word or k >= len(keys) or keys[k] != "of":
        return word
    return k


def _the_capital(index: int, tokens: Tokens) -> bool:
    """Whether "the capital" starts at token ``index``, unqualified after it ("the capital of X", "the
    capital city", "the capital, X" name another)."""
    keys = tokens.key
    if keys[index : index + 2] != ["the", "capital"] or tokens.gap[index + 1] != " ":
        return False
    after = index + 2
    if after >= len(keys):
        return True
    return not (keys[after] in ("of", "city") or tokens.name[after] or tokens.gap[after] == "-")


def _opening(index: int, tokens: Tokens, lexicon: Lexicon) -> bool:
    """A word that opens a run without belonging to the site's name: a demonym or an acronym ("US")."""
    if tokens.upper[index]:
        return True
    entry = lexicon.get(tokens.key[index])
    return entry is not None and bool(entry.flags & DEMONYM)


def _run_start(phrase: int, tokens: Tokens, lexicon: Lexicon, *, single: bool = False) -> int | None:
    """The first token of the name before the site phrase at token ``phrase``, or None without one of two
    capitalised words or more (one word is a known place with its site word: "Erbil airport"); with
    ``single``, one capitalised word the lexicon does not know is a name too ("the Kalo mosque")."""
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
    if tokens.key[start] in PARTICLES:
        return None
    if single:  # a site head: a proper name, not words of English ("the Catholic Church", "National school")
        if all(_english(tokens.key[k]) for k in range(start, phrase) if tokens.name[k]):
            return None
        if words == 1 and lexicon.get(tokens.key[start]) is not None:
            return None  # "Erbil hospital": the town, with a word for a site of it
        return start if words >= 1 else None
    if words < 2:
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
        head = " ".join(keys[index : end + 1])
        if head in _ONE_WORD and keys[end + 1 : end + 2] == ["base"] and tokens.gap[end + 1] == " ":
            end += 1  # "the X oil field base": a base at the site, named after it
        if head in _ONE_WORD and not _related_after(end, tokens, lexicon):
            continue  # a site no place locates: no point to give it, so no site
        start = _run_start(index, tokens, lexicon, single=head in _ONE_WORD)
        if start is None or any(c.span_first == start and c.span_last == end for c in found):
            continue
        if sites and sites[-1].span_last >= start:
            continue
        if head in _ONE_WORD and any(
            c.span_first < index
            and start <= c.span_last
            and lexicon.get(" ".join(keys[c.first : c.last + 1])) is not None
            for c in found
        ):
            continue  # "the Shady Grove hospital", "Bab el-Oued hospital": a known place names the site
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
