"""An act named as the cause a main clause answers (ev37b): "protesters gathered on Wednesday after an
explosion at a hospital killed hundreds", "jets struck two sites early Friday in response to a rocket
attack on the base".

English grammar: a prepositional phrase of cause or sequence ("after", "following", "in response to", "in
retaliation for") and the noun phrase it governs name an act that came before the main clause's act. A time
adverbial of the main clause ("on Wednesday", "early Friday") dates the main clause's verb, not the act
inside the phrase: that act happened earlier, at a time the text may give elsewhere (the sentence that tells
it again: "The blast wrecked the ward on Tuesday evening"). A time inside the phrase ("after a
raid on Monday", "after the 2006 war") is the act's own and still dates it. A counted lapse ("two days
after an attack", :func:`geo.events.lapse.lapse_before`) and a near one ("shortly after", "minutes after")
are left to the rules that read them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection
from typing import TYPE_CHECKING, Final

from geo.events.cues import Cue
from geo.events.foreground import foreground
from geo.temporal import TemporalExpression

if TYPE_CHECKING:
    from geo.events.document import Document

__all__ = ["in_antecedent", "retold_day"]

#: How far before a cue the phrase's opening word may stand (characters).
_REACH: Final = 90

#: A preposition of cause or sequence and a determiner opening a noun phrase, with no clause mark up to
#: the cue ("after an explosion at a hospital in X", "in response to a close-range missile attack on Y").
_OPENER: Final = re.compile(
    r"\b(?:after|following|in\s+(?:response|reply)\s+to|in\s+(?:retaliation|reprisal|revenge)\s+for)\s+"
    r"(?:an?|the|another|two|three|several|a\s+(?:series|string|wave|spate)\s+of)\s+[^,;:.!?()\"“”\n]*\Z",
    re.IGNORECASE,
)

#: A measure or degree of time right before the preposition: a counted or near lapse ("two days after",
#: "hours after", "the day after", "shortly after"), read by the lapse rules, not here.
_MEASURED: Final = re.compile(
    r"\b(?:\w+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|moments?|shortly"
    r"|soon|just|immediately|right|only|long|not\s+long)\s+\Z",
    re.IGNORECASE,
)

#: What ends the phrase after its cue: a clause or sentence mark.
_PHRASE_END: Final = re.compile(r"[,;:.!?()\n]")


def in_antecedent(text: str, date: TemporalExpression, cue: Cue) -> bool:
    """Whether ``cue`` lies in an "after"/"following"/"in response to"/"in retaliation for" noun phrase
    (not a counted or near lapse) and ``date`` lies outside that phrase: the date is the main clause's, and
    the act the phrase names came before it (see the module docstring)."""
    low = max(0, cue.start - _REACH)
    opener = _OPENER.search(text, low, cue.start)
    if opener is None or _MEASURED.search(text, max(0, opener.start() - 24), opener.start()) is not None:
        return False
    stop = _PHRASE_END.search(text, cue.end)
    end = stop.start() if stop is not None else len(text)
    return date.end <= opener.start() or date.start >= end


#: How many sentences after the cue's may tell the act again.
_AHEAD: Final = 2
#: How many days before the main clause's day the act told again may lie.
_LAPSE_DAYS: Final = 7

#: A definite determiner (and up to two modifiers) right before a cue: the act told again ("The blast",
#: "the deadly missile strike", "This attack").
_DEFINITE: Final = re.compile(r"\b(?:the|this|that|these|those)\s+(?:[\w'-]+\s+){0,2}\Z", re.IGNORECASE)


def retold_day(
    doc: Document,
    number: int,
    cue: Cue,
    main: TemporalExpression,
    *,
    kinds: Collection[str],
    told: Callable[[int], list[TemporalExpression]],
) -> TemporalExpression | None:
    """For a cue in a cause phrase (:func:`in_antecedent`) dated by its main clause's day ``main``: the day
    of one of the next :data:`_AHEAD` sentences that tells an act of ``kinds`` again (:func:`_same_act`)
    with a definite noun ("The blast wrecked the ward on Tuesday evening"), when that day is ``main`` or
    lies up to a week before it; else None (the main clause's day stays). ``told`` gives a sentence's
    usable dates."""
    if main.precision != "day" or main.date_start is None:
        return None
    text = doc.text
    for other in range(number + 1, min(len(doc.sentences), number + 1 + _AHEAD)):
        again = [
            c
            for c in doc.cues[other]
            if c.event_type in kinds
            and _same_act(text, c, cue)
            and _DEFINITE.search(text, max(0, c.start - 40), c.start) is not None
        ]
        if not again:
            continue
        days = [d for d in foreground(doc, told(other)) if d.precision == "day" and d.date_start is not None]
        after = [d for d in days if d.start > again[0].start] or days
        if not after:
            return None
        day = after[0]
        assert day.date_start is not None
        lapse = dt.date.fromisoformat(main.date_start) - dt.date.fromisoformat(day.date_start)
        return day if dt.timedelta(0) <= lapse <= dt.timedelta(days=_LAPSE_DAYS) else None
    return None


def _same_act(text: str, again: Cue, cue: Cue) -> bool:
    """Whether cue ``again`` may name the act of ``cue`` once more: the same sub type ("blast" for
    "explosion") or the same head word ("the missile" for "a ballistic missile", "the raid" for "a raid")."""
    if cue.sub_event_type is not None and again.sub_event_type == cue.sub_event_type:
        return True
    return _head(text, again) == _head(text, cue)


def _head(text: str, cue: Cue) -> str:
    """The last word of a cue, lower case, without a plural "s" ("Missiles" -> "missile")."""
    words = text[cue.start : cue.end].split()
    word = words[-1].lower() if words else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
