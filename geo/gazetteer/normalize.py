"""Name normalisation: the keys that make spelling variants of a place name meet.

Three levels, each applied identically to gazetteer names (at index build time) and to queries:

``normalize_name``
    case, diacritics and script (Unidecode), apostrophes and quotes dropped, dots of abbreviations
    dropped ("U.S." -> "us"), other punctuation and hyphens -> spaces, a leading "the" dropped.
``class_hint`` / ``strip_generic``
    generic words that name the kind of place ("province", "governorate", "international airport",
    "air base", "city of" ...) are removed from the key and kept as a feature-class hint.
``skeleton``
    a transliteration-tolerant key: Arabic articles (al-, el-, ad-, ar-, as-, at-, az-, ash-, an-,
    ez- ... as a separate token or glued as "al"), spaces removed, ``h`` after a letter dropped
    (kh/gh/dh/th/sh, final -ah), q/c -> k, doubled letters collapsed and every run of vowels
    (and y) replaced by a single ``a``. "Deir-Alzour" and "Deir ez-Zor" both become ``darzar``,
    "Hawija" and "Al Hawijah" ``hawaja``, "Arbil" and "Erbil" ``arbal``.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from unidecode import unidecode

from geo import lexicon

__all__ = [
    "article_forms",
    "class_hint",
    "final_h_form",
    "normalize_name",
    "skeleton",
    "split_generic",
    "strip_generic",
]

_QUOTES: Final = re.compile(r"[\"'`´‘’‚‛“”„ʹʻʼʽʾʿˈ′″]")
_DOT_ABBREV: Final = re.compile(r"(?<=\w)\.(?=\w|\s|$)")
_NON_WORD: Final = re.compile(r"[^0-9a-z]+")
_SPACES: Final = re.compile(r"\s+")

#: The data file of the generic words (``geo/lexicon/data``); the index fingerprint hashes it.
GENERIC_WORDS_FILE: Final = "gazetteer_generic_words"


@functools.cache
def generic_words() -> tuple[tuple[str, str], ...]:
    """Generic words (as normalised token sequences) and the feature class they hint at; longest first.

    Read on first use from the data file :data:`GENERIC_WORDS_FILE`.
    """
    entries = lexicon.load(GENERIC_WORDS_FILE)
    return tuple(sorted(zip(entries.column("term"), entries.column("class"), strict=True), key=_longest))


def _longest(item: tuple[str, str]) -> int:
    return -len(item[0])


#: Arabic definite article and its sun-letter assimilations, as separate tokens.
ARTICLES: Final[frozenset[str]] = frozenset(
    {
        "al",
        "el",
        "il",
        "ul",
        "ad",
        "ed",
        "ar",
        "er",
        "as",
        "es",
        "at",
        "et",
        "az",
        "ez",
        "ash",
        "esh",
        "an",
        "en",
        "adh",
        "ath",
        "dh",
        "al-",
        "l",
    }
)
_VOWEL_RUN: Final = re.compile(r"[aeiouy]+")
_DOUBLE: Final = re.compile(r"(.)\1+")
_INNER_H: Final = re.compile(r"(?<=[a-z])h")


def normalize_name(name: str) -> str:
    """Return the normalised matching key of a place name.

    Parameters
    ----------
    name
        A place name as written ("Deir ez-Zor", "U.S.", "Sulaymānīyah").

    Returns
    -------
    str
        Lower-case ASCII words separated by single spaces ("deir ez zor", "us", "sulaymaniyah");
        empty when the name holds no letter or digit.
    """
    text = unidecode(name).lower()
    text = _QUOTES.sub("", text)
    text = _DOT_ABBREV.sub("", text)
    text = _NON_WORD.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the ") and len(text) > 4:
        text = text[4:]
    return text


def split_generic(key: str) -> tuple[str, str | None]:
    """Remove generic words from a normalised key and return ``(key, class hint)``.

    Parameters
    ----------
    key
        Output of :func:`normalize_name`.

    Returns
    -------
    tuple[str, str | None]
        The key without generic words and the feature class hinted by the first (longest) generic
        word found; ``(key, None)`` when the key holds nothing but generic words.
    """
    hint: str | None = None
    words = f" {key} "
    for phrase, cls in generic_words():
        needle = f" {phrase} "
        if needle in words:
            words = words.replace(needle, " ")
            hint = hint or cls
    if not words.strip():  # only generic words ("Province", "State Department"): a name, not a hint
        return key, None
    return _SPACES.sub(" ", words).strip(), hint


#: The consonants the Arabic article assimilates to (BGN/PCGN and ALA-LC romanisation: "Ar Raqqah",
#: "Ash Shaddadah", "At Tanf"): those of the assimilated forms in :data:`ARTICLES`, longest first.
_SUN_LETTERS: Final = tuple(
    sorted(
        (form[1:] for form in ARTICLES if form.startswith("a") and form[1:] not in ("l", "l-")),
        key=lambda letters: (-len(letters), letters),
    )
)


def article_forms(base: str) -> tuple[str, ...]:
    """Return the keys of ``base`` with the Arabic definite article, as gazetteers romanise it.

    GeoNames follows BGN/PCGN romanisation, which writes the article ("Al Bayda", "Al Qa'im") and
    assimilates it to a following sun letter ("At Tanf", "Ash Shaddadah"); news names the place without
    it ("Bayda", "Qaim", "Tanf"). Short names do not meet their gazetteer form through :func:`skeleton`
    (too short to be safe), so lookups try these keys too.

    Parameters
    ----------
    base
        A normalised key without generic words (:func:`split_generic`).

    Returns
    -------
    tuple[str, ...]
        ``"al <base>"`` and, before a sun letter, the assimilated form; empty when ``base`` already
        starts with an article or is shorter than three letters.
    """
    tokens = base.split()
    if not tokens or tokens[0] in ARTICLES or len(tokens[0]) < 3 or not tokens[0][0].isalpha():
        return ()
    forms = [f"al {base}"]
    for letters in _SUN_LETTERS:
        if base.startswith(letters):
            forms.append(f"a{letters} {base}")
            break
    return tuple(forms)


def final_h_form(base: str) -> str | None:
    """Return ``base`` in the other romanisation of a final tāʾ marbūṭa, or None.

    Arabic names end in "-ah" (ALA-LC) or "-a" (BGN/PCGN, the press): "Hodeidah"/"Hodeida",
    "Hasakah"/"Hasaka". Only one-word keys of five letters or more.
    """
    if " " in base or len(base) < 5:
        return None
    return base[:-1] if base.endswith("ah") else base + "h" if base.endswith("a") else None


def strip_generic(key: str) -> str:
    """Return ``key`` without generic words (see :func:`split_generic`)."""
    return split_generic(key)[0]


def class_hint(name: str) -> str | None:
    """Return the feature class hinted by a generic word in ``name`` ("Anbar province" -> "admin_region")."""
    return split_generic(normalize_name(name))[1]


def skeleton(key: str) -> str:
    """Return the transliteration-tolerant key of a normalised name.

    Parameters
    ----------
    key
        Output of :func:`normalize_name` (generic words are removed here too).

    Returns
    -------
    str
        A compact key with Arabic articles, spaces, inner ``h`` and vowel quality removed;
        empty if nothing is left.
    """
    base = strip_generic(key)
    tokens = base.split()
    kept = [tok for tok in tokens if tok not in ARTICLES] or tokens
    kept = [tok[2:] if tok.startswith("al") and len(tok) >= 6 else tok for tok in kept]
    text = "".join(kept)
    text = _INNER_H.sub("", text)
    text = text.replace("q", "k").replace("c", "k")
    text = _DOUBLE.sub(r"\1", text)
    text = _VOWEL_RUN.sub("a", text)
    return _DOUBLE.sub(r"\1", text)
