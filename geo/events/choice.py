"""Which cue of a sentence types a place: the best cue of a clause for a place, and whether a place sets
the scene of its whole sentence."""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Mapping, Sequence
from typing import Final

from geo.events.context import goal, is_locative
from geo.events.cues import RELOCATION, TROOP_COUNT, Cue, refine, sharpen
from geo.events.dating import date_clause
from geo.events.document import Document
from geo.events.published import ANNIVERSARY
from geo.events.regions import family
from geo.events.venues import at_venue
from geo.events.when import told
from geo.model.spans import Resolved
from geo.temporal._scan import Tokens

__all__ = [
    "aimed",
    "attached_date",
    "best_cue",
    "flown_from",
    "governed_cue",
    "inherited",
    "more_events",
    "scene",
    "troops_moving",
]

#: Classes of sites that take part in the presence or deployment told right before them.
_SITES: Final = frozenset({"military_base", "airport", "facility"})
#: Prepositions that open a fronted phrase setting the scene of a sentence ("At a ceremony in X, ...").
_SCENE: Final = frozenset({"in", "at", "during"})
#: How generic a cue without sub type is (a bare "attacked" yields to "struck", which yields to "a missile").
_GENERIC: Final = {"strike": 1, "attack": 2}
#: The word before a place troops are taken from ("140 soldiers from X"); a country after it says where
#: they come from instead ("troops from Chad").
_FROM: Final = frozenset({"from"})
#: Between a cue of withdrawal and the place its forces go to: "from" a name, then "to" ("redeployed from X
#: to the town of "), in one clause.
_FROM_TO: Final = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?from\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{0,60}?\s+(?:to|into)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:of\s+)?",
    re.IGNORECASE,
)
#: Most characters between a verb cue and a noun cue that is its object ("established two temporary ",
#: "deployed the aircraft carrier USS X and accompanying ").
_GOVERNS: Final = 80
#: A cue ending in a preposition ("present in", "based at", "operating from"): it names its own place.
_PREPOSITION_END: Final = re.compile(r"\s(?:in|at|from|off|near)\Z", re.IGNORECASE)
#: After such a cue: the words before the place it governs ("present in the northern town of ").
_OBJECT_GAP: Final = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?\Z")


def best_cue(cues: Sequence[Cue], place: Resolved) -> Cue:
    """Highest tier, then most specific (a bare "strike", then a bare "attack" last), then nearest to the
    name (a cue after the name counts double distance). A noun cue of a thing (``frame`` False: "bases")
    right after a verb cue of at least its tier is that verb's object and yields to it ("established
    temporary bases in X": a deployment). An anniversary cue outranks the presence of a mission named right
    before the place ("the X battlegroup in Y turns six": the deployment it counts from)."""
    if len(cues) == 1:
        return cues[0]
    governed = {
        noun.start
        for noun in cues
        if not noun.frame
        and any(
            verb.frame and verb.tier >= noun.tier and 0 <= noun.start - verb.end <= _GOVERNS for verb in cues
        )
    }
    if governed:  # "established bases in X": the verb says what happened to the thing its object names
        cues = [c for c in cues if c.start not in governed]
    if any(c.sub_event_type == ANNIVERSARY for c in cues):  # "the X battlegroup in Y turns six": the
        cues = [c for c in cues if c.frame or c.event_type != "presence"]  # mission's site dated by it
    start, end = place.toponym.start, place.toponym.end

    def key(cue: Cue) -> tuple[int, int, int]:
        distance = start - cue.end if cue.end <= start else 2 * max(0, cue.start - end)
        generic = _GENERIC.get(cue.event_type, 0) if cue.sub_event_type is None else 0
        if cue.sub_event_type == TROOP_COUNT:
            generic = 3  # a bare troop count yields to any verb of the clause
        return -cue.tier, generic, distance

    return min(cues, key=key)


def scene(doc: Document, number: int, place: Resolved, locative: set[int]) -> bool:
    """Whether ``place`` is named in a fronted phrase that sets the scene of its sentence ("At a ceremony
    in X, the two ministers signed ..."): locative, in the sentence's first clause, which opens with a
    preposition."""
    sentence = doc.sentences[number]
    first = doc.tokens.span(sentence.start, sentence.end)
    return (
        place.toponym.start in locative
        and doc.clause(place.toponym.start) == doc.clause(sentence.start)
        and len(first) > 0
        and doc.tokens.words[first[0]] in _SCENE
    )


def troops_moving(text: str, tokens: Tokens, place: Resolved, cue: Cue) -> str | None:
    """The type of a troop count's event at ``place`` when the troops move: ``deployment`` when the place
    is where they go ("130 soldiers will head to X"), ``withdrawal`` when it is the town or site they are
    taken from ("picked up the last 140 soldiers from X"); else None (the troops are there: presence).
    A cue of relocation ("moved the command from X to Y") makes a withdrawal at X and a deployment at Y, and
    so does a cue of withdrawal with such a frame ("redeployed from X to Y").
    A training cue whose place is where people are sent ("deploy trainers to X") is a deployment too."""
    start, end = place.toponym.start, place.toponym.end
    if cue.event_type == "training" and goal(text, tokens, start):
        return "deployment"  # "agreed to deploy trainers to X": sending people to teach is a deployment
    if cue.sub_event_type == RELOCATION:  # "moved the command from X to Y": it leaves X and comes to Y
        return "withdrawal" if is_locative(text, tokens, start, end, locatives=_FROM) else "deployment"
    if cue.event_type == "withdrawal" and cue.end <= start and _FROM_TO.fullmatch(text, cue.end, start):
        return "deployment"  # "redeployed from X to Y": Y is where the forces go
    if cue.sub_event_type != TROOP_COUNT:
        return None
    if goal(text, tokens, start):
        return "deployment"
    if place.candidate.feature_class != "country" and is_locative(text, tokens, start, end, locatives=_FROM):
        return "withdrawal"
    return None


#: Between a cue and the place it governs with "from" ("took off from the ", "operating from the X "): no
#: punctuation, "from" (unless the cue ends with it), an article and up to three words.
_FROM_OBJECT: Final = re.compile(r"(?:\s+from)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?\Z", re.IGNORECASE)
#: Between a training cue and the place a mission is run from: maybe the part of the country it covers.
_TRAINED_FROM: Final = re.compile(
    r"(?:\s+in\s+the\s+(?:north|south|east|west|centre|center|[a-z]+ern)(?:-?[a-z]+)?)?\s+from\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def flown_from(text: str, place: Resolved, cue: Cue, event_type: str) -> bool:
    """Whether ``place`` is where the presence (``event_type``) its cue tells is flown from ("jets took off
    from X", "drones operating from X"): the cue governs it with "from"; or where a training mission is
    run from ("the training mission in the north from X")."""
    start = place.toponym.start
    if event_type not in {"presence", "training"} or cue.end > start or start - cue.end > 60:
        return False
    between = text[cue.end : start]
    if event_type == "training":  # "the training mission (in the north) from X": run from there (ment33)
        return _TRAINED_FROM.fullmatch(between) is not None
    ends_from = text[cue.start : cue.end].lower().endswith("from")
    return _FROM_OBJECT.fullmatch(between) is not None and (ends_from or "from" in between.lower().split())


def aimed(cues: list[Cue], text: str, place: Resolved) -> list[Cue]:
    """The cues of a place's clause that may type it: a cue ending in a preposition ("present in",
    "based at") whose object is not the place ("the forces present in the country", the place named
    elsewhere in the clause, or after another cue: "took off from X and struck Y") names where something
    else is, and is left out, unless no cue would remain. A cue of movement ending in "to"/"into" right
    before the place, or followed by it (an article between at most), is the only one: the place is where
    the forces go, what else the clause tells ("end its mission in X and move its forces to Y") (art35c)."""
    start = place.toponym.start
    kept = [
        c
        for c in cues
        if _PREPOSITION_END.search(text, c.start, c.end) is None
        or (
            c.end <= start
            and _OBJECT_GAP.fullmatch(text, c.end, start) is not None
            # "took off from X and struck Y": another cue between, one that tells an event (not a noun of
            # a thing: "drones at an army base near Y"), governs Y (places28)
            and not any(c.end <= other.start < start and other.frame for other in cues)
        )
    ]
    goal = [
        c
        for c in kept
        if c.event_type == "deployment"
        and c.end <= start
        and (
            (_GOAL_END.search(text, c.start, c.end) and _ARTICLE_GAP.fullmatch(text, c.end, start))
            or _TO_GAP.fullmatch(text, c.end, start) is not None  # "redeployed to X"
        )
    ]
    return goal or kept or cues  # "end its mission in X and move its forces to Y": Y is where they go


#: The end of a cue of movement whose goal is the place right after it ("move its forces to", "moved into").
_GOAL_END: Final = re.compile(r"\s(?:in)?to\Z", re.IGNORECASE)
#: Between such a cue and its goal: at most an article (art35c).
_ARTICLE_GAP: Final = re.compile(r"\s+(?:the\s+)?")
#: Or right after the cue: "to"/"into" and at most an article before the place ("redeployed to X").
_TO_GAP: Final = re.compile(r"\s+(?:in)?to\s+(?:the\s+)?", re.IGNORECASE)


#: What may stand between a cue and the place it governs: prepositions and articles ("arrived in the").
_GOVERNED_GAP: Final = re.compile(r"(?:\s+(?:in|at|on|to|into|from|near|of|off|the|a|an))*\s+", re.IGNORECASE)


#: After a political verb cue: up to six words and "that", opening the clause of what is agreed or said.
_THAT_CLAUSE: Final = re.compile(r"\s+(?:[\w,'’-]+\s+){0,6}?that\b", re.IGNORECASE)


def governed_cue(doc: Document, number: int, cues: Sequence[Cue], place: Resolved, best: Cue) -> Cue:
    """The cue that tells the event at ``place`` among its clause's ``cues``: ``best``
    (:func:`best_cue`), unless a cue of another kind stands right before the place with only prepositions
    and articles between, as a verb or noun governs its object, and a time of its own is attached to it
    ("troops arrived in X in 2014 and left Y on Friday": an arrival at X in 2014, though leaving is the
    higher tier); so does one of the same kind when ``best`` has a time of its own too (two dated events:
    "militants who took X in 2014 attacked Y on Monday"). A state right before the place ("troops
    deployed in X", "headquarters in X") says who is there, not what happened, and governs nothing. A
    political verb cue between the place and ``best`` that opens a "that" clause holding ``best`` is the
    place's ("X agreed that troops would leave Y": X takes the agreement, Y the withdrawal)."""
    start, text = place.toponym.start, doc.text
    if best.start >= place.toponym.end:  # "X and Y agreed that troops would leave Z": X and Y agree (cap32)
        for cue in cues:
            said = _THAT_CLAUSE.match(text, cue.end) if cue.event_type == "political" else None
            if said is not None and place.toponym.end <= cue.start and said.end() <= best.start:
                return cue
    for cue in cues:
        if _decided_at(text, cue, place, best):  # "agreed in X on the withdrawal from Y": X agreed
            return cue
        if cue.frame and cue.end <= start and _GOVERNED_GAP.fullmatch(text, cue.end, start):
            if (
                cue is not best
                and cue.event_type != "presence"
                and attached_date(doc, number, cue)
                and (family(cue.event_type) != family(best.event_type) or attached_date(doc, number, best))
            ):
                return cue
            break
    return best


#: Types of forces' movement or posture that a decision may be about.
_DECIDED: Final = frozenset({"withdrawal", "deployment", "presence", "training"})


def _decided_at(text: str, cue: Cue, place: Resolved, best: Cue) -> bool:
    """Whether ``place`` is where the political act of ``cue`` is done: the venue of a decision
    (:func:`geo.events.venues.at_venue`: "agreed in X on the withdrawal of troops from Y", "voted
    unanimously in X to extend the deployment"), the movement it is about (``best``) told after the place.
    The phrase attaches to the verb before it (English grammar), so X takes the decision and the movement
    keeps its own places. :func:`geo.events.venues.decided_at` reads the same venue after the fact (a
    movement event already built there) and retypes it; this rule picks the cue for the place."""
    return (
        cue.event_type == "political"
        and cue.end <= place.toponym.start
        and best.start >= place.toponym.end
        and best.event_type in _DECIDED
        and at_venue(text, place.toponym.start)
    )


def more_events(
    doc: Document,
    number: int,
    typed: Sequence[tuple[Resolved, Cue]],
    cues: Sequence[Cue],
    cue_clause: Sequence[int],
    clause_of: Mapping[int, int],
    physical: Collection[str],
) -> list[tuple[Resolved, Cue, str, str | None]]:
    """The other events the clause of each place tells of it, each with a time of its own: "X was attacked
    by rebels in 2012 and bombed by jets last year" is two events of X (``typed``: each place typed by a
    cue of its own clause, with that cue; ``clause_of``: the clause of each place by its start). Only
    when the place's cue has a time of its own too, and not a cue followed by another place of the
    sentence before the next cue ("... and left Y on Friday": Y's). Each as (place, cue, type, sub type)."""
    starts = sorted(clause_of)
    out = []
    for place, chosen in typed:
        if not attached_date(doc, number, chosen):
            continue
        own = [
            c for c, where in zip(cues, cue_clause, strict=True) if where == clause_of[place.toponym.start]
        ]
        for cue in own:
            if cue is chosen or not cue.frame or not attached_date(doc, number, cue):
                continue
            after = [c.start for c in own if c.start > cue.start]
            limit = after[0] if after else doc.sentences[number].end
            if any(cue.end <= start < limit for start in starts):
                continue
            kind, sub = refine(sharpen(cue, cues), doc.words(number))
            if kind in physical and kind != "mention":
                out.append((place, cue, kind, sub))
    return out


def attached_date(doc: Document, number: int, cue: Cue) -> bool:
    """Whether a time expression of the cue's clause belongs to the cue: after it with no other cue of
    the sentence in between ("were killed in air strikes on Sunday"), or right before it ("a 2016
    bombing"); not one of another verb ("the operation started in March after attacks"), nor a
    fronted adverbial ("On Sunday, three were killed in the attack": often the event just told, retold
    with its toll)."""
    text, clauses = doc.text, doc.clauses
    clause = bisect.bisect_right(clauses, cue.start)
    starts = sorted({c.start for c in doc.cues[number]})
    for date in told(doc, number):
        if date_clause(text, clauses, date) != clause:
            continue
        if date.start >= cue.end:
            if not any(cue.start < start < date.start for start in starts):
                return True
        elif not text[date.end : cue.start].strip():
            return True
    return False


def inherited(doc: Document, number: int, place: Resolved) -> tuple[Cue, str, str | None] | None:
    """The cue, type and sub type a site takes from the sentence right before it in its paragraph when
    that sentence tells of presence or deployment ("Troops are stationed in X. Camp Y hosts 200 of
    them."); None for other places or sentences."""
    if place.candidate.feature_class not in _SITES or number == 0:
        return None
    if doc.sentences[number - 1].paragraph != doc.sentences[number].paragraph:
        return None
    cues = [c for c in doc.cues[number - 1] if c.event_type in {"presence", "deployment"} and c.frame]
    if not cues:
        return None
    event_type, sub = refine(cues[-1], doc.words(number - 1))
    return cues[-1], event_type, sub
