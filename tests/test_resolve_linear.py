"""The resolver's headline test reads each line once: same answers as reading the line each time, in
time linear in the text's length (a 1 MB line with many short codes used to take seconds)."""

from __future__ import annotations

import random
import time

from geo.resolve.containers import _ShoutingLines


def _reference(text: str, position: int) -> bool:
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    upper = sum(map(str.isupper, line))
    letters = upper + sum(map(str.islower, line))
    return letters >= 12 and upper > 0.6 * letters


def test_same_answers_as_reading_each_line() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(rng.choice("AAAAbbbb \n.,Q") for _ in range(rng.randint(1, 300)))
        positions = sorted(rng.sample(range(len(text)), min(len(text), 20)))
        lines = _ShoutingLines(text)
        assert [lines(p) for p in positions] == [_reference(text, p) for p in positions]


def test_time_is_linear_in_line_length() -> None:
    def seconds(size: int) -> float:
        text = "The UK and the US met. " * (size // 23)
        positions = [i for i in range(len(text)) if text.startswith("UK", i) or text.startswith("US", i)]
        lines = _ShoutingLines(text)
        began = time.process_time()
        for position in positions:
            lines(position)
        return time.process_time() - began

    small, large = seconds(100_000), seconds(800_000)
    assert large < 20 * max(small, 1e-3)  # 8x the text: about 8x the time, far from the 64x of a rescan
