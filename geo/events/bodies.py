"""Places inside the proper name of a civil body or an institution ("X Town Council", "the Hospital of the
University of X"): the name is no site of the sentence's event.

A council, court, cabinet, hospital, school or church is named after its place or patron; a member of
"X Town Council" quoted, a person sent by "X Circuit Court" or taken to "the Hospital of the University
of X", a bomb at "the Saint X Church" (or "the Saint X and Saint Y Church") in a city: the event is not at
X (or X is no place at all). The
head nouns are the ``body``, ``building`` and ``unit`` classes of ``events_name_heads.yaml``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Final

from geo.lexicon import load
from geo.model.spans import Resolved

__all__ = ["in_body_names"]

#: The characters every match of the pattern after a place opens with.
_BLANKS: Final = frozenset(" \t")
#: Most capitalised words between the place and the head noun ("X Workforce Development Cabinet"); a word may
#: hold an ampersand ("X A&M University", near27); four for a church of two saints ("Saint X and Saint Y
#: Coptic Church", ordinary28).
_BETWEEN: Final = 4


def _terms(*classes: str) -> str:
    """The terms of ``classes`` of ``events_name_heads.yaml``, capitalised, as alternatives."""
    entries = load("events_name_heads")
    return "|".join(sorted(str(e["term"]).capitalize() for e in entries if e["class"] in classes))


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a place in a body's name (capitalised words, none of the ``armed`` class, and a head
    noun), and what precedes it ("Head of the", "Head of the University of")."""
    heads, units, armed = _terms("body", "building"), _terms("unit"), _terms("armed")
    # "and" only before a second saint's title: a church of two patrons ("Saint X and Saint Y Church")
    word = rf"[ \t]+(?:and[ \t]+(?=(?:Saint|St\.?|Sts?\.?)[ \t]))?(?!(?:{armed})\b)[A-Z][\w'’.&-]*"
    after = re.compile(
        rf"(?:{word}){{0,{_BETWEEN}}}[ \t]+(?:{heads})\b|(?:{word}){{1,{_BETWEEN}}}[ \t]+(?:{units})\b"
    )
    name = r"[A-Z][\w'’.-]*[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?"
    before = re.compile(rf"\b(?:{heads})[ \t]+of[ \t]+(?:the[ \t]+)?(?:{name}){{0,2}}\Z")
    return after, before


def in_body_names(text: str, spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of place mentions inside the name of a civil body or institution (see the module docstring)."""
    after, before = _patterns()
    out = set()
    for place in spots:
        start, end = place.toponym.start, place.toponym.end
        low = max(0, start - 60)
        # every match of ``after`` opens with a space or tab, and every match of ``before`` holds "of"
        if (text[end : end + 1] in _BLANKS and after.match(text, end)) or (
            text.find("of", low, start) >= 0 and before.search(text, low, start)
        ):
            out.add((start, end))
    return out
