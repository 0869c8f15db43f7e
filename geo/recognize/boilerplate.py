"""Page chrome in an article's text: links to other stories, bylines, image credits, share buttons.

Stored pages keep some of their furniture: "Read also: Drone hits base in Erbil", "By Jane Doe",
"Photo: Rudaw", "Share on Facebook". Places named there are on record but are not where the article's
events happened; :func:`boilerplate_spans` finds such stretches from the cue words of
``geo/lexicon/data/recognize_boilerplate.yaml`` and a byline pattern, and the recogniser gives the
toponyms inside them ``role="boilerplate"`` (:class:`geo.model.spans.Toponym`). See docs/recognition.md.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from geo import lexicon

__all__ = ["boilerplate_spans", "inside"]

#: A byline: a line of at most this many characters that starts with "By" and a capitalised name.
BYLINE_CHARS: Final = 80
_NAME_WORD: Final = r"[A-Z][\w'’.\-]*"
_BYLINE: Final = re.compile(
    rf"(?m)^[ \t]*By[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}[ \t]*(?:[,|–—-].*)?$"
)


def _alternation(terms: list[str]) -> str:
    ordered = sorted(terms, key=lambda term: (-len(term), term))
    return "|".join(re.escape(term).replace(r"\ ", r"[ \t]+") for term in ordered)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """Line cues ("Read also:" opening a line), credit cues ("Photo: Rudaw" anywhere) and the last words
    of the credit cues, lower-case (a credit's colon follows one of them)."""
    entries = lexicon.load("recognize_boilerplate")
    line = [str(e["term"]) for e in entries if e["role"] in ("line", "list")]
    credit = [str(e["term"]) for e in entries if e["role"] == "credit"]
    lines = re.compile(rf"(?im)^[ \t\-•|]*(?:{_alternation(line)})\b(?:[ \t]*[:|–—\-]|[ \t]*$).*$")
    credits = re.compile(rf"(?i)(?<![\w])(?:{_alternation(credit)})[ \t]*:[^\n)\]]*")
    ends = tuple(sorted({term.split()[-1].lower() for term in credit if term.split()}))
    return lines, credits, ends


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` offsets of the page chrome in ``text``, sorted.

    Parameters
    ----------
    text
        The article text.
    """
    lines, credits, ends = _patterns()
    found: list[tuple[int, int]] = []
    bylines: list[tuple[int, int]] = []
    # Both expressions start at the start of a line and end on it: they are tried at the line starts only
    # (a scan of the whole text tries them at every character), in the order ``finditer`` finds them.
    at = 0
    while True:
        if (match := lines.match(text, at)) is not None:
            found.append((match.start(), _list_end(text, match.start(), match.end())))
        if (match := _BYLINE.match(text, at)) is not None and match.end() - match.start() <= BYLINE_CHARS:
            bylines.append((match.start(), match.end()))
        at = text.find("\n", at) + 1
        if not at:
            break
    found += [span for start, end in _credits(credits, text, ends) if (span := _credit(text, start, end))]
    found += bylines
    return sorted(found)


@lru_cache(maxsize=1)
def _list_header() -> re.Pattern[str]:
    """A line that holds only a list cue ("Related news", "Read more:", "Most read"): a list of links
    to other stories follows it."""
    terms = [str(e["term"]) for e in lexicon.load("recognize_boilerplate") if e["role"] == "list"]
    return re.compile(rf"(?i)[ \t\-•|]*(?:{_alternation(terms)})[ \t]*:?[ \t]*")


#: Longest line read as a link of a list under a header (a headline, not a paragraph of the story).
LINK_CHARS: Final = 100
#: A line that ends a sentence (the story's text goes on): not a link.
_SENTENCE_LINE: Final = re.compile(r"[.!?][\"”’)]?[ \t]*$")


def _list_end(text: str, start: int, end: int) -> int:
    """The end of the chrome that a line cue ``text[start:end]`` opens: the line itself, and when the line
    holds only a list cue (:func:`_list_header`), the links listed under it too: the next lines that
    read as headlines (at most :data:`LINK_CHARS` characters, no sentence end), up to a blank line or
    the first line of running text. Link lists on news pages put one headline per line under such a
    header ("Related news" / "Baghdad and Erbil sign oil deal" / "Duhok hospitals treat dozens")."""
    if _list_header().fullmatch(text, start, end) is None:
        return end
    while end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1 : nxt]
        if not line.strip() or len(line) > LINK_CHARS or _SENTENCE_LINE.search(line):
            break
        end = nxt
    return end


def _credits(credits: re.Pattern[str], text: str, ends: tuple[str, ...] = ()) -> list[tuple[int, int]]:
    """The matches of ``credits`` in ``text``, looked for only on the lines with a colon.

    A credit ("Photo: Rudaw") holds a colon and no line break, and one case-insensitive alternation
    tried at every character of the text costs more than the rest of :func:`boilerplate_spans`. With
    ``ends`` (the last words of the cues, lower-case), a line is scanned only when one of its colons
    follows one of them (and spaces or tabs): every match ends a cue there (:func:`_after_cue`).
    """
    found = []
    at = text.find(":")
    while at >= 0:
        begin = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if not ends or _after_cue(text, begin, at, end, ends):
            found += [(m.start(), m.end()) for m in credits.finditer(text, begin, end)]
        at = text.find(":", end)
    return found


#: Most words after a credit's colon: a credit names who took or owns a picture ("Photo: AFP/Getty
#: Images", "Image credit: Ministry of Defence"); a longer text after "Photo:" opening its line is a
#: caption, which tells what the picture shows (news photo conventions) and is read as text. Inside a
#: paragraph a credit may be glued to the next words of a stored page: the rest of the line stays chrome.
CREDIT_WORDS: Final = 8
#: A sentence end inside a credit's line: what follows is text ("Photo credit: X. President Y visited").
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s+[A-Z\"“])")


def _credit(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The chrome of a credit match ``text[start:end]`` ("Photo: X" to the end of its line): up to its
    first sentence end when at most :data:`CREDIT_WORDS` words follow the colon there ("Photo credit: X.
    Troops ...": X, and the text goes on); none when more follow and the credit opens its line (a
    caption); the whole match when the credit is glued inside a paragraph ("... Photo: AP The US")."""
    stop = _SENTENCE_END.search(text, start, end)
    close = stop.start() + 1 if stop else end
    if len(text[start:close].split(":", 1)[-1].split()) <= CREDIT_WORDS:
        return start, close
    line = text.rfind("\n", 0, start) + 1
    return (start, end) if text[line:start].strip(" \t-•|") else None


#: Characters before a colon compared with the cues' last words (longer than any of them).
_CUE_WINDOW: Final = 24


def _after_cue(text: str, begin: int, at: int, end: int, ends: tuple[str, ...]) -> bool:
    """Whether a colon of ``text[at:end]`` (``at`` is the line's first, the line starts at ``begin``)
    follows one of ``ends`` and spaces or tabs; True too when the words before a colon are not ASCII
    (case-insensitive matching folds some other letters to ASCII ones: no shortcut then)."""
    longest = max(map(len, ends))
    while 0 <= at < end:
        cut = at
        while cut > begin and text[cut - 1] in " \t":
            cut -= 1
        before = text[max(begin, cut - max(longest, _CUE_WINDOW)) : cut]
        if not before.isascii() or before.lower().endswith(ends):
            return True
        at = text.find(":", at + 1, end)
    return False


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``[start, end)`` lies inside one of ``spans``."""
    return any(a <= start and end <= b for a, b in spans)
