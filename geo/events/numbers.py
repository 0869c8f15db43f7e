"""Troop counts and fatalities from the numbers in a text, including number words.

"300 soldiers", "a unit of 80 marines", "Forty officers ... and ten are ..." (an elliptical count after
a first one), "70 civilians had been killed", "killing at least seventy", "a dozen troops", "more than
100 soldiers" (the figure given, 100), "the death toll rose to 12". The words come from the lexicon
``events_count_words`` (number words, qualifiers, adjectives, troop and victim nouns, words of dying);
the patterns are built in :mod:`geo.events.count_grammar`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo.events.count_checks import day_of_month, may_count, may_die, may_rest
from geo.events.count_grammar import (
    ASIDE_AFTER,
    BY,
    HURT,
    HURT_BEFORE,
    KILL_WORDS,
    TOLL_NOUNS,
    Grammar,
    count_grammar,
)
from geo.temporal._scan import Tokens

__all__ = ["Count", "find_counts", "parse_number"]


_GROUPS: Final = {
    **{"fat_a": "fa_n", "fat_b": "fb_n", "fat_c": "fc_n"},
    **{"troop": "tr_n", "ellipsis": "el_n", "others": "ot_n"},
}
#: What follows a bare number that repeats a troop count at another place ("and 2,500 in Y").
_AT_PLACE: Final = re.compile(r"\s+(?:in|at)\b")
_SPACED: Final = re.compile(r"\d{1,3}(?: \d{3})+")
_DOTTED: Final = re.compile(r"\d{1,3}(?:\.\d{3})+")
#: A scale word closing a number ("four thousand").
_SCALE: Final = re.compile(r"\b(?:hundred|thousand|million)\Z", re.IGNORECASE)
_LABELS: Final = {"troop": "troops", "ellipsis": "ellipsis"}
_YEAR: Final = re.compile(r"(?:19|20)\d\d")
#: A month name just before a number: "in July 2021" is a date, never a count ("sent 1,000 soldiers to X
#: in July 2021 at Y's request" has one troop count).
_MONTH_BEFORE: Final = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\Z"
)
#: "no"/"not" right before a number: "no one was killed", "not one soldier died" count nobody (general
#: English; "no fewer than" is a qualifier of ``events_count_words`` and keeps its number).
_NEGATED: Final = re.compile(r"\b(?:no|not)\s+\Z", re.IGNORECASE)
_HALF: Final = re.compile(r"\bhalf\s+an?\s+$", re.IGNORECASE)
#: A paragraph break (a blank line): no phrase of a count runs across one ("... turns six" as a headline,
#: then a caption "British soldiers in ..."; a hard-wrapped line, a single newline, may go on a phrase).
_PARAGRAPH: Final = re.compile(r"\n[ \t\r]*\n")
_JOINED: Final = re.compile(r"(?:,|\band)\s*$", re.IGNORECASE)
_AND_BEFORE: Final = re.compile(r"\band\s+$", re.IGNORECASE)
#: Before a bare number that opens the next item of a list of tolls: "and" or a comma, maybe "another" or a
#: qualifier ("killed 12 in X, 30 in Y and another 5 in Z"; "and at least 30 in Y").
_ITEM_BEFORE: Final = re.compile(
    r"(?:\band|,)\s+(?:(?:another|at\s+least|some|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: What follows a headline's "A civilian killed" for it to be a passive: a preposition or the end, not an
#: object ("A soldier killed two gunmen").
_AFTER_BARE: Final = re.compile(
    r"\s+(?:in|by|on|near|at|during|after|when|while|as|and|outside|inside|north|south|east|west)\b|\s*(?:[,.;:!?]|$)",
    re.IGNORECASE,
)


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
    running
        A death toll told as a running total ("raising the death toll to 145", "the toll rose to 34"):
        the dead of several events, whose own counts come first.
    """

    start: int
    end: int
    value: int
    kind: str
    running: bool = False


#: The largest number read as a count of people (troops, dead, abducted): one hundred million, more than
#: any army or death toll; larger numbers are codes, serials or sums of money, and would break the event
#: contract's integer range.
MAX_COUNT: Final = 100_000_000


#: The kinds of number word that may follow each kind in an English number ("one hundred and twenty",
#: "twenty-five", "two thousand five hundred"): "and" only after a scale word, a unit only after a tens word,
#: a scale word or "and".
_FOLLOWS: Final = {
    "": frozenset({"digits", "tens", "small", "scale"}),
    "digits": frozenset({"scale"}),
    "tens": frozenset({"small", "scale"}),
    "small": frozenset({"scale"}),
    "scale": frozenset({"tens", "small", "scale", "and"}),
    "and": frozenset({"tens", "small"}),
}


def _word_kind(word: str, grammar: Grammar) -> str:
    """The kind of a word of a written number (see :data:`_FOLLOWS`); "" for another word."""
    if word == "and":
        return "and"
    if word.isdigit():
        return "digits"
    if word in grammar.scales:
        return "scale"
    if word in grammar.units:
        return "tens" if grammar.units[word] >= 20 else "small"
    return ""


def parse_number(text: str) -> int | None:
    """Value of a number written in digits or words ("1,200", "seventy", "a dozen", "two dozen", "one
    hundred and twenty").

    Returns None for text that is not a number.
    """
    words = re.sub(r"[\s-]+", " ", text.strip().lower().replace(",", ""))
    if _SPACED.fullmatch(words):  # "3 000": thousands set off by spaces
        words = words.replace(" ", "")
    elif _DOTTED.fullmatch(words):  # "1.200": thousands set off by full stops (continental style)
        words = words.replace(".", "")
    if words.isdigit():
        # more digits than any count of people (and than int() takes): a code or a serial, not a count
        return int(words) if len(words) <= len(str(MAX_COUNT)) and int(words) <= MAX_COUNT else None
    if words in {"dozen", "a dozen", "one dozen"}:
        return 12
    if words == "half a dozen":
        return 6
    if words.endswith(" dozen") and (times := parse_number(words[: -len(" dozen")])) is not None:
        return times * 12 if times * 12 <= MAX_COUNT else None  # "two dozen": 24
    grammar = count_grammar()
    total = current = 0
    seen = False
    before = ""  # the kind of the word before (see _FOLLOWS)
    for word in words.split(" "):
        if word == "a" and not seen:
            continue
        kind = _word_kind(word, grammar)
        if kind not in _FOLLOWS[before] or (before == "tens" and grammar.units.get(word, 0) >= 10):
            return None  # not English number grammar: "ten and fifteen", "twenty fifteen", "five six"
        before = kind
        if kind == "and":
            continue
        if kind == "digits":
            current += int(word)
        elif kind == "scale":
            scale = grammar.scales[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0
        else:
            current += grammar.units[word]
        seen = True
    if before == "and":
        return None
    value = total + current
    return value if seen and value <= MAX_COUNT else None


def find_counts(text: str, *, tokens: Tokens | None = None) -> list[Count]:
    """Troop counts and fatalities in ``text``, in order (patterns tried only at numbers and kill words)."""
    toks = tokens if tokens is not None else Tokens(text)
    out: list[Count] = []
    reached = -1
    words, starts = toks.words, toks.starts
    grammar = count_grammar()
    keywords = toks.select(grammar.keyword_test)
    dying = toks.select(grammar.dying_test) if grammar.dying_test is not None else None
    for index in toks.select(grammar.starter_test):
        start = starts[index]
        if start < reached:
            continue
        word = words[index]
        if word in {"killing", "massacre"} and text.startswith(" of", toks.ends[index]):  # "killing of four"
            pattern = grammar.at_toll
        elif word in KILL_WORDS:
            pattern = grammar.at_kill
        elif word in TOLL_NOUNS:
            pattern = grammar.at_toll
        elif word in {"died", "dies"}:  # "a civilian died": one victim named with an article
            if (one := _single(grammar, toks, index, out)) is not None:
                out.append(one)
                reached = one.end
            continue
        elif may_count(toks, index, keywords) and not day_of_month(toks, index):
            if may_die(toks, index, dying):
                pattern = grammar.at_number_toll  # then at_number_rest (see below)
            elif may_rest(toks, index, keywords):
                pattern = grammar.at_number_rest
            else:
                continue
        else:
            continue
        match = pattern.match(text, start)
        if match is None and pattern is grammar.at_number_toll:  # no toll: the other kinds of a count
            match = grammar.at_number_rest.match(text, start)
        if match is not None and _PARAGRAPH.search(text, match.start(), match.end()):
            match = None  # "X turns six\n\nBritish soldiers ...": a headline's number, then a caption
        if match is None:
            if word == "killed" and (one := _single(grammar, toks, index, out)) is not None:
                out.append(one)
                reached = one.end
            continue
        kind = match.lastgroup or ""
        group = _GROUPS[kind] if kind != "fat_b" or match["fb_n"] else "fb_a" if match["fb_a"] else "fb_s"
        raw = "a" if group == "fb_s" else match[group]  # "bomb kills soldier near X": one, no article
        value = _one(raw) if kind in {"fat_b", "fat_c"} else parse_number(raw)  # "killing a child": one
        dated = _YEAR.fullmatch(raw) and (kind != "ellipsis" or _dated(text, match.start(group)))
        if value is None or dated:
            continue
        begin = match.start(group)
        if _NEGATED.search(text, max(0, begin - 5), begin):
            continue  # "no one was killed", "not one soldier was killed": nobody, no toll
        if (low := _low_end(match, kind, raw)) is not None and low[0] < value:
            value, begin = low  # "10 to 15 people were killed": 10, the lowest
        if kind == "fat_a" and (share := _share(grammar, text, begin, value)) is not None:
            value, begin = share  # "two of the five soldiers were killed": two
        if raw.lower() == "dozen" and _HALF.search(text, max(0, match.start(group) - 12), match.start(group)):
            value = 6  # "half a dozen civilians"
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
        elif (
            label == "ellipsis"
            and _AT_PLACE.match(text, match.end(group))
            and _ITEM_BEFORE.search(text, max(0, start - 24), start)
            and _more_dead(text, out, start)
        ):
            label = "fatalities"  # "12 people were killed in X and 4 in Y": a toll of its own
        end = match.end()
        if kind == "fat_a":  # "six soldiers and three civilians have lost their lives": nine
            value, begin = _with_first(grammar, text, begin, value, out)
        elif kind == "fat_b":  # "killing a commander, two fighters and seven civilians": ten
            shared = grammar.shared.match(text, end)
            if shared is not None and (added := parse_number(shared["n"])) is not None:
                value, end = value + added, shared.end()  # "killed 4 Iraqi and 2 US soldiers": six
            else:
                value, end = _listed(grammar, text, end, value)
            reached = end
        elif kind == "troop" and HURT_BEFORE.search(text, max(0, start - 40), start):
            continue  # "wounding four officers": victims, no force
        elif kind == "troop":  # "the last 50 of the 1,500 soldiers": 50
            if (part := _share(grammar, text, begin, value)) is not None:
                value, begin = part
            elif BY.search(text, max(0, begin - 70), begin):
                label = "change"  # "reduced the force by 3,000 soldiers": how many, no force at a place
        if label == "fatalities" and (aside := ASIDE_AFTER.match(text, end)) is not None:
            reached = max(reached, aside.end())  # "killed 12 people, including four soldiers": no troops
        running = kind == "fat_c" and bool(match["run"] or match["rise"])  # "raising the death toll to 145"
        out.append(Count(begin, end, value, label, running=running))
    return out


def _low_end(match: re.Match[str], kind: str, high: str) -> tuple[int, int] | None:
    """The low end of a range a death toll or a troop count is told as ("between 10 and 15", "10-15", "two
    or three") and where it starts; None when the count is one number. A range counts as its low end, the
    conservative figure (as ACLED codes the lowest of differing reports). A scale word told once after the
    high end (``high``) scales the low end too ("three to four thousand": 3,000)."""
    prefix = {"fat_a": "fa_lo", "fat_b": "fb_lo", "troop": "tr_lo"}.get(kind)
    if prefix is None:
        return None
    for name in (prefix, f"{prefix}2"):
        if match[name] is not None and (value := parse_number(match[name])) is not None:
            scale = _SCALE.search(high)
            if scale is not None and _SCALE.search(match[name]) is None:
                value *= count_grammar().scales[scale[0].lower()]
            return value, match.start(name)
    return None


def _share(grammar: Grammar, text: str, begin: int, value: int) -> tuple[int, int] | None:
    """The part of a count told before it ("two of the five soldiers were killed": two; "the last 50 of the
    1,500 soldiers": 50) and where it starts; None when no smaller part is told."""
    before = grammar.part.search(text, max(0, begin - 40), begin)
    if before is None or (share := parse_number(before["n"])) is None or share >= value:
        return None
    return share, before.start()


def _single(grammar: Grammar, tokens: Tokens, index: int, found: list[Count]) -> Count | None:
    """The toll of one victim named with an article before the word of dying at token ``index`` ("a
    civilian was killed"), unless a count already covers the words before it; with the first part of a
    sum before it ("three soldiers and a civilian were killed": four)."""
    end = tokens.ends[index]
    low = max(0, tokens.starts[index] - 140, found[-1].end if found else 0)
    match = grammar.single.search(tokens.text, low, end)
    if match is None or (
        match["plural"] and not _AND_BEFORE.search(tokens.text, max(0, match.start() - 8), match.start())
    ):
        return None  # "a civilian were killed" only ends a sum: "three soldiers and a civilian were killed"
    if match["bare"] and not _AFTER_BARE.match(tokens.text, end):
        return None  # "A soldier killed two gunmen": an active verb with its object, no victim
    value, begin = _with_first(grammar, tokens.text, match.start(), 1, found)
    return Count(begin, end, value, "fatalities")


def _with_first(grammar: Grammar, text: str, begin: int, value: int, found: list[Count]) -> tuple[int, int]:
    """A death toll starting at ``begin`` with the first part of a sum before it added ("six soldiers and
    [three civilians were killed]": nine), and where the sum starts; a count read for the first part is
    dropped from ``found``."""
    if not _JOINED.search(text, max(0, begin - 6), begin):
        return value, begin  # a first part ends on "and" or a comma: no need to look further
    before = grammar.first.search(text, max(0, begin - 80), begin)
    if before is None or "\n" in before[0]:
        return value, begin
    raw = before["n"] or before["m"]
    added = _one(raw)
    if added is None or _YEAR.fullmatch(raw):
        return value, begin
    if found and found[-1].start >= before.start():
        found.pop()  # the first part was read as a count of its own
    return value + added, before.start()


def _listed(grammar: Grammar, text: str, at: int, value: int) -> tuple[int, int]:
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


def _dated(text: str, begin: int) -> bool:
    """Whether the year-like number at ``begin`` follows a month name ("in July 2021 at ...": a date)."""
    return _MONTH_BEFORE.search(text, max(0, begin - 14), begin) is not None


def _more_dead(text: str, found: list[Count], start: int) -> bool:
    """Whether "N others" at ``start`` adds to the death toll just before it in the same sentence ("3 killed
    in X and 4 others in Y"; not "killed 3 and wounded 4 others")."""
    if not found or found[-1].kind != "fatalities":
        return False
    between = text[found[-1].end : start]
    return len(between) <= 80 and not HURT.search(between) and not re.search(r"[.;!?]", between)


def _one(text: str) -> int | None:
    """:func:`parse_number`, with the article "a"/"an" as one."""
    return 1 if text.lower() in {"a", "an"} else parse_number(text)
