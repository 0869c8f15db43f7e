"""Names written with one vowel more or fewer than the gazetteer's spelling: "Kankra district" for Kankara.

Transliterations from scripts that leave short vowels unwritten (Arabic, Ajami Hausa, Ge'ez) and news
spellings of small places differ from the gazetteer's romanisation by a short vowel between consonants
("Rmeilan" / "Rumeilan", "Kankra" / "Kankara"). The gazetteer matches approximately only well-known
places (:data:`geo.gazetteer.fuzzy.FUZZY_MIN_IMPORTANCE`), so such a small place is missed and its name
goes to the document's main country. :func:`vowel_variant` tries, for a name the document does not
support, the spellings with one vowel inserted between two consonants or one vowel dropped from between
two consonants, and keeps the entry when exactly one place of the document's main country (of the class
the generic word says) carries one of them under its own name or an alias.
"""

from __future__ import annotations

from typing import Final

from geo.gazetteer import Candidate
from geo.gazetteer.normalize import normalize_name
from geo.resolve.candidates import CandidateCache
from geo.resolve.namesakes import split_generic

__all__ = ["MIN_LETTERS", "vowel_variant", "vowel_variants"]

#: Vowels tried (the five of English spellings of transliterated names).
VOWELS: Final = "aeiou"
#: Only one-word names at least this long are tried (short names meet too many namesakes).
MIN_LETTERS: Final = 5
#: Classes a name without a generic word may take: towns and divisions.
_PLAIN: Final = frozenset({"city", "admin_region"})


def vowel_variants(word: str) -> list[str]:
    """Spellings of the normalised one-word name ``word`` with one vowel inserted between two consonants or
    one vowel dropped from between two consonants, in order of position (none for other names)."""
    if not word.isalpha() or len(word) < MIN_LETTERS:
        return []
    out: list[str] = []
    for i in range(1, len(word)):
        before, after = word[i - 1], word[i]
        if before not in VOWELS and after not in VOWELS:
            out.extend(word[:i] + vowel + word[i:] for vowel in VOWELS)
        if i < len(word) - 1 and after in VOWELS and before not in VOWELS and word[i + 1] not in VOWELS:
            out.append(word[:i] + word[i + 1 :])
    return list(dict.fromkeys(out))


def vowel_variant(
    surface: str, country: str, cache: CandidateCache, fitting: frozenset[str] | None
) -> Candidate | None:
    """The one place of ``country`` whose name is ``surface`` with one short vowel more or fewer (see the
    module docstring), of the classes ``fitting`` (towns and divisions without), or None."""
    base, _ = split_generic(normalize_name(surface))
    kinds = fitting or _PLAIN
    found: dict[str, Candidate] = {}
    for variant in vowel_variants(base):
        for candidate in cache.lookup(variant):
            if (
                candidate.country == country
                and candidate.feature_class in kinds
                and candidate.match in ("exact", "alias")
            ):
                best = found.get(variant)
                if best is None or candidate.importance > best.importance:
                    found[variant] = candidate
    if len(found) != 1:
        return None  # none, or several spellings of this country: no telling which
    return next(iter(found.values()))
