"""Gapped clauses: conjuncts that repeat the verb of the clause before them without saying it.

"Canada sent a battalion to X, Germany to Y and the US to Z": each "<actor> <preposition> <place>" after
the full clause is a clause of its own whose verb and object are left out (gapping, in English grammar);
its place takes the event the full clause tells at the place with a preposition of the same role. So do
the places of a clause that stands in for the verb ("and Germany did so in Y", "as did Germany in Y")
and of an absolute clause that repeats a state ("the others being in X and Y"). The actor of such a
conjunct is who acts, not where.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Final

from geo.events import actors as act
from geo.events.cues import Cue
from geo.lexicon import load
from geo.model.spans import Resolved
from geo.temporal import TemporalExpression

__all__ = ["Gapping", "gapped", "own_time"]

#: Prepositions of a place, by role: where something is, where it goes, where it leaves.
_ROLES: Final = {
    "in": "at",
    "at": "at",
    "inside": "at",
    "near": "at",
    "across": "at",
    "to": "to",
    "into": "to",
    "from": "from",
}
_PREPOSITION: Final = "|".join(_ROLES)
#: The preposition before a place: up to three words between ("to the northern town of X").
_BEFORE: Final = re.compile(
    rf"\b(?P<prep>{_PREPOSITION})\s+(?:the\s+)?(?:(?!(?:{_PREPOSITION})\b)[\w'’-]+\s+){{0,3}}?(?:of\s+)?\Z",
    re.IGNORECASE,
)
_UNITS: Final = "|".join(load("events_unit_nouns").column("pattern"))
#: Number words ("two", "ten"): a conjunct's subject may be a count in words ("and two in X").
_NUMBER_WORDS: Final = "|".join(re.escape(term) for term in load("events_count_words").class_terms("unit"))
#: Nouns that make "<noun> of X" locative ("in the skies of X", "in the outskirts of X").
_OF_NOUNS: Final = "|".join(re.escape(term) for term in load("events_context_words").class_terms("of_noun"))
#: After the place of the full clause: up to four words ("last year"), then what joins a conjunct (a comma,
#: "and"/"or", a semicolon; "as did", "and so did"; "with" opening an absolute clause), then the
#: conjunct's subject: an actor's name of up to three capitalised words after "the" ("the US", "the
#: French"), maybe with a number and a unit noun ("Germany 400 troops"), or a number (in figures or words)
#: with a unit noun, or "the others"/"the rest"; then the words that stand in for the verb ("did so", "did
#: the same") or "being", then the preposition and the place, maybe after a place noun with "of" ("20 drones
#: were downed in X, and two in the skies of Y").
_CONJUNCT: Final = re.compile(
    r"(?:['’]s\b)?(?:\s+[\w'’-]+){0,5}?"
    r"(?:\s*,\s*(?:(?:and|or|with)\s+)?|\s+(?:and|or)\s+|\s*;\s*(?:and\s+)?)"
    r"(?:(?:as|so)\s+(?:did|does|do|has|have|had|will|would)\s+)?"
    r"(?P<subject>(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}"
    rf"(?:\s+\d[\d,.]*)?(?:\s+(?:{_UNITS}))?"
    rf"|\d[\d,.]*(?:\s+(?:{_UNITS}))?"
    rf"|(?P<count>(?:{_NUMBER_WORDS}))(?:\s+(?:{_UNITS}))?"
    r"|(?P<rest>(?:the\s+)?(?:others|rest|remainder)))"
    r"(?P<stand>\s+(?:(?:did|does|do|has|have|had)\s+(?:done\s+)?|(?:will|would)\s+do\s+)"
    r"(?:so|the\s+same|likewise)(?:\s+too)?|\s+being(?:\s+(?:based|stationed|deployed))?)?"
    r"(?:\s+in\s+the\s+(?:far\s+)?(?:north|south|east|west|centre|center)[\w-]*)?"
    rf"\s+(?P<prep>{_PREPOSITION})\s+(?:the\s+)?(?:(?:{_OF_NOUNS})\s+of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)
#: A conjunct that repeats only a place and its own time after a place told with a time ("in X on Saturday
#: and Y on Sunday", "in X in 2019 and in Y in 2020"): the time after the place before, what joins, maybe
#: the preposition again.
_DATED: Final = re.compile(
    r"\s+(?:in|on|during|last|this|earlier|later)\b(?:\s+[\w'’-]+){0,2}?"
    r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)"
    rf"(?:(?P<prep>{_PREPOSITION})\s+)?(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: An absolute clause that repeats a state of the clause before it, right before a place ("..., the others
#: being in X"): the subject of up to three words, "being", maybe a participle of being placed.
_ABSOLUTE: Final = re.compile(
    r",\s*(?:[\w'’-]+\s+){1,3}?being\s+(?:(?:based|stationed|deployed)\s+)?(?:in|at)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: Between the place of a conjunct and a place listed after it ("in X and Y", "in X, Y and Z").
_ITEM: Final = re.compile(r"\s*(?:,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
#: What may follow the place of a conjunct before the next one or the end of the sentence: a time ("in
#: 2018", "on Monday", "last year").
_END: Final = re.compile(
    r"(?-i:(?:\s+[A-Z][\w'’-]*){0,3})(?P<time>\s+(?:in|on|by|since|during|last|this|next|earlier|later)\b(?:\s+[\w'’-]+){0,2}?)?"
    r"\s*(?:[,;.:)]|\s(?:and|or)\s|\Z)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Gapping:
    """The gapped conjuncts of one sentence.

    Attributes
    ----------
    sites
        By the start of each place of a conjunct, the start of the place of the full clause whose event
        it takes.
    subjects
        Starts of the places that are the subject (actor) of a conjunct ("Germany" in "Germany to Y").
    states
        By the start of the first place of an absolute clause ("the others being in X"), the start of the
        nearest place before it with a preposition: it takes that place's event if that is a state of
        forces (the caller decides).
    tails
        By the start of a conjunct's place followed by a phrase that may be its own time ("Germany to Y
        in 2018"), the end of that phrase.
    """

    sites: dict[int, int] = field(default_factory=dict)
    subjects: set[int] = field(default_factory=set)
    states: dict[int, int] = field(default_factory=dict)
    tails: dict[int, int] = field(default_factory=dict)


def gapped(text: str, group: Sequence[Resolved], actors: Sequence[act.Mention]) -> Gapping:
    """The gapped conjuncts of a sentence whose places are ``group`` (text order).

    Parameters
    ----------
    text
        The article text.
    group
        The places of the sentence, in text order.
    actors
        The actors named in the sentence (catalogue names, demonyms): who a conjunct's subject may be.

    Returns
    -------
    Gapping
        Each conjunct place with its full clause's place (same role of preposition), and the places that
        are subjects of conjuncts. A capitalised subject must be an actor named or a country other than
        that of the conjunct's place ("X, Hawija in Kirkuk" locates a town, it is no conjunct).
    """
    out = Gapping()
    actor_starts = {m.start for m in actors}
    by_start = {p.toponym.start: p for p in group}
    placed: list[Resolved] = []  # the places so far with a preposition before them
    for index, lead in enumerate(group):
        absolute = _ABSOLUTE.search(text, max(0, lead.toponym.start - 80), lead.toponym.start)
        if absolute is not None and placed and lead.toponym.start not in out.sites:
            out.states[lead.toponym.start] = placed[-1].toponym.start
        if lead.toponym.start in out.sites or lead.toponym.start in out.subjects:
            continue
        found = _BEFORE.search(text, max(0, lead.toponym.start - 60), lead.toponym.start)
        role = None  # a place without a preposition (an object: "shelled X on Monday and Y on Tuesday")
        if found is not None:
            placed.append(lead)
            role = _ROLES[found["prep"].lower()]
        previous, k = lead, index + 1
        while k < len(group):
            step = _conjunct(text, group, k, previous, role, by_start, actor_starts)
            if step is None:  # "the others being in X and Y": Y is listed after the conjunct's place
                if (
                    previous is lead
                    or _ITEM.fullmatch(text, previous.toponym.end, group[k].toponym.start) is None
                ):
                    break
                if _END.match(text, group[k].toponym.end) is None:
                    break
                step = (group[k], k + 1, -1)
            place, k, subject = step
            out.sites[place.toponym.start] = lead.toponym.start
            end = _END.match(text, place.toponym.end)
            if end is not None and end["time"]:
                out.tails[place.toponym.start] = end.end("time")
            if subject >= 0:
                out.subjects.add(subject)
            previous = place
    return out


def own_time(place: Resolved, cue: Cue, tails: dict[int, int], dates: Sequence[TemporalExpression]) -> Cue:
    """The cue of a gapped conjunct's place: its full clause's, moved to the place when one of the
    sentence's ``dates`` follows the place in its conjunct ("and Germany to Y in 2018": dated 2018)."""
    start, tail = place.toponym.start, tails.get(place.toponym.start)
    if tail is None or not any(start < d.start < tail for d in dates):
        return cue
    return replace(cue, start=start, end=place.toponym.end)


def _conjunct(
    text: str,
    group: Sequence[Resolved],
    k: int,
    previous: Resolved,
    role: str | None,
    by_start: dict[int, Resolved],
    actor_starts: set[int],
) -> tuple[Resolved, int, int] | None:
    """The place of the conjunct right after ``previous`` (``group[k]``, or ``group[k + 1]`` when
    ``group[k]`` is its subject), the index after it and its subject's start (-1: no place); None when no
    conjunct of the same role of preposition follows. After a place without a preposition (``role``
    None: the verb's object) only a place with its own time and no preposition is one ("shelled X on
    Monday and Y on Tuesday")."""
    dated = _DATED.fullmatch(text, previous.toponym.end, group[k].toponym.start)
    if dated is not None and (end := _END.match(text, group[k].toponym.end)) is not None and end["time"]:
        # without the preposition again, a country may be the subject ("in X in May and Spain in June")
        if dated["prep"] is None and group[k].candidate.feature_class == "country":
            return None
        if dated["prep"] is None or (role is not None and _ROLES[dated["prep"].lower()] == role):
            return group[k], k + 1, -1
    if role is None:
        return None
    for index in (k, k + 1)[: len(group) - k]:
        place = group[index]
        found = _CONJUNCT.fullmatch(text, previous.toponym.end, place.toponym.start)
        if found is None:
            continue
        if _ROLES[found["prep"].lower()] != role and not found["stand"]:
            return None
        if _END.match(text, place.toponym.end) is None:
            return None
        subject = _subject(found, by_start, actor_starts, place)
        return None if subject is None else (place, index + 1, subject)
    return None


def _subject(
    conjunct: re.Match[str], by_start: dict[int, Resolved], actor_starts: set[int], place: Resolved
) -> int | None:
    """The start of the place that is the subject of ``conjunct`` (-1 when the subject is no place), or
    None when the subject is no actor (then there is no conjunct)."""
    if conjunct["rest"] or conjunct["count"] or not conjunct["subject"][:1].isalpha():
        return -1  # "the others", "300 troops", "two"
    start = conjunct.start("subject")
    if conjunct["subject"].lower().startswith("the "):
        start += 4
        while conjunct.string[start].isspace():
            start += 1
    named = by_start.get(start)
    if named is not None:
        if named.candidate.feature_class != "country" or named.candidate.country == place.candidate.country:
            return None
        return start
    return -1 if start in actor_starts else None
