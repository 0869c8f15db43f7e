"""Another name of a place in parentheses inside a list of places ("Ras al-Ain (Serekaniye) and X"): the
parentheses neither end the clause nor cut the list off from the preposition before it (ment35)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["ALIAS_OPEN", "alias_gap"]

#: An opening parenthesis before one to three capitalised words, closed and followed by a comma, "and" or
#: "or": a place's other name in a list.
_ALIAS: Final = r"(?-i:[A-Z])[\w'’-]+(?:[ \t](?-i:[A-Z])[\w'’-]+){0,2}\)[ \t]*(?:,|(?:and|or)\b)"
ALIAS_OPEN: Final = re.compile(rf"\((?={_ALIAS})")
_ALIAS_AT: Final = re.compile(_ALIAS)
_CLOSE: Final = re.compile(r"\)[ \t]*,?[ \t]*\Z")


def alias_gap(text: str, between: str, edge: int, start: int) -> bool:
    """Whether ``between`` (the text between two words, the second at ``edge``) is the parenthesis of such
    another name: " (" before the name, or ") " before the "and"/"or" or comma after it, walking back from
    the place at ``start`` (not the name in parentheses itself: "in eastern (Congo)" is no list)."""
    mark = between.strip()
    if mark == "(":
        return edge != start and _ALIAS_AT.match(text, edge) is not None
    return mark in (")", "),") and _CLOSE.match(between.lstrip()) is not None
