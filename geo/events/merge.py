"""Merging the tags of one event told twice, and the ``mention`` tags of places where nothing happens."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Final

from geo.events.document import Document, unique
from geo.events.notes import describe_event, described, retyped
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = [
    "GENERIC_ATTACK",
    "MOVEMENTS",
    "OCCURRENCES",
    "absorb",
    "agree",
    "date_by_naming",
    "dated_like",
    "fold_generic_attacks",
    "fold_into",
    "fold_undated_restatements",
    "fold_undated_strikes",
    "long_before",
    "mention_tags",
    "merge_tags",
    "overlap",
]

# Event types of one occurrence (not a state that holds for a while): told again without a date at the
# same place, they are the occurrence the article dates elsewhere (a headline, a summary sentence).
OCCURRENCES = frozenset({"strike", "rocket_attack", "attack", "abduction", "protest"})
# Movements of forces happen once too ("the last soldiers left on Friday"; "the base was handed over"): told
# again without a date at the same place, they are the movement the article dates.
MOVEMENTS = frozenset({"deployment", "withdrawal"})

# Sub types of an ``attack`` that say nothing about how it was carried out: such an attack at the place and
# on the date of a ``strike`` is that strike told again in general words ("the attack hit the market").
GENERIC_ATTACK = frozenset({None, "explosion"})

# Date sources of a tag whose own sentence tells no date: taken from the publication day or a neighbour.
_UNDATED = frozenset({"publication", "neighbour"})

# Days after which a dated event is background to a restatement dated later (a year: the news of a story
# is of this year, "in 1989" or "in 2014" is history it recalls).
_STALE_DAYS = 366

# How a date was found, the surest first (:meth:`geo.events.document.Document.date`).
_SOURCE_RANK = ("sentence", "neighbour", "publication", "none")


def merge_tags(tags: list[EventTag]) -> list[EventTag]:
    """Merge tags of the same place, type, sub type and date (the same event reported twice), unless they
    state different numbers of troops or dead (two contingents, two attacks)."""
    out: list[EventTag] = []
    index: dict[tuple[str, str, str | None, str | None], list[int]] = {}
    for tag in tags:
        key = (tag.place.candidate.id, tag.event_type, tag.sub_event_type, tag.date)
        same = next((i for i in index.get(key, ()) if agree(out[i], tag)), None)
        if same is None:
            index.setdefault(key, []).append(len(out))
            out.append(tag)
            continue
        first = out[same]
        out[same] = absorb(first, tag, actors=unique([*first.actors, *tag.actors]))
    return out


def fold_generic_attacks(tags: list[EventTag]) -> list[EventTag]:
    """Fold an ``attack`` of no specific sub type into a ``strike`` of a known kind (air, drone, missile...),
    or told in the same sentence, at the same place and date; into a ``rocket_attack`` too ("rockets hit
    X ... the second attack on X in two months": the rockets told in general words).

    An air or drone strike is a kind of attack (ACLED files both under political violence, the strike
    as remote violence), and news tells one strike again in general words: "drones struck X ... the
    attack killed five". The attack is kept as an event of its own when the two state different
    numbers of troops or dead, or when it names an actor the strike does not (another side's attack) and
    is told in another sentence (in the strike's own sentence, "12 were killed when jets struck X", an
    actor it has was lent by another sentence); a strike that names no actor takes the attack's. A strike
    of no known kind ("raids struck X") takes only an attack of its own sentence. A "bombing" of no means
    (no air words) that takes a bomb told as exploding there is that bomb: an attack (sub type bombing).
    """
    strikes: dict[tuple[str, str | None], list[int]] = {}
    for i, tag in enumerate(tags):
        if tag.event_type in {"strike", "rocket_attack"}:
            strikes.setdefault((tag.place.candidate.id, tag.date), []).append(i)
    if not strikes:
        return tags
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type != "attack" or tag.sub_event_type not in GENERIC_ATTACK:
            continue
        target = next(
            (
                j
                for j in strikes.get((tag.place.candidate.id, tag.date), ())
                if agree(out[j], tag)
                and (out[j].sub_event_type is not None or out[j].sentence == tag.sentence)
                and (
                    not out[j].actors
                    or set(tag.actors) <= set(out[j].actors)
                    or out[j].sentence == tag.sentence
                )
            ),
            None,
        )
        if target is None:
            continue
        out[target] = absorb(out[target], tag, actors=out[target].actors or tag.actors)
        if out[target].sub_event_type == "bombing" and tag.sub_event_type == "explosion":
            # "a bombing" of no means (no air words) is the bomb told as exploding there: a planted bomb
            out[target] = retyped(out[target], "attack", "bombing")
        dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def fold_undated_strikes(tags: list[EventTag]) -> list[EventTag]:
    """Fold a strike of a known kind that its own sentence does not date into an ``attack`` of no specific
    sub type that its sentence dates at the same place: one strike, told first in general words with its
    day ("killed a commander in X on Wednesday") and then with its means ("in a precise air strike on
    X"). The strike keeps its kind and takes the attack's date; not when the two state different numbers
    or the attack names an actor the strike does not."""
    attacks: dict[str, list[int]] = {}
    for i, tag in enumerate(tags):
        generic = tag.event_type == "attack" and tag.sub_event_type in GENERIC_ATTACK
        if generic and tag.date_source == "sentence":
            attacks.setdefault(tag.place.candidate.id, []).append(i)
    if not attacks:
        return tags
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type != "strike" or tag.sub_event_type is None or tag.date_source == "sentence":
            continue
        target = next(
            (
                j
                for j in attacks.get(tag.place.candidate.id, ())
                if j not in dropped and agree(out[j], tag) and set(out[j].actors) <= set(tag.actors)
            ),
            None,
        )
        if target is None:
            continue
        attack = out[target]
        out[i] = absorb(dated_like(tag, attack), attack, actors=tag.actors or attack.actors)
        dropped.add(target)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def fold_undated_restatements(tags: list[EventTag]) -> list[EventTag]:
    """Fold a violent event, protest, deployment or withdrawal dated only by the publication date or a
    neighbouring sentence into the event of the same place and type that its own sentence dates (the
    first such in the text).

    A headline ("Gunmen kidnap six in X") or a summary sentence tells in the present the event that the
    story dates ("on Friday"); taking the publication date it would be a second event on another day.
    A movement of forces told again ("the last soldiers left X on Friday ... X had been handed over")
    is likewise the dated one. So is one that only a neighbouring sentence dates, on days that overlap the
    dated event's ("the attacks went on": the story's event told again). Not when the two state
    different numbers of troops or dead, nor when the dated event ended over a year before the undated
    one's day (:func:`long_before`: "in 1989 the Soviets withdrew" is background; the story's own
    "troops have left X" is news of now). Then :func:`fold_undated_strikes`.
    """
    dated: dict[tuple[str, str], list[int]] = {}
    for i, tag in enumerate(tags):
        if tag.event_type in OCCURRENCES | MOVEMENTS and tag.date_source == "sentence":
            dated.setdefault((tag.place.candidate.id, tag.event_type), []).append(i)
    if not dated:
        return fold_undated_strikes(tags)
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if tag.event_type not in OCCURRENCES | MOVEMENTS or tag.date_source not in _UNDATED:
            continue
        key = (tag.place.candidate.id, tag.event_type)
        target = next(
            (
                j
                for j in dated.get(key, ())
                if j not in dropped
                and agree(out[j], tag)
                and (tag.date_source == "publication" or overlap(out[j], tag))
                and not long_before(out[j], tag)
            ),
            None,
        )
        if target is None:
            continue
        out[target] = absorb(out[target], tag, actors=unique([*out[target].actors, *tag.actors]))
        dropped.add(i)
    return fold_undated_strikes([tag for i, tag in enumerate(out) if i not in dropped])


def fold_into(
    tags: list[EventTag],
    *,
    folds: Callable[[EventTag], bool],
    into: Callable[[EventTag, EventTag], bool],
) -> list[EventTag]:
    """Fold each tag that ``folds`` into the first other tag ``into(other, tag)`` accepts (a later telling
    of one event: its mentions, numbers, mission and actors join the kept one, :func:`absorb`); a tag
    folded away takes no other in."""
    out = list(tags)
    dropped: set[int] = set()
    for i, tag in enumerate(tags):
        if not folds(tag):
            continue
        target = next(
            (j for j, other in enumerate(out) if j != i and j not in dropped and into(other, tag)), None
        )
        if target is not None:
            out[target] = absorb(out[target], tag, actors=unique([*out[target].actors, *tag.actors]))
            dropped.add(i)
    return [tag for i, tag in enumerate(out) if i not in dropped]


def absorb(first: EventTag, other: EventTag, *, actors: tuple[str, ...]) -> EventTag:
    """``first`` with the mentions, numbers and mission of ``other`` (one event told twice); a date that
    one of them read in its own sentence stays so read (a headline dated by the publication day and the
    lead that names that day are one event dated by the text)."""
    mission = first.mission or other.mission
    source = min(first.date_source, other.date_source, key=_SOURCE_RANK.index)
    if first.date != other.date:
        source = first.date_source
    troops = first.troops if first.troops is not None else other.troops
    fatalities = first.fatalities if first.fatalities is not None else other.fatalities
    return described(
        replace(
            first,
            mission=mission,
            actors=actors,
            troops=troops,
            fatalities=fatalities,
            confidence=max(first.confidence, other.confidence),
            date_source=source,
            mentions=(*first.mentions, *other.mentions),
        )
    )


def overlap(first: EventTag, other: EventTag) -> bool:
    """Whether the days of two tags overlap."""
    if None in (first.date_start, first.date_end, other.date_start, other.date_end):
        return False
    return str(first.date_start) <= str(other.date_end) and str(other.date_start) <= str(first.date_end)


def long_before(first: EventTag, other: EventTag) -> bool:
    """Whether ``first`` ended over a year (:data:`_STALE_DAYS`) before ``other`` began."""
    if first.date_end is None or other.date_start is None:
        return False
    end, start = datetime.date.fromisoformat(first.date_end), datetime.date.fromisoformat(other.date_start)
    return (start - end).days > _STALE_DAYS


def agree(first: EventTag, other: EventTag) -> bool:
    """Whether two tags state no different numbers of troops or of dead."""
    return all(
        a is None or b is None or a == b
        for a, b in ((first.troops, other.troops), (first.fatalities, other.fatalities))
    )


def mention_tags(doc: Document, spots: Sequence[Resolved], events: Sequence[EventTag]) -> list[EventTag]:
    """One ``mention`` tag per place that takes part in no event, with all its mentions."""
    busy = {tag.place.candidate.id for tag in events}
    grouped: dict[str, list[Resolved]] = {}
    for place in spots:
        if place.candidate.id not in busy:
            grouped.setdefault(place.candidate.id, []).append(place)
    publication = doc.publication()
    date = date_start = date_end = precision = None
    source = "none"
    if publication is not None:
        date, date_start, date_end = publication.edtf, publication.date_start, publication.date_end
        precision, source = publication.precision, "publication"
    text, sentences = doc.text, doc.sentences
    out = []
    for members in grouped.values():
        first = members[0]
        start, end = first.toponym.start, first.toponym.end
        sentence = sentences[doc.index(start)]
        score = max([p.score for p in members])
        tag = EventTag(
            place=first,
            name=text[start:end],
            event_type="mention",
            sub_event_type=None,
            mission=None,
            actors=(),
            troops=None,
            fatalities=None,
            date=date,
            date_start=date_start,
            date_end=date_end,
            time_precision=precision,
            date_source=source,
            confidence=round(0.8 * min(1.0, max(0.0, score)), 3),
            mentions=tuple([(p.toponym.start, p.toponym.end) for p in members]),
            sentence=(sentence.start, sentence.end),
            notes=describe_event(first.candidate.name, "mention", None),
        )
        out.append(tag)
    return out


def dated_like(tag: EventTag, source: EventTag) -> EventTag:
    """``tag`` with the date of ``source``: its EDTF date, bounds, precision and where it was read."""
    return replace(
        tag,
        date=source.date,
        date_start=source.date_start,
        date_end=source.date_end,
        time_precision=source.time_precision,
        date_source=source.date_source,
    )


#: What opens a sentence that sets its event apart from those told before ("Separately, ...", "In a
#: separate incident, ...", "In another attack, ...", "Elsewhere, ..."): its event restates none.
_SEPARATE: Final = re.compile(
    r"\s*(?:Separately|Elsewhere|In\s+(?:a\s+separate|another)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:incident|attack|development))\b"
)


def set_apart(text: str, tag: EventTag) -> bool:
    """Whether the sentence of ``tag`` in ``text`` opens by setting its event apart from those told before
    ("Separately, the group said it shot down a drone over X"): another event, which restates none."""
    return bool(text) and _SEPARATE.match(text, tag.sentence[0]) is not None


def date_by_naming(tags: list[EventTag], text: str) -> list[EventTag]:
    """Date an occurrence or movement that only the publication day dates by the first later sentence
    that dates an event of the same type and names its place too, at another place ("Troops pull out of
    the base at X" over "the last troops at the base near X left the country on Monday": the headline's
    withdrawal is that Monday's, told at X). Not when the two state different numbers of troops or dead,
    nor when the dated event ended over a year before the publication day (:func:`long_before`)."""
    out = list(tags)
    for i, tag in enumerate(tags):
        if tag.event_type not in OCCURRENCES | MOVEMENTS or tag.date_source != "publication":
            continue
        named = re.compile(rf"(?<!\w){re.escape(tag.name)}(?!\w)")
        source = next(
            (
                other
                for other in tags
                if other.event_type == tag.event_type
                and other.date_source == "sentence"
                and other.place.candidate.id != tag.place.candidate.id
                and other.sentence[0] > tag.sentence[1] - 1
                and named.search(text, other.sentence[0], other.sentence[1]) is not None
                and agree(other, tag)
                and not long_before(other, tag)
            ),
            None,
        )
        if source is not None:
            out[i] = dated_like(tag, source)
    return out
