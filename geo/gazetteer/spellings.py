"""Other romanisations of an Arabic place name, as keys to look up ("Ain Issa" -> "ayn isa").

GeoNames names Arab places in the BGN/PCGN 1956 romanisation ("‘Ayn ‘Īsá", "Al Qaryatayn", "Abū ad
Duhūr"); the English-language press writes the same names in a looser, partly French-influenced
spelling ("Ain Issa", "Al-Qaryatain", "Abu Duhur", "Al Mansoura", "Ashrafieh"). The skeleton key
(:func:`geo.gazetteer.normalize.skeleton`) makes most of them meet, but it is too loose to be trusted for
small places and too short for short names. :func:`spelling_variants` instead rewrites a key by the
few regular correspondences between the two spellings and returns the results, to be looked up as
exact keys (at query time: the index is unchanged). The correspondences (Wikipedia, "Romanization of
Arabic", BGN/PCGN 1956 table; "Arabic phonology", diphthongs and tāʾ marbūṭa):

* long ū written "ou" (French) or "oo" (English) -> "u" ("Qouriya" -> "quriya", "Abou" -> "abu");
  long ī written "ee" -> "i" ("Reef" -> "rif");
* the diphthong ay written "ai" or "ei" before a consonant or at the end of the word -> "ay"
  ("Qaryatain" -> "qaryatayn", "Deir" -> "dayr", "Beit" -> "bayt", "Ain" -> "ayn", the letter ʿayn);
* the Levantine spelling of a final tāʾ marbūṭa "-eh", "-ieh", "-iyeh" -> "-ah", "-iyah"
  ("Ashrafieh" -> "ashrafiyah"), the nisba ending "-ia" -> "-iya" ("Salamia" -> "salamiya"); and
  "-ah" <-> "-a" on the last word ("Tabaqa" -> "tabaqah");
* a short vowel written "e" -> "i" or "a" (at most two in a word: "Meskin" -> "miskin");
* a doubled consonant of the press written single as BGN/PCGN writes the unstressed consonant
  ("Issa" -> "isa"), and a long ā written "aa" as one "a" (BGN/PCGN's macron, "Al-Suwaidaa" ->
  "as suwayda"; a second form, the doubled one is kept too);
* the words of ``gazetteer_name_variants.yaml`` (Tall/Tal/Tell, Dayr/Deir ...: each word's forms);
* the Arabic article: any of its forms (al, el, ad-, ash- ...) in the middle of a name written as BGN/PCGN
  writes it, assimilated to a following sun letter ("Jisr esh-Shughur" -> "jisr ash shughur") or "al";
  and inserted between a name-head word and the next ("Abu Duhur" -> "abu ad duhur", "Tal Abyad" ->
  "tal al abyad"), since BGN/PCGN keeps the article of the construct that the press drops.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from geo import lexicon
from geo.gazetteer.normalize import ARTICLES, article_forms
from geo.gazetteer.ranking import MATCH_WEIGHTS

__all__ = ["add_spellings", "arabic_name_countries", "bgn_word", "heads", "spelling_variants"]

#: The data file of word spellings (also read by geo.gazetteer.learn).
VARIANTS_FILE: Final = "gazetteer_name_variants"
#: The data file of the words that begin multi-word Arabic names (also read by the recogniser).
HEADS_FILE: Final = "recognize_name_heads"
#: The data file of the countries whose place names GeoNames romanises from Arabic: the rewrites are
#: Arabic romanisation, elsewhere "Route" is not "Rute".
COUNTRIES_FILE: Final = "gazetteer_arabic_name_countries"
#: The data file of the kinship and title words that begin construct names ("Abu", "Umm", "Sheikh").
CONSTRUCT_HEADS_FILE: Final = "gazetteer_construct_heads"
#: Most variants returned for one key.
MAX_VARIANTS: Final = 48
#: Longest key (in words) rewritten.
MAX_WORDS: Final = 4

_DIPHTHONG: Final = re.compile(r"[ae]i(?=[^aeiouy]|$)")
_DOUBLE: Final = re.compile(r"([ab-df-hj-np-tv-z])\1")


@functools.cache
def _word_forms() -> dict[str, tuple[str, ...]]:
    """Word -> its other spellings in :data:`VARIANTS_FILE` (article groups left out)."""
    forms: dict[str, list[str]] = {}
    for entry in lexicon.load(VARIANTS_FILE):
        group = list(dict.fromkeys(str(form) for form in entry["forms"]))
        if any(form in ARTICLES for form in group):
            continue
        for form in group:
            forms.setdefault(form, []).extend(other for other in group if other != form)
    return {word: tuple(dict.fromkeys(others)) for word, others in forms.items()}


@functools.cache
def heads() -> frozenset[str]:
    """Words after which BGN/PCGN writes the article of a construct ("Abu", "Tall", "Ayn" ...)."""
    heads = set(lexicon.load(HEADS_FILE).terms())
    forms = _word_forms()
    for word in list(heads):
        heads.update(forms.get(word, ()))
    heads.update(lexicon.load(CONSTRUCT_HEADS_FILE).terms())
    return frozenset(heads)


@functools.cache
def arabic_name_countries() -> frozenset[str]:
    """Codes of the countries whose place names GeoNames romanises from Arabic (:data:`COUNTRIES_FILE`)."""
    return frozenset(code.upper() for code in lexicon.load(COUNTRIES_FILE).terms())


def bgn_word(word: str) -> str:
    """Return ``word`` (lower case) with the press's vowel spellings in BGN/PCGN form.

    >>> bgn_word("qaryatain"), bgn_word("douhour"), bgn_word("ashrafieh"), bgn_word("reef")
    ('qaryatayn', 'duhur', 'ashrafiyah', 'rif')
    """
    text = word.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    if text.endswith(("ieh", "iyeh")):
        text = text[: -3 if text.endswith("ieh") else -4] + "iyah"
    elif text.endswith("eh") and len(text) >= 5:
        text = text[:-2] + "ah"
    elif text.endswith("ia") and len(text) >= 5:
        text = text[:-2] + "iya"
    return _DIPHTHONG.sub("ay", text)


def _final_forms(word: str) -> tuple[str, ...]:
    if len(word) < 4:
        return (word,)
    if word.endswith("ah"):
        return word, word[:-1]
    if word.endswith("a"):
        return word, word + "h"
    return (word,)


def _article(word: str, following: str) -> tuple[str, ...]:
    """The article before ``following`` as BGN/PCGN writes it (assimilated) and as "al"."""
    forms = article_forms(following)
    sun = forms[1].split()[0] if len(forms) > 1 else None
    return ("al",) if sun is None else (sun, "al")


def _short_vowels(word: str) -> list[str]:
    """``word`` with each "e" (at most two) as the short vowel it stands for, "i" or "a" ("Meskin" ->
    "miskin", "Menbej" -> "manbij"): BGN/PCGN has no "e"; the press writes it for both, as the Levantine
    dialects pronounce them."""
    places = [index for index, letter in enumerate(word) if letter == "e"]
    if not places or len(places) > 2:
        return []
    found = []
    for vowels in itertools.product("ia", repeat=len(places)):
        letters = list(word)
        for index, vowel in zip(places, vowels, strict=True):
            letters[index] = vowel
        found.append("".join(letters))
    return found


def _levantine(word: str) -> list[str]:
    """``word`` with each "o" (at most two) as "u" or the diphthong "aw", and each "e" (at most two) as
    "i", "a" or the diphthong "ay" ("Shekhon" -> "shaykhun", "Jobar" -> "jawbar"): Arabic has no "o" and
    no "e"; the Levantine dialects say the diphthongs ay, aw as long e, o (monophthongisation), and the
    press writes what it hears (Wikipedia, "Levantine Arabic", phonology; BGN/PCGN writes ay, aw, u)."""
    places = [index for index, letter in enumerate(word) if letter in "eo"]
    if not places or len(places) > 2:
        return []
    options = [("i", "a", "ay") if word[index] == "e" else ("u", "aw") for index in places]
    found = []
    for vowels in itertools.product(*options):
        letters = list(word)
        for index, vowel in zip(places, vowels, strict=True):
            letters[index] = vowel
        found.append("".join(letters))
    return found


def _alternatives(words: list[str], index: int, *, levantine: bool = False) -> tuple[str, ...]:
    word = words[index]
    last = index == len(words) - 1
    if word in ARTICLES and not last:
        return _article(word, words[index + 1])
    return _word_alternatives(word, last=last, levantine=levantine)


@functools.lru_cache(maxsize=1 << 14)
def _word_alternatives(word: str, *, last: bool, levantine: bool) -> tuple[str, ...]:
    """The spellings of a word other than an article, the written one first (kept: a run's names share
    many words, "al", "deir", "tal" ...).

    The spellings are, in this order: the word, its forms of :data:`VARIANTS_FILE`, its BGN/PCGN vowels
    (``bgn``), that with doubled consonants single (``single``), the short vowels of each of the two and,
    with ``levantine``, their Levantine vowels; each also with its other final form when ``last``; the
    first of equal spellings kept. The Levantine list is the plain one with the Levantine spellings added
    (taken from the plain list kept), and a spelling made from ``single`` equal to ``bgn`` repeats those
    of ``bgn`` (not made again)."""
    if levantine:
        bgn, single = _bgn_single(word)
        more = _levantine(bgn) if single == bgn else [*_levantine(bgn), *_levantine(single)]
        if last:
            more = [form for each in more for form in _final_forms(each)]
        return tuple(dict.fromkeys((*_word_alternatives(word, last=last, levantine=False), *more)))
    bgn, single = _bgn_single(word)
    found = [word, *_word_forms().get(word, ()), bgn, single, *_short_vowels(bgn)]
    if single != bgn:
        found += _short_vowels(single)
    if last:
        found = [form for each in found for form in _final_forms(each)]
    return tuple(dict.fromkeys(found))


def _bgn_single(word: str) -> tuple[str, str]:
    """``word`` in BGN/PCGN vowels (:func:`bgn_word`), and that with each doubled consonant single."""
    bgn = bgn_word(word)
    return bgn, _DOUBLE.sub(r"\1", bgn)


def spelling_variants(base: str, *, limit: int = MAX_VARIANTS) -> tuple[str, ...]:
    """Return other romanisations of a normalised key, as keys to look up (the key itself left out).

    Parameters
    ----------
    base
        A normalised key without generic words (:func:`geo.gazetteer.normalize.split_generic`).
    limit
        Most variants returned (those nearest the written form first).

    Returns
    -------
    tuple[str, ...]
        Keys in the other spellings (see the module docstring); empty for keys of more than
        :data:`MAX_WORDS` words or with a word of digits.

    >>> "ayn isa" in spelling_variants("ain issa"), "abu ad duhur" in spelling_variants("abu duhur")
    (True, True)
    """
    words = base.split()
    if not words or len(words) > MAX_WORDS or any(not word.isalpha() for word in words):
        return ()
    if len(words) == 1:  # the aligned runs list every spelling of the word, the product adds none
        plain = _word_alternatives(words[0], last=True, levantine=False)
        spellings = dict.fromkeys((*plain, *_word_alternatives(words[0], last=True, levantine=True)))
        spellings.pop(base, None)
        return tuple(itertools.islice(spellings, limit))
    found: dict[str, None] = {}
    name_heads = heads()
    # the Levantine vowels after all the other rewrites: the variants found before stay the first
    for levantine in (False, True):
        options = [_alternatives(words, index, levantine=levantine) for index in range(len(words))]
        widest = max(len(option) for option in options)
        aligned = [tuple(option[min(k, len(option) - 1)] for option in options) for k in range(widest)]
        for combination in itertools.chain(aligned, itertools.islice(itertools.product(*options), 4 * limit)):
            found[" ".join(combination)] = None
            if len(combination) >= 2 and combination[0] in name_heads and combination[1] not in ARTICLES:
                for article in _article("al", combination[1]):
                    found[" ".join((combination[0], article, *combination[1:]))] = None
    found.pop(base, None)
    return tuple(itertools.islice(found, limit))


def add_spellings(
    best: dict[int, tuple[float, str, str]],
    base: str,
    query: Callable[[str, Sequence[Any]], list[tuple[Any, ...]]],
    *,
    exclude: tuple[str, ...],
) -> None:
    """Add the entries named by another romanisation of ``base`` to a lookup's matches, in place.

    Parameters
    ----------
    best
        The lookup's matches: entry (``pid``) -> ``(weight, label, matched name)``.
    base
        The query's key without generic words.
    query
        Runs one SQL query on the index and returns its rows.
    exclude
        Keys looked up already.

    Notes
    -----
    Matches get the ``variant`` weight (:data:`geo.gazetteer.ranking.MATCH_WEIGHTS`) and only places of
    :data:`COUNTRIES_FILE` count, since the rewrites are those of Arabic romanisation. An entry
    found already (by its skeleton) keeps the name it matched: its own ("Ash Shaddādah" for "Shaddadi")
    rather than the alternate name of the variant ("Shadadi").
    """
    forms = [form for form in spelling_variants(base) if form not in exclude]
    if not forms:
        return
    marks = ",".join("?" * len(forms))
    rows = query(
        "SELECT n.pid, n.name, p.country FROM names n JOIN places p ON p.pid = n.pid "
        f"WHERE n.base IN ({marks})",
        forms,
    )
    weight = MATCH_WEIGHTS["variant"]
    countries = arabic_name_countries()
    for pid, row_name, country in rows:
        if country not in countries or (pid in best and best[pid][0] >= weight):
            continue
        best[pid] = (weight, "normalized", best[pid][2] if pid in best else row_name)
