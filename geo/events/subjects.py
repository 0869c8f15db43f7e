"""A capital or country that is the subject of a verb of acting or saying stands for its government
(metonymy): it is who acts, not where (cap32).

- "X and Y first hit rebel sites in Z, after weeks of attacks on ships", "X has sent troops to Z since an
  incursion in May": X (and Y, coordinated with it) is the subject of a verb of a state's military act (the
  ``acting`` class of ``events_context_words.yaml``: CAMEO 15 and 19 told with a state as subject); it
  hosts no event told in another clause of its sentence (:func:`acts`, read by
  :func:`geo.events.bystanders.no_host`).
- "X, which keeps an embassy there, called the bombing a crime": a ", which/who ...," aside may stand
  between the subject and its verb (of acting, or of saying: the ``speaking`` class); the aside's own cue
  is told of X's government too, no event at X.
- "X and Y say rebels attacked Z": :func:`subject_end` gives the end of the coordinated subject, so the
  verb of saying or acting after the last name is read as the verb of every name of the subject
  (:func:`geo.events.accused.speaker`, :func:`geo.events.bystanders.not_site`).

- "X and Y agreed that troops would leave Z", "X and Y opened talks on the mission in Y's country": of two
  coordinated parties to a political act, the one whose country holds the other places the sentence names
  hosts it; the other is a party from abroad (:func:`foreign_parties`; the art31b gold places such a deal
  or talks at the host's capital only).

Not a subject: a name after a preposition or an article ("officials in X said", "the X attack"), and a
participle followed by "by" ("X hit by drones": a headline passive, X the target).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import Final

from geo.events.context import modifies
from geo.lexicon import load
from geo.model.spans import Resolved

__all__ = ["acts", "foreign_parties", "subject_end"]

_WORDS: Final = load("events_context_words")
#: A capitalised name of up to three words.
_NAME: Final = r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
#: After a name: the other names of a coordinated subject ("X and Y", "X, Y and Z").
_CONJUNCTS: Final = re.compile(r"(?:\s*,\s*" + _NAME + r")*\s*,?\s+(?:and|or)\s+" + _NAME + r"\b")
#: Before a name: more names of its coordinated subject ("X and ", "X, Y and "), to skip back over.
_BEFORE_CONJUNCT: Final = re.compile(_NAME + r"\s*(?:,\s*|,?\s+(?:and|or)\s+)\Z")
#: Right before a name: a word that makes it no subject (a preposition, an article).
_NO_SUBJECT: Final = re.compile(
    r"\b(?i:of|in|at|from|near|to|into|for|by|with|on|over|across|through|against|outside|inside|around|"
    r"the|a|an|between|toward|towards|via|within|throughout)\s+\Z"
)
_ACTING: Final = "|".join(t.replace(" ", r"\s+") for t in _WORDS.class_terms("acting"))
_SAYING: Final = "|".join(_WORDS.class_terms("speaking"))


def _acts_pattern(verbs: str) -> re.Pattern[str]:
    """After the subject: maybe an aside (not a passive one: "X, which was hit, said" is the target),
    auxiliaries and adverbs, and one of ``verbs``; not a participle before "by" (a headline passive), nor
    "held out" (held on, resisted: the place endures)."""
    return re.compile(
        r"(?:\s*,\s*(?:which|who)\s(?![^,.;:]*\b(?:was|were|been|is|are|saw|sees)\b)[^,.;:]{1,120},)?"
        r"(?:\s+(?:has|have|had|will|would|also|again|now|first|then|later|jointly|repeatedly|previously|"
        r"reportedly|already|recently|still))*"
        r"\s+(?:" + verbs + r")\b(?!\s+(?:by|out)\b)",
        re.IGNORECASE,
    )


_ACTS: Final = _acts_pattern(_ACTING + "|" + _SAYING)
_ACTS_ONLY: Final = _acts_pattern(_ACTING)


def subject_end(text: str, end: int) -> int:
    """Where the coordinated subject that the name ending at ``end`` opens ends ("X and Y say": the end of
    Y); ``end`` when no other name is coordinated with it."""
    found = _CONJUNCTS.match(text, end)
    return end if found is None else found.end()


def acts(text: str, span: tuple[int, int], *, acting: bool = False) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` is (in) the subject of a verb of acting or saying (of
    acting only when ``acting``) right after it or after the names coordinated with it, maybe past a ",
    which ...," aside: it stands for its government, who acts, and hosts no event of another clause."""
    start, end = span
    low = max(0, start - 80)
    while (back := _BEFORE_CONJUNCT.search(text, low, start)) is not None and back.start() < start:
        start = back.start()  # "X and Y first hit": Y's subject starts at X
    if _NO_SUBJECT.search(text, low, start) is not None:
        return False
    return (_ACTS_ONLY if acting else _ACTS).match(text, subject_end(text, end)) is not None


#: Between two coordinated parties: "and" or a comma.
_AND: Final = re.compile(r"\s*(?:,\s*|,?\s+and\s+)")


def foreign_parties(text: str, group: Sequence[Resolved], kinds: Mapping[int, str]) -> set[int]:
    """Starts of the coordinated parties to a political act that come from abroad: of "X and Y" both
    taking a political event (``kinds``: the event type of each place, by its start), X when other places
    of the sentence lie in Y's country and none in X's (a country modifying a noun, "US troops", names
    whose, no place: :func:`geo.events.context.modifies`) ("X and Y agreed that troops would leave Z", Z in
    Y's country): the act is at Y."""
    out: set[int] = set()
    for first, second in itertools.pairwise(group):
        if kinds.get(first.toponym.start) != "political" or kinds.get(second.toponym.start) != "political":
            continue
        if first.candidate.country == second.candidate.country:
            continue
        if _AND.fullmatch(text, first.toponym.end, second.toponym.start) is None:
            continue
        others = [  # not a country naming whose forces ("US troops in Y")
            p.candidate.country
            for p in group
            if p is not first
            and p is not second
            and not (p.candidate.feature_class == "country" and modifies(text, p.toponym.end))
        ]
        for party, host in ((first, second), (second, first)):
            if host.candidate.country in others and party.candidate.country not in others:
                out.add(party.toponym.start)
    return out
