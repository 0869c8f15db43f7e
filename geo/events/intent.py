"""Statements of intent to withdraw: "the president said France would withdraw its troops from X".

A withdrawal after "would" or "will" is only planned (:mod:`geo.events.governed` leaves it out unless its
sentence gives the planned time). When a verb of saying or announcing (the ``intent`` class: "said",
"announced", "pledged") stands a few words before that modal in the same sentence, and no condition
follows ("... would withdraw if attacked"), the statement itself
is what happened: a political act (CAMEO 0356, express intent to de-escalate military engagement), told
by a political cue on the verb that takes the places of the withdrawal and a date the sentence gives
before the verb ("In September, the president said ..."), not the planned time after it ("... would
withdraw by the end of the year").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final

from geo.events.context import CONDITIONAL, INTENT
from geo.events.cues import Cue
from geo.temporal import TemporalExpression

if TYPE_CHECKING:
    from geo.events.document import Document

__all__ = ["STATEMENT", "stated_intents", "statement_dates"]

#: Sub type of the political cue of a statement of intent.
STATEMENT: Final = "statement_of_intent"
#: Modals of the future after a verb of saying ("said it would withdraw", "announced France will leave").
_MODALS: Final = frozenset({"would", "will"})
#: How many words a modal may stand before the cue (the modal and an adverb: "would soon withdraw").
_MODAL_REACH: Final = 2
#: How many words before the modal the verb of saying may stand ("said [that] France would").
_SAYING_REACH: Final = 6


def stated_intents(
    doc: Document, number: int, found: Sequence[Cue], planned: Mapping[Cue, bool]
) -> list[Cue]:
    """Political cues on the verbs of saying that announce a planned withdrawal of sentence ``number``
    (``found`` its cues, ``planned`` whether each is only planned or threatened)."""
    words, starts = doc.tokens.words, doc.tokens.starts
    sentence_start = doc.sentences[number].start
    out: dict[int, Cue] = {}
    for cue in found:
        if cue.event_type != "withdrawal" or not planned.get(cue, False):
            continue
        index = doc.tokens.before(cue.start)
        modal = next(
            (
                k
                for k in range(index, max(index - _MODAL_REACH, -1), -1)
                if starts[k] >= sentence_start and words[k] in _MODALS
            ),
            None,
        )
        if modal is None or _conditional(doc, cue, doc.sentences[number].end):
            continue
        for k in range(modal - 1, max(modal - 1 - _SAYING_REACH, -1), -1):
            if starts[k] < sentence_start:
                break
            if words[k] in INTENT:
                out[starts[k]] = Cue(starts[k], starts[k] + len(words[k]), "political", STATEMENT, 1)
                break
    return list(out.values())


#: How many words after the cue a condition may open ("would withdraw its troops if attacked").
_CONDITION_REACH: Final = 6


def _conditional(doc: Document, cue: Cue, sentence_end: int) -> bool:
    """Whether a conjunction of condition follows the cue within a few words: the intent is conditional."""
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.end) + 1
    for k in range(index, min(index + _CONDITION_REACH, len(words))):
        if starts[k] >= sentence_end:
            break
        if words[k] in CONDITIONAL:
            return True
    return False


def statement_dates(
    cue: Cue | None, dates: Sequence[TemporalExpression], text: str = ""
) -> list[TemporalExpression]:
    """The ``dates`` that may date ``cue``: for a statement of intent, those told before its verb when there
    are any (the time of the statement, not the planned time after it); for another political act, not
    those after a modal of the future that follows it ("In May, X and Y agreed that troops would leave by
    June": May, the agreement; June is the planned departure) or after the to-infinitive of what was
    decided, after the act or right before a noun cue it governs ("agreed in December to extend the
    mandate until 2027": December), when others are left; else all."""
    if cue is None or cue.event_type != "political":
        return list(dates)
    if cue.sub_event_type == STATEMENT:
        return [d for d in dates if d.end <= cue.start] or list(dates)
    governing = _GOVERNED.search(text, max(0, cue.start - _MODAL_AFTER), cue.start)
    if governing is not None and not any(mark in governing.group() for mark in ".;\n"):
        return [d for d in dates if d.end <= governing.start()] or list(dates)  # "to extend the mandate"
    modal = _FUTURE.search(text, cue.end, min(len(text), cue.end + _MODAL_AFTER))
    if modal is None or any(mark in text[cue.end : modal.start()] for mark in ".;\n"):
        return list(dates)  # none in the clause after the act
    return [d for d in dates if d.start < modal.start()] or list(dates)


#: Verbs of what a decision decides, as a to-infinitive after the verb of deciding ("agreed to extend",
#: "voted to keep"; general English: the act decided comes after the decision; art35c).
_DECIDED: Final = (
    r"to\s+(?:extend|prolong|renew|keep|maintain|end|terminate|withdraw|pull|send|deploy|station|close"
    r"|reduce|cut|raise|increase|expand|halve|double|leave|remain|stay|hand)"
)
#: A modal of the future after a political act: what follows is planned ("agreed that troops would leave"),
#: or the to-infinitive of what was decided (:data:`_DECIDED`).
_FUTURE: Final = re.compile(rf"\b(?:would|will|{_DECIDED})\b")
#: The to-infinitive of :data:`_DECIDED` right before a noun cue it governs, up to three words between
#: ("to extend Atalanta's mandate", "to renew the force's mandate").
_GOVERNED: Final = re.compile(rf"\b{_DECIDED}\w*\s+(?:[\w'’-]+\s+){{0,3}}\Z")
#: How far after the act the modal may stand ("agreed that coalition troops would").
_MODAL_AFTER: Final = 60
