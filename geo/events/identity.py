"""Which event tags of one article tell the same event: a coarser place restating a finer one, and one
toll told twice.

An article tells its main event more than once: the headline names the province or the country ("Four
killed in drone strike in X province"), the lead names the town; a reporting sentence ("the army said on
Thursday that four were killed in shelling of X") and the account of the shelling ("shelling on
Wednesday night killed four in X") give the same toll; an undated headline gives the toll of the
event the story places at a village near the town it names. Each telling would otherwise be an event of
its own. The checks here are structural: places that hold one another (gazetteer admin codes, countries),
days that lie inside one another, and the same number of dead stated in two sentences.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

from geo.events.merge import absorb, agree, fold_into, overlap, set_apart
from geo.events.notes import retyped
from geo.events.regions import family, within
from geo.events.tag import EventTag

__all__ = [
    "fold_contained",
    "fold_indefinite_sites",
    "fold_inspections",
    "fold_riots",
    "fold_same_toll",
    "fold_site_kinds",
    "fold_trained",
]

#: Event types of one occurrence whose telling at a coarser place restates a finer one.
_RESTATED: Final = frozenset({"strike", "rocket_attack", "attack", "abduction", "protest"})
#: Classes of places that hold others (a restatement's coarser place).
_COARSE: Final = frozenset({"country", "admin_region"})
#: Sub types of an ``attack`` that say nothing of how it was carried out.
_GENERIC: Final = frozenset({None, "explosion"})
#: Most days a toll's second telling may lie after the first (the day it was reported).
_REPORT_LAG: Final = 1
#: How a date was found, the surest first (:meth:`geo.events.document.Document.date`).
_SOURCE_RANK: Final = ("sentence", "neighbour", "publication", "none")


def _holds(outer: EventTag, inner: EventTag) -> bool:
    """Whether ``outer``'s place is a country or a region that holds ``inner``'s place."""
    big, small = outer.place.candidate, inner.place.candidate
    if big.id == small.id:
        return False
    if big.feature_class == "country":
        return small.feature_class != "country" and small.country is not None and small.country == big.country
    return within(inner.place, outer.place)


def _inside(inner: EventTag, outer: EventTag) -> bool:
    """Whether ``inner``'s days lie inside ``outer``'s (a restatement is no wider than its event)."""
    if None in (inner.date_start, inner.date_end, outer.date_start, outer.date_end):
        return False
    return str(outer.date_start) <= str(inner.date_start) and str(inner.date_end) <= str(outer.date_end)


def fold_contained(tags: list[EventTag], *, text: str = "") -> list[EventTag]:
    """Fold a violent event or protest at a country or region into the one event of the same kind at a
    place it holds, told in another sentence, whose days hold its days: "drone strike kills four in X
    province" in the headline is the strike the lead places in a district of X.

    Same kind: the same type, or a generic attack at the coarser place and any violent event at the finer
    one. Not when the coarser place holds several such events (it then sums them up: "drones hit three
    districts of X"), nor when the two state different numbers, nor when the coarser event spans more
    days than the finer (a campaign across a country since some date is not one attack on a base).
    Movements of forces are left alone: "troops deploy to X province" sums up the towns the story
    names. Nor an event whose sentence of ``text`` opens by setting it apart ("Separately, ...")."""
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type not in _RESTATED or tag.place.candidate.feature_class not in _COARSE:
            continue
        if set_apart(text, tag):
            continue
        finer = [
            j
            for j, other in enumerate(out)
            if j != i
            and j not in dropped
            and _kind(tag, other)
            and _holds(tag, other)
            and overlap(tag, other)
        ]
        if len(finer) != 1:
            continue
        target = finer[0]
        other = out[target]
        if other.sentence != tag.sentence and _inside(tag, other) and agree(other, tag):
            out[target] = absorb(other, tag, actors=_united(other, tag))
            dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def _kind(coarse: EventTag, finer: EventTag) -> bool:
    """Whether ``finer`` may be the event ``coarse`` restates: the same type, or ``coarse`` a generic
    attack and ``finer`` violent."""
    if coarse.event_type == finer.event_type:
        return True
    generic = coarse.event_type == "attack" and coarse.sub_event_type in _GENERIC
    return generic and family(finer.event_type) == "violent"


def fold_same_toll(tags: list[EventTag]) -> list[EventTag]:
    """Fold two violent events at one place told in two sentences with the same number of dead, on days
    that overlap or where the telling told first is dated at most a day later (the day it was reported):
    one event told twice ("the army said on Thursday that four were killed in shelling of X" and
    "shelling of X on Wednesday night killed four"). So are an undated headline's event and one its
    sentence dates at another place of the same country, on overlapping days (:func:`_headline_toll`).

    The telling kept is the one whose own sentence dates it, else the earlier; it takes the other's type
    when it is a generic attack and the other a strike ("the US hit back, killing four in X" and "the
    strikes in X")."""
    out = list(tags)
    dropped: set[int] = set()
    for i in range(len(out)):
        if family(out[i].event_type) != "violent" or not out[i].fatalities:
            continue
        for j in range(i + 1, len(out)):
            if j in dropped or not _same_toll(out[i], out[j]):
                continue
            keep, drop = (i, j) if _before(out[i], out[j]) else (j, i)
            out[keep] = _typed(absorb(out[keep], out[drop], actors=_united(out[keep], out[drop])), out[drop])
            dropped.add(drop)
            if drop == i:
                break
    return [tag for i, tag in enumerate(out) if i not in dropped]


def _same_toll(one: EventTag, other: EventTag) -> bool:
    """Whether two tags of two sentences tell one violent event at one place with the same toll (see
    :func:`fold_same_toll`)."""
    return (
        one.sentence != other.sentence
        and (
            one.place.candidate.id == other.place.candidate.id
            or _headline_toll(one, other)
            or _headline_toll(other, one)
        )
        and family(other.event_type) == "violent"
        and one.fatalities == other.fatalities
        and agree(one, other)
        and (overlap(one, other) or _lag(one, other) or _lag(other, one))
    )


def _headline_toll(one: EventTag, other: EventTag) -> bool:
    """Whether ``one`` is told in the headline (the text's first sentence) without a date of its own and
    ``other``, in the same country, is dated by its own sentence: the headline names the story's event
    by a better-known place ("19 killed in attack near X" over "the attack on a village near Y")."""
    return (
        one.sentence[0] == 0
        and one.date_source != "sentence"
        and other.date_source == "sentence"
        and one.place.candidate.country is not None
        and one.place.candidate.country == other.place.candidate.country
        and overlap(one, other)
    )


def _lag(first: EventTag, later: EventTag) -> bool:
    """Whether ``later`` starts at most :data:`_REPORT_LAG` days after ``first`` ends and is told before it
    (the report first, then the account of the day: a story told forward in time tells another event)."""
    if first.date_end is None or later.date_start is None or later.sentence >= first.sentence:
        return False
    days = (date.fromisoformat(str(later.date_start)) - date.fromisoformat(str(first.date_end))).days
    return 0 < days <= _REPORT_LAG


def _before(one: EventTag, other: EventTag) -> bool:
    """Whether ``one`` is the telling to keep: dated by its own sentence rather than by the publication
    day or a neighbour, else starting no later."""
    rank = _SOURCE_RANK.index(one.date_source), _SOURCE_RANK.index(other.date_source)
    if rank[0] != rank[1]:
        return rank[0] < rank[1]
    return str(one.date_start) <= str(other.date_start)


def _typed(kept: EventTag, other: EventTag) -> EventTag:
    """``kept`` with ``other``'s type when ``kept`` is a generic attack and ``other`` a strike."""
    if kept.event_type != "attack" or kept.sub_event_type not in _GENERIC or other.event_type != "strike":
        return kept
    return retyped(kept, other.event_type, other.sub_event_type)


def _united(first: EventTag, other: EventTag) -> tuple[str, ...]:
    """The actors of two tellings of one event, each once, in order."""
    return tuple(dict.fromkeys([*first.actors, *other.actors]))


def fold_riots(tags: list[EventTag]) -> list[EventTag]:
    """Fold an attack of no specific sub type into a protest told in the same sentence at the same place
    and date: "clashes broke out" as troops dispersed demonstrators is the demonstration turned violent,
    one event (ACLED files it as a riot, a violent demonstration), not an attack beside it. Not an attack
    that kills ("killing eight residents, prompting protests": two events), nor when the two state
    different numbers."""
    protests = {
        (tag.place.candidate.id, tag.date, tag.sentence): i
        for i, tag in enumerate(tags)
        if tag.event_type == "protest"
    }
    if not protests:
        return tags
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type != "attack" or tag.sub_event_type not in _GENERIC or tag.fatalities:
            continue  # a killing is an event of its own ("killing eight residents, prompting protests")
        j = protests.get((tag.place.candidate.id, tag.date, tag.sentence))
        if j is None or not agree(out[j], tag):
            continue
        out[j] = absorb(out[j], tag, actors=_united(out[j], tag))
        dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def fold_inspections(tags: list[EventTag]) -> list[EventTag]:
    """Fold an inspection (a ``presence`` of sub type ``inspection``) into the presence of the same place
    whose longer span holds its days: a boarding "in the X Sea" during the months a mission has patrolled
    the X Sea is part of that presence there (the news_events convention types both as presence). Not
    when the two state different numbers."""
    return fold_into(
        tags,
        folds=lambda tag: tag.event_type == "presence" and tag.sub_event_type == "inspection",
        into=lambda other, tag: (
            other.event_type == "presence"
            and other.sub_event_type != "inspection"
            and other.place.candidate.id == tag.place.candidate.id
            and other.date != tag.date
            and _inside(tag, other)
            and agree(other, tag)
        ),
    )


def fold_trained(tags: list[EventTag]) -> list[EventTag]:
    """Fold a ``presence`` of no sub type into the ``training`` of the same place, date and sentence: forces
    at a place who train or advise there are one event (the news_events convention types an advisory
    mission as training, its presence an alternative: "the garrison at X, where troops train a local
    force"). Not when the two state different numbers."""
    return fold_into(
        tags,
        folds=lambda tag: tag.event_type == "presence" and tag.sub_event_type is None,
        into=lambda other, tag: (
            other.event_type == "training"
            and other.place.candidate.id == tag.place.candidate.id
            and other.date == tag.date
            and other.sentence == tag.sentence
            and agree(other, tag)
        ),
    )


def fold_site_kinds(tags: list[EventTag]) -> list[EventTag]:
    """:func:`fold_inspections`, then :func:`fold_trained`: kinds of being at a place told twice."""
    return fold_trained(fold_inspections(tags))


#: Right before a place: an indefinite determiner ("a X village", "another X town"): the name then only
#: says where an unnamed settlement lies (general English: a proper name modifying a common noun).
_INDEFINITE: Final = re.compile(r"\b(?i:a|an|another)\s+$")
#: Settlement nouns that a recognised name may end with ("X Village").
_SETTLEMENTS: Final = frozenset({"village", "town", "city", "hamlet", "settlement", "locality"})


def fold_indefinite_sites(tags: list[EventTag], text: str) -> list[EventTag]:
    """Fold an event placed at "a X village" or "another X town" (an unnamed settlement that X only
    locates, yet placed at X) into the event of the same type at another place of the same country whose
    days overlap its days: the story names that settlement elsewhere. Not when the two state different
    numbers."""

    def indefinite(tag: EventTag) -> bool:
        toponym = tag.place.toponym
        words = toponym.surface.split()
        if tag.event_type == "mention" or len(words) < 2 or words[-1].casefold() not in _SETTLEMENTS:
            return False
        return _INDEFINITE.search(text, max(0, toponym.start - 12), toponym.start) is not None

    return fold_into(
        tags,
        folds=indefinite,
        into=lambda other, tag: (
            other.event_type == tag.event_type
            and other.place.candidate.id != tag.place.candidate.id
            and other.place.candidate.country == tag.place.candidate.country
            and overlap(tag, other)
            and agree(other, tag)
        ),
    )
