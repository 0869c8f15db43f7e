"""Troop counts and fatalities from the numbers in a text, including number words.

"300 soldiers", "a unit of 80 marines", "Forty officers ... and ten are ..." (an elliptical count after
a first one), "70 civilians had been killed", "killing at least seventy", "a dozen troops", "more than
100 soldiers" (the figure given, 100), "the death toll rose to 12". The words come from the lexicon
``events_count_words`` (number words, qualifiers, adjectives, troop and victim nouns, words of dying).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from geo.lexicon import load
from geo.temporal._scan import Tokens, WordTest

__all__ = ["Count", "find_counts", "parse_number"]

#: Words a written number may be joined with ("a dozen", "one hundred and twenty"), besides number words.
_JOINERS: Final = frozenset({"a", "and"})
#: Words after a bare number that repeat the noun of an earlier count ("... and 10 are in Y").
_ELLIPSIS_WORDS: Final = frozenset({"are", "were", "will", "stationed", "based", "in", "at", "of", "others"})
#: Words that open a death toll before its number ("killing at least seventy", "leaving 12 dead").
_KILL_WORDS: Final = frozenset(
    {
        *("kill", "killed", "killing", "kills", "execute", "executed", "executes", "executing"),
        *("left", "leaving"),
        *("claim", "claims", "claimed", "claiming"),
    }
)
#: Words between a death toll and an elliptical "and N others" that make the others wounded, not dead.
#: After a troop noun: the troops are victims ("five soldiers were wounded"), not a force somewhere.
_HURT_AFTER: Final = (
    r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:still\s+|reportedly\s+)?"
    r"(?:wounded|injured|hurt|missing|captured|kidnapped|abducted|detained|arrested)\b"
)
#: Before a troop count that tells by how much a force changes ("cut by 3,000 soldiers").
_BY: Final = re.compile(
    r"\b(?:reduc|cut|increas|boost|bolster|trim|expand|rais|lower|shrink|grow|draw\s*down)[\w\s]{0,30}?"
    r"\bby\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
_HURT: Final = re.compile(r"\b(?:injur|wound|hurt)", re.IGNORECASE)


#: An aside naming some of the victims of a toll ("12 people, including four soldiers,"; "among them"):
#: part of the toll, no count of its own.
_ASIDE: Final = (
    r"(?:\s*,\s*(?:including|among\s+(?:them|whom)|most(?:ly|\s+of\s+(?:them|whom)))"
    r"\s+[^,.;:()\n]{1,60}(?:,|(?=[.;]|$)))"
)
_ASIDE_AFTER: Final = re.compile(_ASIDE, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Grammar:
    """The count patterns built from ``events_count_words`` (once, at first use)."""

    units: dict[str, int]
    scales: dict[str, int]
    at_number: re.Pattern[str]
    at_kill: re.Pattern[str]
    at_toll: re.Pattern[str]
    first: re.Pattern[str]
    victim_np: re.Pattern[str]
    single: re.Pattern[str]
    more: re.Pattern[str]
    part: re.Pattern[str]
    starter_test: WordTest
    keyword_test: WordTest
    in_number: frozenset[str]


def _alternatives(entries: list[Mapping[str, Any]], kind: str) -> str:
    return "|".join(str(e["pattern"]) for e in entries if e["class"] == kind)


@functools.cache
def _grammar() -> _Grammar:
    entries = list(load("events_count_words"))
    units = {str(e["term"]): int(e["value"]) for e in entries if e["class"] == "unit"}
    scales = {str(e["term"]): int(e["value"]) for e in entries if e["class"] == "scale"}
    word = "|".join(sorted([*units, *scales], key=len, reverse=True))
    number = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,])|\d+"
        rf"|(?:a\s+|one\s+)?dozen|(?:a\s+)?(?:{word})(?:(?:[\s-]+|\s+and\s+)(?:{word}))*)"
        r"(?:\s+(?:hundred|thousand))?"
    )
    qualifier = f"(?:{_alternatives(entries, 'qualifier')})"
    adj = f"(?:(?:{_alternatives(entries, 'adjective')})\\s+){{0,3}}"
    troops = _alternatives(entries, "troop_noun")
    victims = f"(?:{_alternatives(entries, 'victim')})"
    killed = f"(?:{_alternatives(entries, 'killed')})"
    # a word between the victims and "killed" ("members of Iranian groups were feared killed"), not the
    # "and" or number of a second count
    other = rf"(?!(?:and|or|{word})\b|\d)[\w'’-]+"
    at_number = re.compile(
        rf"(?P<fat_a>(?P<fa_n>{number})\s+{adj}(?:(?:{other}\s+)?{victims}"
        # a place or group after the victims ("people in the X region", "members of the same family"), an
        # aside on who they were ("three people, including two children, were killed")
        rf"(?:\s+(?:in|of|from|at|near|inside|across|on)(?:\s+{other}){{1,4}}?)?{_ASIDE}?"
        rf"(?:\s+{other}){{0,3}}?\s+)?"
        rf"(?:(?:were|was|are|had\s+been|have\s+been|has\s+been|had|have|has)\s+(?:{other}\s+)?)?{killed}\b)"
        # "five soldiers were wounded": victims, not a force somewhere
        rf"|(?P<troop>(?P<tr_n>{number})(?:\s+|-){adj}(?:{troops})\b(?!{_HURT_AFTER}))"
        rf"|(?P<ellipsis>(?P<el_n>{number})\s+(?:are|were|will|remain\w*|stay\w*|stationed|based|in|at|of\s+them)\b)"
        # "3 dead in X and 4 others in Y": the others of a death toll just told (checked in find_counts)
        rf"|(?P<others>(?P<ot_n>{number})\s+others)(?=\s+(?:in|at|on|near|from|during|by)\b|\s*(?:[,.;]|$))",
        re.IGNORECASE,
    )
    at_kill = re.compile(
        rf"(?P<fat_b>(?:(?P<killing>kill(?:ed|ing|s)?|execut(?:e|es|ed|ing)|claim(?:s|ed|ing)?\s+the\s+lives\s+of)"
        rf"|left|leaving)\s+(?:{qualifier}\s+)?"
        rf"(?P<fb_n>{number}|an?(?=\s+{adj}(?:[\w'’-]+\s+)?{victims}\b))"
        # "left 300 troops in X" is a force staying behind, not a toll
        rf"(?(killing)|(?!\s+(?:{troops})\s+(?:in|at|to)\b))"
        rf"(?=\s+(?:{adj}(?:[\w'’-]+\s+)?{victims}|dead|of\s+them\b)|\s*[,.;:!?)\u2013\u2014]|\s*$"
        # after a verb of killing, the bare number is the toll when a place, a time or the wounded follow
        # ("kills eight in X", "killed 27 and wounded 40"); not after "left", whose object may be anything
        rf"|(?(killing)\s+(?:in|at|on|near|across|during|after|when|as|overnight|yesterday|today"
        rf"|(?:and|while)\s+(?:wound|injur|hurt)\w*)\b|(?!))))",
        re.IGNORECASE,
    )
    at_toll = re.compile(
        rf"(?P<fat_c>(?:death\s+toll\s+(?:\w+\s+){{0,2}}?(?:of|to|at|reached|hit)|(?:deaths|martyrdom|killing)\s+of"
        # "the death toll of X rises to 2", "casualties of the bombings rise to 21" (a running toll)
        rf"|(?:death\s+toll|casualties)\s+(?:[\w'’-]+\s+){{0,6}}?(?:rises?|rose|risen|climbs?|climbed)\s+to)\s+"
        rf"(?:{qualifier}\s+)?(?P<fc_n>{number}))",
        re.IGNORECASE,
    )
    # the first part of a sum before a death toll: "six soldiers and [three civilians were killed]"
    # ("a senior commander of the group and [two fighters were killed]": one and two)
    first = re.compile(
        rf"(?P<n>{number}|\ban?)\s+{adj}{victims}(?:\s+(?:of|from)(?:\s+[\w'’´-]+){{1,5}}?)?"
        rf"\s*(?:,\s*|\s+and\s+)$",
        re.IGNORECASE,
    )
    # the victims of "killing N ..." and more victims listed after them, added to the toll ("killed a
    # commander, two fighters and seven civilians": ten), unless they are the wounded ("... and 5 civilians
    # were wounded")
    victim_np = re.compile(rf"\s+{adj}(?:[\w'’-]+\s+)?{victims}\b", re.IGNORECASE)
    more = re.compile(
        rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<n>{number}|an?)\s+{adj}(?:[\w'’-]+\s+)?{victims}\b"
        r"(?!\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:\w+\s+)?(?:wounded|injured|hurt))",
        re.IGNORECASE,
    )
    # one victim named with an article before "was killed" ("a civilian was killed", "a soldier, named X
    # (25), who was killed"), tried ending at the word of dying
    single = re.compile(
        rf"(?<![\w'’-])an?\s+{adj}(?:[\w'’-]+\s+)?{victims}(?:\s+{other}){{0,2}}?(?:\s*,[^.;,]{{1,80}},\s*who)?"
        rf"\s+(?:was|has\s+been|had\s+been)\s+(?:{other}\s+)?(?:killed|died)$",
        re.IGNORECASE,
    )
    # a part of a troop count: "the last [50] of the [1,500 soldiers]"
    part = re.compile(rf"(?<![\w,.])(?P<n>{number})\s+of\s+(?:the|its|their|these|those)\s+$", re.IGNORECASE)
    number_words = frozenset({*units, *scales, "dozen"})
    keys = {key for e in entries if e["class"] in {"troop_noun", "killed"} for key in str(e["keys"]).split()}
    return _Grammar(
        units=units,
        scales=scales,
        at_number=at_number,
        at_kill=at_kill,
        at_toll=at_toll,
        first=first,
        victim_np=victim_np,
        single=single,
        more=more,
        part=part,
        starter_test=WordTest(
            {*number_words, *_KILL_WORDS, "death", "deaths", "casualties", "martyrdom"}, digits=True
        ),
        # the first word of a troop noun or of "killed"/"dead"...: a troop or death count needs one soon
        # after its number (a non-ASCII word may fold to one under case-insensitive matching)
        keyword_test=WordTest(keys, extra=lambda w: not w.isascii()),
        in_number=number_words | _JOINERS,
    )


_GROUPS: Final = {
    **{"fat_a": "fa_n", "fat_b": "fb_n", "fat_c": "fc_n"},
    **{"troop": "tr_n", "ellipsis": "el_n", "others": "ot_n"},
}
#: What follows a bare number that repeats a troop count at another place ("and 2,500 in Y").
_AT_PLACE: Final = re.compile(r"\s+(?:in|at)\b")
_SPACED: Final = re.compile(r"\d{1,3}(?: \d{3})+")
_LABELS: Final = {"troop": "troops", "ellipsis": "ellipsis"}
_YEAR: Final = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True, slots=True)
class Count:
    """A number of troops or of dead found in the text.

    Attributes
    ----------
    start, end
        Offsets of the phrase.
    value
        The number.
    kind
        ``"troops"``, ``"fatalities"``, ``"change"`` (a troop count telling by how much a force grows or
        shrinks: "reduced by 3,000 soldiers") or ``"ellipsis"`` (a bare number that repeats the noun of an
        earlier troop count in the same sentence: "50 soldiers in X and 10 in Y").
    """

    start: int
    end: int
    value: int
    kind: str


#: The largest number read as a count of people (troops, dead, abducted): one hundred million, more than
#: any army or death toll; larger numbers are codes, serials or sums of money, and would break the event
#: contract's integer range.
MAX_COUNT: Final = 100_000_000


def parse_number(text: str) -> int | None:
    """Value of a number written in digits or words ("1,200", "seventy", "a dozen", "one hundred and twenty").

    Returns None for text that is not a number.
    """
    words = re.sub(r"[\s-]+", " ", text.strip().lower().replace(",", ""))
    if _SPACED.fullmatch(words):  # "3 000": thousands set off by spaces
        words = words.replace(" ", "")
    if words.isdigit():
        # more digits than any count of people (and than int() takes): a code or a serial, not a count
        return int(words) if len(words) <= len(str(MAX_COUNT)) and int(words) <= MAX_COUNT else None
    if words in {"dozen", "a dozen", "one dozen"}:
        return 12
    grammar = _grammar()
    total = current = 0
    seen = False
    for word in words.split(" "):
        if word in {"and", "a"}:
            continue
        if word.isdigit():
            current += int(word)
        elif word in grammar.units:
            current += grammar.units[word]
        elif word in grammar.scales:
            scale = grammar.scales[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            return None
        seen = True
    value = total + current
    return value if seen and value <= MAX_COUNT else None


def find_counts(text: str, *, tokens: Tokens | None = None) -> list[Count]:
    """Troop counts and fatalities in ``text``, in order (patterns tried only at numbers and kill words)."""
    toks = tokens if tokens is not None else Tokens(text)
    out: list[Count] = []
    reached = -1
    words, starts = toks.words, toks.starts
    grammar = _grammar()
    keywords = toks.select(grammar.keyword_test)
    for index in toks.select(grammar.starter_test):
        start = starts[index]
        if start < reached:
            continue
        word = words[index]
        if word == "killing" and text.startswith(" of", toks.ends[index]):  # "the killing of four"
            pattern = grammar.at_toll
        elif word in _KILL_WORDS:
            pattern = grammar.at_kill
        elif word in {"death", "deaths", "casualties", "martyrdom"}:
            pattern = grammar.at_toll
        elif _may_count(toks, index, keywords):
            pattern = grammar.at_number
        else:
            continue
        match = pattern.match(text, start)
        if match is None:
            if word in {"killed", "died"} and (one := _single(grammar, toks, index, out)) is not None:
                out.append(one)
                reached = one.end
            continue
        kind = match.lastgroup or ""
        group = _GROUPS[kind]
        raw = match[group]
        value = _one(raw) if kind == "fat_b" else parse_number(raw)  # "killing a child": one
        if value is None or (kind != "ellipsis" and _YEAR.fullmatch(raw)):
            continue
        if kind == "others" and not _more_dead(text, out, start):
            continue
        reached = match.end()
        label = "fatalities" if kind.startswith("fat") or kind == "others" else _LABELS[kind]
        if (
            label == "ellipsis"
            and _AT_PLACE.match(text, match.end(group))
            and _repeats_troops(text, out, start)
        ):
            label = "troops"  # "900 troops in X and 2,500 in Y": a troop count of its own
        begin, end = match.start(group), match.end()
        if kind == "fat_a":  # "six soldiers and three civilians have lost their lives": nine
            before = grammar.first.search(text, max(0, begin - 80), begin)
            if before is not None and (added := _one(before["n"])) is not None:
                value, begin = value + added, before.start()
                if out and out[-1].start >= begin:
                    out.pop()  # the first part was read as a count of its own
        elif kind == "fat_b":  # "killing a commander, two fighters and seven civilians": ten
            value, end = _listed(grammar, text, end, value)
            reached = end
        elif kind == "troop":  # "the last 50 of the 1,500 soldiers": 50
            before = grammar.part.search(text, max(0, begin - 40), begin)
            if before is not None and (share := parse_number(before["n"])) is not None and share < value:
                value, begin = share, before.start()
            elif _BY.search(text, max(0, begin - 70), begin):
                label = "change"  # "reduced the force by 3,000 soldiers": how many, no force at a place
        if label == "fatalities" and (aside := _ASIDE_AFTER.match(text, end)) is not None:
            reached = max(reached, aside.end())  # "killed 12 people, including four soldiers": no troops
        out.append(Count(begin, end, value, label))
    return out


def _single(grammar: _Grammar, tokens: Tokens, index: int, found: list[Count]) -> Count | None:
    """The toll of one victim named with an article before the word of dying at token ``index`` ("a
    civilian was killed"), unless a count already covers the words before it."""
    end = tokens.ends[index]
    low = max(0, tokens.starts[index] - 140, found[-1].end if found else 0)
    match = grammar.single.search(tokens.text, low, end)
    return None if match is None else Count(match.start(), end, 1, "fatalities")


def _listed(grammar: _Grammar, text: str, at: int, value: int) -> tuple[int, int]:
    """The toll of "killing N victims" at ``at`` (after N) with the victims listed after them added, and
    where the list ends (``at`` when nothing follows)."""
    head = grammar.victim_np.match(text, at)
    if head is None:
        return value, at
    end = head.end()
    while (nxt := grammar.more.match(text, end)) is not None and (added := _one(nxt["n"])) is not None:
        value, end = value + added, nxt.end()
    return value, end


def _repeats_troops(text: str, found: list[Count], start: int) -> bool:
    """Whether the bare number at ``start`` repeats the noun of a troop count just before it in the same
    sentence ("900 troops in X and 2,500 in Y"; "forty officers train X, and five are ..." stays an
    ellipsis)."""
    return (
        bool(found)
        and found[-1].kind == "troops"
        and start - found[-1].end <= 120
        and not re.search(r"[.;!?]", text[found[-1].end : start])
    )


def _more_dead(text: str, found: list[Count], start: int) -> bool:
    """Whether "N others" at ``start`` adds to the death toll just before it in the same sentence ("3 killed
    in X and 4 others in Y"; not "killed 3 and wounded 4 others")."""
    if not found or found[-1].kind != "fatalities":
        return False
    between = text[found[-1].end : start]
    return len(between) <= 80 and not _HURT.search(between) and not re.search(r"[.;!?]", between)


def _one(text: str) -> int | None:
    """:func:`parse_number`, with the article "a"/"an" as one."""
    return 1 if text.lower() in {"a", "an"} else parse_number(text)


def _may_count(tokens: Tokens, index: int, keywords: list[int]) -> bool:
    """Whether the count pattern of a number (:func:`_grammar`) can match at the number starting at token
    ``index`` (cheap, never wrong when it says no).

    An elliptical count needs one of its words right after the number; a troop count or a death toll
    needs a troop noun or "killed"... at most nine space-separated words after the number (three
    adjectives, a victim noun, two auxiliaries, three words of "had been killed").
    """
    words, in_number = tokens.words, _grammar().in_number
    size = len(words)
    after = index + 1
    while after < size and (words[after] in in_number or "0" <= words[after][:1] <= "9"):
        after += 1
    if after < size:
        word = words[after]
        if word in _ELLIPSIS_WORDS or word.startswith(("remain", "stay")) or not word.isascii():
            return True
    found = bisect.bisect_right(keywords, index)
    if found == len(keywords):
        return False
    text, start = tokens.text, tokens.starts[index]
    limit = len(text[start : tokens.ends[after - 1]].split()) + 9
    return len(text[start : tokens.ends[keywords[found]]].split(maxsplit=limit)) <= limit
