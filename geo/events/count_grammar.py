"""The patterns of troop counts and death tolls (:mod:`geo.events.numbers`), built once from the lexicon
``events_count_words`` (number words, qualifiers, adjectives, troop and victim nouns, words of dying)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from geo.lexicon import Lexicon, load
from geo.temporal._scan import WordTest

__all__ = [
    "ASIDE_AFTER",
    "BY",
    "ELLIPSIS_WORDS",
    "HURT",
    "HURT_BEFORE",
    "JOINERS",
    "KILLED_STEMS",
    "KILL_WORDS",
    "TOLL_NOUNS",
    "Grammar",
    "count_grammar",
]

#: Words a written number may be joined with ("a dozen", "one hundred and twenty"), besides number words.
JOINERS: Final = frozenset({"a", "and"})
#: Words after a bare number that repeat the noun of an earlier count ("... and 10 are in Y").
ELLIPSIS_WORDS: Final = frozenset(
    {"are", "were", "will", "stationed", "based", "in", "at", "to", "of", "others"}
)
#: Words that open a death toll before its number ("killing at least seventy", "leaving 12 dead").
KILL_WORDS: Final = frozenset(
    {
        *("kill", "killed", "killing", "kills", "execute", "executed", "executes", "executing"),
        *("left", "leaving", "shot", "gunned", "gunning"),
        *("claim", "claims", "claimed", "claiming"),
        *("lose", "loses", "lost", "losing"),
        *("found", "recovered", "retrieved", "discovered", "exhumed"),  # before "N bodies" only
        *("assassinate", "assassinates", "assassinated", "assassinating", "slay", "slays", "slew", "slaying"),
        *(
            "slaughter",
            "slaughters",
            "slaughtered",
            "slaughtering",
            "behead",
            "beheads",
            "beheaded",
            "beheading",
        ),
        *("massacre", "massacres", "massacred", "massacring"),
    }
)
#: Letters every pattern of the lexicon's words of dying (class ``killed``) holds ("were killed", "lose
#: their lives", "charred bodies found"): a death toll at a number needs one of them after the number.
KILLED_STEMS: Final = (
    *("kill", "execut", "assassin", "behead", "slaughter", "massacr", "dead", "die", "slain", "death"),
    *("fatalit", "martyr", "casualt", "los", "bodies"),
)
#: Nouns of a death toll before "of" and its number ("the deaths of 12", "the execution of 4 prisoners",
#: "the bodies of 3 soldiers").
TOLL_NOUNS: Final = frozenset(
    {
        *("death", "deaths", "casualties", "martyrdom", "toll", "number", "bodies"),
        *("execution", "executions", "assassination", "assassinations"),
    }
)
#: Words between a death toll and an elliptical "and N others" that make the others wounded, not dead.
#: After a troop noun: the troops are victims ("five soldiers were wounded"), not a force somewhere.
_HURT_AFTER: Final = (
    r"\s+(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?(?:still\s+|reportedly\s+)?"
    r"(?:wounded|injured|hurt|missing|captured|kidnapped|abducted|detained|arrested|killed|dead|died"
    # "two officers were flown to hospital": the wounded, evacuated
    r"|hospitali[sz]ed|(?:flown|taken|rushed|airlifted|evacuated)\s+to\s+(?:an?\s+|the\s+)?hospital)\b"
)
#: A word of harm just before a troop count: "wounding four officers", "injured at least five soldiers" count
#: victims, not a force somewhere.
HURT_BEFORE: Final = re.compile(
    r"\b(?:wound|injur|hurt|captur|kidnap|abduct)\w*\s+(?:(?:at\s+least|about|some|around|nearly|more\s+than"
    r"|another|other)\s+)?\Z",
    re.IGNORECASE,
)
#: Before a troop count that tells by how much a force changes ("cut by 3,000 soldiers").
BY: Final = re.compile(
    r"\b(?:reduc|cut|increas|boost|bolster|trim|expand|rais|lower|shrink|grow|draw\s*down)[\w\s]{0,30}?"
    r"\bby\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|up\s+to)\s+)?$",
    re.IGNORECASE,
)
#: Words of harm short of death ("wounded", "captured", "abducted"): "killed 3 and captured 4 others" tells
#: no more dead. Words of English, the non-fatal outcomes of :data:`_HURT_AFTER`.
HURT: Final = re.compile(
    r"\b(?:injur|wound|hurt|captur|kidnap|abduct|detain|arrest|seiz|took\s+captive|taken\s+captive)",
    re.IGNORECASE,
)


#: An aside naming some of the victims of a toll ("12 people, including four soldiers,"; "among them"):
#: part of the toll, no count of its own; it may end without a comma before "were killed".
_ASIDE: Final = (
    r"(?:\s*,\s*(?:(?:including|among\s+(?:them|whom)|mostly)\s+|[\w-]+\s+of\s+(?:them|whom)\s+(?:\w+\s+)?)"
    r"[^,.;:()\n]{1,60}(?:,|(?=[.;]|$)|(?=\s+(?:were|was|had|have|has)\s)))"
)
ASIDE_AFTER: Final = re.compile(_ASIDE, re.IGNORECASE)
#: The same aside without commas before the words of dying ("four people including two women were killed").
_BARE_ASIDE: Final = (
    r"(?:\s+(?:including|among\s+(?:them|whom))\s+(?:(?!\s(?:are|is|were|was|among)\b)[^,.;:()\n]){1,60}?"
    r"(?=\s+(?:(?:were|was|had|have|has)\s+\w+|killed|died|dead)\b))"
)


@dataclass(frozen=True, slots=True)
class Grammar:
    """The count patterns built from ``events_count_words`` (once, at first use)."""

    units: dict[str, int]
    scales: dict[str, int]
    #: The count pattern at a number: its death toll, then the other kinds (troops, ellipsis, others), as one
    #: alternation (the source; compiled only by tests: :attr:`at_number_toll` then :attr:`at_number_rest`
    #: give its match, as a top-level alternation takes its first alternative that matches; sp36c).
    at_number: str
    #: The death toll of :attr:`at_number` alone.
    at_number_toll: re.Pattern[str]
    #: The kinds of :attr:`at_number` after its death toll, tried when no word of dying can follow.
    at_number_rest: re.Pattern[str]
    #: The words holding a beginning of a word of dying (:data:`KILLED_STEMS`), None when some pattern of
    #: the class ``killed`` holds none of them (the death toll at a number is then always tried).
    dying_test: WordTest | None
    at_kill: re.Pattern[str]
    at_toll: re.Pattern[str]
    first: re.Pattern[str]
    victim_np: re.Pattern[str]
    shared: re.Pattern[str]
    single: re.Pattern[str]
    more: re.Pattern[str]
    part: re.Pattern[str]
    starter_test: WordTest
    keyword_test: WordTest
    in_number: frozenset[str]


#: Victim nouns whose plural does not end in "s" ("men", "people"), or that name no one person ("personnel").
_NOT_SINGULAR: Final = frozenset(
    {"people", "men", "women", "children", "personnel", "gunmen", "guardsmen", "airmen"}
)


def _singular_victims(patterns: Iterable[str]) -> list[str]:
    """The singular victim nouns of the lexicon's victim ``patterns``: plain words not ending in "s", and
    "x" of "xs?"."""
    out = []
    for pattern in patterns:
        if pattern in _NOT_SINGULAR:
            continue
        if re.fullmatch(r"[a-z]+", pattern) and not pattern.endswith("s"):
            out.append(pattern)
        elif re.fullmatch(r"[a-z]+s\?", pattern):
            out.append(pattern[:-2])
    return out


def _alternatives(lexicon: Lexicon, kind: str) -> str:
    return "|".join(lexicon.class_terms(kind, key="pattern"))


@functools.cache
def count_grammar() -> Grammar:
    """The count patterns, built once from the lexicon ``events_count_words``.

    Returns
    -------
    Grammar
        Number words and the compiled patterns of troop counts and death tolls.
    """
    entries = load("events_count_words")
    units = {str(e["term"]): int(e["value"]) for e in entries.of_class("unit")}
    scales = {str(e["term"]): int(e["value"]) for e in entries.of_class("scale")}
    word = "|".join(sorted([*units, *scales], key=len, reverse=True))
    number = (
        # thousands set off by commas, spaces or (in continental style, "1.200") full stops: a count of people
        # is whole, so "1.200 soldiers" is twelve hundred
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,])"
        rf"|\d{{1,3}}(?:\.\d{{3}})+(?![\d,.]?\d)|\d+"
        rf"|(?:half\s+an?\s+|a\s+|one\s+|(?:{word})\s+)?dozen|(?:a\s+)?(?:{word})(?:(?:[\s-]+|\s+and\s+)(?:{word}))*)"
        r"(?:\s+(?:hundred|thousand))?"
    )
    qualifier = f"(?:{_alternatives(entries, 'qualifier')})"

    def low(name: str) -> str:
        # the low end of a range before a toll ("between 10 and 15", "10 to 15", "10-15", "two or three"),
        # not a change ("rose from 10 to 15"); a hyphen between words joins one number ("twenty-five")
        return (
            rf"(?:(?<=\bbetween\s)(?P<{name}>{number})\s+and\s+"
            rf"|(?<!\bfrom\s)(?P<{name}2>{number})(?:\s*[-\u2013]\s*(?=\d)|\s+(?:to|or)\s+))?"
        )

    adj = f"(?:(?:{_alternatives(entries, 'adjective')})\\s+){{0,3}}"
    troops = _alternatives(entries, "troop_noun")
    victims = f"(?:{_alternatives(entries, 'victim')})"
    singular = "|".join(_singular_victims(entries.class_terms("victim", key="pattern")))
    killed = f"(?:{_alternatives(entries, 'killed')})"
    # a word between the victims and "killed" ("members of Iranian groups were feared killed"), not the
    # "and" or number of a second count
    other = rf"(?!(?:and|or|not|never|{word})\b|\d)[\"“]?[\w'’-]+[\"”]?"
    # a word of a place or group after the victims: numbers too ("of one family", "in two villages")
    pp_word = r"(?!(?:and|or)\b)[\"“]?[\w'’-]+[\"”]?"
    # the words of victims of a second kind: whole words (not "women-" before a dash aside), no article,
    # no "among"
    other_kind = (
        rf"(?!(?:and|or|not|never|among|including|an?|the|{word})\b|\d)[\"“]?[\w'’]+(?:-[\w'’]+)*[\"”]?"
    )
    other_pp = r"(?!(?:and|or|among|including)\b)[\"“]?[\w'’]+(?:-[\w'’]+)*[\"”]?"
    # the four kinds of count at a number, tried in this order
    fat_a = (
        # ("two of its service members were killed")
        rf"(?P<fat_a>{low('fa_lo')}(?P<fa_n>{number})\s+(?:of\s+(?:its|their|his|her|our|the|these|those)\s+)?{adj}(?:(?:{other}\s+)?{victims}"
        # a place or group after the victims ("people in the X region", "members of the same family"), an
        # aside on who they were ("three people, including two children, were killed")
        rf"(?:\s+(?:in|of|from|at|near|inside|across|on)(?:\s+{pp_word}){{1,4}}?)?"
        # victims of a second kind told without a number ("members of the militia and fighters allied with
        # it died"): part of the toll; not a second count ("and three civilians", "and a child")
        rf"(?P<fa_and>\s+and\s+(?:(?:their|its|his|her)\s+)?{other_kind}(?:\s+{other_kind})?"
        rf"(?:\s+(?:of|from|in|at|loyal\s+to|allied\s+(?:to|with))(?:\s+{other_pp}){{1,3}}?)?)?"
        rf"(?:{_ASIDE}|{_BARE_ASIDE})?"
        # (after victims of a second kind, the words of dying follow at once)
        rf"(?(fa_and)|(?:\s+{other}){{0,3}}?)\s+)?"
        rf"(?:(?:were|was|are|had\s+been|have\s+been|has\s+been|had|have|has)\s+(?:{other}\s+)?)?"
        # "30 killed and wounded", "15 casualties and injuries": the dead and the wounded together, no toll
        # (not "one fatality and injuries to five": a toll and a count of the wounded)
        rf"{killed}\b(?!\s+(?:and|or|&)\s+(?:wounded|injured|injuries|hurt)\b(?!\s+(?:to|of|among)\b)))"
    )
    rest = (
        # "five soldiers were wounded": victims, not a force somewhere
        # ("between 200 and 300 soldiers": the low end, as for a toll)
        rf"(?P<troop>{low('tr_lo')}(?P<tr_n>{number})(?:\s+|-)"
        # "10,000 personnel, more than 9,500 of whom are troops"
        # "where 200 of its soldiers are based"
        rf"(?:of\s+(?:whom|which|them)\s+(?:are|were|will\s+be)\s+|of\s+(?:its|their|his|her)\s+)?{adj}(?:{troops})\b"
        rf"(?!{_HURT_AFTER}))"
        rf"|(?P<ellipsis>(?P<el_n>{number})\s+(?:are|were|will|remain\w*|stay\w*|stationed|based|in|at|to|of\s+them)\b)"
        # "3 dead in X and 4 others in Y": the others of a death toll just told (checked in find_counts)
        rf"|(?P<others>(?P<ot_n>{number})\s+others)(?=\s+(?:in|at|on|near|from|during|by)\b|\s*(?:[,.;]|$))"
    )
    # a word of dying is part of every death toll at a number: without one, only the other kinds are tried
    killed_terms = entries.class_terms("killed", key="pattern")
    stems = re.compile("|".join(KILLED_STEMS))
    dying_test = None
    if all(any(stem in term for stem in KILLED_STEMS) for term in killed_terms):
        # (a word not in ASCII may fold to one under case-insensitive matching)
        dying_test = WordTest(extra=lambda w: not w.isascii() or stems.search(w) is not None)
    # two counts of victims sharing one noun told after the second ("killed 4 Iraqi and 2 US soldiers"): the
    # nationality or side of the first is capitalised
    shared_ahead = rf"\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){{1,2}}and\s+(?:{number})\s"
    shared = re.compile(
        rf"\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){{1,2}}and\s+(?P<n>{number})\s+{adj}(?:[\w'’-]+\s+)?{victims}\b",
        re.IGNORECASE,
    )
    at_kill = re.compile(
        rf"(?P<fat_b>(?:(?P<killing>kill(?:ed|ing|s)?|execut(?:e|es|ed|ing)|assassinat(?:e|es|ed|ing)"
        rf"|sla(?:y|ys|ying|w)|slaughter(?:s|ed|ing)?|massacr(?:e|es|ed|ing)|behead(?:s|ed|ing)?"
        rf"|claim(?:s|ed|ing)?\s+the\s+lives\s+of(?:\s+the(?=\s+\d))?"
        # ("shelling claims 9 lives")
        rf"|claim(?:s|ed|ing)?(?=\s+(?:{qualifier}\s+)?{number}\s+lives\b)"
        # ("the group loses 10 of its fighters", "the army lost 12 soldiers"): victims must follow
        rf"|los(?:e|es|t|ing)(?=\s+(?:{qualifier}\s+)?{number}\s+(?:of\s+(?:its|their|his|her)\s+)?{adj}"
        rf"(?:[\w'’-]+\s+)?{victims}\b)"
        rf"|shot\s+dead|gunn(?:ed|ing)\s+down"
        # ("police recovered 12 bodies", "found nine charred bodies"): the dead counted by their bodies
        rf"|(?:found|recovered|retrieved|discovered|exhumed)(?=\s+(?:{qualifier}\s+)?{number}\s+(?:[\w'’-]+\s+)?bodies\b))"
        # "killed a family of five": the members of the family
        rf"(?:\s+(?:an?|the)\s+(?:(?:whole|entire)\s+)?family\s+of(?=\s+(?:\d|(?:{word})\b)))?"
        rf"|left|leaving)\s+(?:{qualifier}\s+)?"
        # ("killing the two men inside", "killed all 12 passengers": a definite or whole number of victims)
        rf"(?:(?:(?:all\s+)?the\s+|all\s+)?(?:between\s+(?=\S+\s+and\b))?{low('fb_lo')}(?P<fb_n>{number})|(?P<fb_a>an?)(?=\s+{adj}(?:[\w'’-]+\s+)?{victims}\b)"
        # a headline's victim without its article ("bomb kills soldier near X"): one
        rf"|(?P<fb_s>{adj}(?:{singular}))(?=\s+(?:in|at|on|near|outside|inside|during|after)\b|\s*[,.;:]|\s*$))"
        # "left 300 troops in X" is a force staying behind, not a toll
        rf"(?(killing)|(?!\s+(?:{troops})\s+(?:in|at|to)\b))"
        rf"(?=\s+(?:{adj}(?:[\w'’-]+\s+)?(?:{victims}|bodies\b)|dead|of\s+(?:them|whom|his|her|its|their|the|both)\b|\W)|\s*[,.;:!?)\u2013\u2014]|\s*$"
        # ("killed 4 Iraqi and 2 US soldiers": the noun told once, after the second number; see ``shared``)
        rf"|{shared_ahead}"
        # after a verb of killing, the bare number is the toll when a place, a time, the wounded or a
        # group's acronym or a coordinated pronoun follow ("kills eight in X", "killed 27 and wounded 40",
        # "kill 8 IS in X", "one that killed 5 and one that killed 3"); not
        # after "left", whose object may be anything
        rf"|(?(killing)\s+(?:in|at|on|near|across|during|after|when|as|overnight|yesterday|today"
        rf"|(?:and|while)\s+(?:wound|injur|hurt)\w*|and\s+(?:one|another)|lives|(?-i:[A-Z]{{2,}}))\b|(?!))))",
        re.IGNORECASE,
    )
    at_toll = re.compile(
        rf"(?P<fat_c>(?:(?:death\s+)?toll\s+(?:\w+\s+){{0,2}}?(?:of|(?P<run>to|reached|hit)|at)"
        rf"|(?:deaths?|martyrdom|killing|massacre|executions?|assassinations?|bodies)\s+of"
        # "the death toll of X rises to 2", "casualties of the bombings rise to 21", "the number of dead
        # has risen to 12" (a running toll)
        rf"|(?:(?:death\s+)?toll|casualties|number\s+of\s+(?:dead|deaths|fatalities|victims|(?:people|those)\s+killed))"
        rf"\s+(?:[\w'’-]+\s+){{0,14}}?"
        # ("further casualties raise the number to 9": the number of the dead)
        rf"(?P<rise>rises?|rose|risen|raises?|raised|climbs?|climbed|increase[sd]?|jump(?:s|ed)?|mount(?:s|ed)?)"
        rf"(?:\s+the\s+number)?\s+to)\s+"
        # ("the death of a 45-year-old farmer": one)
        rf"(?:{qualifier}\s+)?(?P<fc_n>{number}|(?<=\bof\s)an?(?=\s+{adj}(?:[\w'’-]+\s+)?{victims}\b)))",
        re.IGNORECASE,
    )
    # the first part of a sum before a death toll: "six soldiers and [three civilians were killed]"
    # ("a senior commander of the group and [two fighters were killed]": one and two)
    # ("four US and [five Nigerien soldiers were killed]": the noun told once, after the second number)
    first = re.compile(
        rf"(?:(?P<n>{number}|\ban?)\s+{adj}{victims}(?:\s+(?:of|from)(?:\s+[\w'’´-]+){{1,5}}?)?"
        rf"\s*(?:,\s*|\s+and\s+)|(?P<m>{number})\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){{1,2}}and\s+)$",
        re.IGNORECASE,
    )
    # the victims of "killing N ..." and more victims listed after them, added to the toll ("killed a
    # commander, two fighters and seven civilians": ten), unless they are the wounded ("... and 5 civilians
    # were wounded") or the source who tells it ("..., a police officer said", "..., a doctor at the
    # hospital told us")
    victim_np = re.compile(rf"\s+{adj}(?:[\w'’-]+\s+)?{victims}\b", re.IGNORECASE)
    more = re.compile(
        rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<n>{number}|an?)\s+{adj}(?:[\w'’-]+\s+)?{victims}\b"
        r"(?!\s+(?:(?:were|was|are|have\s+been|had\s+been)\s+)?(?:\w+\s+)?(?:wounded|injured|hurt))"
        # nor the source of the news: "killing five civilians, a local official said"
        r"(?![\w'’-]*(?:\s+[\w'’-]+){0,4}?\s+(?:said|says|told|reported|added|confirmed|stated)\b)",
        re.IGNORECASE,
    )
    # one victim named with an article (or "he", "she") before "was killed" or "died" ("a civilian was
    # killed", "a soldier, named X (25), who was killed", "a soldier dies", "adding he was killed in X"),
    # tried ending at the word of dying
    single = re.compile(
        rf"(?<![\w'’-])(?:an?\s+{adj}(?:[\w'’-]+\s+)?{victims}(?:\s+(?!whose\b){other}){{0,2}}?"
        rf"(?:\s*,[^.;,]{{1,80}},\s*who)?|(?:he|she)(?=\s+(?:was|had|has|died|dies)\b))"
        rf"(?:\s+(?:was|has\s+been|had\s+been|(?P<plural>were|have\s+been))\s+(?:{other}\s+)?"
        rf"(?:killed|died)"
        rf"|\s+(?:died|dies))$"
        # a headline's reduced passive opening its line or sentence ("A civilian killed in shelling on X"),
        # when a preposition or the end follows (checked in find_counts): no object of an active "killed"
        rf"|(?:^|(?<=\n)|(?<=[.!?]\s))an?\s+{adj}(?:[\w'’-]+\s+)?{victims}\s+(?P<bare>killed)$",
        re.IGNORECASE,
    )
    # a part of a troop count: "the last [50] of the [1,500 soldiers]"
    part = re.compile(rf"(?<![\w,.])(?P<n>{number})\s+of\s+(?:the|its|their|these|those)\s+$", re.IGNORECASE)
    number_words = frozenset({*units, *scales, "dozen"})
    keys = {key for e in entries if e["class"] in {"troop_noun", "killed"} for key in str(e["keys"]).split()}
    return Grammar(
        units=units,
        scales=scales,
        at_number=f"{fat_a}|{rest}",
        at_number_toll=re.compile(fat_a, re.IGNORECASE),
        at_number_rest=re.compile(rest, re.IGNORECASE),
        at_kill=at_kill,
        at_toll=at_toll,
        first=first,
        victim_np=victim_np,
        shared=shared,
        single=single,
        more=more,
        part=part,
        starter_test=WordTest({*number_words, *KILL_WORDS, *TOLL_NOUNS, "died", "dies"}, digits=True),
        # the first word of a troop noun or of "killed"/"dead"...: a troop or death count needs one soon
        # after its number (a non-ASCII word may fold to one under case-insensitive matching)
        dying_test=dying_test,
        keyword_test=WordTest(keys, extra=lambda w: not w.isascii()),
        in_number=number_words | JOINERS,
    )
