"""Arabic place names in the press's romanisation rather than the gazetteer's (geo.gazetteer.spellings,
geo.recognize.variants), on our own sentences."""

from __future__ import annotations

import pytest

from geo import Geoparser
from geo.gazetteer import default_gazetteer
from geo.gazetteer.spellings import bgn_word, spelling_variants
from geo.recognize.tokens import word_columns
from geo.recognize.variants import variant_run


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("qaryatain", "qaryatayn"),  # the diphthong ay written "ai"
        ("deir", "dayr"),  # ... or "ei"
        ("douhour", "duhur"),  # long u written "ou"
        ("reef", "rif"),  # long i written "ee"
        ("ashrafieh", "ashrafiyah"),  # the Levantine final "-ieh"
        ("salamia", "salamiya"),  # the nisba ending written "-ia"
        ("raqqa", "raqqa"),  # unchanged
        ("taiyiba", "taiyiba"),  # "ai" before a vowel is not rewritten
    ],
)
def test_bgn_word(word: str, expected: str) -> None:
    assert bgn_word(word) == expected


@pytest.mark.parametrize(
    ("key", "variant"),
    [
        ("ain issa", "ayn isa"),  # ʿayn, and a doubled consonant written single
        ("abu duhur", "abu ad duhur"),  # the article of the construct, assimilated
        ("tal abyad", "tal al abyad"),  # ... or not
        ("al tabaqa", "al tabaqah"),  # the final ta marbuta of the last word
        ("al tabaqa", "at tabaqa"),  # the article assimilated to a sun letter
        ("jisr esh shughur", "jisr ash shughur"),  # the article inside a name
        ("al mansoura", "al mansurah"),
        ("al suwaidaa", "as suwayda"),  # long a written "aa"
        ("sheikh meskin", "shaykh miskin"),  # a short i written "e"
        ("menbej", "manbij"),  # short a and i written "e"
        ("khan shekhon", "khan shaykhun"),  # Levantine long e for ay, o for u
        ("jobar", "jawbar"),  # Levantine long o for aw
    ],
)
def test_spelling_variants(key: str, variant: str) -> None:
    assert variant in spelling_variants(key)
    assert key not in spelling_variants(key)


def test_levantine_vowels_come_after_the_other_rewrites() -> None:
    # the variants of the other rewrites keep their places: the Levantine ones only follow them
    found = spelling_variants("khan shekhon")
    assert found.index("khan shikhon") < found.index("khan shaykhun")


def test_no_variants_of_numbers_or_long_names() -> None:
    assert spelling_variants("route 8") == ()
    assert spelling_variants("one two three four five") == ()


def _places(parser: Geoparser, text: str) -> dict[str, str | None]:
    """Surface -> the country it resolves to."""
    resolved = parser.resolve(text, parser.recognize(text))
    return {r.toponym.surface: (r.candidate.country if r.candidate else None) for r in resolved}


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a small town the gazetteer spells "‘Ayn ‘Īsá"; "Ain" and "Issa" alone are names of other things
        ("Coalition jets struck positions near Ain Issa in Raqqa province on Friday.", "Ain Issa"),
        ("Coalition jets struck positions near Ayn Issa, north of Raqqa, on Friday.", "Ayn Issa"),
        # "Al" joined by a hyphen is the article of the name, not Albania's code
        ("Government troops shelled Al-Qaryatain overnight.", "Al-Qaryatain"),
        # the gazetteer's form has the article of the construct: "Abu ad Duhur"
        ("Rebels attacked the Abu Duhur airfield at dawn.", "Abu Duhur"),
        # the gazetteer's form ends in "-ah" ("Al Tabaqah")
        ("Drones were seen over al-Tabaqa, west of Raqqa, last night.", "al-Tabaqa"),
        # a lower-case article before the name, without a hyphen
        ("Protesters gathered in al Tabaqa, Raqqa governorate.", "al Tabaqa"),
        ("Gunmen attacked a checkpoint in Al-Suwaidaa countryside.", "Al-Suwaidaa"),
        ("Barrel bombs fell on Sheikh Meskin north of Daraa.", "Sheikh Meskin"),
        # one unknown word after "around": another romanisation of a known name ("Manbij")
        ("Fighting flared again around Menbej overnight.", "Menbej"),
        # one unknown word before or after "<area noun> of": another romanisation of a known name
        ("Edlib countryside saw heavy shelling on Sunday.", "Edlib"),
        ("Warplanes struck Edlib countryside again.", "Edlib"),
        ("Gunmen raided farms on the outskirts of Menbej.", "Menbej"),
        # "Khan" (a caravanserai) heads the name; Levantine vowels for the gazetteer's "Khān Shaykhūn"
        ("Jets hit a bakery in Khan Shekhon at noon.", "Khan Shekhon"),
    ],
)
def test_press_spelling_is_read_and_placed_in_syria(parser: Geoparser, text: str, surface: str) -> None:
    places = _places(parser, text)
    found = [name for name in places if name.startswith(surface)]
    assert found, places
    assert places[found[0]] == "SY"


def test_around_reads_no_name_by_its_skeleton(parser: Geoparser) -> None:
    # an unknown name after "around" that is no romanisation of a known one stays unread (its skeleton
    # meets far-away names that only look like it)
    assert _places(parser, "The gang is based around Ganthier, police said.") == {}


def test_variants_only_for_places_of_arabic_names() -> None:
    gazetteer = default_gazetteer()
    # "ou" -> "u" is Arabic romanisation: the English word is not a Spanish town "Rute" at key level
    found = gazetteer.lookup("Route", limit=5)
    assert all(c.match == "fuzzy" for c in found)


def test_a_person_is_not_made_a_place(parser: Geoparser) -> None:
    places = _places(parser, "The novelist Ayn Rand and the politician Al Gore spoke.")
    assert "Ayn Rand" not in places
    assert "Al Gore" not in places


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jisr al-Shughur", "jisr ash shughur"),  # a name-head word first
        ("Al-Qaryatain", "al qaryatayn"),  # the article first
        ("Ain Issa", "ayn isa"),
        ("New Hampshire Avenue", None),  # no article, no head word: no run looks Arabic
    ],
)
def test_variant_run_reads_only_runs_that_look_arabic(parser: Geoparser, text: str, key: str | None) -> None:
    tokens = word_columns(text)
    found = variant_run(0, -1, tokens, parser._loaded_state().lexicon)
    assert (found[1] if found else None) == key


def test_area_noun_reads_no_name_by_its_skeleton(parser: Geoparser) -> None:
    # a word before "countryside" that is no romanisation of a known name stays unread
    assert _places(parser, "Smoke rose over Qwertaz countryside.") == {}


def test_english_word_after_a_preposition_is_no_misspelt_place(parser: Geoparser) -> None:
    # "Coalition" is outside the lexicon but an English word: not a misspelling of some town
    assert _places(parser, "Deaths from Coalition airstrikes rose last month.") == {}
    assert "Tikreet" in _places(parser, "Gunmen attacked a checkpoint in Tikreet.")


def test_word_spellings_kept_apart_by_position() -> None:
    # the -a/-ah forms belong to the last word only, however often a word was rewritten before
    assert "mosul tabaqah" in spelling_variants("mosul tabaqa")
    assert not any(v.startswith("tabaqah ") for v in spelling_variants("tabaqa mosul"))
    assert "mosul tabaqah" in spelling_variants("mosul tabaqa")
