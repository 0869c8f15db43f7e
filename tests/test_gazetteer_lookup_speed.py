"""Fast paths of the gazetteer lookup give what the plain paths give (randomised over the index's names)."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from geo.gazetteer import matches as matches_module
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.matches import SkeletonRows, _shares_skeleton, _skeleton_parts, _union, name_matches
from geo.gazetteer.normalize import (
    ARTICLES,
    article_forms,
    final_h_form,
    normalize_name,
    skeleton,
    split_generic,
)


@pytest.fixture(scope="module")
def gazetteer() -> Iterator[Gazetteer]:
    """The compiled index in ``settings.cache_dir`` (built on first use)."""
    with Gazetteer.open() as gaz:
        yield gaz


def _names(gazetteer: Gazetteer, count: int, seed: int) -> list[str]:
    """Names of random index rows, and spellings made from them as a text writes them (the article
    dropped or added, a final h dropped or added, a generic word, another case)."""
    rng = random.Random(seed)
    top = gazetteer._query("SELECT max(rowid) FROM names", ())[0][0]
    rows = gazetteer._query(
        f"SELECT name FROM names WHERE rowid IN ({','.join('?' * count)})",
        [rng.randint(1, top) for _ in range(count)],
    )
    found = []
    for (name,) in rows:
        words = name.split()
        found.append(name)
        found.append(" ".join(words[1:]) if len(words) > 1 else f"Al-{name}")
        found.append(name[:-1] if name.endswith("h") else f"{name}h")
        found.append(f"{name} {rng.choice(['province', 'district', 'airport', 'city of'])}".upper())
    return [*found, "Hasakah", "Hasaka", "Al-Hasakah", "Raqqa", "Ar Raqqah", "Deir ez-Zor", "Alqaa", "Alqaah"]


def _query_keys(name: str) -> dict[str, object] | None:
    """The keys :meth:`Gazetteer.lookup` queries for ``name``."""
    key = normalize_name(name)
    if not key:
        return None
    base, hint = split_generic(key)
    final_h = final_h_form(base)
    variants = article_forms(base) + ((final_h,) if final_h is not None else ())
    return {
        "folded": " ".join(name.split()).casefold(),
        "key": key,
        "base": base,
        "hint": hint,
        "variants": variants,
        "skel": skeleton(key),
    }


@pytest.mark.parametrize("kept", [1 << 15, 50])
def test_skeleton_rows_give_the_rows_and_matches_of_one_query(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch, kept: int
) -> None:
    monkeypatch.setattr(matches_module, "KEPT_NAME_ROWS", kept)  # 50: the kept rows dropped again and again
    skeletons = SkeletonRows(gazetteer._query)
    tried = 0
    for name in _names(gazetteer, 400, seed=kept):
        keys = _query_keys(name)
        if keys is None or len(str(keys["skel"])) < 5:
            continue
        tried += 1
        key, base, skel = str(keys["key"]), str(keys["base"]), str(keys["skel"])
        variants = keys["variants"]
        assert isinstance(variants, tuple)
        forms = tuple(dict.fromkeys((base, *variants)))
        plain = _union(gazetteer._query, key=key, forms=forms, skel=skel)
        parts = _skeleton_parts(gazetteer._query, skeletons, key=key, forms=forms, skel=skel, base=base)
        assert parts == plain
        fast = name_matches(gazetteer._query, skeletons=skeletons, **keys)  # type: ignore[arg-type]
        assert fast == name_matches(gazetteer._query, **keys)  # type: ignore[arg-type]
    assert tried > 1000


def test_a_form_said_to_share_the_skeleton_has_no_name_outside_it(gazetteer: Gazetteer) -> None:
    said = 0
    for name in _names(gazetteer, 400, seed=7):
        keys = _query_keys(name)
        if keys is None:
            continue
        base, skel = str(keys["base"]), str(keys["skel"])
        variants = keys["variants"]
        assert isinstance(variants, tuple)
        for form in variants:
            if len(skel) >= 5 and _shares_skeleton(form, base):
                said += 1
                outside = gazetteer._query(
                    "SELECT count(*) FROM names WHERE base = ? AND (skel IS NULL OR skel <> ?)", (form, skel)
                )
                assert outside == [(0,)], (name, form)
    assert said > 300
    assert not _shares_skeleton("alqaah", "alqaa")  # the skeleton cuts "al" off the longer word only
    assert not _shares_skeleton("al qaa", "al qa")


def test_lookups_with_and_without_the_kept_skeleton_rows_agree(gazetteer: Gazetteer) -> None:
    plain = Gazetteer(gazetteer.path)
    plain._skeletons = None
    try:
        for name in _names(gazetteer, 150, seed=3):
            if normalize_name(name):
                want = plain.lookup(name, limit=100, fuzzy=False)
                assert gazetteer.lookup(name, limit=100, fuzzy=False) == want
    finally:
        plain.close()


def _plain_word_alternatives(word: str, *, last: bool, levantine: bool) -> tuple[str, ...]:
    """The spellings of a word as :func:`geo.gazetteer.spellings._word_alternatives` made them before it
    took the Levantine list from the plain one (the reference)."""
    from geo.gazetteer import spellings

    found = [word, *spellings._word_forms().get(word, ())]
    bgn = spellings.bgn_word(word)
    single = spellings._DOUBLE.sub(r"\1", bgn)
    found += [bgn, single, *spellings._short_vowels(bgn), *spellings._short_vowels(single)]
    if levantine:
        found += [*spellings._levantine(bgn), *spellings._levantine(single)]
    if last:
        found = [form for each in found for form in spellings._final_forms(each)]
    return tuple(dict.fromkeys(found))


def test_word_alternatives_are_those_of_the_plain_rewrites() -> None:
    from geo.gazetteer import spellings

    rng = random.Random(11)
    letters = "abdehiklmnoqrstuwyz"
    words = [*spellings._word_forms(), "issa", "qaryatain", "ashrafieh", "shekhon", "jobar", "meskin"]
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(2, 11))) for _ in range(3000)]
    words += [word + word[-1] + "eh" for word in words[-500:]]  # doubled letters and a final -eh
    spellings._word_alternatives.cache_clear()
    for word in words:
        for last in (False, True):
            for levantine in (True, False):  # the Levantine list first: its plain list not kept yet
                want = _plain_word_alternatives(word, last=last, levantine=levantine)
                assert spellings._word_alternatives(word, last=last, levantine=levantine) == want, word


def _plain_variants(base: str, limit: int) -> tuple[str, ...]:
    """:func:`geo.gazetteer.spellings.spelling_variants` by its loop alone (the reference)."""
    import itertools

    from geo.gazetteer import spellings

    words = base.split()
    if not words or len(words) > spellings.MAX_WORDS or any(not word.isalpha() for word in words):
        return ()
    found: dict[str, None] = {}
    for levantine in (False, True):
        options = [spellings._alternatives(words, index, levantine=levantine) for index in range(len(words))]
        widest = max(len(option) for option in options)
        aligned = [tuple(option[min(k, len(option) - 1)] for option in options) for k in range(widest)]
        for combination in itertools.chain(aligned, itertools.islice(itertools.product(*options), 4 * limit)):
            found[" ".join(combination)] = None
            head = len(combination) >= 2 and combination[0] in spellings.heads()
            if head and combination[1] not in ARTICLES:
                for article in spellings._article("al", combination[1]):
                    found[" ".join((combination[0], article, *combination[1:]))] = None
    found.pop(base, None)
    return tuple(itertools.islice(found, limit))


def test_spelling_variants_of_one_word_are_those_of_the_loop() -> None:
    from geo.gazetteer.spellings import spelling_variants

    rng = random.Random(5)
    letters = "abdehiklmnoqrstuwyz"
    words = ["issa", "qaryatain", "ashrafieh", "hasakah", "al", "deir", "x1", "abu duhur", "tal abyad"]
    words += ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(2000)]
    for word in words:
        for limit in (48, 3, 1):
            assert spelling_variants(word, limit=limit) == _plain_variants(word, limit), word


def test_keys_taken_at_once_are_the_keys_one_by_one() -> None:
    import numpy as np

    from geo.gazetteer.fuzzy import LetterTable, best_matches
    from geo.gazetteer.fuzzy_choices import Keys

    rng = random.Random(2)
    words = ["".join(rng.choice("abcdé xyz") for _ in range(rng.randint(0, 9))) for _ in range(500)]
    keys = Keys("\x00".join(words), np.array([len(word) for word in words], dtype=np.int64))
    for _ in range(50):
        indexes = sorted(rng.sample(range(len(words)), rng.randint(0, 40)))
        assert keys.take(indexes) == [keys[i] for i in indexes] == [words[i] for i in indexes]
    choices = ["arbil", "erbil", "anbar", "ninawa", "mosul", "tikrit al", "deir ez zor"]
    kept = Keys("\x00".join(choices), np.array([len(choice) for choice in choices], dtype=np.int64))
    for query in ("arbar", "irbil", "tikreet", "deir ezzor"):
        table = LetterTable(choices)
        assert list(best_matches(query, kept, table=table)) == list(best_matches(query, choices, table=table))
