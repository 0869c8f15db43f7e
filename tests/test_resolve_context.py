"""The shortcuts of the resolution context (:mod:`geo.resolve.context`) agree with the plain expressions."""

from __future__ import annotations

import random
import re

import pytest

from geo.gazetteer import default_gazetteer
from geo.resolve import context, phrases
from geo.resolve.containers import _CAPITAL
from geo.resolve.context import ContainerIndex, local_pattern

#: What generated texts are made of: a phrase of the hint expressions, part by part (each part one of
#: several spellings, cases and spacings, some of them wrong), with noise around and in between.
_PARTS = (
    ("", "", "Mosul and ", "strikes on the ", "x"),
    ("airport", "Airport", "AIRFIELD", "air base", "Air  Base", "airbase", "province", "Governorate",
     "county", "district", "region", "ſtate", "oblast", "prefecture", "city", "town", "village", "country",
     "capital", "Baghdad", "airports", "County", "Parish", "Federal Reserve", "bank", "hotel", "Embassy",
     "city hall", "offices"),
    (" ", " ", "  ", "\n", "\t", "\u00a0", "", ","),
    ("of", "OF", "in", "In", "İn", "ıN", "at", "near", "Near", "on", "for", "off"),
    (" ", " ", "  ", "\n", "\t", "\u00a0", "", ".", " \n"),
    ("", "", "", "the ", "The ", "the Iraqi ", "the Kurdish Regional ", "the a b c "),
    ("", "", "", "capital ", "CITY ", "city  ", "capital of ", "city of\n", "capitals "),
)  # fmt: skip


@pytest.fixture(scope="module")
def containers() -> ContainerIndex:
    """The container index of the default gazetteer, built once for the module (about 0.15 s)."""
    return ContainerIndex(default_gazetteer())


def _texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    result = []
    for _ in range(count):
        parts = [rng.choice(choices) for choices in _PARTS]
        for _ in range(rng.randint(0, 2)):  # noise: a part dropped or repeated
            position = rng.randrange(len(parts))
            parts[position] = rng.choice(("", parts[position] * 2, parts[position].upper()))
        result.append("".join(parts))
    return result


@pytest.mark.parametrize("seed", range(4))
def test_the_hint_before_a_name_is_what_the_full_expression_finds(seed: int) -> None:
    for before in _texts(5000, seed):
        match = context._BEFORE_HINT.search(before)
        named = match is not None and context._named_site(before, match.start(), match.lastgroup)
        expected = None if match is None or named else match.lastgroup
        assert context._before_hint(before) == expected, before


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("a strike on the airport of Erbil", "airport"),
        ("rockets hit the air base near the Iraqi capital of Baghdad", "airport"),
        ("fighting in the province of Anbar", "admin_region"),
        ("the city of Mosul", "city"),
        ("the country of Iraq", "country"),
        ("troops in Erbil", None),
        ("the airport of\nErbil", "airport"),
    ],
)
def test_words_before_a_name_hint_at_its_class(
    containers: ContainerIndex, text: str, hint: str | None
) -> None:
    start = max(text.rfind(" "), text.rfind("\n")) + 1
    assert local_pattern(text, start, len(text), containers).hint == hint


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Aid reached the Democratic Republic of the Congo and Iraq.",
            ["democratic republic of the congo", "iraq"],
        ),
        ("Flights from Kansas City to New York resumed.", ["new york"]),
        ("Troops in Iraq's Anbar province,  New  York", ["iraq", "anbar"]),
        ("Fans of IRQ cheered.\nIRQ FANS CELEBRATE IN THE STREETS\nIRQ won.", ["irq", "irq"]),
        ("Governor of the State of New York", ["state of new york"]),
    ],
)
def test_the_scan_finds_the_longest_container_names(
    containers: ContainerIndex, text: str, names: list[str]
) -> None:
    mentions = containers.scan(text)
    assert [mention.key for mention in mentions] == names
    assert all(text[m.start : m.end].casefold() == m.key for m in mentions)


def test_capitalised_words_are_those_after_a_word_boundary() -> None:
    plain = re.compile(r"\b[A-Z][\w'’.\-]*")
    rng = random.Random(7)
    alphabet = "AZaz09_ -.'’,éÉßİıΣσ\n\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _CAPITAL.finditer(text)] == [m.span() for m in plain.finditer(text)], text


_COUNTY_PIECES = ["Jay ", "St. ", "County", "Parish", "aCounty", "Ab", "x", " ", ".", "É", "_"]
_DIVISION_PIECES = ["province", "Province", "District", "district", "P", "d", "x", "é", " ", "_", "s"]


@pytest.mark.parametrize(
    ("fast", "plain", "alphabet"),
    [
        (phrases._COUNTY, r"\b(?:[A-Z][a-z]+\.? ){1,3}(?:County|Parish)\b", _COUNTY_PIECES),
        (phrases._DIVISION, r"\b(?:[Pp]rovince|[Dd]istrict)\b", _DIVISION_PIECES),
    ],
)
def test_the_division_expressions_find_what_their_plain_forms_find(
    fast: re.Pattern[str], plain: str, alphabet: list[str]
) -> None:
    expression = re.compile(plain)
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in expression.finditer(text)], text


def test_sentence_ends_are_what_the_plain_expression_finds() -> None:
    plain = re.compile(r"[.!?](?=\s+[\"'(“‘]?[A-Z])|\n")
    rng = random.Random(5)
    alphabet = [".", "!", "?", "\n", " ", "  ", '"', "'", "(", "“", "A", "a", "St", "Z"]
    for _ in range(4000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in phrases._SENTENCE_END.finditer(text)] == spans, text


_AFTER_PIECES = (
    " ", "  ", "\n", "\u00a0", ",", "(", "x", "İnternational ", "international ", "Airport", "airfield",
    "air base", "AIRBASE", "military base", "ſtate", "province", "City", "town", "Village", "said", ".",
)  # fmt: skip


def test_the_hint_after_a_name_is_what_the_full_expression_finds(containers: ContainerIndex) -> None:
    index = containers
    rng = random.Random(3)
    for _ in range(4000):
        after = "".join(rng.choice(_AFTER_PIECES) for _ in range(rng.randint(0, 5)))
        match = context._AFTER_HINT.match(after)
        expected = None if match is None else match.lastgroup
        assert local_pattern("Erbil" + after, 0, 5, index).hint == expected, after


def test_hint_expressions_match_as_without_their_lookahead() -> None:
    # The lookahead for the words' first letters only speeds the scan up.
    plain_hint = re.compile("|".join(f"(?P<{cls}>{pattern})" for pattern, cls in context._BEFORE_HINTS), re.I)
    plain_air = re.compile("|".join(map(re.escape, context._AIR_WORDS)), re.I)
    pieces = ["the ", "Airport ", "AIR  BASE ", "in ", "of ", "at ", "capital ", "City ", "ſtate "]
    pieces += ["county, "]
    pieces += ["province ", "Hospital ", "embassy ", "Ankara ", " ", "\n", "x", "İ", "\u212a"]
    rnd = random.Random(5)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        want, got = plain_hint.search(text), context._BEFORE_HINT.search(text)
        assert (want and (want.span(), want.lastgroup)) == (got and (got.span(), got.lastgroup)), text
        assert (plain_air.search(text) is None) == (context._AIR.search(text) is None), text


def test_a_named_site_before_in_gives_the_place_after_no_site_hint(containers: ContainerIndex) -> None:
    # "the Zed Wadi air base in Iraq": the base has a name of its own, it is not Iraq's airport
    text = "Drones hit the Zed Wadi air base in Iraq."
    start = text.index("Iraq")
    assert local_pattern(text, start, start + 4, containers).hint is None
    plain = "Flights resumed at the airport in Erbil."
    start = plain.index("Erbil")
    assert local_pattern(plain, start, start + 5, containers).hint == "airport"
    sentence = "The airport in Erbil reopened."  # a determiner gives the site no name
    assert local_pattern(sentence, 15, 20, containers).hint == "airport"
