"""Toponym recognition on short sentences of our own: what a user relies on when geo reads an article."""

from __future__ import annotations

import itertools

import pytest

from geo.errors import InputError
from geo.gazetteer import Gazetteer, default_gazetteer
from geo.model.spans import Toponym
from geo.recognize import recognize
from geo.recognize.tokens import tokenize


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def places(text: str, gaz: Gazetteer) -> list[str]:
    return [t.surface for t in recognize(text, gazetteer=gaz) if t.kind == "place"]


def find(text: str, surface: str, gaz: Gazetteer) -> Toponym:
    found = [t for t in recognize(text, gazetteer=gaz) if t.surface == surface]
    assert found, f"{surface!r} not recognised in {text!r}: {recognize(text, gazetteer=gaz)}"
    return found[0]


def test_offsets_sorted_and_non_overlapping(gaz: Gazetteer) -> None:
    text = "Convoys moved from Erbil to Mosul and on to Baghdad, then back to Kirkuk."
    found = recognize(text, gazetteer=gaz)
    assert [t.surface for t in found] == ["Erbil", "Mosul", "Baghdad", "Kirkuk"]
    for t in found:
        assert text[t.start : t.end] == t.surface
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_possessive_gives_the_bare_name(gaz: Gazetteer) -> None:
    text = "Iraq's parliament voted while Syria’s border stayed shut."
    found = recognize(text, gazetteer=gaz)
    assert [(t.surface, t.end - t.start) for t in found] == [("Iraq", 4), ("Syria", 5)]
    assert found[0].country == "IQ"


def test_dateline_gives_city_with_its_country(gaz: Gazetteer) -> None:
    text = "THE HAGUE, Netherlands (CN) – The cabinet met on Monday to discuss the mission."
    found = recognize(text, gazetteer=gaz)
    assert [t.surface for t in found[:2]] == ["THE HAGUE", "Netherlands"]
    assert found[0].country == "NL"
    assert found[1].country == "NL"
    assert found[0].start == 0


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (AP) — Protesters gathered near the embassy.",
        "BAGHDAD (AP) Protesters gathered near the embassy.",
        "Baghdad, Iraq - Protesters gathered near the embassy.",
    ],
)
def test_dateline_variants(text: str, gaz: Gazetteer) -> None:
    found = recognize(text, gazetteer=gaz)
    assert found[0].surface.lower() == "baghdad"
    assert found[0].start == 0


@pytest.mark.parametrize(
    "name",
    [
        "Strait of Hormuz",
        "Ain al-Asad",
        "Deir ez-Zor",
        "Erbil International Airport",
        "Baghdad International Airport",
    ],
)
def test_multi_word_names_are_one_span(name: str, gaz: Gazetteer) -> None:
    text = f"Officials said the situation at {name} was calm on Sunday."
    assert places(text, gaz) == [name]


def test_hyphenated_compounds_are_split(gaz: Gazetteer) -> None:
    found = recognize("A London-based firm studied Egyptian-Iraqi trade in the Asia-Pacific.", gazetteer=gaz)
    surfaces = [t.surface for t in found]
    assert "London" in surfaces
    assert "Egyptian" in surfaces
    assert "Iraqi" in surfaces
    assert "Asia-Pacific" in surfaces or "Asia" in surfaces


def test_a_lower_case_word_hyphened_to_a_name_is_part_of_it(gaz: Gazetteer) -> None:
    # the press also writes the last part of "Deir ez-Zor" in lower case; "-based" is no part of a name
    assert places("Drones hit a depot in Deir Ez-zor on Friday.", gaz) == ["Deir Ez-zor"]
    assert places("A Baghdad-based firm studied the market.", gaz) == ["Baghdad"]


def test_misspelling_the_gazetteer_knows(gaz: Gazetteer) -> None:
    # "Arbil" and "Deir-Alzour" are spellings found in news; the gazetteer lists them as alternate names.
    assert places("The delegation flew to Arbil on Tuesday.", gaz) == ["Arbil"]


@pytest.mark.parametrize("preposition", ["off", "along"])
def test_places_after_prepositions_of_coasts_and_seas(preposition: str, gaz: Gazetteer) -> None:
    # "Hodeidah" is a news spelling outside the recogniser's lexicon, found after a preposition of place.
    text = f"A drone struck a tanker {preposition} Hodeidah on Saturday."
    assert places(text, gaz) == ["Hodeidah"]
    assert places("The talks were called off Tuesday.", gaz) == []


@pytest.mark.parametrize(
    ("text", "hint", "surface"),
    [
        ("Fighting continued in Anbar province overnight.", "admin_region", "Anbar province"),
        ("Rockets hit near the airport of Erbil on Friday.", "airport", "Erbil"),
        ("Troops returned to Camp Taji last week.", "military_base", "Camp Taji"),
        ("Rockets struck the Baghdad airport again.", "airport", "Baghdad airport"),
        ("Rockets landed inside Al-Asad air base.", "military_base", "Al-Asad air base"),
        ("Soldiers left the K1 base near Kirkuk.", "military_base", "K1 base"),
        ("Protesters gathered at the U.S. embassy in Baghdad.", "facility", "U.S. embassy"),
    ],
)
def test_feature_hints_from_patterns(text: str, hint: str, surface: str, gaz: Gazetteer) -> None:
    found = find(text, surface, gaz)
    assert found.feature_hint == hint


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed Gen. Qassem Soleimani near the capital. Soleimani had led the Quds Force.",
        "Prime Minister Mohammed Shia al-Sudani met the envoy. Sudani said talks would go on.",
        "He quoted the Quran during the speech.",
        "President Trump ordered the strike. Trump defended it later.",
        "Kyle Smith, a spokesman, declined to comment. Kyle said nothing more.",
        "George Washington crossed the river. Washington said the crossing was hard.",
        "Michael Jordan scored twice.",
    ],
)
def test_people_sharing_a_place_name_are_rejected(text: str, gaz: Gazetteer) -> None:
    found = recognize(text, gazetteer=gaz)
    rejected = {
        "Soleimani",
        "Qassem",
        "Sudani",
        "Quran",
        "Trump",
        "Kyle",
        "Smith",
        "Washington",
        "George",
        "Jordan",
    }
    assert not [t.surface for t in found if t.surface in rejected], found


def test_a_place_after_embassy_in_is_no_facility(gaz: Gazetteer) -> None:
    assert find("Protesters gathered at the embassy in Baghdad.", "Baghdad", gaz).feature_hint is None


def test_washington_the_city_stays_a_place(gaz: Gazetteer) -> None:
    text = "The envoy flew from Baghdad to Washington to discuss the dollar reserves."
    assert places(text, gaz) == ["Baghdad", "Washington"]


def test_demonyms_carry_their_country(gaz: Gazetteer) -> None:
    text = "Dutch soldiers trained Kurdish fighters while Iraqi officials and Americans watched."
    found = {t.surface: t for t in recognize(text, gazetteer=gaz)}
    assert {name: (t.kind, t.country) for name, t in found.items()} == {
        "Dutch": ("demonym", "NL"),
        "Kurdish": ("demonym", None),  # Kurds live in Turkey, Iraq, Iran and Syria: no single country
        "Iraqi": ("demonym", "IQ"),
        "Americans": ("demonym", "US"),
    }


def test_common_words_and_acronyms_are_not_places(gaz: Gazetteer) -> None:
    text = (
        "In March, NATO said the mission would go on. As police arrived, I'm told the Army left. "
        "No one in the White House commented."
    )
    assert places(text, gaz) == []


def test_currency_codes_are_not_places(gaz: Gazetteer) -> None:
    assert places("The deal was worth US$400 million.", gaz) == []


def test_sentence_start_capital_alone_is_not_enough(gaz: Gazetteer) -> None:
    # "Mobile" and "Reading" are cities, but here they start a sentence as ordinary words.
    text = "Mobile phones were banned. Reading the report took hours."
    assert places(text, gaz) == []


def test_place_consistency_across_the_document(gaz: Gazetteer) -> None:
    # A place named in a locative context mid-sentence is also recognised at a sentence start.
    text = "Residents of Reading were evacuated. Reading council opened two shelters."
    assert places(text, gaz) == ["Reading", "Reading"]


def test_empty_and_bad_input(gaz: Gazetteer) -> None:
    assert recognize("", gazetteer=gaz) == []
    assert recognize("   \n", gazetteer=gaz) == []
    with pytest.raises(InputError, match="'bytes'"):
        recognize(b"Baghdad", gazetteer=gaz)  # type: ignore[arg-type]


def test_tokens_keep_abbreviations_and_split_possessives() -> None:
    tokens = tokenize("St. Louis and U.S. troops left Iraq's north.")
    assert [t.text for t in tokens] == ["St.", "Louis", "and", "U.S.", "troops", "left", "Iraq", "north"]
    assert tokens[6].possessive
    assert [t.key for t in tokens[:4]] == ["st", "louis", "and", "us"]


def test_token_facts_do_not_depend_on_what_was_tokenised_before() -> None:
    # Word and gap facts are cached per word; offsets, gaps, sentence starts and possessives are not.
    text = "Baghdad said \"Erbil's airport\" was hit. St. Louis, Mo. sent troops; I'm told Mosul was calm."
    first = tokenize(text)
    tokenize("Erbil Erbil's ERBIL erbil. St Mo Mosul I'm")  # the same words in other places first
    again = tokenize(text)
    assert again == first
    by_text = {t.text: t for t in first}
    assert by_text["Baghdad"].initial
    assert not by_text["said"].initial
    assert by_text["Erbil"].initial
    assert by_text["Erbil"].possessive
    assert (by_text["Erbil"].start, by_text["Erbil"].end) == (14, 19)
    assert by_text["St."].initial
    assert by_text["St."].end == by_text["St."].start + 3
    assert by_text["Louis"].gap == " "
    assert by_text["Mo."].gap == ", "
    assert not by_text["I'm"].name
    assert by_text["I'm"].cap
    assert by_text["Mosul"].name
    assert not by_text["told"].name
    for token in first:
        assert text[token.start : token.end] == token.text


@pytest.mark.parametrize(
    "text", ["Shelling on Tikrit claims 9 lives", "Fighting near Tikrit claimed the lives of 9"]
)
def test_a_name_before_claiming_lives_is_no_speaker(text: str, gaz: Gazetteer) -> None:
    assert places(text, gaz) == ["Tikrit"]


@pytest.mark.parametrize(
    "text",
    [
        "The brigade includes the 92nd Infantry Regiment (92nd RI) and the 3rd Engineer Regiment.",
        "Officers of the 2nd NSW joined the parade in Brisbane.",
    ],
)
def test_abbreviation_after_an_ordinal_is_a_unit(text: str, gaz: Gazetteer) -> None:
    # "92nd RI" is a regiment, not Rhode Island; "2nd NSW" a unit, not New South Wales
    assert not {"RI", "NSW"} & set(places(text, gaz))


def test_abbreviation_without_an_ordinal_stays_a_state(gaz: Gazetteer) -> None:
    assert "NSW" in places("Floods cut roads in NSW and Queensland on Sunday.", gaz)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers pledged to strengthen the Euro-Atlantic alliance at the summit in Warsaw.",
        "The Sino-Pacific trade talks resumed in Warsaw on Monday.",
    ],
)
def test_word_after_a_combining_form_is_no_place(text: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert "Warsaw" in found
    assert not {"Atlantic", "Pacific"} & set(found)


def test_plain_ocean_name_stays_a_place(gaz: Gazetteer) -> None:
    assert "Atlantic" in places("The frigate sailed across the Atlantic to Lisbon.", gaz)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Tankers now sail around the Cape of Good Hope before reaching Rotterdam.", "Good Hope"),
        ("The ferry to the Isle of Skye left Mallaig at dawn.", "Skye"),
    ],
)
def test_name_after_cape_of_is_the_capes_own(text: str, town: str, gaz: Gazetteer) -> None:
    found = places(text, gaz)
    assert town not in found
    assert len(found) == 1  # the port only


def test_name_after_gulf_of_is_still_read(gaz: Gazetteer) -> None:
    # a gulf is named after the land on its shore
    assert "Guinea" in places("Pirates boarded a tanker in the Gulf of Guinea on Friday.", gaz)


def test_demonym_after_a_combining_form_stays(gaz: Gazetteer) -> None:
    found = recognize("Protests against Austro-Hungarian rule spread.", gazetteer=gaz)
    assert [t.surface for t in found if t.kind == "demonym"] == ["Hungarian"]


def test_a_names_part_after_a_hyphen_may_be_lower_case(gaz: Gazetteer) -> None:
    text = "Drones struck a depot in Deir Ez-zor on Monday, and a Baghdad-based group denied it."
    found = places(text, gaz)
    assert "Deir Ez-zor" in found
    assert "Baghdad" in found  # "-based" joins no name


def test_a_known_village_name_before_another_word_and_a_generic_word_is_one_name(gaz: Gazetteer) -> None:
    # "Bulo" alone is a village; "Bulo Marer district" is one district's name
    text = "Militants attacked a camp in the Bulo Marer district, south of Mogadishu, on Sunday."
    found = places(text, gaz)
    assert "Bulo Marer district" in found
    assert "Bulo" not in found


def test_a_prefix_known_alone_is_not_read_twice(gaz: Gazetteer) -> None:
    # "Camp" is also a town; before a name it is that name's prefix, one span only
    text = "Belgian troops left Camp Phoenix in Gao. From Camp Phoenix, drones flew over Mali."
    found = [t for t in recognize(text, gazetteer=gaz) if t.kind == "place"]
    assert [t.surface for t in found] == ["Camp Phoenix", "Gao", "Camp Phoenix", "Mali"]
