"""The recogniser's, resolver's and gazetteer's word lists are data files with a source for every entry."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from geo import lexicon
from geo.resolve.context import ContainerIndex

#: Never read: no comma or parenthesis follows the names the hint tests look at.
_NO_INDEX = cast("ContainerIndex", object())
#: Stems of the data files of the gazetteer, recognition and resolution stages.
STAGES = ("gazetteer_", "recognize_", "resolve_")
STAGE_FILES = [name for name in lexicon.available() if name.startswith(STAGES)]
#: Files whose entries carry a feature-class hint.
CLASSED = ("recognize_generic_after", "recognize_generic_before", "recognize_name_prefixes",
           "recognize_name_suffixes", "resolve_kind_words", "gazetteer_generic_words")  # fmt: skip
#: Feature classes a hint may name ("" for none; "settlement" and "area" are resolution's own: a town or
#: anything but a wide region, the open land of a town or its namesake region).
HINT_CLASSES = {"", "admin_region", "city", "airport", "military_base", "facility", "water_body", "region",
                "country", "settlement", "area"}  # fmt: skip


def test_stage_files_are_shipped() -> None:
    assert "recognize_demonyms" in STAGE_FILES
    assert "recognize_person_titles" in STAGE_FILES
    assert len(STAGE_FILES) >= 25


@pytest.mark.parametrize("name", STAGE_FILES)
def test_every_entry_has_a_declared_source(name: str) -> None:
    lex = lexicon.load(name)
    assert lex.about
    assert len(lex) > 0
    for entry in lex:
        assert entry["source"] in lex.sources, entry
        assert lex.sources[entry["source"]].strip(), entry["source"]


@pytest.mark.parametrize("name", STAGE_FILES)
def test_entries_are_unique_and_terms_lower_case_strings(name: str) -> None:
    lex = lexicon.load(name)
    # a file of spelling groups ({forms: [...]}) holds its terms in the groups
    terms = (
        [f for forms in lex.column("forms") for f in forms]
        if "forms" in lex.entries[0]
        else lex.column("term")
    )
    assert all(isinstance(term, str) and term.strip() == term and term for term in terms)
    keys = [tuple(sorted((k, str(v)) for k, v in entry.items() if k != "source")) for entry in lex]
    assert len(set(keys)) == len(keys), [k for k in keys if keys.count(k) > 1]  # no entry listed twice
    if name != "recognize_demonyms":  # demonyms are matched as written; the other lists on normalised keys
        assert all(term == term.lower() for term in terms)


@pytest.mark.parametrize("name", CLASSED)
def test_hints_name_feature_classes(name: str) -> None:
    assert set(lexicon.load(name).column("class")) <= HINT_CLASSES


def test_demonyms_name_a_country_code_or_none() -> None:
    codes = lexicon.load("recognize_demonyms").column("country")
    assert all(code == "" or (len(code) == 2 and code.isupper()) for code in codes)


def test_recogniser_reads_the_data() -> None:
    from geo.recognize import words

    assert lexicon.load("recognize_person_titles").terms() == words.PERSON_TITLES
    assert words.WEAK_TITLES <= words.PERSON_TITLES
    assert set(words.NAME_SUFFIXES) >= words.LOWER_SUFFIXES
    assert set(words.NAME_PREFIXES) >= words.NUMBERED_PREFIXES
    assert dict(words.extra_demonyms())["French"] == "FR"


def test_resolver_reads_the_data() -> None:
    from geo.resolve import context, words

    assert lexicon.load("resolve_site_words").terms() >= words.GENERIC_SITE_WORDS
    assert words.is_generic("Old Town")
    assert words.is_generic("Central Region")
    assert context.local_pattern("the province of Anbar", 16, 21, _NO_INDEX).hint == "admin_region"
    assert context.local_pattern("Erbil international airport", 0, 5, _NO_INDEX).hint == "airport"
    assert context.local_pattern("the stock exchange in Frankfurt", 22, 31, _NO_INDEX).hint == "settlement"


def test_gazetteer_reads_the_data() -> None:
    from geo.gazetteer.fuzzy import fuzzy_key
    from geo.gazetteer.normalize import class_hint, generic_words

    sizes = [len(phrase) for phrase, _ in generic_words()]
    assert sizes == sorted(sizes, reverse=True)  # longest first: "air base" before "base"
    assert class_hint("Al Asad Air Base") == "military_base"
    assert class_hint("Erbil International Airport") == "airport"
    assert fuzzy_key("saint louis of the united states") == "st louis us"


def test_parsed_files_are_kept_as_json_named_by_their_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from geo import settings
    from geo.lexicon import _parsed

    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    first = b"about: x\nsources: {english: general English}\nentries:\n  - {term: a, source: english}\n"
    assert _parsed("demo", first)["entries"] == [{"term": "a", "source": "english"}]
    copies = list((tmp_path / "lexicon-data").glob("demo-*.json"))
    assert len(copies) == 1
    assert _parsed("demo", first) == _parsed("demo", first)  # read back from the copy
    edited = first.replace(b"term: a", b"term: b")
    assert _parsed("demo", edited)["entries"][0]["term"] == "b"
    assert len(list((tmp_path / "lexicon-data").glob("demo-*.json"))) == 2
