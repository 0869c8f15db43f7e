"""Ongoing violence told in a relative clause beside the act a sentence reports.

A non-restrictive relative clause of ongoing aspect tells a second event of the place it follows or
names: "jets struck X province, which is the scene of clashes between A and B" (the strikes on the day
told, and the fighting going on there), "the command -- which has been conducting strikes in X -- said
it destroyed launchers over the past day" (the day's strikes, and the campaign). The aspect is what
marks it: the present perfect progressive ("has been conducting strikes") or "is the scene/site of"
(general English: these tell a state that holds up to the time of writing). The clause must tell no time
of its own (a dated relative clause is an event of its own date, :func:`geo.events.choice.more_events`),
and its event must be violent. The second event holds at publication.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from geo.events.cues import Cue, refine, sharpen
from geo.events.document import Document
from geo.events.tag import EventTag, on_date
from geo.model.spans import Resolved
from geo.temporal import TemporalExpression

__all__ = ["at_publication", "ongoing_events"]

#: The opening of a non-restrictive relative clause: a comma or dash, then "which", "who" or "where".
_OPENER: Final = re.compile(r"(?:,|--|—|–)\s*(?:which|who|where)\b", re.IGNORECASE)

#: Ongoing aspect between the relative pronoun and the cue: the present perfect progressive ("has been
#: carrying out raids") or a place that "is the scene/site/theatre of" the event (general English).
_ONGOING: Final = re.compile(
    r"\b(?:(?:has|have)\s+been\s+[a-z]+ing|(?:is|are|remains?)\s+(?:the|a)\s+(?:scene|site|theatre|theater)"
    r"\s+of(?:\s+(?:an?|the))?)\b(?:\s+[A-Za-z]+){0,1}\s*$",
    re.IGNORECASE,
)

#: Where a relative clause ends: the next comma, dash, semicolon or the sentence's end.
_CLOSE: Final = re.compile(r",|--|—|–|;")

#: Most characters from the relative pronoun to the cue ("which, with its allies, has been ...").
_REACH: Final = 80


def ongoing_events(
    doc: Document,
    number: int,
    group: Sequence[Resolved],
    chosen: dict[int, Cue | None],
    cues: Sequence[Cue],
    violent: Collection[str],
) -> list[tuple[Resolved, Cue, str, str | None]]:
    """The ongoing violent events the relative clauses of sentence ``number`` tell of its places.

    Parameters
    ----------
    doc, number
        The document and the sentence.
    group
        The places of the sentence.
    chosen
        The cue each place was typed by, by the place's start (None for a mention).
    cues
        The usable cues of the sentence.
    violent
        Event types that count as violence.

    Returns
    -------
    list of (place, cue, type, sub type)
        One per place and ongoing relative clause: the place right before the clause, or a place inside
        it whose event is typed by the clause's cue but dated outside it.
    """
    text = doc.text
    sentence = doc.sentences[number]
    out: list[tuple[Resolved, Cue, str, str | None]] = []
    for cue in cues:
        low = max(sentence.start, cue.start - _REACH)
        opener = None
        for found in _OPENER.finditer(text, low, cue.start):
            opener = found
        if opener is None or _CLOSE.search(text, opener.end(), cue.start) is not None:
            continue
        if _ONGOING.search(text[opener.end() : cue.start]) is None:
            continue
        close = _CLOSE.search(text, cue.end, sentence.end)
        end = close.start() if close is not None else sentence.end
        if any(opener.start() <= d.start < end for d in doc.dates[number]):
            continue  # a clause with a time of its own tells an event of that time
        kind, sub = refine(sharpen(cue, cues), doc.words(number))
        if kind not in violent:
            continue
        for place in group:
            start = place.toponym.start
            inside = opener.end() <= start < end and chosen.get(start) is cue
            gap = text[place.toponym.end : opener.start()]
            before = place.toponym.end <= opener.start() and not gap.strip()
            if before and chosen.get(start) is not None and chosen.get(start) is not cue:
                out.append((place, cue, kind, sub))
            elif inside and any(not opener.start() <= d.start < end for d in doc.dates[number]):
                out.append((place, cue, kind, sub))  # its tag took the time of the main clause
    return out


def at_publication(tag: EventTag, published: TemporalExpression | None) -> EventTag:
    """The ``tag`` of an ongoing event, dated by the publication date (the state holds when the text is
    written; its own tense dates it, so the source is ``"sentence"``). Unchanged without a date."""
    return tag if published is None else on_date(tag, published, source="sentence")
