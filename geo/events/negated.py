"""Cue words that their own clause negates or denies: "there were no clashes in X", "troops have not
withdrawn from X", "X denied that its forces struck Y". A negated or denied event is no event (ACLED codes
events reported to have taken place); the place of such a cue stays a mention.

Three forms are read, with the words of ``events_negation``:

* a verbal negator ("not", "never", "n't", "no longer") before the cue with only auxiliaries and adverbs
  between ("has not yet been deployed"), not followed by an exception word ("not only", "not far");
* a negative determiner ("no", "neither", "nobody") right before the cue noun, up to two modifiers between
  ("no major clashes"), or heading the subject of the cue verb with an auxiliary before the verb ("no
  troops are stationed", "no one was killed": the killing is negated, not an attack told elsewhere in the
  sentence);
* a denial: a denial verb before the subject of the cue verb ("denied its forces struck X"; not before a
  noun object, "denies attack on X", whose attack happened), or from a denial verb's "that" ("denied
  that"), or from a report noun after a denial verb, a falsity adjective or "no" ("rejected reports that",
  "false claims of", "no reports of", "denied plans to"), to the end of that clause.

Only words of the cue's clause count (:attr:`geo.events.document.Document.clauses`), so "gunmen attacked X,
but no one was hurt" keeps its attack.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Final

from geo.events.cues import Cue
from geo.events.document import Document, per_document
from geo.lexicon import load

__all__ = ["negated"]


def _class(name: str) -> frozenset[str]:
    return frozenset(load("events_negation").class_terms(name))


_NEGATORS: Final = _class("negator")
_DETERMINERS: Final = _class("determiner")
_BRIDGES: Final = _class("bridge")
_EXCEPTIONS: Final = _class("exception")
_DENIALS: Final = _class("denial")
_FALSITY: Final = _class("falsity")
_REPORTS: Final = _class("report")
#: Report nouns of intent whose infinitive right after them is what is denied ("denied plans to deploy");
#: the infinitive after other report nouns is no content of theirs ("rejected reports to the contrary").
_PLANS: Final = frozenset({"plans"})
_CALLED_OFF: Final = _class("called_off")
#: Verbs of ending whose object noun of presence is what stops ("ending a military presence").
_ENDED: Final = _class("ended")
#: Words before a report noun that deny it or call it false or absent ("rejected reports", "no reports").
_OPENERS: Final = _DENIALS | _FALSITY | frozenset({"no"})
#: Words that end a noun phrase walked back from a verb: function words, prepositions and verbs of saying.
_NOT_NOUN: Final = _BRIDGES | frozenset(
    {"the", "a", "an", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "that", "said"}
)
#: Articles before "no" that make it a noun ("a no vote").
_ARTICLES: Final = frozenset({"the", "a", "an"})
#: Determiners and possessives that open a noun phrase: right before a cue, it is a noun ("denied his
#: request"), not the verb of a subject.
_POSSESSIVES: Final = frozenset(
    {"his", "her", "its", "their", "our", "my", "your", "any", "this", "these", "those"}
)
#: Words one of which a sentence holds when it may negate or deny a cue: the negators of one word, "t" (of
#: "n't"), "not" (of "not one"), the determiners, denial verbs and report nouns.
_KEYS: Final = (
    frozenset(t for t in _NEGATORS if " " not in t)
    | {"t", "not"}
    | _DETERMINERS
    | _DENIALS
    | _REPORTS
    | _CALLED_OFF
    | _ENDED
)
#: The first and last words of the negators of two words ("no longer", "refused to"), whose first word may
#: end the sentence before.
_PAIRS: Final = tuple((t.split()[0], t.split()[1]) for t in sorted(_NEGATORS) if len(t.split()) == 2)
#: How many words a negator may stand before the cue (auxiliaries and adverbs between).
_VERB_REACH: Final = 4
#: How many modifiers may stand between "no" and the cue noun ("no major clashes").
_MODIFIERS: Final = 2
#: How many words of the subject "no" may head before the auxiliary ("no foreign troops are").
_SUBJECT: Final = 3
#: How many words before a report noun a denial verb or falsity adjective may stand ("dismissed as false").
_DENIAL_REACH: Final = 3


@per_document
def negated(doc: Document, cue: Cue) -> bool:
    """Whether ``cue`` is negated or denied in its own clause (module docstring)."""
    tokens = doc.tokens
    words, starts = tokens.words, tokens.starts
    first = tokens.before(cue.start) + 1  # the cue's first word
    if first >= len(words) or first == 0:
        return False
    number = doc.index(cue.start)
    if not _may_negate(doc, number):
        return False
    clause = doc.clause(cue.start)
    sentence_start = doc.sentences[number].start

    def inside(k: int) -> bool:
        return k >= 0 and starts[k] >= sentence_start and doc.clause(starts[k]) == clause

    after = tokens.before(cue.end) + 1
    if any(w == "until" for w in words[after : after + 3]):  # "did not withdraw until Monday": it did
        return False

    def lower(k: int) -> bool:  # "no" in lower case or opening the sentence: not "the No vote", "No. 3"
        start, end = starts[k], starts[k] + len(words[k])
        return (doc.text[start].islower() or start == sentence_start) and doc.text[end : end + 1] != "."

    return (
        _verbal(words, first, inside)
        or _determined(words, first, inside, lower)
        or _denied(doc, cue, sentence_start)
        or _called_off(words, after, inside)
        or _ended(cue, words, first, inside)
    )


def _called_off(words: list[str], after: int, inside: Callable[[int], bool]) -> bool:
    """The cue noun the subject of "is unlikely", "was cancelled", "has been postponed" (auxiliaries
    between): what was to happen did not ("the summit is unlikely to take place")."""
    for k in range(after, min(after + _VERB_REACH, len(words))):
        if not inside(k):
            return False
        if words[k] in _CALLED_OFF:
            return True
        if words[k] not in _BRIDGES:
            return False
    return False


#: Words that end the noun phrase a verb of ending governs before the presence noun ("ending talks on
#: the presence" governs no presence).
_NOT_OBJECT: Final = _NOT_NOUN - {"of"}


def _ended(cue: Cue, words: list[str], first: int, inside: Callable[[int], bool]) -> bool:
    """The presence noun the object of a verb of ending, up to four words of its noun phrase between
    ("ending a military presence that began in 2001", "ending decades of military presence"): what is told
    is the end of the presence (the withdrawal of its sentence), not the presence."""
    if cue.event_type != "presence" or not words[first].startswith("presence"):
        return False
    for k in range(first - 1, max(first - 1 - _VERB_REACH - 1, -1), -1):
        if not inside(k):
            return False
        if words[k] in _ENDED:
            return True
        if words[k] in _NOT_OBJECT and words[k] not in _ARTICLES and words[k] not in _POSSESSIVES:
            return False
    return False


@per_document
def _may_negate(doc: Document, number: int) -> bool:
    """Whether sentence ``number`` holds a word any negation or denial needs (:data:`_KEYS`, or both
    words of a negator of two words): False spares the reading of its cues (most sentences)."""
    words = doc.words(number)
    if not _KEYS.isdisjoint(words):
        return True
    first = bisect.bisect_left(doc.tokens.starts, doc.sentences[number].start)
    before = doc.tokens.words[first - 1] if first > 0 else ""
    return any(last in words and (head in words or head == before) for head, last in _PAIRS)


def _negator_at(words: list[str], k: int) -> bool:
    """Whether word ``k`` is a verbal negator ("not", "never", the "t" of "hasn't") or ends a negator of
    two words ("no longer", "yet to", "refused to")."""
    word = words[k]
    if word == "t":
        return k > 0 and words[k - 1].endswith("n") and "n't" in _NEGATORS
    if k > 0 and f"{words[k - 1]} {word}" in _NEGATORS:
        return True
    return word in _NEGATORS and (k + 1 >= len(words) or words[k + 1] not in _EXCEPTIONS)


def _verbal(words: list[str], first: int, inside: Callable[[int], bool]) -> bool:
    """A negator before the cue with only auxiliaries and adverbs (-ly) between."""
    for k in range(first - 1, max(first - 1 - _VERB_REACH, -1), -1):
        if not inside(k):
            return False
        if _negator_at(words, k):
            return True
        word = words[k]
        if word not in _BRIDGES and not word.endswith("ly") and word != "t":
            return False
    return False


def _determined(
    words: list[str], first: int, inside: Callable[[int], bool], lower: Callable[[int], bool]
) -> bool:
    """ "no" before the cue noun (modifiers between), or heading the subject of the cue verb; ``lower``
    tells whether a word is written as a determiner is (lower case, or opening the sentence)."""

    def determiner(k: int) -> bool:
        if words[k] == "not" and inside(k):  # "not one soldier was", "not a single shot was"
            return " ".join(words[k : k + 2]) in _DETERMINERS or " ".join(words[k : k + 3]) in _DETERMINERS
        return (
            inside(k)
            and words[k] in _DETERMINERS
            and lower(k)
            and (k + 1 >= len(words) or words[k + 1] not in _EXCEPTIONS)
            and (k == 0 or words[k - 1] not in _ARTICLES)  # "a no vote": a noun, no determiner
        )

    k = first - 1
    for _ in range(_MODIFIERS + 1):  # "no clashes", "no major clashes"
        if not inside(k):
            return False
        if determiner(k):
            return True
        if words[k] in _NOT_NOUN:
            break
        k -= 1
    k = first - 2  # "no formal order to pull out": the infinitive of a noun "no" determines
    if inside(k) and words[k + 1] == "to" and words[k] not in _NOT_NOUN:
        for _ in range(_MODIFIERS + 1):
            k -= 1
            if not inside(k) or words[k] in _NOT_NOUN:
                break
            if determiner(k):
                return True
    k = first - 1
    auxiliaries = 0
    while inside(k) and (words[k] in _BRIDGES or words[k].endswith("ly")) and auxiliaries < _VERB_REACH:
        k -= 1
        auxiliaries += 1
    if not auxiliaries:
        return False
    for _ in range(_SUBJECT + 1):  # "no troops are stationed", "nobody was killed", "neither X nor Y were"
        if not inside(k):
            return False
        if determiner(k):
            return True
        if words[k] in _NOT_NOUN and not (words[k] == "a" and words[k - 1] == "not"):  # "not a single"
            return False
        k -= 1
    return False


def _denied(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """A denial verb heading the subject of the cue verb ("denied its forces struck X"), a denial verb's
    "that", or a denied, false or absent report's "that" (up to three words between: "claims by the army
    that") or "of" (or "to" right after it: "denied plans to deploy"), before the cue in its sentence, whose
    clause reaches the cue."""
    tokens = doc.tokens
    words, starts = tokens.words, tokens.starts
    sentence = tokens.span(sentence_start, cue.start)
    first = sentence.stop  # the cue's first word
    k = first - 1
    while k >= sentence.start and k > first - 1 - _VERB_REACH and words[k] in _BRIDGES:
        k -= 1  # "denied its troops had entered X": the auxiliaries of the cue verb
    # "denied its forces struck X": a denial verb before the subject of the cue verb. Not its noun object
    # ("Iran denies attack on X"): the attack happened, and the denial is of who did it.
    heading = _SUBJECT + 1 if k >= 0 and words[k] not in _POSSESSIVES else 0  # not "denied his request"
    for subject in range(heading):
        if k < sentence.start or doc.clause(starts[k]) != doc.clause(cue.start):
            break
        if words[k] in _DENIALS:
            return subject > 0
        if words[k] in _NOT_NOUN:
            break
        k -= 1
    for k in range(sentence.start, sentence.stop - 1):
        word = words[k]
        if word in _DENIALS:
            opening = k + 1 if words[k + 1] == "that" else None  # "denied that"
        elif word in _REPORTS and not _OPENERS.isdisjoint(words[max(k - _DENIAL_REACH, sentence.start) : k]):
            if words[k + 1] == "of":  # "no reports of clashes": the noun phrase after "of", not what follows
                between = words[k + 2 : first]
                if len(between) <= _MODIFIERS and _NOT_NOUN.isdisjoint(between):
                    return True
                continue
            # "rejected reports that", "denied claims by the army that": its "that", three words between;
            # "denied plans to deploy": the infinitive right after the noun
            opening = next(
                (
                    j
                    for j in range(k + 1, min(k + 2 + _DENIAL_REACH, first))
                    if words[j] == "that" or (j == k + 1 and words[j] == "to" and word in _PLANS)
                ),
                None,
            )
        else:
            continue
        if opening is None or doc.clause(starts[opening]) != doc.clause(starts[k + 1]):
            continue
        index = bisect.bisect_right(doc.clauses, starts[opening])
        end = doc.clauses[index] if index < len(doc.clauses) else len(doc.text)
        if cue.start < end:
            return True
    return False
