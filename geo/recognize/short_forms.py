"""Short forms of a name the text gave in full: "Al-Asad" after "Ain al-Asad air base".

Arabic place names are often a generic word and a noun with the article ("Ain al-Asad": "spring of the
lion", "Tal al-Abyad", "Ras al-Ain"), and news that has named the place in full goes on with the article
phrase alone ("Al-Asad served as the largest base"). A later occurrence of the last article phrase of a
place name recognised before (the particle joined by a hyphen to a word: "al-Asad", "el-Fasher"), not
inside another name, is a mention of the same place: looked up by the full name's query. Not when a
capitalised word comes right before or after it: a person's name ("Bashar al-Assad", "al-Assad
Foundation") or a longer name of something else; nor when the phrase is the whole name (no generic word
before it to drop).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from geo.model.spans import Toponym

__all__ = ["short_forms"]

#: Arabic articles written before a hyphen inside names (Wikipedia, "Arabic name"; the sun-letter forms).
_ARTICLES: Final = "al|el|ad|ar|as|ash|az|an|ed|er|es|esh|ez"
#: The last article phrase of a name after at least one word: "Ain al-Asad" -> "al-Asad".
_TAIL: Final = re.compile(rf"\S\s+(?P<tail>(?:{_ARTICLES})-[^\W\d_][\w'’]+)(?=\s|$)", re.IGNORECASE)
#: A capitalised word right before (end of the text before the short form) or after it.
_NAME_BEFORE: Final = re.compile(r"[A-Z][\w'’-]*\s+\Z")
_NAME_AFTER: Final = re.compile(r"\s+[A-Z]")
#: How much less sure a short form is than the full name.
_FACTOR: Final = 0.9


def short_forms(text: str, found: Sequence[Toponym]) -> list[Toponym]:
    """The mentions of places of ``found`` by the last article phrase of their name, after the full one.

    Parameters
    ----------
    text
        The text the toponyms were found in.
    found
        The toponyms recognised (in text order).

    Returns
    -------
    list[Toponym]
        New place toponyms (the full name's query, hint and a lower score), in text order; empty when
        no name of ``found`` ends in an article phrase.
    """
    out: list[Toponym] = []
    taken = [(t.start, t.end) for t in found]
    seen: set[str] = set()
    for full in found:
        if full.kind != "place" or full.role is not None or "-" not in full.surface:
            continue  # (an article phrase holds a hyphen: most names need no scan)
        tails = list(_TAIL.finditer(full.surface))
        if not tails:
            continue
        tail = tails[-1].group("tail")
        if tail.lower() in seen:
            continue
        seen.add(tail.lower())
        for hit in re.finditer(rf"(?<![\w-]){re.escape(tail)}(?![\w-])", text, re.IGNORECASE):
            start, end = hit.span()
            if start < full.end or any(s < end and start < e for s, e in taken):
                continue
            if _NAME_BEFORE.search(text, max(0, start - 40), start) or _NAME_AFTER.match(text, end):
                continue  # "Bashar al-Assad", "the al-Asad Foundation": a person or another name
            out.append(
                Toponym(
                    start,
                    end,
                    text[start:end],
                    full.query,
                    "place",
                    full.feature_hint,
                    full.country,
                    round(_FACTOR * full.score, 3),
                    None,
                )
            )
            taken.append((start, end))
    return sorted(out, key=lambda t: t.start)
