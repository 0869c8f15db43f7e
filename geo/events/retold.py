"""Events told again: the date of the same event told in a sentence before, a date that only says when an
event was reported, and sentences that open on a reference to what was just told ("The strikes ...")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from datetime import date
from typing import Final, Protocol

from geo.events.context import REPORTING
from geo.events.cues import Cue
from geo.events.sentences import Sentence
from geo.model.spans import Resolved
from geo.temporal import TemporalExpression, Tokens

__all__ = ["day_before", "refers_back", "reported", "told_at_place"]


class _Told(Protocol):
    """What :func:`told_at_place` reads of a document."""

    @property
    def places(self) -> Sequence[Resolved]: ...
    @property
    def sentences(self) -> Sequence[Sentence]: ...
    @property
    def cues(self) -> Sequence[Sequence[Cue]]: ...


def told_at_place(
    doc: _Told,
    number: int,
    place: Resolved,
    told: Callable[[int], Sequence[TemporalExpression]],
    *,
    kinds: Collection[str],
) -> TemporalExpression | None:
    """The date of the same violent event told again, for an undated violent event at ``place`` in
    sentence ``number``: among the three sentences before (nearest first, also across paragraph
    breaks), the first with a cue of ``kinds`` that names the same gazetteer entry and has dates
    (``told``: the dates of a sentence that may date another's event); of these, the one nearest that
    name ("On Wednesday jets bombed a depot in X." ... "A commander died in the air strike on X.").
    None without such a sentence."""
    key = place.candidate.id
    for other in range(number - 1, max(-1, number - 4), -1):
        if not any(c.event_type in kinds for c in doc.cues[other]):
            continue
        sentence, dates = doc.sentences[other], told(other)
        named = [
            p.toponym.start
            for p in doc.places
            if p.candidate.id == key and sentence.start <= p.toponym.start < sentence.end
        ]
        if dates and named:
            return min(dates, key=lambda d: min(min(abs(d.start - at), abs(d.end - at)) for at in named))
    return None


def day_before(report: TemporalExpression, dates: Sequence[TemporalExpression]) -> TemporalExpression | None:
    """The first of ``dates`` that is one day in the week up to the day of ``report`` (a date that only
    says when an event was reported: the event happened on or before it), or None."""
    if report.precision != "day" or report.date_start is None:
        return None
    last = date.fromisoformat(report.date_start)
    for found in dates:
        start = found.date_start
        if (
            found.precision == "day"
            and start is not None
            and 0 <= (last - date.fromisoformat(start)).days <= 7
        ):
            return found
    return None


def reported(
    tokens: Tokens, sentence_start: int, date: TemporalExpression, *, cue: tuple[int, int] | None = None
) -> bool:
    """Whether a reporting verb (``REPORTING``) stands in the three words before ``date`` within its
    sentence ("said on Thursday", "told AFP Monday"): the date of the report, not of the event.

    A verb inside ``cue`` (the span of the event's own cue: "declared victory in December 2017",
    "announced the withdrawal on Monday") is the event itself, so its date is the event's."""
    index = tokens.before(date.start)
    for k in range(index, max(index - 3, -1), -1):
        if tokens.starts[k] < sentence_start:
            break
        if tokens.words[k] in REPORTING:
            return cue is None or not cue[0] <= tokens.starts[k] < cue[1]
    return False


#: Determiners that make a sentence's opening noun refer to something just told ("The strikes ...").
_DEFINITE: Final = frozenset({"the", "these", "those", "this", "that", "its", "their"})


#: A short subject and a verb of saying opening a sentence, then a definite determiner ("Officials said the").
_SAID_THE: Final = re.compile(
    r"(?:[\w'’-]+\s+){1,5}(?:said|says|say|added|confirmed|reported|stated)\s+(?:that\s+)?"
    r"(?:the|these|those)",
    re.IGNORECASE,
)


def refers_back(text: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the sentence opens with a definite determiner right before the cue ("The strikes
    targeted two facilities"), maybe after a short subject and a verb of saying ("Officials said the
    strikes hit homes"): the event is one the text has just told."""
    opening = text[sentence_start:cue_start].strip()
    return opening.lower() in _DEFINITE or _SAID_THE.fullmatch(opening) is not None
