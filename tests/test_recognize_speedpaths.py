"""The recogniser's fast tokenizer (:func:`geo.recognize.tokens.word_columns`) against :func:`tokenize`."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from geo.recognize.boilerplate import _BYLINE, BYLINE_CHARS, _credits, boilerplate_spans
from geo.recognize.boilerplate import _patterns as _chrome_patterns
from geo.recognize.names import _CAPITALISED, _at_words, _starts, name_spans
from geo.recognize.names import _patterns as _name_patterns
from geo.recognize.tokens import _HINT_SPACING, _INITIALS_HINT, Tokens, tokenize, word_columns

EDGE_CASES = [
    "",
    "   \n",
    "St.",
    "St. Louis and U.S. troops left Iraq's north.",
    "Mr.Smith's St.Louis. Mo.",
    "Gen. St. Mr. Jones",  # abbreviations in a row: each takes its dot, the next gap loses it
    "Mr.. Mr. . Mr",
    "Ky.\nFrankfort",
    "I'm St.'s",
    "x ‘y’ St.’ Mr’s Iraqis’ s'",
    "٣ ٤ ½ ² Ⅻ Mr.",
    "ǀ",  # a word whose key is empty: dropped, its gap joins the next one
    "Mr. ʔ. Baghdad ǀ x",
    "Baghdad ʔ's Mo. ǀ. Erbil",
    "U.S.Army W.Va. D.C.'s",
    "the U.S.-led coalition (U.S. forces) in Washington, D.C.\nU.S.",  # pieces split with initials
    "e.g. a.b.c.d. x.y\tz.w. abcd.ef.gh. St.Louis.Mo.",
    "a's B's x’s ab's I'm",  # possessives cut to one letter: one-letter words counted again
]


def _rows(text: str) -> list[tuple[object, ...]]:
    # Values and their types: an int where a bool was would compare equal.
    tokens = word_columns(text)
    assert tokens.singles == sum(len(token.text) == 1 for token in tokenize(text))
    return [tuple((value, type(value)) for value in token) for token in tokens.rows()]


def _expected(text: str) -> list[tuple[object, ...]]:
    return [tuple((value, type(value)) for value in token) for token in tokenize(text)]


@pytest.mark.parametrize("text", EDGE_CASES)
def test_columns_equal_the_word_by_word_tokens(text: str) -> None:
    assert _rows(text) == _expected(text)


def test_columns_on_random_texts_of_tricky_characters() -> None:
    rnd = random.Random(3)
    pieces = [*"aAsStT .'’‘,-\n\t\xa0\"(ªM r½²ǀʔə", "Mr", "St", "Mo", "Gen", " ", ". ", "'s", "U.S."]
    pieces += ["U.", "e.g.", ".", "ab.", "..", "abc.d", "5."]  # initials, and what only looks like them
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert _rows(text) == _expected(text), text


def test_columns_on_random_ascii_texts() -> None:
    # ASCII only: split with the ASCII expressions (letters and digits as bitmaps), the same tokens.
    rnd = random.Random(5)
    pieces = [*"aAsStTzZ09_&.'`,-\n\t\"(M", "Mr", "St", "Gen", " ", ". ", "'s", "U.S.", "e.g.", "ab.", "5."]
    for _ in range(5000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 30)))
        assert text.isascii()
        assert _rows(text) == _expected(text), text


@pytest.mark.parametrize(("times", "between"), [(1, 600), (2, 600), (40, 10)])
def test_columns_with_initials_few_or_many(times: int, between: int) -> None:
    # Few runs of initials in a long text: split piece by piece; many: the whole text at once.
    filler = "Troops left Erbil's airport for the base near Baghdad on Friday, officials said. " * 8
    text = "".join(f"{filler[:between]}the U.S.-led (W.Va.) e.g. x.y.\n" for _ in range(times))
    hints = len(_INITIALS_HINT.findall(text))
    assert (hints * _HINT_SPACING > len(text)) == (times == 40)  # both ways of splitting are tried
    assert _rows(text) == _expected(text)


def test_columns_fields_and_lengths() -> None:
    text = "Troops left Erbil's airport for Baghdad, Gen. Smith said."
    tokens = word_columns(text)
    assert isinstance(tokens, Tokens)
    assert len(tokens) == 9
    assert tokens.text[2] == "Erbil"
    assert tokens.possessive[2]
    assert tokens.end[2] == text.index("'s")
    assert tokens.text[6] == "Gen."
    assert tokens.gap[7] == " "
    assert tokens.initial(0)
    assert not tokens.initial(1)
    assert [text[s:e] for s, e in zip(tokens.start, tokens.end, strict=True)] == tokens.text
    assert Tokens.of(tokenize(text)).rows() == tokens.rows()
    assert len(word_columns("")) == 0


@pytest.mark.shared
def test_columns_on_corpus_texts(shared_dir: Path) -> None:
    texts = []
    for path in sorted((shared_dir / "eval" / "corpora").glob("*/dev.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    assert texts
    for text in texts:
        assert word_columns(text).rows() == tokenize(text)


def _catalogue_names_word_by_word(text: str) -> list[tuple[int, int]]:
    """The catalogue names as found before the str.find shortcut: a lookup at every capitalised word."""
    catalogue = _name_patterns()[0]
    found = []
    for word in _CAPITALISED.finditer(text):
        for pattern in catalogue.get(word.group(0), ()):
            match = pattern.match(text, word.start())
            if match is not None:
                found.append((match.start(), match.end()))
                break
    return sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fighters and Kataib Hezbollah left; HAMAS said so.",
        "O'Hamas and x'Hamas, ’Hamas and 'Hamas' met Hamas’ men in Hamasville and AHamas.",
        "Kataib Hezbollahs, Kataib Hezbollah's and Kataib\tHezbollah",
        "No capitalised catalogue word here.",
    ],
)
def test_catalogue_names_found_as_word_by_word(text: str) -> None:
    found = sorted((n.start, n.end) for n in name_spans(text) if n.kind == "catalogue")
    assert found == _catalogue_names_word_by_word(text)


def test_credits_found_as_on_the_whole_text() -> None:
    credits = _chrome_patterns()[1]
    text = "Photo: Rudaw\nA line: no credit. image credit: AFP (x) Photo : y\nphoto:\n:Picture: z\nend photo"
    whole = [(m.start(), m.end()) for m in credits.finditer(text)]
    assert whole
    assert _credits(credits, text) == whole


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Rudaw\nA line: no credit. image credit: AFP (x) Photo : y\nphoto:\n:Picture: z\nend photo",
        "Time: 10:45. Talks at 9:00 went on; then PHOTO\t: Staff. Note: none (Image credit:x)",
        "ſhots: none\nPhotoſ: x\nİmage: y\nA caption with a credit: é Photos : z\nno colon here",
        "colons only: a: b: c\n:\n::\nphoto",
    ],
)
def test_credits_scan_only_lines_with_a_cue_before_a_colon(text: str) -> None:
    credits, ends = _chrome_patterns()[1:]
    whole = [(m.start(), m.end()) for m in credits.finditer(text)]
    assert _credits(credits, text, ends) == whole


def test_line_cues_and_bylines_found_as_on_the_whole_text() -> None:
    lines, credits, _ = _chrome_patterns()
    text = (
        "By Jane Roe\n  By John Q. Public, Staff Writer\nRead also: Drone hits a depot\nnot By Anyone here\n"
        "- Read more | x\n\nBy\tAl Smith\nShare on Facebook\nBy Lee" + " Lee" * 30 + "\nRead also:"
    )
    whole = [(m.start(), m.end()) for m in lines.finditer(text)] + _credits(credits, text)
    whole += [(m.start(), m.end()) for m in _BYLINE.finditer(text) if m.end() - m.start() <= BYLINE_CHARS]
    assert len(whole) >= 5
    assert boilerplate_spans(text) == sorted(whole)
    assert boilerplate_spans("") == []


def test_vessel_and_operation_names_found_as_on_the_whole_text() -> None:
    _, ship, typed, operation, _ = _name_patterns()
    prefixes, types, operations = _starts()
    text = (
        "The frigate HMS Kent met the destroyers USS Mason and aHMS Kent; the tanker Sea Star, a "
        "relationship Ship Two, warships Blue Fin. Operation Desert Lance and Op. Red Oak, -Operation "
        "X, Opération Sable, the vessel M/V Grey Gull and the ship MV Amber Sky."
    )
    for pattern, words in ((ship, prefixes), (typed, types), (operation, operations)):
        whole = [m.span() for m in pattern.finditer(text)]
        assert whole
        assert [m.span() for m in _at_words(pattern, text, words)] == whole
