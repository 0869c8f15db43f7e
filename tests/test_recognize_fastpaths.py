"""Prechecks of the recogniser (wave 36) against the plain code they skip: the same answers."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from geo.recognize.tokens import word_columns
from geo.recognize.unknown import generic_name, plain_generic_name
from geo.recognize.words import GENERIC_AFTER, GENERIC_BEFORE, NAME_PREFIXES, NAME_SUFFIXES

#: Benchmark articles (``benchmarks/extract_command.py``), when this machine has them.
_BENCH = Path("/work/wt/a400")

_TEXTS = [
    "The Neches River rose near Arbar province and Hyland-Croy Road, by Lake Lanier and Highway 19.",
    "Forces left the village of Kafr Nabudah for the Asad air base and Khmeimim Air Base on Monday.",
    "Fighters reached Qameshly city, then Tell al-Hamra base and the Bulo Marer district.",
    "John Smith met Camp Bondsteel staff; the Water District and Fire District offices closed.",
    "In Tikreet, Mount Kenya, Fort Hood and Camp Taji the town of Zaraq and the base of Xyzz.",
]


def _words() -> list[str]:
    """Pieces for random texts: every word the precheck looks for, capitalised words and marks."""
    words = ["Al", "al", "the", "of", "village", "Camp", "Lake", "Bulo", "Marer", "Smith", "'s", "-"]
    words += [w for phrase in (*GENERIC_AFTER, *GENERIC_BEFORE) for w in phrase.split()]
    words += list(NAME_PREFIXES) + list(NAME_SUFFIXES)
    words += [w.title() for w in list(NAME_SUFFIXES)[:40]] + ["Xanadu", "Qarya", "Zorb", "19", "city"]
    return words


def _same_everywhere(text: str, lexicon: Any) -> int:
    tokens = word_columns(text)
    for i in range(len(tokens)):
        assert generic_name(i, tokens, lexicon) == plain_generic_name(i, tokens, lexicon), (text, i)
    return len(tokens)


def test_generic_name_precheck_never_says_no_wrongly(parser: Any) -> None:
    lexicon = parser._loaded_state().lexicon
    for text in _TEXTS:
        _same_everywhere(text, lexicon)
    rnd = random.Random(36)
    words = _words()
    gaps = [" ", " ", " ", "-", ", ", ". ", "\n", "  "]
    for _ in range(3000):
        parts = [rnd.choice(words) + rnd.choice(gaps) for _ in range(rnd.randint(1, 14))]
        _same_everywhere("".join(parts), lexicon)
    if _BENCH.is_dir():  # every token of the benchmark's articles
        for path in sorted(_BENCH.glob("*.txt"))[:120]:
            _same_everywhere(path.read_text(encoding="utf-8"), lexicon)
