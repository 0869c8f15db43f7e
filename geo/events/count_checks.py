"""Cheap checks of where the count pattern of a number can match (:mod:`geo.events.numbers`): each says
no only when the pattern cannot match, so the pattern is tried at fewer numbers, or its death toll is left
out (the same matches, fewer steps of the regular-expression engine)."""

from __future__ import annotations

import bisect
import re
from typing import Final

from geo.events.count_grammar import ELLIPSIS_WORDS, count_grammar
from geo.temporal._patterns import MONTHS
from geo.temporal._scan import Tokens

__all__ = ["day_of_month", "may_count", "may_die", "may_rest"]

#: Words before a month name that take the month without a day ("in March 30 soldiers died", "during May").
_MONTH_ALONE: Final = frozenset({"in", "during", "throughout"})
#: What joins the two days of a range ("9-10", "9 to 10", "9 and 10", "9 through 10").
_JOIN_WORDS: Final = frozenset({"to", "and", "through", "until", "till"})
_RANGE_JOIN: Final = re.compile(r"\s*[-\u2013]\s*|\s+(?:to|and|through|until|till)\s+", re.IGNORECASE)

#: The marks no death toll at a number runs across (see :func:`may_die`).
_MARKS: Final = re.compile(r"[;:().]")


def may_die(tokens: Tokens, index: int, dying: list[int] | None) -> bool:
    """Whether the death toll of the count pattern of a number (the first kind of :attr:`Grammar.at_number`)
    can match at the number starting at token ``index`` (cheap, never wrong when it says no); ``dying``
    lists the tokens holding a beginning of a word of dying (:attr:`Grammar.dying_test`).

    The toll ends on a word of dying, which holds one of
    :data:`~geo.events.count_grammar.KILLED_STEMS`; no part of it takes a semicolon, a colon or a
    parenthesis, and a full stop only inside a word opening with a capital (an adjective such as
    "U.S."): the first such word after the number must come before any other such mark.
    """
    if dying is None:
        return True
    found = bisect.bisect_left(dying, index)
    if found == len(dying):
        return False
    text, at, limit = tokens.text, tokens.starts[index], tokens.starts[dying[found]]
    while (mark := _MARKS.search(text, at, limit)) is not None:
        dot = mark.start()
        if text[dot] != ".":
            return False
        first = dot  # the first character of the word holding the full stop (word characters, "'’.-")
        while first > 0 and (text[first - 1].isalnum() or text[first - 1] in "_'’.-"):
            first -= 1
        if not "A" <= text[first] <= "Z":
            return False
        at = dot + 1
    return True


def _keyword_within(tokens: Tokens, index: int, keywords: list[int], *, extra: int, rest: bool) -> bool:
    """The body shared by :func:`may_rest` and :func:`may_count`: an elliptical word right after the
    number run starting at token ``index``, else the first keyword token (at the number's own token too
    when ``rest``, whose troop count may end in a hyphenated word; after it otherwise) ending (``rest``:
    starting) within ``extra`` space-separated words after the number run."""
    words, in_number = tokens.words, count_grammar().in_number
    size = len(words)
    after = index + 1
    while after < size and (words[after] in in_number or "0" <= words[after][:1] <= "9"):
        after += 1
    if after < size:
        word = words[after]
        if word in ELLIPSIS_WORDS or word.startswith(("remain", "stay")) or not word.isascii():
            return True
    found = (bisect.bisect_left if rest else bisect.bisect_right)(keywords, index)
    if found == len(keywords):
        return False
    text, start = tokens.text, tokens.starts[index]
    limit = len(text[start : tokens.ends[after - 1]].split()) + extra
    end = tokens.starts[keywords[found]] if rest else tokens.ends[keywords[found]]
    return len(text[start:end].split(maxsplit=limit)) <= limit


def may_rest(tokens: Tokens, index: int, keywords: list[int]) -> bool:
    """Whether the count pattern of a number without its death toll (:attr:`Grammar.at_number_rest`) can
    match at the number starting at token ``index`` (cheap, never wrong when it says no); ``keywords``
    lists the tokens of :attr:`Grammar.keyword_test` (the first words of the troop nouns among them).

    An elliptical count ("and 10 are ...", "4 others") needs one of its words right after the number; a
    troop count needs a troop noun within seven words after the number ("of them will be" and three
    adjectives), or in its last word ("a 250-member unit").
    """
    return _keyword_within(tokens, index, keywords, extra=7, rest=True)


def may_count(tokens: Tokens, index: int, keywords: list[int]) -> bool:
    """Whether the count pattern of a number (:func:`count_grammar`) can match at the number starting at token
    ``index`` (cheap, never wrong when it says no).

    An elliptical count needs one of its words right after the number; a troop count or a death toll
    needs a troop noun or "killed"... at most sixteen space-separated words after the number (three
    adjectives, a victim noun, a place or group after it, an aside on who the victims were, three words
    of "had been killed").
    """
    return _keyword_within(tokens, index, keywords, extra=16, rest=False)


def day_of_month(tokens: Tokens, index: int) -> bool:
    """Whether the number at token ``index`` is the day of a date, right before or after a capitalised
    month name ("on 3 March killed 11", "on March 3 killed 11", "on Feb. 29 killed 11"), or the second day
    or first day of a range beside one ("on March 9 to 10 killed 11", "on 9-10 March killed 11"): a date,
    no count. After "in"/"during" + month the number is a count unless a comma or an ordinal ends it ("in
    March 30 soldiers died")."""
    word, words = tokens.words[index], tokens.words
    if not word.isdigit() or len(word) > 2 or not 1 <= int(word) <= 31:
        return False
    text, month = tokens.text, index - 1
    if index + 1 < len(words) and _month_at(tokens, index + 1) and text[tokens.ends[index]] == " ":
        return True  # "3 March"
    if (first := _joined(tokens, index, -1)) is not None and day_of_month(tokens, first):
        return True  # "the night of March 9-10", "between March 9 and 10": the second day
    second = _joined(tokens, index, 1)
    if second is not None and second + 1 < len(words) and _month_at(tokens, second + 1):
        return True  # "on 9-10 March", "9 to 10 March": the first day
    if index == 0 or not _month_at(tokens, month):
        return False
    if text[tokens.ends[month] : tokens.starts[index]] not in {" ", ". "}:
        return False
    if month > 0 and tokens.words[month - 1] in _MONTH_ALONE:
        return text.startswith((",", "st", "nd", "rd", "th"), tokens.ends[index])
    return True


def _joined(tokens: Tokens, index: int, step: int) -> int | None:
    """The token of a number of one or two digits joined to the number at token ``index`` as the other
    end of a range of days ("9-10", "9 to 10"), before it (``step`` -1) or after it (+1); None if none."""
    words, text = tokens.words, tokens.text
    other = index + step
    if 0 <= other < len(words) and words[other] in _JOIN_WORDS:
        other += step
    elif not 0 <= other < len(words):
        return None
    if not 0 <= other < len(words) or not words[other].isdigit() or len(words[other]) > 2:
        return None
    low, high = sorted((index, other))
    return other if _RANGE_JOIN.fullmatch(text, tokens.ends[low], tokens.starts[high]) else None


def _month_at(tokens: Tokens, index: int) -> bool:
    """Whether token ``index`` is a month name with a capital ("March", "Feb"; not "march", "may")."""
    return tokens.words[index] in MONTHS and tokens.text[tokens.starts[index]].isupper()
