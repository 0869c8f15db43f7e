"""The clause boundaries of the future test: the look-ahead form finds what the plain alternation finds."""

from __future__ import annotations

import random
import re

from geo.temporal._tense import CLAUSE_BOUNDARY, future


def test_clause_boundaries_match_the_plain_alternation_on_random_text() -> None:
    plain = re.compile(
        r"[;:]|\b(?:said|says|told|added|announced|stated|warned|according\s+to)\b"
        r"|,\s+(?:that|which|who|while|but|whereas|although)\b",
        re.IGNORECASE,
    )
    words = ["said", "SAYS", "ſaid", "told", "Added", "stated", "according", "to", ";", ":", ","]
    words += ["that", "WHICH", "while", "x", "é"]
    rng = random.Random(11)
    for _ in range(5_000):
        gaps = [" ", "", ", ", "\n"]
        text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(1, 8)))
        low = rng.randrange(len(text) + 1)
        high = rng.randrange(low, len(text) + 1)
        found = [m.span() for m in CLAUSE_BOUNDARY.finditer(text, low, high)]
        assert found == [m.span() for m in plain.finditer(text, low, high)], text


def test_a_reporting_verb_cuts_the_future_clause() -> None:
    text = "The rebels took the hill on Friday, the envoy said they will leave it."
    assert not future(text, text.index("Friday"), text.index("Friday") + 6)
    assert future("Officials will visit the port on Friday.", 32, 38)
