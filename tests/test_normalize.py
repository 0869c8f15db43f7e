"""Name normalisation: the keys that make spelling variants of a place meet."""

from __future__ import annotations

import pytest

from geo.gazetteer import normalize_name
from geo.gazetteer.normalize import class_hint, skeleton, split_generic


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Baghdad", "baghdad"),
        ("  Sulaymānīyah ", "sulaymaniyah"),
        ("U.S.", "us"),
        ("W.Va.", "wva"),
        ("Deir ez-Zor", "deir ez zor"),
        ("Ma’rib", "marib"),
        ("Qal'at Sukkar", "qalat sukkar"),
        ("The Hague", "hague"),
        ("São Paulo", "sao paulo"),
        ("!!!", ""),
    ],
)
def test_normalize_name(raw: str, expected: str) -> None:
    assert normalize_name(raw) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Hawija", "Al Hawijah"),
        ("Deir-Alzour", "Deir ez-Zor"),
        ("Arbil", "Erbil"),
        ("Tehran", "Teheran"),
        ("Al-Asad", "Al Assad"),
        ("Sulaimaniya", "Sulaymaniyah"),
        ("Ar-Ramadi", "Ramadi"),
        ("Anbar province", "Al Anbar"),
        ("Erbil International Airport", "Erbil"),
    ],
)
def test_spelling_variants_share_a_skeleton(left: str, right: str) -> None:
    assert skeleton(normalize_name(left)) == skeleton(normalize_name(right))


@pytest.mark.parametrize(("left", "right"), [("Basra", "Bursa"), ("Erbil", "Irbid"), ("Mosul", "Basel")])
def test_different_places_keep_different_skeletons(left: str, right: str) -> None:
    assert skeleton(normalize_name(left)) != skeleton(normalize_name(right))


@pytest.mark.parametrize(
    ("raw", "base", "hint"),
    [
        ("Anbar province", "anbar", "admin_region"),
        ("Al Asad Air Base", "al asad", "military_base"),
        ("Baghdad International Airport", "baghdad", "airport"),
        ("Kirkuk governorate", "kirkuk", "admin_region"),
        ("city of Mosul", "mosul", "city"),
        ("Basra", "basra", None),
        ("Province", "province", None),  # nothing else left: keep the word
    ],
)
def test_generic_words_are_removed_and_kept_as_hint(raw: str, base: str, hint: str | None) -> None:
    assert split_generic(normalize_name(raw)) == (base, hint)
    assert class_hint(raw) == hint
