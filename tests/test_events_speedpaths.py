"""The events finders' shortcuts give what the plain scans give (our own example texts)."""

from __future__ import annotations

import re
from collections.abc import Callable

from geo.events import bodies, mishaps, residences, titles
from geo.events.actors import CatalogueNames
from geo.events.cue_table import cue_table, patterns_for
from geo.events.cues import Cue, mishap_classes, names_class
from geo.events.document import Document
from geo.model.catalog import ACTORS, MISSIONS
from tests.events_support import resolved

QUOTES = [
    "",
    '"',
    '""',
    'He said "we go" and "Stars Over Dover" then "x" and "Roads of Kessa".',
    '“Dover Nights” and “Kessa Days" and "Open “quote” there"',
    '"abc\n"def" "gh" ""\n"The Long Road"',
    'A "short" one, a "" empty one, "a\nbroken" one and "Dover Town Hall Blues" at the end"',
]


def test_quoted_spans_are_those_finditer_gives() -> None:
    for text in QUOTES:
        expected = [(m.start(), m.end()) for m in titles._QUOTED.finditer(text)]
        assert [(m.start(), m.end()) for m in titles._quoted(text)] == expected


PLACES = {"Dover": ("test:dover", "city", "US"), "Kessa": ("test:kessa", "city", "NE")}
BODIES = [
    "A member of the Dover Town Council said the vote went ahead in Kessa.",
    "She was taken to the Hospital of the University of Dover after the crash near Kessa.",
    "The Head of the Dover office spoke of Kessa.",
    "Dover\tCircuit Court heard the case. Kessa",
    "Officials of Dover said Kessa.",
]
RESIDENCES = [
    "John Smith, 34, of Dover, was hurt in Kessa.",
    "Jane Doe, of Kessa. She was born in Dover.",
    "A resident of Dover, said Kessa officials.",
    "Mary Roe,\tof  Dover , was there. Many of\tKessa",
]


def _plain_bodies(text: str) -> set[tuple[int, int]]:
    after, before = bodies._patterns()
    out = set()
    for place in resolved(text, PLACES, "Dover", "Kessa"):
        start, end = place.toponym.start, place.toponym.end
        if after.match(text, end) or before.search(text, max(0, start - 60), start):
            out.add((start, end))
    return out


def _plain_residences(text: str) -> set[tuple[int, int]]:
    out = set()
    for place in resolved(text, PLACES, "Dover", "Kessa"):
        start, end = place.toponym.start, place.toponym.end
        if residences._BEFORE.search(text, max(0, start - 60), start) and residences._AFTER.match(text, end):
            out.add((start, end))
    return out


def test_body_and_residence_prechecks_keep_the_plain_result() -> None:
    for text in BODIES + RESIDENCES:
        spots = resolved(text, PLACES, "Dover", "Kessa")
        assert bodies.in_body_names(text, spots) == _plain_bodies(text)
        assert residences.residences(text, spots) == _plain_residences(text)
    assert bodies.in_body_names(BODIES[0], resolved(BODIES[0], PLACES, "Dover", "Kessa"))
    assert residences.residences(RESIDENCES[0], resolved(RESIDENCES[0], PLACES, "Dover", "Kessa"))


def _plain_told_on(doc: Document, number: int, cue: Cue, armed: Callable[[Document, int], bool]) -> bool:
    """:func:`geo.events.mishaps.mishap_told_on` as first written: one pass over the earlier sentences."""
    classes = mishap_classes(cue)
    if not classes or number == 0:
        return False
    own = doc.words(number)
    if names_class("agents", own) or any(names_class(name, own) for name in classes):
        return False
    told = False
    for earlier in range(number):
        words = doc.words(earlier)
        if names_class("agents", words) or armed(doc, earlier):
            return False
        told = told or (earlier < mishaps._LEAD and any(names_class(name, words) for name in classes))
    return told


STORIES = [
    "A gas leak caused an explosion at a shop, the fire service said. Crews came. The blast hit a wall.",
    "Flooding forced families out. Gunmen were seen later. Homes were destroyed and a blast was heard.",
    "Crews came. A gas leak caused an explosion. The blast hit a wall. Another blast followed.",
    "The blast hit a wall. An attack followed and a man was killed.",
]


def test_mishap_told_on_answers_as_the_single_pass() -> None:
    names = CatalogueNames(MISSIONS, ACTORS)
    for text in STORIES:
        doc = Document.prepare(text, [], published="2024-03-01", names=names)
        for armed_sentence in (None, 1):

            def armed(_: Document, sentence: int, at: int | None = armed_sentence) -> bool:
                return sentence == at

            # asked in a shuffled order of sentences: the remembered scan answers as the plain pass
            for number, cues in sorted(enumerate(doc.cues), key=lambda item: (item[0] * 7) % 5):
                for cue in cues:
                    expected = _plain_told_on(doc, number, cue, armed)
                    assert mishaps.mishap_told_on(doc, number, cue, armed=armed) == expected
    doc = Document.prepare(STORIES[0], [], published="2024-03-01", names=names)
    last = len(doc.sentences) - 1
    assert any(mishaps.mishap_told_on(doc, last, c, armed=lambda _, __: False) for c in doc.cues[last])


COUNT_PIECES = [
    *("of whom are", "of them will be", "Special Forces", "250-member", "service members", "strong"),
    *("12", "three", "twenty-five", "1,500", "a dozen", "two hundred", "4 000", "seven or eight", "10-15"),
    *("people", "civilians", "soldiers", "troops", "U.S.", "Dr.", "Mr. Lane", "Kessa", "others", "fighters"),
    *("were", "had been", "are", "in", "of them", "of its", "and", "including two women", "reportedly"),
    *("killed", "dead", "died", "deaths", "lost their lives", "charred bodies found", "casualties"),
    *("martyred", "slain", "executed"),
    *("wounded", "stationed", "based", "deployed", "remain", "near the town", "on Monday", "said"),
    *(".", ",", ";", ":", "(", ")", "!", "?", "\n", "\n\n", "’", '"', "-", "—"),
    *("unit", "force", "remained", "staying", "others", "at", "advisers", "ſoldiers", "ſix", "Two"),
    *("foreign", "elite", "Polish", "Dutch", "combat", "military"),
    *("ſlain", "\u212aILLED", "DEAD.", "dead-end", "Lost", "İn", "naïve", "diesel", "blossom", "Deadline"),
]


def test_count_pattern_skips_the_death_toll_only_when_it_cannot_match() -> None:
    import random

    from geo.events.count_checks import may_die, may_rest
    from geo.events.count_grammar import count_grammar
    from geo.temporal._scan import Tokens

    grammar = count_grammar()
    assert grammar.dying_test is not None

    def key(match: re.Match[str] | None) -> tuple[str | None, tuple[int, int], dict[str, str | None]] | None:
        return None if match is None else (match.lastgroup, match.span(), match.groupdict())

    whole = re.compile(grammar.at_number, re.IGNORECASE)
    rng = random.Random(27)
    skipped = dropped = 0
    for _ in range(2500):
        text = " ".join(rng.choice(COUNT_PIECES) for _ in range(rng.randint(2, 14)))
        tokens = Tokens(text)
        dying = tokens.select(grammar.dying_test)
        keywords = tokens.select(grammar.keyword_test)
        for index in range(len(tokens)):
            start = tokens.starts[index]
            expected = key(whole.match(text, start))
            if not may_die(tokens, index, dying):
                skipped += 1
                got = key(grammar.at_number_rest.match(text, start))
                assert (got and got[:2]) == (expected and expected[:2]), text
                if got is not None and expected is not None:  # the same groups of the same kind
                    assert all(expected[2][name] == value for name, value in got[2].items())
                if not may_rest(tokens, index, keywords):  # nothing can match
                    dropped += 1
                    assert expected is None, text
    assert skipped > 1000
    assert dropped > 1000


HISTORY_PIECES = [
    *("The fort", "was built", "in", "of", "since", "1066", "793", "2019", "0999", "the 17th", "Seventeenth"),
    *("century", "CENTURY", "Century", "cen-tury", "AD", "BC", ".", ",", "on Monday", "last week", "founded"),
    *("raiders", "attacked", "X", "١٢٣", "İn", "ſince", "first", "-", "\n", "1815", "18150", "1899", "1900"),
    *("in\t1815", "since 8١٢", "in 12", "4", "1815)", "in 1815;"),
]


def test_history_precheck_keeps_the_plain_answer() -> None:
    import random

    from geo.events import history

    def plain(sentence: str) -> bool:
        if history._RECENT.search(sentence) is not None:
            return False
        return any(
            history._BUILT.search(sentence, max(0, m.start() - 30), m.start()) is None
            for m in history._OLD.finditer(sentence)
        )

    rng = random.Random(27)
    answers = set()
    for _ in range(4000):
        sentence = " ".join(rng.choice(HISTORY_PIECES) for _ in range(rng.randint(1, 9)))
        expected = plain(sentence)
        answers.add(expected)
        assert history.historical(sentence) == expected, sentence
    assert answers == {True, False}


def test_cue_stems_of_a_word_are_those_it_starts_with() -> None:
    table = cue_table()
    words = [
        "bombed",
        "shelling",
        "strikes",
        "troops",
        "withdrew",
        "a",
        "",
        "peacekeeping",
        "zzz",
        *table.stems,
    ]
    for word in words:
        plain = sorted({n for stem, ns in table.stems.items() if word.startswith(stem) for n in ns})
        assert [n for n, _ in patterns_for(word)] == plain, word


CUE_TEXTS = [
    "The troops are no longer welcome, the minister said, and the mission is over.",
    "Rebels seized power in the capital; the council was told it no longer wants the soldiers there.",
    "They did not want the foreign forces in the valley any more, and talks were called off.",
    "The army took the town. It is quiet now, but the peacekeepers were no longer needed.",
    "Is it over? Was it an attack or a raid? Were they detained, or did they resign?",
]


def test_cue_patterns_of_a_word_match_as_the_whole_cue_does() -> None:
    table = cue_table()
    smaller = 0
    for text in CUE_TEXTS:
        for word in re.finditer(r"\w+", text):
            for number, pattern in patterns_for(word.group().lower()):
                full = table.patterns[number].match(text, word.start())
                part = pattern.match(text, word.start())
                assert (part and part.span()) == (full and full.span()), (text, word.group(), number)
                smaller += pattern is not table.patterns[number]
    assert smaller  # "is", "were", "did" start one entry of a cue of many: a smaller pattern is tried
    assert [n for n, _ in patterns_for("were")] == sorted(n for n, _ in patterns_for("were"))


def test_phrases_found_by_first_word_are_those_of_the_plain_scan() -> None:
    from geo.events import cues

    texts = [
        "An official at the White House said a heart attack, not a fire-fight, killed him.",
        "The heart of the town was hit; an attack followed. White smoke rose over the house.",
        "Nothing of note happened here.",
        *(f"A {term} was reported, and {term.upper()} again." for _, term, _ in cues._phrases()),
    ]
    seen = 0
    for text in texts:
        words = {w.lower() for w in re.findall(r"\w+", text)}
        plain = {
            term for parts, term, p in cues._phrases() if parts <= words and p.search(text, 0, len(text))
        }
        assert cues.phrases_in(text, 0, len(text), words) == plain, text
        seen += bool(plain)
    assert seen > len(cues._phrases()) // 2


def test_context_classes_answer_as_plain_loops() -> None:
    import random

    from geo.events import cues

    classes = cues._context()
    vocabulary = sorted({t for c in classes.values() for t in (*c.words, *c.phrases, *c.prefixes)})
    vocabulary += ["x", "strikes", "armed", "accidentally", "the"]
    rng = random.Random(28)
    answers = set()
    for _ in range(300):
        words = {rng.choice(vocabulary) + rng.choice(["", "", "s", "ing"]) for _ in range(rng.randint(0, 6))}
        for c in classes.values():
            plain = (
                any(w in words for w in c.words)
                or any(p in words for p in c.phrases)
                or any(w.startswith(p) for w in words for p in c.prefixes)
            )
            answers.add(plain)
            assert c.found_in(words) == plain, (words, c)
    assert answers == {True, False}
