"""Place mentions that only locate, describe or own something else: no site of the sentence's event.

A name can stand in a sentence about an event without being where it happened: where a weapon was fired
from, the region that locates a finer place named before it, a thing's registry or destination, whose
official or who is asked, the agent of a passive, a modifier of a noun or the owner of a thing placed at
another name. Split from :mod:`geo.events.context`, whose word classes these read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from typing import Final

from geo.events.accused import (
    accused,
    answerable,
    grievance,
    home_of_accused,
    journey_start,
    recruited,
    speaker,
    waged,
)
from geo.events.context import TITLES, agent, reporter
from geo.events.cues import Cue
from geo.events.subjects import acts, foreign_parties, subject_end
from geo.lexicon import load
from geo.model.spans import Resolved
from geo.temporal._patterns import MONTHS, WEEKDAYS
from geo.temporal._scan import Tokens

__all__ = [
    "attribute",
    "describes",
    "foreign_parties",
    "located",
    "locates_next",
    "no_host",
    "no_own_site",
    "not_site",
    "origin",
    "owner",
    "placed_apart",
    "possessor",
    "prior_cue",
    "recipient",
    "refuge",
    "ruler",
    "second_party",
    "speaker",
]

_WORDS: Final = load("events_context_words")


def _class(name: str) -> tuple[str, ...]:
    return _WORDS.class_terms(name)


#: "fired from (up to four gap words, "of" or capitalised words) X": where a weapon was fired or an attack
#: set off from.
_ORIGIN: Final = re.compile(
    rf"\b(?i:{'|'.join(_class('launch'))})\s+from\s+"
    rf"(?:(?:a|an|of|outskirts|{'|'.join(_class('gap'))}|[A-Z][\w'’-]*)\s+){{0,4}}$"
)
#: "fled (up to five words) to/into (the neighbouring) X" (or a later name of a list after it: "into X and
#: Y"), "were pushed from the area into X": where people went to escape (a verb of the ``refuge`` class;
#: "pushed" only as a passive: forces that "push into X" attack X).
_REFUGE: Final = re.compile(
    r"(?:\b(?i:was|were|been|being)\s+(?i:pushed)|(?<!\bpushed)\b(?i:"
    + "|".join(t for t in _class("refuge") if t != "pushed")
    + r"))(?:\s+[\w'’-]+){0,5}?\s+(?i:to|into)\s+(?:(?i:the|neighbou?ring|nearby)\s+){0,2}"
    + r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+|\s+(?:and|or)\s+)){0,3}$"
)
#: Around a name: "under X's control", "under X's rule", "formerly under X's occupation": X is who rules
#: the place, not a site (general English).
_RULER_BEFORE: Final = re.compile(r"\b(?i:under)\s+(?:the\s+)?$")
_RULER_AFTER: Final = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+)?(?i:control|rule|command|occupation|authority|sway|domination|jurisdiction)\b"
)
_PLACE_WORDS: Final = load("gazetteer_event_place_words")
#: The last words of GeoNames place words ("village", "province", "camp"), as alternatives of a pattern.
_PLACE_NOUNS: Final = "|".join(sorted({str(t).split()[-1] for t in _PLACE_WORDS.terms()}))
#: Those of settlements and camps ("village", "town", "locality", "camp"): "the X camp" names a site.
_SETTLEMENT_NOUNS: Final = "|".join(sorted(set(_PLACE_WORDS.class_terms("city")))) + "|camp"
#: "(a locality) located in (the) X", "situated near X", "located in the Z province, the X region": X only
#: says where something else named before it lies (not after "be": "troops are located in X" says where).
_LOCATED: Final = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )\b(?:located|situated)\s+"
    r"(?:in|at|near|on|inside|within)\s+(?:(?:the|a|[A-Z][\w'’-]*)\s+){0,3}"
    rf"(?:(?:{_PLACE_NOUNS}),\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: Before a name: a past participle and "by" ("led by X", "carried out by the X"), or a noun of an act
#: and "by" (the ``deed`` class: "the defeat by X", "a crackdown by X"; ordinary28): the name is the agent
#: of a passive or of the act, who acts, not where (general English grammar).
_BY_AGENT: Final = re.compile(
    r"\b(?:[\w-]+(?:ed|en)|led|run|held|sent|fought|hit|struck|shot|built|made"
    + "".join("|" + t for t in _class("deed"))
    + r")(?:\s+out)?\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: Nouns of armed units that an "X-based" before them places at X ("the X-based contingent").
UNITS: Final = (
    "troops|soldiers|peacekeepers|forces|contingents?|battalions?|brigades?|units?|garrisons?"
    "|battle-?\\s?groups?"
)
#: After a name: "country", "nation", "kingdom" or "capital" ("the Horn of Africa country", "the X capital,
#: Y"): the name describes a state or city told of ("state" is left out: "Kaduna state" names the state
#: itself); or a hyphen glued to a word ("Mosul-based", "the X-Y road"): the name is part of a compound
#: modifier; or a possessive before a named place of GeoNames place words ("X's Tora area", "X's Zamzam
#: camp"): the event is at that finer place, named or not in the gazetteer; or "flag(s)" ("waving X flags":
#: the flag's nation, general English; near27). In each case the name is no site. "X-based" before a
#: unit noun (:data:`UNITS`, robust27) is left out: that unit is at X.
_DESCRIBES: Final = re.compile(
    r"\s+(?:country|nation|kingdom|capital)\b(?!\s+of\b)|\s+flags?\b|-(?!based\s+(?:[\w-]+\s+){0,2}?(?:"
    + UNITS
    + r")\b)[^\W\d_]|['’]s\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:"
    + _PLACE_NOUNS
    + r")s?\b"
)
#: "in Y in X", "near Y, X": X after another capitalised name Y that a locative word introduces, so X only
#: says where Y lies (Y a village the gazetteer may not know; not a month or day: "in May in X"); or
#: after "the Y camp", "the Y village" (a named settlement or camp): "bombed the Y camp in X".
_WITHIN_NAMED: Final = re.compile(
    r"(?:\b(?i:in|at|near)\s+(?:the\s+)?(?:(?!(?i:"
    + "|".join(sorted((*MONTHS, *WEEKDAYS)))
    + r")\b)[A-Z][\w'’-]*\s+){1,3}"
    + rf"|\b(?i:the)\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?i:{_SETTLEMENT_NOUNS})\s+)"
    + r"(?i:in)\s+(?:the\s+)?$"
)
#: The first capitalised word of a :data:`_WITHIN_NAMED` match: where the inner name Y starts.
_INNER_NAME: Final = re.compile(r"\s(?:(?i:the)\s+)?(?P<name>[A-Z])")
#: What :data:`_LOCATED` cannot match without: a cheap test first (the full pattern tries its look-behinds at
#: every character of the window).
_LOCATED_WORD: Final = re.compile(r"locat|situat", re.IGNORECASE)
#: How far before a name :func:`origin` and :func:`located` look.
_ORIGIN_REACH: Final = 80

_SEAT: Final = tuple(re.escape(t).replace(r"\ ", r"\s+") for t in _class("seat"))
#: The first letters of the phrases of :data:`_ATTRIBUTE` (lower case, as its lookahead ignores case).
_ATTRIBUTE_FIRST: Final = sorted(
    {t[0].lower() for t in (*_class("attribute"), *_SEAT, *_class("addressee"), *TITLES, *_class("relation"))}
)
#: Before a name: an ``attribute``/``addressee`` phrase ("registered in", "bound for", "called on"), a
#: ``seat`` one not after a comma or "is" ("a firm headquartered in"; ev37c), a title and "of" ("the X of"),
#: "relations between ... and" or an ordinal ("126th X": a unit), then up to three articles or capitalised
#: words: an attribute of something named before, who is asked, a party, a unit. (Led by a lookahead for the
#: first characters of its phrases, case-insensitive as they are: an alternation under ``re.I`` is otherwise
#: tried at every character of the window; 0.026-0.037 -> 0.016-0.022 ms per benchmark article.)
_ATTRIBUTE: Final = re.compile(
    rf"(?i:(?=[{''.join(map(re.escape, _ATTRIBUTE_FIRST))}\d]))\b(?i:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in (*_class("attribute"), *_class("addressee")))
    + "".join(rf"|(?<!,\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s){t}" for t in _SEAT)
    + rf"|(?:{'|'.join(sorted(TITLES))})\s+of|(?-i:\d+(?:st|nd|rd|th))"
    + rf"|(?:{'|'.join(_class('relation'))})\s+between(?:\s+[\w'’-]+){{0,8}}?\s+and"
    + r")\s+(?:(?:the|a|[A-Z][\w'’-]*)\s+){0,3}$"
)

#: After the second name of a hyphenated pair ("the X-Y summit", "X-Y relations"): a noun of the ``pair``
#: class.
_PAIR_NOUN: Final = re.compile(rf"\s+(?:{'|'.join(_class('pair'))})\b")
#: Right before the second name of such a pair: a letter or full stop glued to a hyphen ("X-", "U.S.-").
_PAIR_HYPHEN: Final = re.compile(r"[^\W\d_.]\.?-\Z")


def second_party(text: str, span: tuple[int, int]) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` is the second of a hyphenated pair of parties before a
    noun of meeting, pact or relations ("the X-Y summit": a party, no site; the first name of the pair is
    a compound modifier already, :func:`describes`)."""
    start, end = span
    glued = _PAIR_HYPHEN.search(text, max(0, start - 3), start) is not None
    return glued and _PAIR_NOUN.match(text, end) is not None


_OWNED_IN: Final = re.compile(r"['’]s(?:\s+[\w-]+){1,4}?\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)


#: Between a name and another named place that it locates: a possessive ("Crimea's Y", "X's northern Y"),
#: maybe with a noun of a settlement or port and "of" ("X's twin city of Y"), or such a noun and "of"
#: alone ("the Black Sea port of Y": the ``named_in`` class; places28).
_NAMED_IN: Final = "|".join(
    re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_class("named_in"), key=len, reverse=True)
)
_LOCATES_NEXT: Final = re.compile(
    rf"(?:['’]s(?:(?:\s+[a-z][\w-]*){{0,2}}?\s+(?i:{_NAMED_IN})\s+of)?|\s+(?i:{_NAMED_IN})\s+of)\s+(?:the\s+)?"
    r"(?:(?i:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?\s+)?"
)


def owner(text: str, end: int, starts: Collection[int]) -> bool:
    """Whether the name ending at ``end`` owns a thing that the text places at another name (one of
    ``starts``): "X's consulate in Y", "X's military mission in Y" - the site is Y, X says whose."""
    found = _OWNED_IN.match(text, end, min(len(text), end + 80))
    return found is not None and found.end() in starts


def locates_next(text: str, end: int, starts: Collection[int]) -> bool:
    """Whether the name ending at ``end`` only says where the next named place (one of ``starts``) lies
    ("X's Y", "the X port of Y", :data:`_LOCATES_NEXT`; places28)."""
    found = _LOCATES_NEXT.match(text, end, min(len(text), end + 40))
    return found is not None and found.end() in starts


def origin(text: str, start: int) -> bool:
    """Whether the name at ``start`` tells where a weapon was fired or an attack launched from ("rockets
    fired from X", "the attack originated from X"): the origin, not the site of the attack. (The pattern,
    tried at every character of the window, is tried only when the window holds its "from".)"""
    low = max(0, start - _ORIGIN_REACH)
    return text.find("from", low, start) >= 0 and _ORIGIN.search(text, low, start) is not None


def refuge(text: str, start: int) -> bool:
    """Whether the name at ``start`` is where people fled or were driven to (:data:`_REFUGE`: "thousands
    fled to X", "the rebels were pushed into X"): not where the violence that drove them happened."""
    return _REFUGE.search(text, max(0, start - _ORIGIN_REACH), start) is not None


def ruler(text: str, span: tuple[int, int]) -> bool:
    """Whether the mention ``text[span[0]:span[1]]`` names who rules a place ("states formerly under X's
    control", "towns under X's rule"): the ruler, not where something happens."""
    return (
        _RULER_AFTER.match(text, span[1]) is not None
        and _RULER_BEFORE.search(text, max(0, span[0] - 12), span[0]) is not None
    )


def located(text: str, start: int) -> bool:
    """Whether the name at ``start`` only locates something named before it ("a village located in X")."""
    low = max(0, start - _ORIGIN_REACH)
    if _LOCATED_WORD.search(text, low, start) is None:
        return False
    return _LOCATED.search(text, low, start) is not None


def describes(text: str, end: int, *, compounds: bool = True) -> bool:
    """Whether the name ending at ``end`` only describes something after it (:data:`_DESCRIBES`); unless
    ``compounds`` (a hyphenated or possessive one), only as a state or city it tells of ("the X country",
    "the X capital")."""
    found = _DESCRIBES.match(text, end)
    return found is not None and (compounds or found.group().lstrip()[:1].isalpha())


@functools.lru_cache(maxsize=64)  # asked again for the same name by no_host and no_own_site
def attribute(text: str, start: int) -> bool:
    """Whether the name at ``start`` only tells where something named before it lies (:func:`located`), its
    registry, destination, whose official, who is asked or a party of relations (:data:`_ATTRIBUTE`), or
    where fighters come from (:func:`geo.events.accused.recruited`)."""
    return (
        located(text, start)
        or _ATTRIBUTE.search(text, max(0, start - _ORIGIN_REACH), start) is not None
        or recruited(text, start)  # "volunteer fighters from X": where they come from
    )


def no_host(text: str, span: tuple[int, int]) -> bool:
    """Whether the mention ``text[span[0]:span[1]]`` hosts no event of another clause of its sentence: it
    is an :func:`attribute`, names the state or city told of (:func:`describes` without compounds), who
    rules a place (:func:`ruler`), where a journey began (:func:`geo.events.accused.journey_start`), the
    home town of one charged with a crime (:func:`geo.events.accused.home_of_accused`) or who answers for an
    act (:func:`geo.events.accused.answerable`)."""
    return (
        attribute(text, span[0])
        or describes(text, span[1], compounds=False)
        or ruler(text, span)
        or journey_start(text, span[0])  # "as they drove from X to Y": where the journey began
        or home_of_accused(text, span)  # "a X man charged in the killing": his home town
        or answerable(text, span)  # "X's responsibility for the clashes": who answers for them
        or acts(text, span)  # "X has sent troops to Y since a raid in May": who acts (metonymy)
    )


def _by_agent(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the agent of a passive (:data:`_BY_AGENT`); the pattern is tried
    only when the words before the name end with "by" or "by the" (it tries every character otherwise)."""
    low = max(0, start - _ORIGIN_REACH)
    before = text[low:start].rstrip()
    if before[-3:].lower() == "the":
        before = before[:-3].rstrip()
    return before[-2:].lower() == "by" and _BY_AGENT.search(text, low, start) is not None


def no_own_site(
    text: str, span: tuple[int, int], *, fired: bool, starts: Collection[int] | None = None
) -> bool:
    """Whether the place mention ``text[span[0]:span[1]]`` only locates or describes something else: where
    a weapon was ``fired`` from (:func:`origin`, for events of firing), the region a site named before it
    lies in, its registry, whose official or who is asked (:func:`attribute`), the agent of a passive ("a
    force led by X"), a modifier of what follows (:func:`describes`) or the second party of a hyphenated
    pair (:func:`second_party`), the home town of one charged with a crime
    (:func:`geo.events.accused.home_of_accused`) or who answers for an act
    (:func:`geo.events.accused.answerable`)."""
    return (
        (fired and (origin(text, span[0]) or refuge(text, span[0])))
        or attribute(text, span[0])
        or _by_agent(text, span[0])
        or ruler(text, span)
        or describes(text, span[1])
        or second_party(text, span)
        or within_named(text, span[0], starts)
        or home_of_accused(text, span)
        or answerable(text, span)
    )


def within_named(text: str, start: int, starts: Collection[int] | None = None) -> bool:
    """Whether the name at ``start`` only says where another name before it lies ("in Y in X", "the Y camp
    in X": :data:`_WITHIN_NAMED`). With ``starts`` (the places the sentence names), "in Y in X" counts only
    when Y is one of them: a Y that is no place recognised at all (a mountain or plain the gazetteer lacks,
    "in the Kurds Mountain in X") leaves X as the nearest place the text gives for the event; a named camp
    or settlement ("the Y camp in X") is a site of its own either way."""
    found = _WITHIN_NAMED.search(text, max(0, start - _ORIGIN_REACH), start)
    if found is None:
        return False
    if starts is None or found.group(0)[:1] in "Tt":
        return True
    inner = _INNER_NAME.search(text, found.start(), start)
    return inner is None or inner.start("name") in starts


def not_site(
    text: str,
    tokens: Tokens,
    span: tuple[int, int],
    cue: Cue,
    *,
    agentive: bool,
    starts: Collection[int],
    near: Collection[int] | None = None,
) -> bool:
    """Whether the place mention ``text[span[0]:span[1]]`` is no site of its cue's event although the cue
    types it: it is in the subject of a verb of saying (:func:`reporter`, or right before the verb:
    :func:`geo.events.accused.speaker`), it owns a thing placed at another of the sentence's names
    (``starts``, :func:`owner`), it only locates the next one (of ``near``, the names that may lie in it;
    ``starts`` when None: :func:`locates_next`), it is the one an accusation accuses
    (:func:`geo.events.accused.accused`) or where a journey began (:func:`geo.events.accused.journey_start`),
    whose act a protest is about (:func:`geo.events.accused.grievance`), or, when ``agentive`` (a name that
    is not locative, of a physical event), it is the subject of the cue's verb (:func:`agent`)."""
    start, end = span
    last = subject_end(text, end)  # "X and Y first struck": the verb after Y is X's too
    return (
        reporter(text, tokens, start, end, cue.start)
        or owner(text, end, starts)
        or locates_next(text, end, starts if near is None else near)
        or (agentive and (agent(text, last, cue.start, cue.end) or waged(text, last, cue)))
        or (agentive and acts(text, span, acting=True))  # "since X opened a corridor, bypassing the blockade"
        or placed_apart(text, end, cue, starts)
        or accused(text, span, cue)  # "accused X of meddling": the one accused
        or speaker(text, tokens, span, cue)  # "X says rebels attacked Y": who speaks
        or journey_start(text, start, cue)  # "attacked as they drove from X to Y": where they set out
        or grievance(text, span, cue)  # "protests over X's support for Y": whose act, not where
    )


#: Between a place and a later cue: "and" opening another noun phrase ("X's actions in A and its military
#: campaign"), at most three words before the cue.
_NEXT_PHRASE: Final = re.compile(r"\s+and\s+(?:its|their|his|her|the|a|an)\s+(?:[\w'’-]+\s+){0,3}")
#: Right after a cue: a preposition of place and maybe an article before its own place.
_OWN_PLACE: Final = re.compile(r"\s+(?:in|at|on|near|over|across)\s+(?:the\s+)?")


def placed_apart(text: str, end: int, cue: Cue, starts: Collection[int]) -> bool:
    """Whether the place ending at ``end`` lies in a noun phrase before the one of ``cue`` ("Russia's
    actions in A and its military campaign in B"), and the cue has its own place right after it: the place
    is no site of the cue's event (each phrase has its own place; general English coordination)."""
    if cue.start <= end or _NEXT_PHRASE.fullmatch(text, end, cue.start) is None:
        return False
    after = _OWN_PLACE.match(text, cue.end)
    return after is not None and after.end() in starts


def prior_cue(
    text: str,
    tokens: Tokens,
    span: tuple[int, int],
    cue: Cue,
    clause_cues: Sequence[Cue],
    *,
    agentive: bool,
    starts: Collection[int],
) -> Cue | None:
    """The cue of the noun phrase the place ending ``span`` is in, when the cue chosen for it heads the next
    phrase with a place of its own (:func:`placed_apart`): the nearest cue of its clause before the place
    ("warplanes target the city of X and an explosion in Y": X is where warplanes target). None when
    there is no such cue, or when that one is no site either."""
    if not placed_apart(text, span[1], cue, starts):
        return None
    earlier = [c for c in clause_cues if c.end <= span[0]]
    if not earlier:
        return None
    before = max(earlier, key=lambda c: c.end)
    return None if not_site(text, tokens, span, before, agentive=agentive, starts=starts) else before


def possessor(text: str, place: Resolved) -> bool:
    """Whether the place is named in the possessive ("Africa's deadliest group"): it says whose, and
    takes no cue of another clause of its sentence as where."""
    return text[place.toponym.end : place.toponym.end + 2] in {"'s", "’s"}


#: Right after a name, a verb of receiving ("X received on Tuesday the request"): X is who a political act
#: is addressed to.
_RECEIVES: Final = re.compile(
    r"\s+(?:(?:has|have|had|also|reportedly|officially)\s+)*(?:received|receives|receiving)\b", re.IGNORECASE
)


def recipient(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of a verb of receiving ("France received the
    request for the withdrawal"): the one a request or demand is addressed to, not the one who acts."""
    return _RECEIVES.match(text, end) is not None
