"""Tense of the clause around a date: does it speak of the future (dates without a year, weekdays)."""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    *("ALLOWED_TIME", "CLAUSE_BOUNDARY", "FUTURE", "LENGTHENING", "MUST", "PAST", "SENTENCE_END"),
    *("allowed_time", "future", "lengthened", "obliged", "past"),
]

#: Future-tense cues that turn a date without a year or a weekday forward ("recruits are expected in
#: September", "preparing to train them", "due in March"). Not "due to the attacks"
#: (because of) nor "next to the base" (beside): "due to" needs a verb after it
#: (not a determiner or a noun's usual first words), "next" must not be followed by "to". Nor "the next
#: day" (or morning, night...): the day after one told before, in the past as often as not (art31c). Nor
#: "were preparing to": a past preparation ("launchers that were preparing to fire on Thursday") (fix32).
FUTURE: Final = re.compile(
    r"\b(?:will|shall|going\s+to|is\s+to|are\s+to|plans?\s+to|planned|scheduled|expected\s+(?:to|in|on|by)"
    r"|(?:aims?|intends?|(?<!\bwas\s)(?<!\bwere\s)preparing)\s+to|due\s+(?:in|on|by)(?=\s+(?:early\s+|mid-?|late\s+)?(?-i:[A-Z]))"
    r"|due\s+to(?!\s+(?:the|a|an|its|their|his|her|this|that|these|those|[a-z]+(?:ing|tion|s))\b)"
    r"|(?<!\bthe\s)next(?!\s+to\b)|the\s+next(?!\s+(?:to|day|morning|afternoon|evening|night)\b))\b",
    re.IGNORECASE,
)
#: Where a clause ends for the future test: reporting verbs, semicolons, colons and subordinate clauses,
#: and ", and" before a new subject (a determiner or a capitalised name: "vowed it will respond, and the
#: ministry summoned the envoy on Wednesday" - coordinated main clauses keep their own tense; art35b).
#: (The look-ahead of the first characters lets the engine skip to them: about twice as fast.)
CLAUSE_BOUNDARY: Final = re.compile(
    r"(?=[;:,staw])(?:[;:]|\b(?:said|says|told|added|announced|stated|warned|according\s+to)\b"
    r"|,\s+(?:that|which|who|while|but|whereas|although)\b"
    r"|,\s+and\s+(?=(?:the|a|an|its|their|his|her|this|these|those)\s|(?-i:[A-Z])))",
    re.IGNORECASE,
)
SENTENCE_END: Final = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n\s*\n")


#: "must" before a verb: an obligation still to be met, so ahead of the report ("must leave by Friday");
#: not "must have" (an inference about the past). English modals: Quirk et al., A Comprehensive Grammar
#: of the English Language (1985), 4.49-4.54.
MUST: Final = re.compile(r"\bmust(?!\s+(?:not\s+)?have\b)\b", re.IGNORECASE)


#: A past-tense form: "was", "were", "had", "did" or a regular "-ed" form (English grammar).
PAST: Final = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b", re.IGNORECASE)


def past(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``start..end`` (see :func:`future`) holds a past-tense form and no future
    cue."""
    return future(text, start, end, cue=PAST) and not future(text, start, end)


def obliged(text: str, start: int, end: int) -> bool:
    """Whether the clause around a deadline ("by Wednesday") holds an obligation ("must"): the deadline
    lies ahead. Used only after "by", "until" and "till" (see :func:`future` for the clause)."""
    return future(text, start, end, cue=MUST)


def future(text: str, start: int, end: int, *, cue: re.Pattern[str] = FUTURE) -> bool:
    """Whether the clause around ``start..end`` speaks of the future.

    The clause is the sentence cut at reporting verbs, semicolons and subordinate clauses
    (:data:`CLAUSE_BOUNDARY`): "On March 14 the leader said it will attack" and
    "they took the town on Sunday, that they planned to leave" speak of the past at the date.
    A "that" clause right after the date is cut off too: "agreed on Friday that the force will leave".
    """
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    stop = SENTENCE_END.search(text, end)
    hi = stop.start() if stop else len(text)
    for found in CLAUSE_BOUNDARY.finditer(text, lo, hi):
        if found.end() <= start:
            lo = found.end()
        elif found.start() >= end:
            hi = found.start()
            break
    if _THAT_AFTER.match(text, end) is not None:
        hi = min(hi, end)  # "agreed on Friday that the force will leave": the clause ends at "that"
    if not any(not _in_phrase(text, found) for found in cue.finditer(text, lo, hi)):
        return False
    return not _past_conjunct(text, lo, hi, start, end, cue)


#: Coordinators that join two verb phrases or clauses ("arrived on Monday, and more are expected";
#: "was signed on May 2 and will take effect").
_COORDINATOR: Final = re.compile(r",?\s+(?:and|but)\s+(?:then\s+)?", re.IGNORECASE)
#: A finite past verb: "was/were/had/did", a past form in -ed (not the participles that are future cues
#: themselves), or a common irregular past (plain English grammar, art35c).
_PAST: Final = re.compile(
    r"\b(?:was|were|had|did|left|took|came|went|began|flew|sent|held|met|fought|brought|fell|gave|made"
    r"|(?!(?:expect|plan|schedul|intend|need|prepar|propos)ed\b)[a-z]{2,}[^e\W]ed|[a-z]+ied)\b",
    re.IGNORECASE,
)
#: A preposition and a determiner right before "planned"/"scheduled": the participle is an adjective of a
#: noun inside a prepositional phrase ("days before a planned truce", "ahead of the scheduled vote"), which
#: says nothing of the clause's own tense (English grammar: attributive participles).
_PHRASE_BEFORE: Final = re.compile(
    r"\b(?:before|after|ahead\s+of|despite|amid|during|of|for|over|against|to|with)\s+"
    r"(?:a|an|the|its|their|his|her|this|that)\s+\Z",
    re.IGNORECASE,
)


def _in_phrase(text: str, found: re.Match[str]) -> bool:
    """Whether a future cue "planned"/"scheduled" is an adjective inside a prepositional phrase."""
    if found.group(0).lower() not in {"planned", "scheduled"}:
        return False
    return _PHRASE_BEFORE.search(text, max(0, found.start() - 24), found.start()) is not None


def _past_conjunct(
    text: str, lo: int, hi: int, start: int, end: int, cue: re.Pattern[str] = FUTURE
) -> bool:
    """Whether the date ``start..end`` lies in a conjunct of the clause ``lo..hi`` that is told in the
    past while every future cue of the clause lies in another conjunct: "20 advisers arrived on Monday,
    and a second group is expected next month" keeps Monday in the past (art35c)."""
    cuts = [m for m in _COORDINATOR.finditer(text, lo, hi) if m.end() <= start or m.start() >= end]
    if not cuts:
        return False
    c_lo = max((m.end() for m in cuts if m.end() <= start), default=lo)
    c_hi = min((m.start() for m in cuts if m.start() >= end), default=hi)
    if cue.search(text, c_lo, c_hi) is not None:
        return False
    return _PAST.search(text, c_lo, c_hi) is not None


#: "that" right after the date: a complement clause of the verb before the date begins ("agreed on
#: Friday that ...", "announced on Monday that ..."); its tense is not the date's.
_THAT_AFTER: Final = re.compile(r"\s+that\b", re.IGNORECASE)


#: Verbs that move an end later ("extend", "prolong", "renew" a mandate or deployment): the date they
#: move it to ("until 31 December") lies after the decision, so ahead of a story that reports it.
LENGTHENING: Final = re.compile(r"\b(?:extend|prolong|renew)(?:s|ed|ing)?\b", re.IGNORECASE)


def lengthened(text: str, start: int) -> bool:
    """Whether the clause before ``start`` (from the sentence's start or the last clause boundary, see
    :data:`CLAUSE_BOUNDARY`) holds a verb of :data:`LENGTHENING`: "the Sejm voted to prolong the
    deployment until 31 December" names the next 31 December."""
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    for found in CLAUSE_BOUNDARY.finditer(text, lo, start):
        lo = found.end()
    return LENGTHENING.search(text, lo, start) is not None


#: An infinitive right after a deadline ("until December 31 to pull out", "until Friday to leave"): the
#: time someone is given or has to do something, so a date that lies ahead of the story that reports
#: it (general English: "have until X to do Y"). Not "to" before a determiner, a number or a capitalised
#: word ("until March to the end", "from May until June to Kabul"): no verb follows.
ALLOWED_TIME: Final = re.compile(
    r"\s+to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|your|some|date)\b)(?-i:[a-z])[a-z]+\b",
    re.IGNORECASE,
)


#: A past tense in the clause before the deadline ("were given until March 1 to leave", "had until
#: Friday to pay"): the time allowed may have run out before the story, so it is not turned forward.
_PAST_GIVEN: Final = re.compile(r"\b(?:was|were|had|gave|did)\b", re.IGNORECASE)


def allowed_time(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start..end`` is followed by an infinitive (:data:`ALLOWED_TIME`) in a clause
    not told in the past: "gives the force until December 31 to pull out" names the next December 31."""
    if ALLOWED_TIME.match(text, end) is None:
        return False
    lo = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    for found in CLAUSE_BOUNDARY.finditer(text, lo, start):
        lo = found.end()
    return _PAST_GIVEN.search(text, lo, start) is None
