"""Places inside a quoted title (the "Stars Over X" show, a "Roads of X" album): the title of a show,
book, song or product is no site of the sentence's event.

News quotes the titles of works and products in title case between double quotes. A place's name inside
such a title, beside other words of it, names no place of the story: the star of a show named after X was
attacked elsewhere. A quotation of speech is not in title case ("we will attack X," he said), and a place
quoted alone is left alone, and so is one after "in" in the title: a group or operation named for the place
it acts in ("Popular Resistance in X") tells where it acts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.model.spans import Resolved

__all__ = ["in_quoted_titles"]

#: A span between double quotes, straight or curly, on one line.
_QUOTED: Final = re.compile(r"[\"“]([^\"“”\n]{3,80})[\"”]")
#: Words of a title: capitalised words and the short function words titles keep in lower case (general
#: English title case), two to eight of them.
_TITLE: Final = re.compile(
    r"(?:(?:[A-Z][\w'’.&-]*|of|the|and|a|an|in|on|at|for|to|with|over|from|by)[ \t]*){2,8}[.,!?]?"
)

#: Right before a place inside a title: "in" (and an article): the title names what acts in that place.
_IN_BEFORE: Final = re.compile(r"\bin[ \t]+(?:the[ \t]+)?\Z")


def in_quoted_titles(text: str, spots: Sequence[Resolved]) -> set[tuple[int, int]]:
    """Spans of place mentions inside a quoted title of several words (see the module docstring)."""
    if '"' not in text and "“" not in text:
        return set()
    titles = [(m.start(1), m.end(1)) for m in _quoted(text) if _TITLE.fullmatch(m.group(1).strip())]
    out = set()
    for place in spots:
        start, end = place.toponym.start, place.toponym.end
        for a, b in titles:
            if (
                a <= start
                and end <= b
                and text[a:b].strip(" .,!?") != text[start:end]
                and not _IN_BEFORE.search(text, a, start)
            ):
                out.add((start, end))
    return out


def _quoted(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_QUOTED` in ``text``, as ``_QUOTED.finditer`` finds them, faster: the pattern
    is tried only at the opening quotes, found with ``str.find`` (the scan of ``finditer`` tries its
    character set at every character of the text)."""
    opens = sorted(_offsets(text, '"') + _offsets(text, "“"))
    out: list[re.Match[str]] = []
    done = 0  # the end of the last match: the next is searched from there
    for at in opens:
        if at >= done and (match := _QUOTED.match(text, at)) is not None:
            out.append(match)
            done = match.end()
    return out


def _offsets(text: str, char: str) -> list[int]:
    """The offsets of ``char`` in ``text``."""
    out = []
    at = text.find(char)
    while at >= 0:
        out.append(at)
        at = text.find(char, at + 1)
    return out
