"""The resolver's shortcuts give what the plain computation gives."""

from __future__ import annotations

from geo.model.place import Candidate
from geo.resolve.candidates import CandidateCache
from geo.resolve.containers import Container, ContainerIndex, ContainerParts
from geo.resolve.evidence import Evidence, Group


def _place(ident: str, kind: str, lon: float = 10.0, lat: float = 20.0) -> Candidate:
    return Candidate(ident, ident, kind, "IQ", lon, lat, 1000, 0.5, "exact", ident, "test")


def test_classes_of_a_tuple_are_its_candidates_classes() -> None:
    cache = CandidateCache(None)  # type: ignore[arg-type]  # no lookup is made
    found = (_place("a", "city"), _place("b", "water_body"), _place("c", "city"))
    assert cache.classes(found) == frozenset({"city", "water_body"})
    assert cache.classes(found) is cache.classes(found)  # remembered by identity
    other = (_place("a", "country"),)
    assert cache.classes(other) == frozenset({"country"})
    assert cache.classes(()) == frozenset()


def test_points_without_an_owner_leave_out_only_its_point() -> None:
    evidence = Evidence()
    groups = [
        Group(str(index), str(index), [(0, 1)], (_place(str(index), "city", lon=float(index)),), pick=0)
        for index in range(3)
    ]
    for index, group in enumerate(groups):
        group.confidence = 0.9
        evidence.choose(index, group)
    evidence.choose(1, groups[1])  # the same choice again: nothing changes
    groups[1].confidence = 0.8
    evidence.choose(1, groups[1])  # another confidence: the point is replaced, not added
    assert len(evidence.points) == 3
    for owner in range(3):
        rest = sorted(point[5] for point in evidence.points_without(owner))
        assert rest == [other for other in range(3) if other != owner]
    assert sorted(point[5] for point in evidence.points_without(7)) == [0, 1, 2]


def test_scan_finds_the_containers_at_their_offsets() -> None:
    iraq = Container("iso:IQ", "IQ", None)
    usa = Container("iso:US", "US", None)
    congo = Container("iso:CD", "CD", None)
    index = ContainerIndex(
        None,
        parts=ContainerParts(
            {"iraq": (iraq,), "united states": (usa,), "democratic republic of the congo": (congo,)},
            {"US": (usa,)},
            {},
            {"iraq": 1, "united": 2, "democratic": 5, "us": 1},
            {},
        ),
    )
    text = (
        "Iraq's army met U.S. troops in the United States, then IRAQ and O'Neill-Smith of Al-Iraq. "
        "xIraq Iraq\nIRAQ TODAY\nAt dawn, the Democratic Republic of the Congo. Ends with Iraq"
    )
    found = [(text[m.start : m.end], m.start, m.containers) for m in index.scan(text)]
    assert found == [
        ("Iraq", 0, (iraq,)),
        ("United States", 35, (usa,)),
        ("IRAQ", 55, (iraq,)),
        ("Iraq", 96, (iraq,)),
        ("IRAQ", 101, (iraq,)),
        ("Democratic Republic of the Congo", 125, (congo,)),
        ("Iraq", 169, (iraq,)),
    ]
    assert index.scan(text) == index.scan(text)  # the memo filled by the first scan gives the same


def _plain_before_hint(before: str) -> str | None:
    """``context._before_hint`` without its prechecks: the tail test, then the expression."""
    from geo.resolve import context

    tail = len(before.rstrip())
    if tail == len(before) or before[tail - 1 : tail] not in context._TAIL_LETTERS:
        return None
    match = context._BEFORE_HINT.search(before)
    if match is None or context._named_site(before, match.start(), match.lastgroup):
        return None
    return match.lastgroup


def test_before_hint_prechecks_agree_with_the_expression() -> None:
    """The cheap test of the word before a final "of" or comma never rules out a phrase the expression
    finds (random windows of phrase pieces, case changes and the letters re.I folds to ASCII ones)."""
    import random

    from geo.resolve import context

    rng = random.Random(36)
    terms = sorted({entry["term"] for entry in context._KIND_WORDS} | {"capital", "city", "the"})
    pieces = [
        *terms,
        *(term.upper() for term in terms),
        *(term.title() for term in terms),
        "of", "OF", "Of", "in", "at", "near", ",", "the", "The", "Big", "Old", "thereof", "sub-district",
        "diſtrict", "DIſTRICT", "provİnce", "Kounty", "parish,", "County,", "x,", "\n", "  ", "\t",
    ]
    found = 0
    for _ in range(20_000):
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 7))]
        before = " ".join(words)[-rng.randint(5, 40) :] + rng.choice([" ", "  ", "\n", " \n", ""])
        answer = _plain_before_hint(before)
        assert context._before_hint(before) == answer, repr(before)
        found += answer is not None
    assert found > 200  # the random windows do hold phrases


def test_regions_after_names_precheck_agrees_with_the_expression() -> None:
    """``evidence._after_name`` (a comma must be the last mark before the name) answers as the search."""
    import random

    from geo.resolve import evidence

    rng = random.Random(7)
    pieces = ["Buffalo", "buffalo", "New", "York", ",", ", ", ",\n", " ", "\n", "\u00a0", "in", "O'Hare", "-"]
    hits = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) + "Texas"
        start = len(text) - len("Texas")
        plain = evidence._AFTER_NAME.search(text, max(0, start - 40), start) is not None
        assert evidence._after_name(text, start) == plain, repr(text)
        hits += plain
    assert hits > 1000


def test_remembered_greater_namesakes_are_the_computed_ones() -> None:
    """``namesakes.greater_namesakes`` remembered by the tuple gives what it computes, for the same tuple
    asked with another name, equal tuples that are other objects, and lists (never remembered)."""
    import random

    from geo.resolve import namesakes

    rng = random.Random(11)

    def candidate(index: int) -> Candidate:
        kind = rng.choice(["city", "admin_region", "admin_region", "country"])
        admin2 = rng.choice([None, None, "X1"])
        matched = rng.choice(["Gotham", "gotham", "Gotham City", "Metropolis"])
        return Candidate(
            f"t:{index}", "Gotham", kind, "US", 1.0, 2.0, 0, 0.5, rng.choice(["exact", "alias", "fuzzy"]),
            matched, "test", rng.choice(["US.GT", "US.MT", None]), admin2, rng.choice([0.2, 0.5, 0.75, 0.95]),
        )

    pools = [tuple(candidate(index) for index in range(rng.randint(1, 8))) for _ in range(300)]
    hits = 0
    for _ in range(3_000):
        pool = rng.choice(pools)
        name = rng.choice(["Gotham", "gotham", "Metropolis"])
        asked = rng.choice([pool, tuple(pool), list(pool)])
        expected = namesakes._greater_namesakes(list(pool), name)
        assert namesakes.greater_namesakes(asked, name) == expected
        hits += bool(expected)
    assert hits > 100


def test_remembered_split_generic_is_the_gazetteers() -> None:
    """The resolver's remembered ``split_generic`` answers as the gazetteer's own, asked twice."""
    from geo.gazetteer import normalize
    from geo.resolve import namesakes

    words = [*(phrase for phrase, _ in normalize.generic_words()[:40]), "erbil", "gao", "new york", "the"]
    keys = [*(f"{a} {b}".strip() for a in words for b in words), *words, ""]
    for _ in range(2):
        for key in keys:
            assert namesakes.split_generic(key) == normalize.split_generic(key)


def test_untaken_phrases_are_those_overlapping_no_span() -> None:
    """``phrases.untaken`` (bisection) keeps what the plain test over every span keeps."""
    import random

    from geo.resolve.phrases import untaken

    rng = random.Random(3)
    for _ in range(3_000):
        spans = [(start, start + rng.randint(1, 30)) for start in rng.sample(range(400), rng.randint(0, 25))]
        phrases = [(start, start + rng.randint(1, 40), "x") for start in sorted(rng.sample(range(400), 8))]
        plain = [p for p in phrases if not any(p[0] < end and start < p[1] for start, end in spans)]
        assert untaken(phrases, spans) == plain


def test_part_word_scan_is_the_substring_test() -> None:
    """``local._ANY_PART_WORD`` finds a part noun in a stretch exactly when one is a substring of it."""
    import random

    from geo.resolve import local

    rng = random.Random(9)
    pieces = [*local._PART_WORDS, "Suburb", "districts", "par", "t", " ", "a", "ward", "quarter", "é"]
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        low, high = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        plain = any(word in text[low:high] for word in local._PART_WORDS)
        assert (local._ANY_PART_WORD.search(text, low, high) is not None) is plain
