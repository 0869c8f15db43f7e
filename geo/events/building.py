"""The tag of one event: its date, actors, numbers, mission, confidence and notes, from the cue chosen for
its place (:mod:`geo.events.tagger` chooses; this module builds)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from geo.events import actors as act
from geo.events.amounts import event_fatalities, event_troops
from geo.events.bombers import by_bombers
from geo.events.cues import Cue, by_state
from geo.events.definite import told_strike
from geo.events.document import VIOLENT, Document
from geo.events.irregulars import by_group, entered_by_group
from geo.events.missions import event_mission
from geo.events.notes import describe_event
from geo.events.published import ANNIVERSARY, held_now
from geo.events.sequenced import side_words
from geo.events.tag import EventTag
from geo.model.spans import Resolved

__all__ = ["MENTION", "Choice", "about", "build_tag", "told_on"]

_TYPE_CONFIDENCE: Final = {"clause": 0.9, "sentence": 0.75, "enumerated": 0.75, "inherited": 0.5}
_DATE_CONFIDENCE: Final = {"sentence": 1.0, "neighbour": 0.85, "publication": 0.7, "none": 0.6}


@dataclass(slots=True)
class Choice:
    """The cue chosen for a place, the type and sub type it gives, and how it was found (``how``: clause,
    sentence, enumerated, inherited or none)."""

    cue: Cue | None
    event_type: str
    sub: str | None
    how: str


#: No event: the place is only mentioned.
MENTION: Final = Choice(None, "mention", None, "none")


def build_tag(
    doc: Document,
    number: int,
    members: list[Resolved],
    best: Resolved,
    choice: Choice,
    mentions: list[act.Mention],
    locative: set[int],
    *,
    frame: bool = False,
) -> EventTag:
    """The tag of one event; a ``frame`` (an event told in a clause without a place) reads its numbers
    from its own clause first."""
    sentence = doc.sentences[number]
    event_type = choice.event_type
    cue = choice.cue if choice.how != "inherited" else None
    date, date_source = doc.date(number, cue, best)
    held = event_type == "deployment" and cue is not None and held_now(doc.text, sentence.start, cue.start)
    if held and date_source == "neighbour":  # "has 900 troops deployed in X": held there as it is written
        date, date_source = doc.publication(), "publication"
    actors = doc.actors_for(number, cue, mentions, locative, best)
    sub = choice.sub
    if held:  # the force its subject holds there: a presence
        event_type, sub = "presence", None
    if actors and all(a in act.COUNTRY_ACTORS for a in actors):  # a state's attack from afar: a strike
        event_type, sub = by_state(event_type, sub, side_words(doc, number, cue))  # its own act's weapons
    if (kind := told_strike(doc, number, cue, event_type, sub)) is not None:  # "jets struck X. The raids..."
        event_type, sub = "strike", kind
    if cue is not None:  # "militants struck an army post": an armed group's ground attack
        states = [a for a in actors if a in act.COUNTRY_ACTORS]
        lead = doc.text[sentence.start : cue.start]
        event_type, sub = by_group(event_type, sub, doc.words(number), lead=lead, states=states)
        entered = doc.text[cue.start : cue.end]  # "rebels entered X": a capture
        event_type, sub = entered_by_group(event_type, sub, entered, lead=lead, states=states)
        event_type, sub = by_bombers(doc, number, cue, event_type, sub, actors)  # "rebels bombed X"
    actors = doc.complete_actors(number, event_type, sub, actors)
    troops = fatalities = None
    if event_type in {"deployment", "withdrawal", "training", "presence"} and sub != ANNIVERSARY:
        troops = event_troops(doc, number, best, cue=cue if frame else None)  # "turns six" counts years
    elif event_type in VIOLENT or event_type == "protest":
        fatalities = event_fatalities(doc, number, best, cue=cue if frame else None)
    confidence = _TYPE_CONFIDENCE[choice.how] * _DATE_CONFIDENCE[date_source] * min(1.0, max(0.0, best.score))
    mission = event_mission(doc, number, event_type, sub, date, best)
    return EventTag(
        place=best,
        name=doc.text[best.toponym.start : best.toponym.end],
        event_type=event_type,
        sub_event_type=sub,
        mission=mission,
        actors=actors,
        troops=troops,
        fatalities=fatalities,
        date=None if date is None else date.edtf,
        date_start=None if date is None else date.date_start,
        date_end=None if date is None else date.date_end,
        time_precision=None if date is None else date.precision,
        date_source=date_source,
        confidence=round(confidence, 3),
        mentions=tuple((p.toponym.start, p.toponym.end) for p in members),
        sentence=(sentence.start, sentence.end),
        notes=describe_event(
            best.candidate.name,
            event_type,
            sub,
            actors=actors,
            mission=mission,
            troops=troops,
            fatalities=fatalities,
            date_source=date_source,
        ),
    )


def about(group: Sequence[Resolved], choices: Mapping[int, Choice], choice: Choice) -> bool:
    """Whether a place other than a country takes the same political act ("Turkey and Russia agreed to
    turn Idlib into a zone": the act is about Idlib, the countries are its actors)."""
    return any(
        p.candidate.feature_class != "country" and choices[p.toponym.start].cue is choice.cue for p in group
    )


def told_on(doc: Document, number: int, place: Resolved, cue: Cue, kind: str, sub: str | None) -> EventTag:
    """The tag of an event told on at ``place`` in sentence ``number`` by a cue of the sentence itself."""
    return build_tag(doc, number, [place], place, Choice(cue, kind, sub, "sentence"), [], set())
