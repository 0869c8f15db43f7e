"""Places that say where a person lives, not where something happens.

English news gives a person's home town in an apposition right after the name, with "of" between commas
("Jane Doe, 34, of Springfield, was injured"; the Associated Press style for a person's residence): the
place is the person's address, no site of the sentence's event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.model.spans import Resolved

__all__ = ["residences"]

#: Before the place: a capitalised word ending a name, a comma, an optional age and comma, and "of".
_BEFORE: Final = re.compile(r"(?-i:[A-Z])[\w.'’-]*,[ \t]+(?:\d{1,3},[ \t]+)?of[ \t]+\Z")
#: After the place: the apposition closes with a comma or ends the sentence.
_AFTER: Final = re.compile(r"[ \t]*(?:,|\.(?:\s|\Z))")


def residences(text: str, spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of place mentions in a residence apposition after a person's name ("Jane Doe, 34, of X,")."""
    out = set()
    for place in spots:
        start, end = place.toponym.start, place.toponym.end
        low = max(0, start - 60)
        # every match of ``_BEFORE`` ends with "of" and blanks right before the place
        if (
            text[low:start].rstrip(" \t").endswith("of")
            and _BEFORE.search(text, low, start)
            and _AFTER.match(text, end)
        ):
            out.add((start, end))
    return out
