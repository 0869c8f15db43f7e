"""Long texts in windows: the document-level stages (resolution's context, event merging) compare every
place of a document with every other, so their cost grows with the square of the document's length. A
text longer than :data:`geo.settings.chunk_chars` is therefore read in windows of about that size, cut at
paragraph, line or sentence ends, and the windows' drafts are built into one article's features (event
ids, mentions and offsets are the whole text's). News articles are far shorter: they are read whole.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from geo.extract.build import EventDraft

__all__ = ["shift_drafts", "windows"]

#: Where a window may end, best first: a paragraph, a line, a sentence, a word.
_BREAKS = ("\n\n", "\n", ". ", " ")


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """Return ``[start, end)`` spans covering ``text`` in order, each at most ``size`` characters long
    (one span when the text is no longer), ending at the last paragraph, line, sentence or word break in
    the second half of the window (a hard cut only when there is none)."""
    if size <= 0:
        raise ValueError(f"window size must be positive, not {size!r}")
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        limit = start + size
        end = limit
        for mark in _BREAKS:
            found = text.rfind(mark, start + size // 2, limit)
            if found >= 0:
                end = found + len(mark)
                break
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def shift_drafts(drafts: Iterable[EventDraft], offset: int) -> list[EventDraft]:
    """The drafts of a window moved by ``offset`` characters into the whole text's offsets (in place)."""
    moved = list(drafts)
    if offset:
        for draft in moved:
            toponym = draft.place.toponym
            shifted = dataclasses.replace(toponym, start=toponym.start + offset, end=toponym.end + offset)
            draft.place = dataclasses.replace(draft.place, toponym=shifted)
            draft.mentions = [(start + offset, end + offset) for start, end in draft.mentions]
    return moved
