"""Text context around a place mention: is it where something happens, and what does the sentence say?"""

from __future__ import annotations

import re
from typing import Final

from geo.events.aliases import alias_gap
from geo.lexicon import load
from geo.temporal._patterns import MONTHS, WEEKDAYS
from geo.temporal._scan import Tokens

__all__ = [
    "ATTRIBUTION",
    "ATTRIBUTIVE",
    "CONDITIONAL",
    "COUNTERING",
    "GAPPED",
    "HABITUAL",
    "HABITUAL_KEYS",
    "HELD",
    "HYPOTHETICAL",
    "HYPOTHETICAL_STEMS",
    "INTENT",
    "MODALS",
    "MODAL_MONTHS",
    "MOTIVE",
    "MOTIVE_KEYS",
    "OVERSEEING",
    "PLANNED",
    "PRESENT",
    "PRONOUNS",
    "REPORTING",
    "REQUESTING",
    "SOURCE",
    "TITLES",
    "agent",
    "goal",
    "has_prefix",
    "is_locative",
    "modifies",
    "passive_conjuncts",
    "reporter",
]

_WORDS: Final = load("events_context_words")


def _class(name: str) -> tuple[str, ...]:
    return _WORDS.class_terms(name)


#: Words after which a place name is where something happens ("in", "at the", "left the", "hit").
_LOCATIVE: Final = frozenset(_class("locative"))
#: Nouns that make "<noun> of X" locative ("the city of X", "the outskirts of X").
_OF_NOUNS: Final = frozenset(_class("of_noun"))
#: Words that may stand between the locative word and the name ("in the northern city of", "in both X and").
_GAP: Final = frozenset(_class("gap"))
#: Place nouns that may stand there right after a capitalised name ("in X countryside and Y").
_NAME_GAP: Final = frozenset(_class("name_gap"))
#: Compass words that locate the name right after them without "of" ("towns west X", "clashes east X").
_BARE_DIRECTIONS: Final = frozenset(_class("bare_direction"))
#: The name as the target of a passive ("X was hit", "X is regularly targeted", "X came under fire").
_AFTER: Final = re.compile(
    r"(?:['’]s)?\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been|came|comes|come|got|gets)\s+"
    r"(?:(?:\w+ly|all|both|also|each|again)\s+)?"
    rf"(?:{'|'.join(_class('passive'))})\b",
    re.IGNORECASE,
)
_AFTER_FIRST: Final = frozenset({"'", "’"})
#: The name as the subject of a verb of undergoing, after an optional aside ("X faces an insurgency", "X,
#: located in Y, is trying to contain an offensive", "X has suffered attacks"): it endures the violence.
_UNDERGOES: Final = re.compile(
    r"(?:,[^,;:()\n.]{1,60},)?\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?(?:\w+ly\s+|still\s+|also\s+)?"
    r"(?:(?:trying|struggling|seeking|working|unable|able)\s+to\s+)?"
    r"(?:" + "|".join(t.replace(" ", r"\s+") for t in _class("undergoing")) + r")\b",
    re.IGNORECASE,
)
#: The name as the subject of a verb of hosting ("X hosts US troops", "X, which has hosted foreign forces"):
#: the host is where the forces are.
_HOSTS: Final = re.compile(
    r"(?:,\s+which)?\s+(?:(?:has|have|had)\s+)?(?:also\s+|still\s+|currently\s+|long\s+)?"
    r"(?:hosts|hosted|host|continues?\s+to\s+host)\b",
    re.IGNORECASE,
)
#: A capitalised name of up to four words, maybe after "the" (a conjunct of a coordinated subject).
_NAME: Final = r"(?:the\s+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}"
#: The other conjuncts of a coordination after a name: ", Y and Z", " and Y", ", Y, or Z", " as well as Y".
_CONJUNCTS: Final = re.compile(rf"(?:,[ \t]+{_NAME})*,?[ \t]+(?:and|or|as[ \t]+well[ \t]+as)[ \t]+{_NAME}")
#: What joins a word to the one before it into one gap word: a possessive ("Yemen's") or a hyphenated
#: compound ("Houthi-controlled").
_JOINERS: Final = frozenset({"'", "’", "-"})
#: Marks before names in apposition to a plural place noun ("two villages, X and Y", "areas: X, Y").
_APPOSITION_MARKS: Final = frozenset({",", ":", "-", "\u2013", "\u2014"})
#: Plural place nouns that may head such an apposition (the plural "<noun> of X" nouns, but for those of
#: the parts around a place: "the outskirts, X" is no list of them).
_PLURAL_PLACES: Final = frozenset(w for w in _OF_NOUNS if w.endswith("s")) - {
    "parts",
    "swaths",
    "swathes",
    "tracts",
    "outskirts",
    "suburbs",
    "environs",
    "surroundings",
    *("coasts", "shores", "waters"),  # the sea along a land: "in international waters, X said" is no list
}
#: Words that may stand between a locative word and the name ("in Yemen's Houthi-controlled X").
_MAX_GAP: Final = 6
#: Names of days and months: a capitalised word that dates, so "on Thursday the US" is no locative "on" for
#: the name after it (the preposition governs the day).
_TIME_NAMES: Final = frozenset(name for name in (*MONTHS, *WEEKDAYS) if len(name) > 3)

#: After a name: a number and a preposition ("and Finland 60 to Kosovo", "and the US 300 in Poland"): the
#: name is the subject of a clause whose verb is left out (gapping), not the place of the verb before it.
GAPPED: Final = re.compile(r"\s+\d[\d,.]*\s+(?:[\w'’-]+\s+){0,3}?(?:to|in|at|into)\s")
#: Words before the place something leaves ("withdrew from X", "pulled out of X"): the site of a withdrawal.
SOURCE: Final = frozenset({"from", "of"})
#: Prepositions that decide for a compass word after them ("from south X": where from).
_PREPOSITIONS: Final = frozenset({"from", "of", "to", "by", "with", "for", "about"}) | _LOCATIVE
#: Words saying a sentence describes the state at publication ("the current contingent", "still").
PRESENT: Final = frozenset(_class("present"))
#: Words after which a violent cue is what a deployment responds to ("to fight attacks", "in response to").
COUNTERING: Final = frozenset(_class("countering"))
#: Verbs of reporting: a date right after one says when something was told, not when it happened.
REPORTING: Final = frozenset(_class("reporting"))
#: Words of asking or agreeing whose object is no event of its own ("called on X to withdraw").
REQUESTING: Final = frozenset(_class("requesting"))
#: Verbs of saying or announcing that make "would/will withdraw" after them a statement of intent.
INTENT: Final = frozenset(_class("intent"))
#: "to <verb of watching over> the" right before a cue ("set up to monitor the withdrawal"): its purpose.
OVERSEEING: Final = re.compile(
    r"\bto\s+(?:" + "|".join(_class("overseeing")) + r")\s+(?:the|its|their)\s+\Z", re.IGNORECASE
)
#: Phrases that give the reason for an act ("in solidarity with", "to protest"), as one pattern.
MOTIVE: Final = re.compile(
    r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _class("motive")) + r")\b", re.IGNORECASE
)
#: The longest word of each motive phrase: a sentence without one of them holds no motive (a quick test).
MOTIVE_KEYS: Final = frozenset(max(str(t).split(), key=len).lower() for t in _class("motive"))
#: Pronouns that point back to the previous sentence's actors.
PRONOUNS: Final = frozenset({"their", "they", "them", "its", "his", "her"})
#: Stems of words that attribute an act to someone ("identified X as the culprit").
ATTRIBUTION: Final = _class("attribution")
#: Words of a plan or of the future ("will", "plans"): hypothetical, except for a planned movement of
#: forces told with its time (:func:`geo.events.governed.usable_cues`).
PLANNED: Final = frozenset(_class("planned"))
#: A cue up to four words after these is something threatened or planned, not something that happened.
HYPOTHETICAL: Final = frozenset(_class("hypothetical")) | PLANNED
#: Modal verbs of the hypothetical and planned classes ("could", "would", "will"): they govern a cue up to
#: six words after them in their clause ("would soon be able to hold a summit").
MODALS: Final = frozenset(_class("modal"))
#: Modal words spelt like a month ("may"): written capitalised inside a sentence they are the month.
MODAL_MONTHS: Final = frozenset(word for word in _class("hypothetical") if word in MONTHS)
#: The same, as stems ("threatened", "vowed").
HYPOTHETICAL_STEMS: Final = _class("hypothetical_stem")
#: Words of those stems that, right before a cue noun, are adjectives of an act that took place ("a failed
#: coup"), not a failure to act ("failed to withdraw").
ATTRIBUTIVE: Final = frozenset(_class("attributive"))
#: Words and phrases of a clause that make its cues habitual ("regularly", "in the past"), as one pattern;
#: a time unit after the phrase makes a time window instead ("in the past 24 hours").
HABITUAL: Final = re.compile(
    r"\b(?:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _class("habitual"))
    + r")\b(?!\s+(?:[\w-]+\s+){0,2}?(?:hours?|days?|weeks?|months?|years?|decades?)\b)",
    re.IGNORECASE,
)
#: The words of the habitual class, for a quick test of a sentence.
HABITUAL_KEYS: Final = frozenset(str(t).split()[-1].lower() for t in _class("habitual"))
#: A cue up to four words after these is a condition ("if the government requested it"), of any type.
CONDITIONAL: Final = frozenset(_class("conditional"))


#: Words of moving or sending, after which "to X" is where something goes ("sent troops to X").
_MOTION: Final = frozenset(_class("motion"))
#: Titles of a person after a place name ("the Kirkuk governor"): the place says whose official.
TITLES: Final = frozenset(_class("title"))
#: Nouns a country name modifies ("US bases", "Iraqi forces", "the US president"): the country is no site.
_MODIFIED: Final = frozenset(_class("modified")) | TITLES
#: Things a state owns that attacks hit and that never act ("US bases", "the Turkish embassy"): a country
#: naming whose they are is no actor of a violent event.
HELD: Final = frozenset(_class("held"))
_UNIT_ADJECTIVE: Final = "|".join(_class("unit_adjective")) + r"|\d[\d,]*-strong"  # "special", "900-strong"
_NEXT_WORD: Final = re.compile(rf"(?:['’]s)?(?:-\s*\w|\s+(?:(?:{_UNIT_ADJECTIVE})\s+)?(\w+))")
_AND_OR: Final = frozenset({"and", "or"})
#: After "and"/"or": the other modifier (a name, a demonym, an abbreviation "U.K.", or an adjective of
#: partners: "US and allied forces", "attacks on US and coalition personnel"), then the noun.
_PAIRED: Final = re.compile(r"\s+(?:(?-i:[A-Z])[\w'’.-]*(?:['’]s)?|allied|coalition|partner)\s+(\w+)")


def modifies(text: str, end: int, *, nouns: frozenset[str] | None = None) -> bool:
    """Whether the name ending at ``end`` modifies what follows: a hyphenated compound ("Iran-backed",
    "US-led") or a noun of the ``modified`` and ``title`` classes ("US bases", "Turkey's forces", also
    across a pair of modifiers: "US and Iraqi forces"), or of ``nouns`` when given (:data:`TITLES` for a
    place that is not a country)."""
    found = _NEXT_WORD.match(text, end, min(len(text), end + 40))
    if found is None:
        return False
    word = found.group(1)
    if word is not None and word.lower() in _AND_OR:  # "US and Iraqi forces": both modify the noun
        paired = _PAIRED.match(text, found.end(), min(len(text), end + 60))
        word = None if paired is None else paired.group(1)
        if word is None:
            return False
    return word is None or word.lower() in (_MODIFIED if nouns is None else nouns)


def _moving(words: list[str], index: int) -> bool:
    """Whether "to" at token ``index`` ends a movement ("sent troops to", "returned to") or "close/next to":
    a word of the ``motion`` class up to six words before it ("linked to X" is no place of an event)."""
    near = index > 0 and words[index - 1] in ("close", "closer", "next")
    return near or any(word in _MOTION for word in words[max(0, index - 6) : index])


def has_prefix(words: set[str], stems: tuple[str, ...]) -> bool:
    """Whether a word of ``words`` starts with one of ``stems``."""
    return any(word.startswith(stems) for word in words)


def is_locative(
    text: str, tokens: Tokens, start: int, end: int, *, locatives: frozenset[str] | None = None
) -> bool:
    """Whether the mention ``text[start:end]`` names where something happens (vs. a subject or modifier).

    True after a locative preposition or verb ("in", "at the", "left the", "the city of") with at most six
    words between that are articles, directions, place nouns, "and"/"or", capitalised words or the parts
    of a possessive or hyphenated compound ("in the Syrian X", "in both X and Y", "on Yemen's
    Houthi-controlled X"), without other punctuation; or when the name is the subject of a passive of
    attack ("X was hit"). ``locatives`` replaces the locative words (then the passive test is skipped):
    ``SOURCE`` tells where something leaves from ("withdrew from X").
    """
    if GAPPED.match(text, end):  # "sent 150 soldiers to X and Y 60 to Z": Y is who sent, not where
        return False
    locative = _LOCATIVE if locatives is None else locatives
    words, starts, ends = tokens.words, tokens.starts, tokens.ends
    index = tokens.before(start)
    edge = start
    for gap in range(_MAX_GAP + 1):
        between = text[ends[index] : edge] if index >= 0 else ""
        if index >= 0 and gap == 0 and _apposition(text, between, words[index]):
            return True  # "struck two villages, X and Y", "four areas: X, Y": the names of the places hit
        if (
            index < 0
            or (between.strip() and between not in _JOINERS and not alias_gap(text, between, edge, start))
            or _line_end(text, between, starts[index])
        ):
            break
        word = words[index]
        if (word in locative and (word != "to" or _moving(words, index))) or (
            word == "of" and locative is _LOCATIVE and index > 0 and words[index - 1] in _OF_NOUNS
        ):
            return True
        if (
            gap == 0
            and word in _BARE_DIRECTIONS
            and locative is _LOCATIVE
            and _bare_direction(text, tokens, index)
        ):
            return True
        joined = index > 0 and text[ends[index - 1] : starts[index]] in _JOINERS
        if (
            gap == _MAX_GAP
            or word in _TIME_NAMES
            or not (
                word in _GAP
                or text[starts[index]].isupper()
                or joined
                or between in _JOINERS
                or (word in _NAME_GAP and index > 0 and text[starts[index - 1]].isupper())
            )
        ):
            break
        edge = starts[index]
        index -= 1
    if locative is not _LOCATIVE:
        return False
    if _undergoes(text, end):
        return True
    return passive_conjuncts(text, end) is not None


def passive_conjuncts(text: str, end: int) -> int | None:
    """The end of the other conjuncts of a coordinated subject after the name ending at ``end`` when that
    subject undergoes a passive of attack or a verb of undergoing ("X, Y and Z were shelled", "both X and
    Y came under fire": each name is a target, general English coordination); None otherwise."""
    conjuncts = _CONJUNCTS.match(text, end, min(len(text), end + 120))
    return conjuncts.end() if conjuncts is not None and _undergoes(text, conjuncts.end()) else None


def _undergoes(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a passive of attack, a verb of undergoing or
    of hosting ("X was hit", "X has suffered attacks", "X hosts US troops")."""
    if _UNDERGOES.match(text, end, min(len(text), end + 120)) is not None:
        return True
    after = text[end : end + 1]  # the passive needs "'s" or white space right after the name
    if after not in _AFTER_FIRST and not after.isspace():
        return False
    reach = min(len(text), end + 60)
    return _AFTER.match(text, end, reach) is not None or _HOSTS.match(text, end, reach) is not None


def _apposition(text: str, between: str, word: str) -> bool:
    """Whether a name after ``word`` and the mark ``between`` names the places ``word`` counts: a plural
    place noun ("villages", "towns", "areas") then a comma, colon or dash ("two villages, X and Y")."""
    return between.strip() in _APPOSITION_MARKS and "\n" not in between and word in _PLURAL_PLACES


def _bare_direction(text: str, tokens: Tokens, index: int) -> bool:
    """Whether the compass word at token ``index`` follows a lower-case noun or verb of the same clause
    ("several towns west X", "clashes east X"): it then says where, as "west of X" does; after a
    preposition ("from south X") the preposition decides."""
    before = index - 1
    if before < 0 or text[tokens.ends[before] : tokens.starts[index]] != " ":
        return False
    word = tokens.words[before]
    return text[tokens.starts[before]].islower() and word not in _GAP and word not in _PREPOSITIONS


def _line_end(text: str, between: str, word_start: int) -> bool:
    """Whether a line break ends a line (a blank line, or after a capitalised word: a headline's end)."""
    return "\n" in between and (between.count("\n") > 1 or text[word_start].isupper())


#: Words before a place that seat a body there ("the ministry in X"), and the possessive after one.
_SEATS: Final = frozenset({"in", "at", "the"})
_POSSESSIVE: Final = frozenset({"'s", "’s"})


def reporter(text: str, tokens: Tokens, start: int, end: int, cue: int) -> bool:
    """Whether the mention ``text[start:end]`` lies in the subject of a verb of saying that introduces the
    cue at ``cue`` ("the ministry in X said (that) gunmen attacked ...", "X's ministry confirmed the
    strike"): the name seats a body ("in X", "the X", "X's"), and a reporting verb stands between the
    name and the cue with no comma, colon or line break before it (a fronted "In X, police said ..." sets
    the scene and is no subject; "residents of X" may be witnesses of what happened there)."""
    if cue <= end:
        return False
    index = tokens.before(start)
    if (index < 0 or tokens.words[index] not in _SEATS) and text[end : end + 2] not in _POSSESSIVE:
        return False
    for k in tokens.span(end, cue):
        if tokens.words[k] in REPORTING:
            between = text[end : tokens.starts[k]]
            return "," not in between and ":" not in between and "\n" not in between
    return False


#: A place as the goal of a movement: "to" or "into", then up to four words before the name ("to the
#: northern town of X"), at the end of the text before the name.
_GOAL: Final = re.compile(r"\b(?:to|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:of\s+)?\Z", re.IGNORECASE)


def goal(text: str, tokens: Tokens, start: int) -> bool:
    """Whether the name starting at ``start`` is where something goes: after "into", or after "to" with
    a word of the ``motion`` class up to six words before it ("will head to the town of X")."""
    found = _GOAL.search(text, max(0, start - 60), start)
    if found is None:
        return False
    if found.group(0)[:2].lower() != "to":
        return True
    index = tokens.before(found.start() + 2)
    return _moving(tokens.words, index)


#: Auxiliaries and adverbs between a subject and its verb ("has been", "recently", "also").
_AUXILIARY: Final = re.compile(
    r"(?:\s+(?:has|have|had|is|are|was|were|been|being|will|would|also|recently|reportedly|then|later|"
    r"again|allegedly|repeatedly|twice))*\s+",
    re.IGNORECASE,
)
_BE: Final = frozenset({"is", "are", "was", "were", "been", "being"})
#: What follows a noun in -ing that a name before it modifies ("X shelling kills six", "X bombing leaves
#: 3 dead", "X fighting continues"), not the object of a progressive ("X bombing the port"): a headline verb
#: of what violence did or of its going on, or the end of the clause.
_NOUN_AFTER: Final = re.compile(
    r"\s+(?:kills?|killed|leaves?|left|claims?|claimed|wounds?|wounded|injures?|injured|hits?|continues?"
    r"|continued|resumes?|resumed|renews?|renewed|intensif(?:y|ies|ied)|escalates?|escalated)\b|\s*(?:[,.;:!?]|$)",
    re.IGNORECASE,
)


def agent(text: str, end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of the verb cue ``text[cue_start:cue_end]`` right
    after it ("Moscow has been targeting ports", "the Pentagon deployed a carrier"): the place then stands
    for who acts (metonymy), not where. A passive ("X was attacked") makes it the target instead, and a
    cue that is no verb form (-ed, -ing) is a noun the name modifies ("the Baghdad attack")."""
    if cue_start <= end:
        return False
    between = _AUXILIARY.fullmatch(text, end, cue_start)
    if between is None:
        return False
    word = text[cue_start:cue_end].split()[0].lower()
    if not word.endswith(("ed", "ing")):
        return False
    said = between.group(0).split()
    if not said and word.endswith("ing") and _NOUN_AFTER.match(text, cue_end):
        return False  # "X shelling kills six": a noun the name modifies, the subject of the verb after it
    passive = not _BE.isdisjoint(w.lower() for w in said) and not word.endswith("ing")
    return not passive


#: A possessive and the thing owned, placed by "in" or "at" ("'s consulate in ", "'s military mission in ").
