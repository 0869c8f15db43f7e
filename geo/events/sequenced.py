"""Two acts told in sequence in one sentence: the means of one is not the means of the other.

"Jets bombed X on Sunday, killing eight, after nine soldiers lost their lives in Y": "after" opens a clause
that tells an earlier act (English grammar: a temporal subordinator of sequence relates two distinct events,
one before the other). An effect cue ("lost their lives", "killed", "left five dead") takes the type of the
nearest means of violence in its sentence (:func:`geo.events.cues.sharpen`: "killed when warplanes struck"
is an air strike, "as" and "when" join one act); a means on the other side of "after", "before" or
"following" is that of another act, so it gives the effect no type. The effect keeps its own type then, or
the means of its own side ("days after a suicide bomber struck crowds, killing 170": both after "after").

"after" before a time of day or a date ("after midnight", "after 10 p.m.", "after May 3") opens no act.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from geo.events.cues import Cue, phrases_in, refine, sharpen
from geo.events.document import VIOLENT, Document
from geo.temporal._patterns import MONTHS, WEEKDAYS

__all__ = ["act_type", "joined", "side_words"]

#: Subordinators of sequence in time (general English): the clause they open tells another act.
_SEQUENCE: Final = frozenset({"after", "before", "following"})
#: Words right after such a subordinator that make it a time, not an act ("after midnight").
_TIMES: Final = frozenset(
    {"midnight", "dawn", "dusk", "nightfall", "sunset", "sunrise", "noon", "midday", "daybreak"}
    | {name.lower() for name in (*MONTHS, *WEEKDAYS)}
)


def _openers(doc: Document, number: int) -> list[int]:
    """Offsets in sentence ``number`` of "after", "before" and "following" that open a clause of an act."""
    if _SEQUENCE.isdisjoint(doc.words(number)):
        return []
    sentence = doc.sentences[number]
    words, starts = doc.tokens.words, doc.tokens.starts
    out = []
    for i in doc.tokens.span(sentence.start, sentence.end):
        if words[i].lower() in _SEQUENCE and doc.clause(starts[i]) != doc.clause(starts[i] - 1):
            after = words[i + 1].lower() if i + 1 < len(words) else ""
            if after not in _TIMES and not after[:1].isdigit():
                out.append(starts[i])
    return out


def joined(doc: Document, cue: Cue, cues: Sequence[Cue]) -> Sequence[Cue]:
    """The cues of ``cues`` (one sentence's) that may give the effect cue ``cue`` its means: all but those
    with a clause opened by "after", "before" or "following" between them and ``cue``."""
    if not cue.effect:
        return cues
    openers = _openers(doc, doc.index(cue.start))
    if not openers:
        return cues
    return [
        c for c in cues if not any(min(c.start, cue.start) < at <= max(c.start, cue.start) for at in openers)
    ]


def side_words(doc: Document, number: int, cue: Cue | None) -> set[str]:
    """The lower-cased words of sentence ``number`` that may tell the weapons of ``cue``'s act: for an effect
    cue (as in :func:`joined`), all but those of the other side of a sequence clause that tells a violent act
    of its own ("jets bombed X after soldiers lost their lives in Y": the jets are not the killing's; "pieces
    of a drone were found after forces attacked Y": the drone is the attack's, the other side tells no act of
    violence, and "attacked" is no effect)."""
    openers = _openers(doc, number) if cue is not None and cue.effect else []
    if cue is None or not openers:
        return doc.words(number)
    sentence = doc.sentences[number]
    bounds = [sentence.start, *openers, sentence.end]
    own = bisect.bisect_right(bounds, cue.start) - 1
    violent = {bisect.bisect_right(bounds, c.start) - 1 for c in doc.cues[number] if c.event_type in VIOLENT}
    if violent <= {own}:
        return doc.words(number)
    out: set[str] = set()
    for at in range(len(bounds) - 1):
        if at == own or at not in violent:
            found = doc.tokens.words_in(bounds[at], bounds[at + 1])
            out |= found | phrases_in(doc.text, bounds[at], bounds[at + 1], found)  # as Document.words
    return out


def act_type(
    doc: Document, number: int, cue: Cue, cues: Sequence[Cue], cache: dict[int, tuple[str, str | None]]
) -> tuple[str, str | None]:
    """The event and sub type that ``cue`` gives a place of sentence ``number``: the refined type
    (:func:`geo.events.cues.refine`) of the cue that the means of its own act sharpen (:func:`joined`), once
    per cue (``cache`` holds them by the cue's start)."""
    found = cache.get(cue.start)
    if found is None:
        found = cache[cue.start] = refine(sharpen(cue, joined(doc, cue, cues)), doc.words(number))
    return found
