"""The compiled patterns that find temporal expressions (one master regex, a few context checks)."""

from __future__ import annotations

import functools
import re
from typing import Final

from geo.lexicon import load
from geo.temporal import _general
from geo.temporal._scan import Tokens, WordTest

MONTHS: Final[dict[str, int]] = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS: Final[dict[str, int]] = {
    name: index
    for index, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
_TIME_WORDS: Final = load("events_time_words")
#: Number words before a time unit ("two weeks ago", "a few days") and their values (lexicon data).
NUMBER_WORDS: Final[dict[str, int]] = {
    str(entry["term"]): int(entry["value"]) for entry in _TIME_WORDS.of_class("quantity")
}

_MONTH_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ANY = _MONTH_FULL + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_NUM = r"\d{1,3}|" + "|".join(sorted((w.replace(" ", r"\s+") for w in NUMBER_WORDS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"1[89]\d{2}|20\d{2}"
_PART = r"early|mid|late|the\s+(?:end|beginning|start|middle)\s+of"  # of a year, month or season
_HALF = r"the\s+(?:first|second)\s+half\s+of"  # of a year or month
_SPACES: Final = re.compile(r"\s+")
#: Not a year when a count noun follows ("2000 soldiers"; lexicon data).
_NOT_COUNT = r"(?!\s+(?:" + "|".join(_TIME_WORDS.class_terms("count_noun")) + r")\b)"


def _month(name: str) -> str:
    return rf"(?P<{name}>{_MONTH_ANY})"


#: Words before "recent" that make it no date of its own: a determiner ("the recent attack": one told
#: before; "the most recent": the last of a series) or a preposition that would bound a span with it.
_DETERMINERS_OF_RECENT: Final = (
    *("the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "a", "an"),
    *("most", "more", "after", "before", "since", "from", "until"),
)
_NOT_DETERMINED: Final = "".join(rf"(?<!\b(?i:{word})\s)" for word in _DETERMINERS_OF_RECENT)

_ALTERNATIVES: Final = (
    *_general.FIRST,
    r"(?P<iso>(?P<iso_y>\d{4})-(?P<iso_m>\d{2})-(?P<iso_d>\d{2})(?![\d-]))",
    rf"(?P<mdy>{_month('mdy_m')}\s+(?P<mdy_d>\d{{1,2}}){_ORD}(?:,\s*|\s+)(?P<mdy_y>{_YEAR})(?!\d))",
    rf"(?P<dmy>(?:the\s+)?(?P<dmy_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_month('dmy_m')},?\s+(?P<dmy_y>{_YEAR})(?!\d))",
    rf"(?P<my>{_month('my_m')},?\s+(?:of\s+)?(?P<my_y>{_YEAR})(?!\d))",
    # day ranges in one month: "21-23 April", "17 to 22 of February", "April 8-18, 2019", "between 21 and
    # 23 April"; "October 12 and 14" too: an event told on two days of a month spans them
    rf"(?P<drange>(?:(?<=[Bb]etween )(?P<dr_btw>))?(?P<dr_a>\d{{1,2}}){_ORD}\s*"
    rf"(?:[-–—]|to\b|and\b)\s*(?P<dr_b>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_month('dr_m')}(?:,?\s+(?P<dr_y>{_YEAR})(?!\d))?(?!\w))",
    rf"(?P<mdrange>(?:(?<=[Bb]etween )(?P<mr_btw>))?{_month('mr_m')}\s+(?P<mr_a>\d{{1,2}}){_ORD}\s*"
    rf"(?:[-–—]|to\b|and\b)\s*(?P<mr_b>\d{{1,2}}){_ORD}(?:,?\s+(?P<mr_y>{_YEAR}))?(?![\d.,]*\d))",
    rf"(?P<md>{_month('md_m')}\s+(?P<md_d>\d{{1,2}}){_ORD}(?![\d,.]*\d))",
    rf"(?P<dm>(?:the\s+)?(?P<dm_d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_month('dm_m')}(?!\w))",
    rf"(?P<part>(?P<part_w>(?i:{_PART}|{_HALF}))[\s-]+(?P<part_y>{_YEAR})(?!\d))",
    rf"(?P<mpart>(?P<mp_w>(?i:{_PART}|{_HALF}))[\s-]+(?P<mp_m>{_MONTH_FULL})(?:,?\s+(?P<mp_y>{_YEAR})(?!\d))?\b(?!\s*\d))",
    rf"(?P<relpart>(?i:(?P<rp_w>{_PART}|{_HALF})[\s-]+(?P<rp_q>last|this|next|previous)\s+(?P<rp_u>year|month))\b)",
    # "the end of the year", "year-end", "the year's end": the end of the publication's year (month, week)
    r"(?P<yend>(?i:(?:(?:the\s+)?end[\s-]+of\s+(?:the\s+)?(?P<ye_u>year|month|week)|(?:the\s+)?year(?:['’]s\s+|[\s-])end)"
    r"\b(?![\s-]*\d)))",
    # "in the coming weeks", "the next few months", "within 30 days", "within a year": ahead of publication
    rf"(?P<ahead>(?i:(?:the\s+)?(?P<ah_q>coming|next)\s+(?:(?P<ah_n>{_NUM})\s+)?(?P<ah_u>hour|day|week|fortnight|month|year)s"
    rf"|within\s+(?:the\s+next\s+)?(?:(?P<ah_m>{_NUM})\s+)?(?P<ah_v>hour|day|week|fortnight|month|year)s?)\b)",
    rf"(?P<season>(?i:(?:(?P<sea_p>{_PART})[\s-]+)?(?:the\s+)?(?P<sea_w>spring|summer|autumn|fall|winter))"
    rf"\s+(?:of\s+)?(?P<sea_y>{_YEAR})(?!\d))",
    rf"(?P<rseason>(?i:(?:(?P<rs_p>{_PART})[\s-]+(?!the\s+fall\b)(?:(?P<rs_pq>this\s+past|this\s+coming|this|last|next|the)\s+)?|"
    rf"(?!the\s+fall\b)(?P<rs_q>this\s+past|this\s+coming|this|last|next|the)\s+)(?P<rs_w>spring|summer|autumn|fall|winter))\b(?!\s+(?:of\b|\d)))",
    r"(?P<decade>(?i:the\s+)(?P<dec_y>1[89]\d0|20\d0)'?s\b)",
    rf"(?P<yrange>(?P<yr_a>{_YEAR})\s*[-–—]\s*(?P<yr_b>{_YEAR}|\d{{2}})(?![\d-]))",
    rf"(?P<year>(?P<year_y>{_YEAR})(?![\d-]|[,.]\d){_NOT_COUNT})",
    rf"(?P<ago>(?i:(?P<ago_n>{_NUM})\s+(?P<ago_u>day|week|fortnight|month|year|decade)s?\s+ago)\b)",
    rf"(?P<pastn>(?i:(?:the\s+)?(?:past|last|previous)\s+(?P<pn_n>{_NUM})\s+(?P<pn_u>hour|day|week|fortnight|month|year|decade)s)\b)",
    rf"(?P<shift>(?i:(?:(?P<sh_n>{_NUM})\s+(?P<sh_u>day|week|month|year)s?|(?P<sh_v>day|week)s)\s+(?P<sh_d>later|earlier))\b)",
    # "the week before", "the month after": a unit next to the time told before, standing alone (not "the
    # week before the vote", whose noun phrase names the reference; not "the day before yesterday")
    r"(?P<prior>(?i:the\s+(?P<pr_u>day|week|month|year)\s+(?P<pr_d>before|earlier|after|later))\b"
    r"(?=\s*(?:[,.;:!?)\"”]|$)))",
    r"(?P<same>(?i:(?:(?:that|the)\s+(?:very\s+)?same|(?:later|earlier)\s+(?:that|the\s+same))"
    r"\s+(?P<sm_u>day|week|month|year))\b)",
    r"(?P<nextday>(?i:(?P<nd_w>next|following|previous)\s+(?:day|morning|afternoon|evening|night))\b)",
    r"(?P<recent>(?i:recent\s+(?P<rc_u>day|week|month|year)s)\b)",
    # "recent attacks": an adjective without determiner dating the event noun right after it as
    # "recently" would (not "recent years", read above; not "the recent attack", one told before; not "the
    # most recent", the last of a series)
    r"(?P<recentadj>" + _NOT_DETERMINED + r"(?i:recent)\b(?=\s+[a-z]))",
    r"(?P<recently>(?<!\bas\s)(?i:recently|lately)\b(?!\s+as\b))",
    r"(?P<rel>(?i:(?:the\s+)?(?P<rel_q>this|last|next|past|previous|coming|(?:earlier|later)\s+(?:this|in\s+the))"
    r"\s+(?P<rel_u>weekend|week|month|year))\b)",
    r"(?P<weekend>(?i:the\s+weekend)\b)",
    r"(?P<wday>(?:(?P<wd_q>(?i:last|this|next|past))\s+)?"
    r"(?P<wd_d>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!s\b)(?:'s)?\b)",
    r"(?P<dayword>(?i:(?P<dw>the\s+day\s+before\s+yesterday|last\s+night|today|yesterday|tomorrow|tonight|overnight))\b)",
    rf"(?P<mon>(?P<mon_m>{_MONTH_FULL})\b(?!\s*\d))",
    *_general.LAST,
)


@functools.cache
def master() -> re.Pattern[str]:
    """Every kind of expression as one named alternative, most specific first (compiled on first use:
    :func:`pattern_for` gives most words a smaller pattern, and a run may never need it)."""
    return re.compile(r"(?<![\w$€£])(?:" + "|".join(_ALTERNATIVES) + ")")


def _subset(*kinds: str) -> re.Pattern[str]:
    """:func:`master` with only the alternatives of ``kinds`` (same order, same groups)."""
    chosen = [a for a in _ALTERNATIVES if a[4 : a.index(">")] in kinds]
    assert len(chosen) == len(kinds)
    return re.compile(r"(?<![\w$€£])(?:" + "|".join(chosen) + ")")


#: The alternatives that can begin with a given (lower-cased) first word; other words use master().
_BY_FIRST_WORD: Final[dict[str, re.Pattern[str]]] = {}
for _words, _pattern in (
    (
        ("the",),
        _subset(
            "dmy",
            "dm",
            "part",
            "mpart",
            "relpart",
            "yend",
            "ahead",
            "season",
            "rseason",
            "decade",
            "pastn",
            "rel",
            "weekend",
            "dayword",
            "prior",
            "same",
            "quarter",
            "oday",
            "mweek",
            "ystart",
            "follow",
            "wblast",
            "fortn",
        ),
    ),
    (("early", "mid", "late"), _subset("decpart", "part", "mpart", "relpart", "season", "rseason")),
    (("spring", "summer", "autumn", "fall", "winter"), _subset("season")),
    (("last",), _subset("fortn", "quarter", "pastn", "rel", "rseason", "wday", "dayword")),
    (("past",), _subset("fortn", "pastn", "rel", "rseason", "wday")),
    (("previous",), _subset("pastn", "rel", "nextday")),
    (("this",), _subset("rel", "rseason", "wday")),
    (("next",), _subset("ahead", "rseason", "rel", "wday", "nextday")),
    (("within",), _subset("ahead")),
    (("end", "year"), _subset("yend")),
    (("following",), _subset("nextday")),
    (("coming",), _subset("ahead", "rel")),
    (("earlier", "later"), _subset("rel", "same")),
    (("christmas", "new"), _subset("holiday")),
    (("recent",), _subset("recent", "recentadj")),
    (("recently", "lately"), _subset("recently")),
    (("today", "yesterday", "tomorrow", "tonight", "overnight"), _subset("dayword")),
    (tuple(WEEKDAYS), _subset("wday")),
    (tuple(MONTHS), _subset("mdy", "my", "mdrange", "md", "mon")),
    (tuple(w.split()[0] for w in NUMBER_WORDS), _subset("ago", "shift")),
):
    for _word in _words:
        _BY_FIRST_WORD[_word] = _pattern
_DIGITS: Final = _subset("numdate", "iso", "dmy", "drange", "dm", "yrange", "year", "ago", "shift")


def pattern_for(word: str) -> re.Pattern[str]:
    """The part of :func:`master` that can match at a token ``word`` (lower-cased): same results there."""
    if "0" <= word[:1] <= "9":
        return _DIGITS
    found = _BY_FIRST_WORD.get(word)
    return master() if found is None else found


#: The word right before an expression (``since``, ``until``, ``between`` ...), if any.
BEFORE: Final = re.compile(
    r"(?i:\b(?P<word>since|from|until|till|up\s+until|up\s+to|through|between|as\s+recently\s+as|as\s+early"
    r"\s+as|as\s+late\s+as|before|after|by|in|on|over|during|at|of|and|to|for|last|this|next|early|late|mid"
    r"|a|an|the|its|their|his|her|that))[\s-]+$"
)
_BEFORE_ONE: Final = frozenset(
    {"since", "from", "until", "till", "through", "between", "before", "after", "by", "in", "on", "over"}
    | {"during", "at", "of", "and", "to", "for", "last", "this", "next", "early", "late", "mid", "a", "an"}
    | {"the", "its", "their", "his", "her", "that"}
)
_BEFORE_MANY: Final = frozenset(
    {("up", "until"), ("up", "to"), ("as", "recently", "as"), ("as", "early", "as"), ("as", "late", "as")}
)


def word_before(text: str, tokens: Tokens, index: int) -> tuple[str, int]:
    """The word of :data:`BEFORE` right before token ``index`` and where it starts, or ``("", start)``.

    The same answer as searching :data:`BEFORE` in the 24 characters before the token, read from the
    tokens instead (the regex is the fallback for text that is not ASCII there).
    """
    starts = tokens.starts
    start = starts[index]
    lo = max(0, start - 24)
    if index == 0:
        return "", start
    if not text[lo:start].isascii():
        found = BEFORE.search(text, lo, start)
        return (_SPACES.sub(" ", found["word"].lower()), found.start()) if found else ("", start)
    words, ends = tokens.words, tokens.ends
    last = index - 1
    gap = text[ends[last] : start]
    if starts[last] < lo or not gap.replace("-", " ").isspace():
        return "", start
    for size in (3, 2):
        first = last - size + 1
        if (
            first >= 0
            and starts[first] >= lo
            and tuple(words[first:index]) in _BEFORE_MANY
            and all(text[ends[k] : starts[k + 1]].isspace() for k in range(first, last))
        ):
            return " ".join(words[first:index]), starts[first]
    word = words[last]
    return (word, starts[last]) if word in _BEFORE_ONE else ("", start)


#: ``since the start of the war in 2003``: a ``since`` earlier in the clause before ``in``.
SINCE_CLAUSE: Final = re.compile(r"(?i:\bsince\b[^.;:!?()\n]{0,60}?\bin)\s+$")
#: ``since the army left the town last week``: a ``since`` opening a clause (no punctuation and, checked
#: by the caller, no other time between) whose time, told without preposition, starts an interval.
SINCE_OPENED: Final = re.compile(r"(?i:\bsince\s)[^.;:!?(),\n\d]{4,100}\s$")
#: What may join two expressions into one interval.
JOIN: Final = re.compile(
    r"\s*(?:(?P<and>and)|(?P<to>to|until|till|through)|(?P<dash>[-–—]))\s*", re.IGNORECASE
)
#: Words that make a year an attribute of the noun after it (``a 2015 bombing``).
NOUN_AFTER: Final = re.compile(r"[ \t]+[a-z]")
#: Prepositions that make a bare month name a date ("in March", "as recently as May").
MONTH_PREPS: Final = frozenset(
    {
        "since",
        "from",
        "until",
        "till",
        "up until",
        "up to",
        "through",
        "between",
        "as recently as",
        "as early as",
        "as late as",
        "before",
        "after",
        "by",
        "in",
        "during",
        "and",
        "to",
        "last",
        "this",
        "next",
        "early",
        "late",
        "mid",
    }
)
OPEN_START: Final = frozenset({"since", "from"})
OPEN_END: Final = frozenset({"until", "till", "up until", "up to", "through"})
DETERMINERS: Final = frozenset({"a", "an", "the", "its", "their", "his", "her", "that", "this"})
#: Prepositions and modifiers included in an expression's span.
SPAN_WORDS: Final = frozenset(
    {
        "since",
        "from",
        "until",
        "till",
        "up until",
        "up to",
        "through",
        "between",
        "as recently as",
        "as early as",
        "as late as",
        "before",
        "after",
        "by",
        "in",
        "on",
        "over",
        "during",
    }
)

_AFTER_THE: Final = frozenset(
    {"end", "beginning", "start", "middle", "coming", "next", "first", "second", "third", "fourth", "final"}
    | {"weekend", "past", "last", "previous", "day", "week", "month", "year", "following"}
    | {"spring", "summer", "autumn", "fall", "winter"}
)
_COUNT_WORDS: Final = frozenset(w.split()[0] for w in NUMBER_WORDS)
#: Lower-cased words that can start an expression (digits are tested separately).
START_WORDS: Final = frozenset(
    {
        *MONTHS,
        *WEEKDAYS,
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "overnight",
        "this",
        "last",
        "next",
        "past",
        "previous",
        "coming",
        "earlier",
        "later",
        "early",
        "mid",
        "late",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "recent",
        "following",
        "recently",
        "lately",
        "within",
        "end",
        "year",
        "the",
        *("q1", "q2", "q3", "q4", "christmas", "new"),
        *_COUNT_WORDS,
    }
)


_OTHER_STARTS: Final = WordTest(START_WORDS - _COUNT_WORDS - {"the"}, digits=True)
#: Words after "the" that let an expression start at "the" ("the end of 2022", "the 1st of January").
_THE_NEXT: Final = WordTest(_AFTER_THE, extra=lambda word: word[:1].isdigit())
_COUNT_NEXT: Final = WordTest({"few", "couple", "dozen"})
_AGO: Final = WordTest({"ago", "later", "earlier"})
_SAME: Final = WordTest({"same"})  # "that same month", "the very same day" start at "that"/"the" (art35b)


def candidates(tokens: Tokens) -> list[int]:
    """Indices of the tokens where the master pattern may match, in order.

    Any start word or number; "the" only before a word of ``_AFTER_THE`` or a number; "that" or "the"
    before "same"; a count word
    ("two", "a") only with "ago", "later" or "earlier" in the next four words or before "few", "couple" or
    "dozen".
    """
    words = tokens.words
    found = set(tokens.select(_OTHER_STARTS))
    found.update(i - 1 for i in tokens.select(_THE_NEXT) if i > 0 and words[i - 1] == "the")
    counts = _COUNT_WORDS
    found.update(i - 1 for i in tokens.select(_COUNT_NEXT) if i > 0 and words[i - 1] in counts)
    for i in tokens.select(_SAME):
        k = i - 2 if i > 1 and words[i - 1] == "very" else i - 1
        found.update([k] if k >= 0 and words[k] in {"that", "the"} else [])
    counted = counts | {"days", "weeks"}  # "days later": a vague count
    for i in tokens.select(_AGO):
        found.update(k for k in range(max(0, i - 4), i) if words[k] in counted)
    return sorted(found)
