"""A mission's start: "The Aspides mission began in February", "the Force in X (F) was set up in 1978",
"announced preparations for Operation Y".

The news_events conventions type a mission's start as a deployment (arrivals, new bases, a mission's
start). A sentence may tell it of the mission alone, naming no place but inside the mission's name; the
catalogue says where the mission operates (its ``areas``), and the place of the story that lies there
is where it deployed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from typing import Final

from geo.events.cues import Cue
from geo.events.document import Document
from geo.model.spans import Resolved

__all__ = ["mission_starts"]

#: After a mission's name (its acronym in brackets, the word "mission" or "operation"): a verb of starting
#: ("began", "was set up", "was launched").
_STARTED: Final = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:mission|operation|force)\s+)?"
    r"(?:(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?(?:set\s+up|established|created|launched)"
    r"|began|started)\b",
    re.IGNORECASE,
)


#: Before a mission's name: a verb of starting it or announcing its preparation ("launched Operation X",
#: "announced preparations for Operation X"; not "..., announced Operation X": the mission speaking).
_STARTING: Final = re.compile(
    r"\b(?:(?:launch(?:ed|es|ing)?|set\s+up|establish(?:ed|es|ing))\s+(?:the\s+)?(?:a\s+new\s+)?"
    r"|announc(?:ed|es|ing)\s+(?:the\s+)?(?:preparations|plans)\s+for\s+(?:the\s+)?)\Z",
    re.IGNORECASE,
)
#: "against" within six words after a mission's name: an offensive launched against a foe, which the
#: cue lexicon types as fighting (``events_cues``), not a deployment.
_AGAINST: Final = re.compile(r"(?:\s+[\w,-]+){0,6}?\s+against\b", re.IGNORECASE)
#: How far before a mission's name :data:`_STARTING` looks.
_REACH: Final = 60


def mission_starts(
    doc: Document, spots: Sequence[Resolved], *, placed: Collection[tuple[int, int]]
) -> Iterator[tuple[int, Resolved, Cue]]:
    """Each start of a catalogued mission told in the text, as (sentence number, place, cue): the place
    is the story's first mention of a place of the mission's areas (inside the mission's name first,
    then in the sentence, then anywhere in the text); the cue, a deployment, covers the verb. Not in the
    sentences of ``placed`` (start and end offsets), which place a deployment themselves ("launched
    Operation X in Y"), nor of an operation launched against a foe ("launched Operation X against the
    rebels": fighting)."""
    for number, bucket in enumerate(doc.missions):
        sentence = doc.sentences[number]
        if (sentence.start, sentence.end) in placed:
            continue
        for mention in bucket:
            found = _STARTED.match(doc.text, mention.end) or _STARTING.search(
                doc.text, max(0, mention.start - _REACH), mention.start
            )
            if found is None or _AGAINST.match(doc.text, mention.end) is not None:
                continue
            areas = set(doc.missions_catalogue.entry(mention.name).areas)
            there = [
                p
                for p in spots
                if p.candidate.id in areas or (f"iso:{p.candidate.country}" in areas and _country(p))
            ]
            if not there:
                continue
            inside = [p for p in there if mention.start <= p.toponym.start < mention.end]
            near = [p for p in there if sentence.start <= p.toponym.start < sentence.end]
            place = (inside or near or there)[0]
            yield number, place, Cue(found.start(), found.end(), "deployment", None, 2)


def _country(place: Resolved) -> bool:
    return place.candidate.feature_class == "country"
