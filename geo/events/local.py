"""Words of statecraft that name a local body ("the county government", "state lawmakers", "the Ohio
Senate"): they make no political cue a state's act.

ACLED's political categories are acts of states and their agents; a county's, city's or federated
state's legislature or executive voting, granting or approving is none. A statecraft word of the ``body``
class (``events_local_bodies.yaml``) right after a word of the ``level`` class ("municipal", "county",
"state"), or a legislature word right after the name of a first-order region of the sentence ("Kentucky
lawmakers"), names a local body; when every occurrence of the word in the sentence does, it is left out
of the words :func:`geo.events.cues.stateless` reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from geo.events.document import Document
from geo.lexicon import load
from geo.model.spans import Resolved

__all__ = ["local_bodies"]

_WORDS: Final = load("events_local_bodies")
#: Words of statecraft that name a legislature or an executive.
_BODIES: Final = frozenset(_WORDS.class_terms("body"))
#: Body words that name a legislature: after a region's name they name the region's.
_LEGISLATURES: Final = frozenset(_WORDS.class_terms("legislature"))
#: Words that make the body after them a local one.
_LEVELS: Final = frozenset(_WORDS.class_terms("level"))
#: Feature classes of a place whose name before a body word makes it local (a region of a country).
_REGIONS: Final = frozenset({"admin_region"})


def local_bodies(doc: Document, number: int, group: Sequence[Resolved]) -> frozenset[str]:
    """The body words of sentence ``number`` every occurrence of which names a local body: right after a
    ``level`` word, or a legislature word right after the name of a first-order region of ``group`` (a
    place of the sentence)."""
    words = doc.words(number)
    if words.isdisjoint(_BODIES):
        return frozenset()
    tokens = doc.tokens
    sentence = doc.sentences[number]
    span = tokens.span(sentence.start, sentence.end)
    region_ends = {p.toponym.end for p in group if p.candidate.feature_class in _REGIONS}
    local: set[str] = set()
    other: set[str] = set()
    for k in range(span.start, span.stop):
        word = tokens.words[k]
        if word not in _BODIES:
            continue
        previous = k - 1
        named = word in _LEGISLATURES and previous >= span.start and tokens.ends[previous] in region_ends
        if named or (previous >= span.start and tokens.words[previous] in _LEVELS):
            local.add(word)
        else:
            other.add(word)
    return frozenset(local - other)
