"""The event and catalogue lexicons load, and every entry names a declared source."""

from __future__ import annotations

import re

import pytest

from geo.lexicon import available, load

_OURS = [name for name in available() if name.startswith(("events_", "catalog_"))]


def test_event_lexicons_are_shipped() -> None:
    expected = {
        "events_cues",
        "events_unit_nouns",
        "events_cue_context",
        "events_count_words",
        "events_countries",
    }
    assert expected | {"events_context_words", "catalog_missions", "catalog_actors"} <= set(_OURS)


@pytest.mark.parametrize("name", _OURS)
def test_every_entry_has_a_declared_source(name: str) -> None:
    lexicon = load(name)
    assert len(lexicon) > 0
    for entry in lexicon:
        assert entry["source"] in lexicon.sources, entry
        assert lexicon.sources[entry["source"]].strip()
        if "term" in entry:  # YAML 1.1 reads bare on/off/no as booleans: terms must stay strings
            assert isinstance(entry["term"], str), entry


def test_cue_entries_are_complete_and_compile() -> None:
    for entry in load("events_cues"):
        assert {"event", "tier", "stems", "pattern"} <= set(entry), entry
        assert entry["tier"] in {1, 2, 3}
        pattern = entry["pattern"].replace("{adj}", "").replace("{troops}", "troops")
        re.compile(pattern)
        # a cue is only tried at lower-cased words starting with one of its stems
        stems = entry["stems"].split()
        assert stems, entry
        assert all(stem == stem.lower() for stem in stems), entry
    for entry in load("events_unit_nouns"):
        re.compile(entry["pattern"])


def test_cue_context_entries_have_a_class() -> None:
    for entry in load("events_cue_context"):
        assert isinstance(entry["class"], str), entry
        assert entry["class"], entry
        assert entry["term"] == entry["term"].lower(), entry


@pytest.mark.parametrize("name", _OURS)
def test_no_source_is_one_article(name: str) -> None:
    """No entry may come from one sentence of an article (design rule): no such source is declared."""
    for key, description in load(name).sources.items():
        assert key != "lifted"
        assert "one sentence" not in description, (key, description)


def test_catalogue_entries_have_a_name_and_only_known_keys() -> None:
    known = {"name", "aliases", "note", "active", "areas", "kind", "source", "countries"}
    for name in ("catalog_missions", "catalog_actors"):
        for entry in load(name):
            assert isinstance(entry["name"], str), entry
            assert entry["name"].strip(), entry
            assert set(entry) <= known, entry


def test_count_words_have_values_and_keys() -> None:
    for entry in load("events_count_words"):
        if entry["class"] in {"unit", "scale"}:
            assert isinstance(entry["value"], int), entry
        else:
            re.compile(entry["pattern"])
        if entry["class"] in {"troop_noun", "killed"}:
            assert entry["keys"].split(), entry


def test_country_codes_are_two_capital_letters() -> None:
    for entry in load("events_countries"):
        assert re.fullmatch(r"[A-Z]{2}", str(entry["code"])), entry
        assert entry["demonyms"], entry


def test_context_words_are_strings_of_known_classes() -> None:
    classes = {
        "locative",
        "of_noun",
        "gap",
        "passive",
        "undergoing",
        "present",
        "attribution",
        "hypothetical",
        "hypothetical_stem",
        "attributive",
        "modal",
        "planned",
        "overseeing",
        "conditional",
        "habitual",
        "reporting",
        "modified",
        "motion",
        "countering",
        "requesting",
        "approving",
        "intent",
        "motive",
        "launch",
        "refuge",
        "title",
        "attribute",
        "seat",
        "addressee",
        "relation",
        "held",
        "bare_direction",
        "name_gap",
        "pair",
        "recruits",
        "removal",
        "speaking",
        "journey",
        "townsfolk",
        "charged",
        "blame",
        "deed",
        "named_in",
        "unit_adjective",
        "acting",
        "body",
        "venue",
    }
    for entry in load("events_context_words"):
        assert isinstance(entry["term"], str), entry  # YAML 1.1 reads bare on/off/no as booleans
        assert entry["class"] in classes, entry
