"""Arabic names the lexicon knows in another romanisation: "Ain Issa" for "‘Ayn ‘Īsá", "Al-Qaryatain".

The candidate finder matches names by their normalised key, and misspellings of well-known places by
their skeleton (:meth:`geo.recognize.lexicon.Lexicon.spelling`). A small place written in the press's
romanisation rather than the gazetteer's BGN/PCGN one meets neither. :func:`variant_run` reads a run of
capitalised words that looks like an Arabic name (it starts with the article or a name-head word such as
"Abu", "Ayn", "Tall", or holds the article) and looks up the keys of its other romanisations
(:func:`geo.gazetteer.spellings.spelling_variants`): a small, regular set of rewrites, so a match is a
spelling of that name, not of a name one letter away.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Final

from geo.gazetteer.normalize import ARTICLES, final_h_form
from geo.gazetteer.spellings import heads, spelling_variants
from geo.recognize.continued import PARTICLES, name_word
from geo.recognize.lexicon import CODE, DEMONYM, STOP, Entry, Lexicon
from geo.recognize.tokens import Tokens

__all__ = ["FINAL_H_MIN_WEIGHT", "article_name", "final_h_variant", "variant_entry", "variant_run"]

#: Most words of a run read.
MAX_RUN: Final = 4
_UNWANTED: Final = DEMONYM | CODE | STOP
#: :func:`spelling_variants` remembered (a pure function of the key; the same runs recur across texts).
_spelling_variants: Final = lru_cache(maxsize=4096)(spelling_variants)


def variant_entry(key: str, lexicon: Lexicon) -> tuple[str, Entry] | None:
    """The first other romanisation of ``key`` that the lexicon holds as a place, with its entry, or None."""
    for variant in _spelling_variants(key):
        entry = lexicon.get(variant)
        if entry is not None and entry.is_place and not entry.flags & _UNWANTED:
            return variant, entry
    return None


def _article_spelling(named: str, lexicon: Lexicon) -> tuple[str, Entry | None]:
    """The well-known name that ``named`` (an article and a word: "al bokamal") misspells, with its entry,
    when that name keeps an article ("al bu kamal"; the skeleton drops particles, so one without it would
    be a name that only looks alike); else ``(named, None)``."""
    found = lexicon.spelling(named)
    if found is None or not PARTICLES.intersection(found.split()):
        return named, None
    return found, lexicon.get(found)


def article_name(index: int, known: bool, tokens: Tokens, lexicon: Lexicon) -> tuple[str, Entry] | None:
    """The key and entry of the name that token ``index`` makes with the Arabic article before it, or None.

    The article is joined to the word by a hyphen, or is a lower-case article before it ("al-Mayadeen",
    "al Tabaqa": :func:`_article_joined`), and the lexicon knows the name with the article, in its own
    spelling or another romanisation ("al-Tabaqa"), or as a misspelling of a well-known name that keeps
    its article ("al-Bokamal": Albu Kamal). When the word alone is ``known`` as a place, only the lexicon's
    own key counts and only after a hyphen ("al-Tal" is At Tall, not Tal in Austria; "known as Salt
    Street" is the English "as"), and not when a capitalised word comes before the article: the article
    then joins the two into one name ("Tahrir al-Sham", an organisation), unless that word is a possessive
    ("Syria's al-Bab": a town of the country).
    """
    keys = tokens.key
    if keys[index - 1] not in PARTICLES or not _article_joined(index, tokens):
        return None
    # a possessive ends the name before the article: "Syria's al-Bab" is a town of Syria
    joined = index >= 2 and tokens.name[index - 2] and not tokens.possessive[index - 2]
    if known and (tokens.gap[index] != "-" or joined):
        return None
    named = f"{keys[index - 1]} {keys[index]}"
    entry = lexicon.get(named)
    if not known and (entry is None or not entry.is_place):
        named, entry = variant_entry(named, lexicon) or _article_spelling(named, lexicon)
    if entry is None or not entry.is_place or entry.flags & DEMONYM:
        return None
    return named, entry


def _article_joined(index: int, tokens: Tokens) -> bool:
    """Whether the particle before token ``index`` is joined to it by a hyphen ("al-Mayadeen"), or is a
    lower-case Arabic article before it ("al Tabaqa")."""
    gap = tokens.gap[index]
    return gap == "-" or (gap == " " and tokens.key[index - 1] in ARTICLES and not tokens.cap[index - 1])


def _arabic(keys: list[str], first: int, end: int) -> bool:
    """Whether the run ``[first, end]`` looks like an Arabic name: it starts with the article or a
    name-head word, or holds the article."""
    return (
        keys[first] in ARTICLES or keys[first] in heads() or any(k in ARTICLES for k in keys[first + 1 : end])
    )


def variant_run(first: int, known: int, tokens: Tokens, lexicon: Lexicon) -> tuple[int, str, Entry] | None:
    """Return ``(last token, key, entry)`` of a run from ``first`` longer than the lexicon's own match
    (ending at ``known``; ``first - 1`` for none) that is another romanisation of a lexicon place, or None.

    The run holds capitalised words joined by spaces or hyphens (no generic word, title or stop word:
    :func:`geo.recognize.continued.name_word`), and Arabic articles between them ("Jisr al-Shughur"); it
    must look Arabic (see :func:`_arabic`).
    """
    keys = tokens.key
    if not (
        keys[first] in ARTICLES
        or keys[first] in heads()
        or not ARTICLES.isdisjoint(keys[first + 1 : first + MAX_RUN])
    ):
        return None  # no run from here can look Arabic (:func:`_arabic`): a run ends by ``first + MAX_RUN``
    gaps = tokens.gap
    count = len(keys)
    ends: list[int] = []
    j = first
    while j + 1 < count and j + 1 - first < MAX_RUN and not tokens.possessive[j]:
        gap = gaps[j + 1]
        if gap != " " and gap != "-":
            break
        if name_word(tokens, j + 1, lexicon):
            j += 1
            ends.append(j)
        elif (
            keys[j + 1] in ARTICLES
            and j + 2 < count
            and gaps[j + 2] in (" ", "-")
            and name_word(tokens, j + 2, lexicon, after_particle=True)
        ):
            j += 2
            ends.append(j)
        else:
            break
    for end in reversed(ends):
        if end <= known or not _arabic(keys, first, end):
            continue
        found = variant_entry(" ".join(keys[first : end + 1]), lexicon)
        if found is not None:
            return end, found[0], found[1]
    return None


#: Least lexicon weight of a place reached through the other romanisation of a final tāʾ marbūṭa (a
#: well-known city: "Hodeidah" for the gazetteer's "Hodeida", not a village one letter away).
FINAL_H_MIN_WEIGHT: Final = 0.6


def final_h_variant(key: str, get: Callable[[str], Entry | None]) -> tuple[str, Entry | None]:
    """The key and entry of a one-word name the lexicon lacks, in its other romanisation of a final
    tāʾ marbūṭa: Arabic names end in "-a" or "-ah" as the transliteration has it (ALA-LC writes "-ah",
    BGN/PCGN and the press often "-a": "Hodeidah"/"Hodeida", "Hasaka"/"Hasakah"). Only a well-known
    place (:data:`FINAL_H_MIN_WEIGHT`) and only when the word as written is unknown."""
    other = final_h_form(key)
    entry = get(other) if other is not None else None
    if other is None or entry is None or not entry.is_place or entry.weight < FINAL_H_MIN_WEIGHT:
        return key, None
    return other, entry
