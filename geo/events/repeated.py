"""An event told on two coordinated days: two events of its place ("struck X on Monday and again on
Wednesday", "rockets hit X on 3 May and on 9 May"), or by two coordinated pronouns each with its own
time ("several strikes, one in early May that killed 12 and one in late May that killed 9").

The tagger dates an event by one time expression; two of them joined by "and" (or "and again", "and
also") in the event's sentence, the one the tag took and another, tell the same act done twice, and
the news_events convention counts two attacks at one place on different days as two events. Only
violent events and protests are repeated so (an act done on a day); a movement of forces over two days
("deployed on Monday and Tuesday") is one deployment.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Final

from geo.events.anchored import anchored_tags
from geo.events.document import Document
from geo.events.merge import MOVEMENTS, OCCURRENCES
from geo.events.notes import described, retyped
from geo.events.tag import EventTag, on_date
from geo.events.when import told
from geo.temporal import TemporalExpression

__all__ = ["anchored_tags", "pronoun_tags", "repeated_tags", "sequel_tags"]  # anchored: re-exported

#: Between two coordinated time expressions: "and", "and again", "and also", after an optional comma.
_AND: Final = re.compile(r"\s*,?\s*and\s+(?:again\s+|also\s+|then\s+)?")


#: An indefinite pronoun standing for one occurrence of the noun told before, with a preposition of time,
#: right before a time expression: "one in mid-January", "another on Monday" (English grammar).
_ONE: Final = re.compile(r"\b(?:one|another)\s+(?:in|on|during)\s+(?:the\s+)?\Z", re.IGNORECASE)

#: What opens the second of two such pronoun phrases: "and one in", ", and another on".
_AND_ONE: Final = re.compile(r",?\s*and\s+(?:one|another)\s+(?:in|on|during)\s+(?:the\s+)?\Z", re.IGNORECASE)

#: Between two coordinated time expressions of any precision: "and again" tells the act done a second
#: time ("invaded X in 1978 and again in 2006"), where a bare "and" of two years may be one span.
_AND_AGAIN: Final = re.compile(r"\s*,?\s*and\s+again\s+")

#: After an event's own time, what joins a second verb of the same subject: "and", "and then", "but".
_AND_THEN: Final = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+|soon\s+)?")

#: After an event's own time, a clause of time with its own act: "after the last flight left on Monday".
_AFTER: Final = re.compile(r"\s*,?\s*(?:after|before|since)\s+(?:[\w'-]+\s+){0,4}")

#: A preposition of time a time expression's span may open with.
_LEAD: Final = re.compile(r"(?:in|on|during)\s+(?:the\s+)?", re.IGNORECASE)

#: Before or at the start of a first time expression that opens a span with the second.
_SPAN: Final = re.compile(r"\b(?:[Bb]etween|[Ff]rom|[Oo]vernight)\b")


def repeated_tags(doc: Document, tags: Sequence[EventTag]) -> list[EventTag]:
    """The second event of each tag dated by one of two coordinated time expressions of its sentence.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The tags read so far.

    Returns
    -------
    list[EventTag]
        One new tag per coordinated other date, the same event on that date.
    """
    out: list[EventTag] = []
    text = doc.text
    for tag, number in _dated_in_sentence(doc, tags):
        for first, second in itertools.pairwise(told(doc, number)):
            if first.edtf == second.edtf:
                continue
            daily = first.precision == "day" and second.precision == "day"
            if (_AND if daily else _AND_AGAIN).fullmatch(text, first.end, second.start) is None:
                continue
            if _SPAN.search(text, max(0, first.start - 12), first.start + 8):
                continue  # "between Monday and Tuesday", "from 3 to 9 May": one span, not two days
            other = second if tag.date == first.edtf else first if tag.date == second.edtf else None
            if other is not None:
                out.append(_on(tag, other, None))
    return out


def pronoun_tags(doc: Document, tags: Sequence[EventTag], merged: Sequence[EventTag]) -> list[EventTag]:
    """The second event of each tag dated by one of two time expressions of coordinated pronouns
    ("several strikes, one in early May that killed 12 and one in late May that killed 9").

    The pronoun stands for the noun told before, so the new event takes the type of the event the tag
    became once merged (a generic "killed" folded into the strike it tells), and the toll of its own
    conjunct.

    Parameters
    ----------
    doc
        The prepared document.
    tags
        The tags read, before merging.
    merged
        The same tags merged and folded.

    Returns
    -------
    list[EventTag]
        One new tag per other pronoun's date.
    """
    out: list[EventTag] = []
    text = doc.text
    for tag, number in _dated_in_sentence(doc, tags):
        for first, second in itertools.pairwise(told(doc, number)):
            if first.edtf == second.edtf or not _pronouns(text, first, second):
                continue
            end = doc.sentences[number].end
            if any(first.start <= p.toponym.start < end for p in doc.places):
                continue  # "one in May that struck X and one in June that struck Y": each its own place
            if tag.date == first.edtf:  # the toll of the other conjunct: up to the sentence's end
                other, toll = second, _toll(doc, number, second.end, tag.sentence[1])
            elif tag.date == second.edtf:
                other, toll = first, _toll(doc, number, first.end, second.start)
            else:
                continue
            place = tag.place.candidate.id
            kinds = [m for m in merged if m.place.candidate.id == place and m.event_type in OCCURRENCES]
            into = next((m for m in kinds if m.date == tag.date), None)
            if into is None or any(m.date == other.edtf for m in kinds):
                continue  # told already on that time
            copy = replace(into, mentions=tag.mentions, sentence=tag.sentence)
            out.append(described(_on(copy, other, toll)))
    return out


def _dated_in_sentence(doc: Document, tags: Sequence[EventTag]) -> Iterator[tuple[EventTag, int]]:
    """The tags of occurrences dated by a time of their own sentence, each with that sentence's index."""
    for tag in tags:
        if tag.event_type in OCCURRENCES and tag.date_source == "sentence" and tag.date is not None:
            yield tag, doc.index(tag.sentence[0])


def _on(tag: EventTag, other: TemporalExpression, fatalities: int | None) -> EventTag:
    """``tag``'s event on the date of ``other``, with ``fatalities``."""
    return replace(on_date(tag, other), fatalities=fatalities)


def _pronouns(text: str, first: TemporalExpression, second: TemporalExpression) -> bool:
    """Whether ``first`` and ``second`` each follow "one"/"another" and a preposition of time, the
    second after "and" ("one in March that killed 5 and one in May")."""
    opened = _ONE.search(_before(text, first)) is not None
    return opened and _AND_ONE.search(_before(text, second)) is not None


def _before(text: str, date: TemporalExpression) -> str:
    """The text before ``date`` with the preposition its span opens with ("in mid-January")."""
    lead = _LEAD.match(date.surface)
    return text[max(0, date.start - 40) : date.start] + (lead.group(0) if lead else "")


def _toll(doc: Document, number: int, start: int, end: int) -> int | None:
    """The first death toll of sentence ``number`` between ``start`` and ``end``."""
    dead = [c for c in doc.counts[number] if c.kind == "fatalities" and start <= c.start < end]
    return dead[0].value if dead else None


def sequel_tags(doc: Document, tags: Sequence[EventTag]) -> list[EventTag]:
    """The second act of each tag whose own time is followed by "and" and a cue of another type, at the
    same place ("captured X in 2012 and pulled out days later"): the news_events convention counts each
    occurrence at a place, and the tagger gives a place one cue of its clause. The second act takes the
    time the sentence tells after its cue, else the first act's. Not when the sentence names another
    place after that cue (the second verb may be of that place).
    """
    out: list[EventTag] = []
    text = doc.text
    kinds = OCCURRENCES | MOVEMENTS
    for tag in tags:
        if tag.event_type not in kinds or tag.date_source != "sentence" or tag.date is None:
            continue
        number = doc.index(tag.sentence[0])
        times = told(doc, number)
        own = next((t for t in times if t.edtf == tag.date and t.start > tag.mentions[0][0]), None)
        if own is None:
            continue
        joined = _AND_THEN.match(text, own.end)
        clause = None if joined is not None else _AFTER.match(text, own.end)
        if joined is not None:
            cue = next((c for c in doc.cues[number] if c.start == joined.end()), None)
            if cue is None or cue.event_type == tag.event_type or cue.event_type not in kinds:
                continue
        elif clause is not None:  # its act must have a time of its own, not the first's
            cue = next((c for c in doc.cues[number] if own.end < c.start <= clause.end()), None)
            if cue is None or cue.event_type not in kinds:
                continue
            after = next((t for t in times if t.start > cue.end), None)
            if after is None or after.edtf == tag.date or after.start - cue.end > 12:
                continue
        else:
            continue
        if any(
            t.sentence == tag.sentence
            and t.place.candidate.id != tag.place.candidate.id
            and any(start > cue.start for start, _ in t.mentions)
            for t in tags
        ):
            continue
        later = next((t for t in times if t.start > cue.end), None)
        second = retyped(tag, cue.event_type, cue.sub_event_type)
        out.append(second if later is None else on_date(second, later))
    return out
