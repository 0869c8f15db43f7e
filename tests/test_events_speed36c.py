"""The sp36c shortcuts of the events and temporal finders give what the plain forms give (random texts)."""

from __future__ import annotations

import random
import re
import sys

from geo.events import sentences
from geo.temporal import _qualified

#: Pieces the random texts are made of: lower-case and capitalised words, participles, list words, marks.
_WORDS = (
    "troops radar sites drone stations and or the a its said which Dover Kessa US moving landed built"
    " including that of in north some km led by province near 1,500 12 x é ’s —"
)
PIECES = (*_WORDS.split(), ",", ",", ",", ", ", " ,", ";", ":", "(", ")", ".", " ", " ", " ", "\t", "\n", "-")


def random_texts(count: int, *, seed: int = 36, longest: int = 40) -> list[str]:
    """``count`` random texts of :data:`PIECES`, joined with and without spaces."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = rng.choices(PIECES, k=rng.randint(0, longest))
        out.append("".join(p + rng.choice((" ", " ", "", ", ")) for p in parts))
    return out


def test_list_comma_matches_the_lookbehind_first_pattern() -> None:
    plain = re.compile(sentences._LIST_COMMA.pattern.replace(",(?<=[a-z],)", "(?<=[a-z]),", 1))
    assert plain.pattern != sentences._LIST_COMMA.pattern
    texts = random_texts(4000)
    texts += ["radar stations, drone sites and command posts in Dover", "a, b and c", "Dover, x or y"]
    found = 0
    for text in texts:
        expected = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in sentences._LIST_COMMA.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 20


def test_that_matches_are_those_finditer_gives() -> None:
    # only T/t, H/h and A/a fold to the letters of "that" (so the lower-cased text finds every start)
    letters = re.compile("[tha]", re.IGNORECASE)
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if letters.fullmatch(c)] == list("AHTaht")
    rng = random.Random(7)
    words = ["that", "That", "THAT", "tHat", "whathat", "thatthat", "June", "june", "summer", "year", "years"]
    words += ["may", "winter", "ﬅ", "İ", "the", "in", "2022", "February", "that-year", "-", "’", "\n"]
    texts = ["", "that", "that June", "In March 2021, then that June and that year.", "İ that June"]
    for _ in range(3000):
        texts.append(" ".join(rng.choices(words, k=rng.randint(1, 14))).replace(" - ", "-"))
    found = 0
    for text in texts:
        expected = [m.span() for m in _qualified._THAT.finditer(text)]
        assert [m.span() for m in _qualified._that_matches(text)] == expected, text
        found += len(expected)
    assert found > 500


def test_count_toll_then_rest_is_the_whole_count_pattern() -> None:
    from geo.events.count_grammar import count_grammar
    from tests.test_events_speedpaths import COUNT_PIECES

    grammar = count_grammar()
    whole = re.compile(grammar.at_number, re.IGNORECASE)
    rng = random.Random(36)
    kinds: set[str | None] = set()
    for _ in range(2500):
        text = " ".join(rng.choice(COUNT_PIECES) for _ in range(rng.randint(2, 14)))
        for word in re.finditer(r"\w+", text):
            expected = whole.match(text, word.start())
            got = grammar.at_number_toll.match(text, word.start()) or grammar.at_number_rest.match(
                text, word.start()
            )
            if expected is None or got is None:
                assert got is expected is None, text
                continue
            assert (got.lastgroup, got.span()) == (expected.lastgroup, expected.span()), text
            assert all(expected[name] == value for name, value in got.groupdict().items()), text
            kinds.add(got.lastgroup)
    assert {"fat_a", "troop", "ellipsis", "others"} <= kinds


def test_venue_before_is_the_plain_search() -> None:
    from geo.events import datelines

    pieces = ["told reporters", "speaking to journalists", "briefed the press", "said at a news conference"]
    pieces += ["said during the press briefing", "spoke at a news briefing", "told Reporters"]
    pieces += ["Told reporters"]
    pieces += ["in", "at", "the", "in the", "at the", "x", "Dover", ",", "said", "press", "briefing", "\t"]
    rng = random.Random(70)
    found = 0
    for _ in range(4000):
        text = " ".join(rng.choices(pieces, k=rng.randint(1, 8))) + rng.choice((" ", "  ", "", "\n"))
        start = len(text)
        text += "Dover"
        expected = datelines._VENUE_BEFORE.search(text, max(0, start - 70), start) is not None
        assert datelines._venue_before(text, start) == expected, text
        found += expected
    assert found > 50


def test_clause_marks_are_those_finditer_gives() -> None:
    texts = [*random_texts(3000, seed=5), "", ";", "a – b — c (d): e, f;", "1,500, 2,000"]
    for text in texts:
        expected = [m.start() for m in sentences._CLAUSE_MARK.finditer(text)]
        assert sentences._clause_marks(text) == expected, text


def test_ascii_words_are_those_of_the_regex_split() -> None:
    from itertools import accumulate

    from geo.temporal import _scan

    rng = random.Random(11)
    alphabet = [chr(c) for c in range(128)] + ["ab", "Word", "12", "_x", "  ", "\n\n"]
    texts = ["", " ", "a", "a b", " a ", "ab,cd", "__", "x" * 50]
    texts += ["".join(rng.choices(alphabet, k=rng.randint(0, 60))) for _ in range(3000)]
    texts += [p.lower() for p in random_texts(500, seed=3) if p.isascii()]
    for text in texts:
        parts = _scan._SPLIT_ASCII.split(text)
        offsets = list(accumulate(map(len, parts)))
        expected = (parts[1::2], offsets[0:-1:2], offsets[1::2])
        assert _scan._ascii_words(text) == expected, text


def test_of_name_is_the_plain_search() -> None:
    from geo.events import continued
    from geo.events.actors import CatalogueNames
    from geo.events.document import Document
    from geo.model.catalog import ACTORS, MISSIONS

    names = CatalogueNames(MISSIONS, ACTORS)
    pieces = [
        "the",
        "border",
        "town",
        "of",
        "Kessa",
        "Town",
        "OF",
        "city",
        "City",
        "of",
        "dover",
        "district",
        "region",
        "of",
        "Of",
        "seized",
        "x",
    ]
    pieces += ["province\tof X", "village  of Y", "towns of Z", "downtown of W", ".", ". ", "\n"]
    rng = random.Random(9)
    found = 0
    for _ in range(300):
        text = " ".join(rng.choices(pieces, k=rng.randint(1, 30))) + "."
        doc = Document.prepare(text, [], published="2024-03-01", names=names)
        for number, sentence in enumerate(doc.sentences):
            expected = continued._OF_NAME.search(text, sentence.start, sentence.end) is not None
            assert continued._of_name(doc, number) == expected, text
            found += expected
    assert found > 50
