"""Narrative time across sentences (narr35): which sentences before an undated event sentence may lend it
their time.

In news, a sentence with no time expression of its own usually goes on with the time of the event told just
before it in the same paragraph ("On Tuesday gunmen stormed a post near X. Two guards died. The attackers
then fled." -- both later events are Tuesday's): the reference time of narrative progression (Kamp and
Reyle's reference time; the "narrative time" of TimeML/TimeBank annotation). The time goes on through
sentences that add no time of their own, as long as each is told in the past tense; a sentence that tells
the present (:data:`geo.events.context.PRESENT` words, a present or future auxiliary), opens a quote or starts
a background thread ("Since then", "Earlier", "Previously") ends the thread: what lies before it is another
story's time. A paragraph break ends it too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from geo.events.context import PRESENT
from geo.temporal import TemporalExpression

if TYPE_CHECKING:
    from geo.events.document import Document

__all__ = ["MAX_BACK", "after_story", "around", "thread_before"]

#: How many sentences back the narrative time may come from.
MAX_BACK: Final = 3

#: Auxiliaries of the present and future: a sentence told with one is no part of a past narrative.
_NOW: Final = frozenset({"is", "are", "am", "has", "have", "will", "would", "could", "can", "may", "must"})

#: What opens a sentence that starts another thread of time: background ("Since ...", "Earlier ...",
#: "Previously", "In the past", "Last year"), a habit ("Usually", "Often") or a quote.
_NEW_THREAD: Final = re.compile(
    r"\W*(?:[\"“‘']|since\b|earlier\b|previously\b|before\s+that\b|in\s+the\s+past\b|last\s+\w+\b|"
    r"usually\b|often\b|typically\b|historically\b|meanwhile\b|separately\b|elsewhere\b)",
    re.IGNORECASE,
)


def _continues(doc: Document, number: int) -> bool:
    """Whether undated sentence ``number`` goes on with the time told before it: past tense, no word of the
    present, not the start of another thread."""
    sentence = doc.sentences[number]
    if _NEW_THREAD.match(doc.text, sentence.start) is not None:
        return False
    words = doc.words(number)
    return not words & PRESENT and not words & _NOW


def around(doc: Document, number: int) -> list[int]:
    """The sentences an undated sentence ``number`` may take its time from, in order: those of its narrative
    thread before it (:func:`thread_before`), then the next sentence of its paragraph."""
    return thread_before(doc, number) + doc.neighbours(number, back=0)


def thread_before(doc: Document, number: int) -> list[int]:
    """The sentences before undated sentence ``number`` (nearest first, up to :data:`MAX_BACK`, in its
    paragraph) whose time it may take: the one right before, and further back only through sentences with
    no date that go on with the same past narrative (:func:`_continues`)."""
    paragraph = doc.sentences[number].paragraph
    out: list[int] = []
    for other in range(number - 1, max(-1, number - 1 - MAX_BACK), -1):
        if doc.sentences[other].paragraph != paragraph:
            break
        out.append(other)
        if doc.dates[other] or not _continues(doc, other):
            break
    return out


def after_story(date: TemporalExpression, lead: TemporalExpression | None) -> bool:
    """Whether ``date``, of the sentence after an undated violent event, begins after the story's ``lead``
    day: narrative order tells events in the order they happened, so a sentence dated after the day of the
    story tells what followed the undated event ("A mine killed a soldier near X. On Monday the army sent
    more troops."), not its time; the undated event keeps the story's day."""
    return (
        lead is not None
        and lead.date_end is not None
        and date.date_start is not None
        and date.date_start > lead.date_end
    )
