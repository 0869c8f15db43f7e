"""Unknown capitalised words read as a known place spelt another way ("in Tikreet", "Jeb al-Jarrah")."""

from __future__ import annotations

from typing import Final

from geo.recognize.areas import area_around, english_word
from geo.recognize.candidate import Candidate, joined, plain_name_word
from geo.recognize.lexicon import PATTERN, Entry, Lexicon
from geo.recognize.tokens import Tokens
from geo.recognize.variants import variant_entry, variant_run

__all__ = ["AROUND", "PLACE_PREPOSITIONS", "misspelt", "variant"]

#: Prepositions after which an unknown capitalised word may be a misspelt place ("in Tikreet"); "off" and
#: "along" locate events at sea and on coasts, rivers and borders ("off Hodeidah", "along Tartus");
#: "through", "via" and "within" are of place too ("marched through Qamishli", "fled via Rafah"; art35a).
PLACE_PREPOSITIONS: Final = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "outside",
        "across",
        "off",
        "along",
        "through",
        "via",
        "within",
    }
)
#: Prepositions of place before which a single unknown word is read as a place only when it is another
#: romanisation of an Arabic name the lexicon knows (:func:`geo.recognize.variants.variant_entry`), not
#: by its skeleton: "clashes around Menbej" (Manbij), while "based around Ganthier" meets no name.
AROUND: Final = frozenset({"around", "inside", "towards", "toward"})


def misspelt(i: int, tokens: Tokens, lexicon: Lexicon) -> Candidate | None:
    """Return a spelling variant of a well-known name ("Deir-Alzour", "in Tikreet"), or None.

    Tried on two or three capitalised words outside the lexicon, or on one after a preposition of place;
    the skeleton (see :func:`geo.gazetteer.normalize.skeleton`) must match and the names must look alike.
    """
    if not plain_name_word(tokens, i, lexicon):
        return None
    keys = tokens.key
    count = len(keys)
    j = i
    while j + 1 < count and j - i < 2 and joined(tokens.gap[j + 1]) and not tokens.possessive[j]:
        if not plain_name_word(tokens, j + 1, lexicon):
            break
        j += 1
    if j == i:
        if tokens.upper[i] or lexicon.get(keys[i]) is not None:
            return None  # known alone: a person name or a common word
        if area_around(i, tokens):
            variant = variant_entry(keys[i], lexicon)  # "Edlib countryside", "the outskirts of Menbej"
            return None if variant is None else Candidate(i, i, variant[0], variant[1], i, i)
        if i == 0 or tokens.cap[i - 1]:
            return None
        if keys[i - 1] in AROUND:
            variant = variant_entry(keys[i], lexicon)  # "around Menbej": Manbij
            return None if variant is None else Candidate(i, i, variant[0], variant[1], i, i)
        if keys[i - 1] not in PLACE_PREPOSITIONS:
            return None
    key = " ".join(keys[i : j + 1])
    found = lexicon.spelling(key)
    if found is None or (j == i and english_word(key)):
        return None  # "deaths from Coalition airstrikes": an English word, no misspelt name
    known = lexicon.get(found)
    weight = known.weight if known is not None else 0.5
    entry = Entry(weight, known.fclass if known else "city", 0.0, PATTERN, known.country if known else None)
    return Candidate(i, j, found, entry, i, j)


def variant(i: int, tokens: Tokens, lexicon: Lexicon) -> Candidate | None:
    """A run of unknown capitalised words that is another romanisation of an Arabic name the lexicon
    knows ("Jeb al-Jarrah", "Al-Qaryatain"; :func:`geo.recognize.variants.variant_run`), or None."""
    run = variant_run(i, i - 1, tokens, lexicon)
    if run is None:
        return None
    last, key, entry = run
    return Candidate(i, last, key, entry, i, last)
