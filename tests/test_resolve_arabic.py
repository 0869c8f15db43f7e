"""The Arabic article written with a hyphen makes a text's names likely Arabic (our own sentences)."""

from __future__ import annotations

import random
import re

import pytest

from geo import Geoparser
from geo.resolve.arabic import arabic_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shells fell on al-Bab overnight.", True),
        ("Fighting near Jabal al-Zawiya went on.", True),
        ("Troops reached Deir ez-Zor at dawn.", True),
        ("Gunmen entered Al-Sukhnah on Monday.", True),
        ("The well-known all-weather road was closed.", False),  # a hyphen inside English words
        ("An el-type antenna was fitted.", False),  # a lower-case word after it
        ("Al Jazeera aired the footage.", False),  # no hyphen
        ("A Franco-German plan and a Pal-Al deal.", False),  # hyphens before capitals, no article
        ("Convoys left ash-Shaddadi at noon.", True),  # the three-letter form
    ],
)
def test_arabic_names(text: str, expected: bool) -> None:
    assert arabic_names(text) is expected


def _country(parser: Geoparser, text: str, surface: str) -> str | None:
    resolved = parser.resolve(text, parser.recognize(text))
    found = [r.candidate.country for r in resolved if r.toponym.surface == surface and r.candidate]
    return found[0] if found else None


def test_a_name_beside_arabic_names_is_the_arab_namesake(parser: Geoparser) -> None:
    # alone, "Arbin" is the French village matched on its own name; beside a name written with the
    # hyphenated article it is the Syrian town the gazetteer spells "‘Irbīn"
    assert _country(parser, "Shells fell on Arbin overnight.", "Arbin") == "FR"
    assert _country(parser, "Fighters of Liwa al-Haqq shelled Arbin overnight.", "Arbin") == "SY"


def test_a_named_country_still_decides(parser: Geoparser) -> None:
    # the cue is a fraction of a named country's weight
    assert _country(parser, "A fire in Palmyra, Pennsylvania, closed al-Noor bakery.", "Palmyra") == "US"


def test_the_article_test_matches_its_look_behind_form_on_random_text() -> None:
    # the look-behind form the Python test replaced (speed): the same answer on every string
    old = re.compile(r"(?<![\w'’-])(?:[AaEe]l|[AaEe][dnrstz]|[AaEe]sh|[Aa]th|[Aa]dh)[-‐‑](?=[A-Z])")
    letters = "AaEelnrdstzhx-‐‑'’_ 1éÉBZ"
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 12)))
        assert arabic_names(text) == (old.search(text) is not None), text
