"""A mishap told on: a story that opens with a harm of no violence goes on telling it in general words.

:func:`geo.events.cues.mishap` leaves out a killing, attack or blast whose own sentence names an
accident, a hazard, a disease or ordinary criminal justice and no armed agent. A story tells its mishap
once and then goes on in general words: "a gas explosion at a restaurant injured 55 ... the blast took
place at 8:40 in X"; "flooding has affected 100,000 people ... homes near X were destroyed". Such a later
sentence names no mishap of its own, yet its blast or destruction is the mishap's. So a cue that
:func:`geo.events.cues.mishap` would test (a generic attack, killing, striking or explosion) is no event
when its own sentence names neither a mishap nor an armed agent, an earlier sentence of the text names a
mishap of the kind the cue may be mistaken for, and no sentence up to the cue's names an armed agent (the
``agents`` class of ``events_cue_context.yaml``, or an armed group or state force of the actor
catalogue): a story of militants or troops is one of violence, whatever accident it also tells.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from geo.events.cues import Cue, mishap_classes, names_class
from geo.events.document import Document

__all__ = ["mishap_told_on"]

#: The sentences of a story's lead, where it names what it is about (a headline and its first sentence):
#: a mishap named only later ("an outbreak of fighting", "rebels on motorcycles") is no story of a mishap.
_LEAD: Final = 2


def mishap_told_on(doc: Document, number: int, cue: Cue, *, armed: Callable[[Document, int], bool]) -> bool:
    """Whether ``cue`` of sentence ``number`` goes on telling a mishap an earlier sentence named (see the
    module docstring). ``armed(doc, k)`` tells whether sentence ``k`` names an armed actor of the
    catalogue (a function of the document alone: its answers are remembered on ``doc``)."""
    classes = mishap_classes(cue)
    if not classes or number == 0:
        return False
    own = doc.words(number)
    if names_class("agents", own) or any(names_class(name, own) for name in classes):
        return False  # an armed agent keeps the event; its own mishap is the sentence-level test's
    if _armed_before(doc, number, armed):
        return False
    return any(
        names_class(name, doc.words(earlier)) for earlier in range(min(number, _LEAD)) for name in classes
    )


def _armed_before(doc: Document, number: int, armed: Callable[[Document, int], bool]) -> bool:
    """Whether a sentence before ``number`` names an armed agent (the ``agents`` class, or ``armed``).

    The first such sentence of the document is remembered on it, found by a scan that goes on only as
    far as asked: each cue of a later sentence asks this of all the sentences before its own.
    """
    key = (_armed_before, armed)
    state = doc.memo.get(key)
    if not isinstance(state, list):
        state = [0, -1]  # the next sentence to test; the first armed one (-1: none found yet)
        doc.memo[key] = state
    while state[1] < 0 and state[0] < number:
        earlier = state[0]
        if names_class("agents", doc.words(earlier)) or armed(doc, earlier):
            state[1] = earlier
        state[0] = earlier + 1
    return 0 <= state[1] < number
