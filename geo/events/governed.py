"""Which cue words of a sentence report something that happened, and which only name what is threatened,
planned, fought or asked for.

A cue word is no event of its own when it is governed by a word before it in its sentence: a modal or a
word of planning ("could strike", "plans to deploy": the ``hypothetical`` classes), a word of countering
next to a military or political cue ("deployed to fight attacks": ``countering``), or a request, demand or
agreement whose object it is ("called on X to withdraw", "a request to pull its troops out",
"the agreement on the presence of forces": ``requesting``, CAMEO's appeal, request and demand verbs). In the
last case the request is the event (a political act), not the withdrawal or presence it asks for.

A cue inside a span of background (a motive, a description, a setting, a habit:
:mod:`geo.events.background`) is left out too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import Final

from geo.events.announced import announced
from geo.events.background import DESCRIBING, POSTURE, habitual, in_motive, motives, settings
from geo.events.brawls import brawl, sporting
from geo.events.civil import civil_staff, civil_vote, firm_act, funding, livestock_measure
from geo.events.context import (
    ATTRIBUTIVE,
    CONDITIONAL,
    COUNTERING,
    HYPOTHETICAL,
    HYPOTHETICAL_STEMS,
    MODAL_MONTHS,
    MODALS,
    OVERSEEING,
    PLANNED,
    REQUESTING,
)
from geo.events.counted import counted_noun
from geo.events.cues import TROOP_COUNT, Cue, mishap, names_class, policed, stateless, unarmed, unforced
from geo.events.document import VIOLENT, Document, per_document
from geo.events.doers import doer, halted
from geo.events.evacuees import civilian_evacuation
from geo.events.figures import abstract_subject
from geo.events.firms import firm_base
from geo.events.history import historical
from geo.events.intent import stated_intents
from geo.events.local import local_bodies
from geo.events.mishaps import mishap_told_on
from geo.events.named import in_proper_name
from geo.events.negated import negated
from geo.events.operating import mission_sites
from geo.events.parties import accord_aside, state_parties, subject_state
from geo.events.retold import reported
from geo.events.targets import untargeted
from geo.lexicon import load
from geo.model.spans import Resolved
from geo.temporal._scan import WordTest

__all__ = ["usable_cues"]

#: Words that join a request to what it asks for ("call on X to", "request for", "agreement on").
_LINKS: Final = frozenset({"to", "for", "on", "of", "over"})
#: Verbs of approving or voting whose object is no event of its own ("approved the deployment").
_APPROVING: Final = frozenset(load("events_context_words").class_terms("approving"))
#: Words that may stand between such a verb and the movement it approves ("approved the deployment").
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their"})
#: A sentence that opens with a plural or neuter pronoun subject ("They arrived ...", "It approved ..."):
#: it goes on with who the sentence before named (general English).
_PRONOUN: Final = re.compile(r"\W*(?:they|it|these|those)\b", re.IGNORECASE)
#: Kinds of actor catalogue entries that are armed agents (their killings are no mishap nor ordinary crime).
_ARMED_KINDS: Final = frozenset({"armed_group", "state_force"})
#: How many words a troop count may stand before the planned verb whose subject it is (an auxiliary, a
#: modal, an adverb: "would not immediately leave").
_SUBJECT_REACH: Final = 5
#: How many words before a cue a request may stand (the request word, the link and up to three words).
_REQUEST_REACH: Final = 5


def usable_cues(doc: Document, number: int, group: Sequence[Resolved]) -> list[Cue]:
    """The cues of sentence ``number`` that report an event, with the places ``group`` (text order).

    Cues inside a place's name ("base" in "Bagram Air Base") or a mission's or organisation's name
    ("Guard" in "Revolutionary Guard Corps"), a bare "strike" without a word of armed force, violence
    words in a sentence of an accident, disease or natural hazard (:func:`geo.events.cues.mishap`), everyday
    words of forces' activity in a sentence that names none (:func:`geo.events.cues.unforced`), and cues
    governed as the module docstring says are left out.
    """
    found = doc.cues[number]
    if doc.missions[number]:  # "Operation X, in the Y Sea": where the mission operates
        found = sorted([*found, *mission_sites(doc, number)], key=lambda c: c.start)
    if not found:  # most sentences with places: nothing to sift
        return []
    sentence_start = doc.sentences[number].start
    starts = [p.toponym.start for p in group]
    ends = {p.toponym.end for p in group}
    reasons = motives(doc, number)
    habits = habitual(doc, number) + settings(doc, number, group)
    named = bool(doc.missions[number])  # a mission named ("EUTM Somalia"): armed forces, for unforced
    forces = doc.words(number)  # where unforced and stateless look: also the sentence a pronoun refers to
    if number and _PRONOUN.match(doc.text, sentence_start):  # "They arrived in X": the forces named before
        forces = forces | doc.words(number - 1)
    armed = _armed_in(doc, number)
    # a country or an actor named: a state's or armed group's act, for stateless
    # states or actors that make a political cue a state's act, for stateless (geo.events.parties)
    several, spans = state_parties(doc, number, group)
    if _may_govern(doc, doc.index(sentence_start)):
        hypothetical = {c: _hypothetical(doc, c, sentence_start) for c in found}
    else:  # no word that may govern a cue: none is hypothetical (what _hypothetical answers first)
        hypothetical = dict.fromkeys(found, False)
    if any(c.event_type == "political" for c in found):  # "the county government approved": no state's act
        stately_words = forces - local_bodies(doc, number, group)
    else:
        stately_words = forces
    sentence = doc.sentences[number]
    if historical(doc.text[sentence.start : sentence.end]):  # "the battle was fought in 1066": history
        return []
    # "the strikes" refers back to the sentence before, unless its own names workers or pay ("by teachers")
    before = doc.words(number - 1) if number and not names_class("labour", doc.words(number)) else None
    cues = [
        c
        for c in found
        if not hypothetical[c]
        and not unarmed(c, doc.text, doc.words(number), before=before)
        and (
            armed
            or bool(spans)
            or not untargeted(c, doc.text, doc.words(number))
            or _other_violence(doc, c, found)
        )
        and (armed or not mishap(c, doc.words(number)))
        and (armed or not mishap_told_on(doc, number, c, armed=_armed_in))  # "a gas explosion ... the blast"
        and (armed or not policed(c, doc.text, doc.words(number)))
        and (armed or not brawl(c, doc.text, doc.words(number)))  # fighting among fans
        and not sporting(c, doc.words(number))  # "the Rockets hit X with 20 three-pointers"
        and (armed or not firm_base(c, doc.text, doc.words(number)))  # the company's base
        and (named or not unforced(c, forces))
        and not stateless(c, stately_words, stately=named or several or subject_state(doc, c, spans))
        and not _inside(c.start, starts, group)  # "base" in "Bagram Air Base" says no event
        and not _headed(doc.text, c, starts, group)  # "the al-Qaim base": the name's head noun
        and not _requested(doc, c, sentence_start)
        and not _overseen(doc, c, sentence_start)
        and DESCRIBING.search(doc.text, max(sentence_start, c.start - 60), c.start) is None
        and not in_motive(c.start, reasons)
        and not in_motive(c.start, habits)
        and not _in_name(doc, number, c)
        and not civilian_evacuation(doc, c)
        and not firm_act(c, doc.text, sentence_start)  # the producer signed agreements with insurers
        and not livestock_measure(c, doc.words(number))  # a ban on poultry over bird flu
        and not funding(c, doc.words(number))  # the town asked for funding for its bridge
        and not civil_vote(c, doc.text, sentence_start)  # fans voted for the best goal
        and not civil_staff(c, doc.text, sentence_start)  # a team of experts arrived in X
        and not abstract_subject(c, doc.text, sentence_start)  # the new law targets landlords
        and not in_proper_name(doc.text, c, sentence_start, doc.sentences[number].end, place_ends=ends)
        and not negated(doc, c)
    ]
    if intents := stated_intents(doc, number, found, hypothetical):  # "said France would withdraw"
        cues = sorted([*cues, *intents], key=lambda c: c.start)
    planned = [c for c in found if c.event_type in POSTURE and hypothetical[c]]
    if planned:  # "400 troops would leave X": the number is the subject of what is only planned
        cues = [c for c in cues if not _subject_of(doc, c, planned)]
    if any(c.tier < 3 for c in cues):  # "deploying soldiers to fight attacks": the attacks are no event here
        cues = [c for c in cues if not _countered(doc, c, sentence_start)]
    return cues


def _other_violence(doc: Document, cue: Cue, found: Sequence[Cue]) -> bool:
    """Whether a violent cue other than ``cue`` and other than a "target" word stands in its sentence
    ("helicopters target X" beside clashes, "renewed strikes target X"): the targeting is an attack."""
    return any(
        o is not cue
        and o.event_type in VIOLENT
        and not doc.text[o.start : o.end].lower().startswith("target")
        for o in found
    )


def _in_name(doc: Document, number: int, cue: Cue) -> bool:
    """Whether a cue word lies inside the name of a mission or organisation of the catalogues ("Guard" in
    "Islamic Revolutionary Guard Corps", "Strike" in "Joint Strike Force"): part of a name, no event."""
    return any(
        m.start <= cue.start < m.end for m in (*doc.missions[number], *doc.actors[number]) if m.end > m.start
    )


def _armed_in(doc: Document, sentence: int) -> bool:
    """Whether sentence ``sentence`` names an armed group or state force of the actor catalogue ("Islamic
    State"): an armed agent, for mishap."""
    catalogue = doc.actors_catalogue
    return any(
        m.name in catalogue and catalogue.entry(m.name).kind in _ARMED_KINDS for m in doc.actors[sentence]
    )


def _inside(offset: int, starts: list[int], group: Sequence[Resolved]) -> bool:
    """Whether ``offset`` lies inside the name of one of the places of ``group`` (starts in order)."""
    index = bisect.bisect_right(starts, offset) - 1
    return index >= 0 and offset < group[index].toponym.end


def _headed(text: str, cue: Cue, starts: list[int], group: Sequence[Resolved]) -> bool:
    """Whether the cue is a noun of a thing (``frame: false``: "base", "headquarters") right after a place
    name, the head noun of that name ("the al-Qaim base", "the Kamboinsin base"): it names the place, as
    "Base" in "Bagram Air Base" does, and tells no event."""
    if cue.frame:
        return False
    index = bisect.bisect_right(starts, cue.start) - 1
    return index >= 0 and text[group[index].toponym.end : cue.start].isspace()


#: The sub type of a cue of a state named to lead a unit at a place ("will lead a battalion in X",
#: ``events_cues``): a commitment of its forces there, which "will" does not make a plan without a time.
LEAD_NATION: Final = "lead_nation"
#: The words that may govern a cue as a condition, plan or hypothesis (:func:`_hypothetical`).
_GOVERNING: Final = WordTest(CONDITIONAL | HYPOTHETICAL, stems=HYPOTHETICAL_STEMS)


def _may_govern(doc: Document, number: int) -> bool:
    """Whether sentence ``number`` holds a word that may govern a cue as a condition, plan or hypothesis
    (:data:`_GOVERNING`, found in one pass over the tokens): False spares :func:`_hypothetical` the
    reading of each cue's words (most sentences)."""
    found = doc.tokens.select(_GOVERNING)
    sentence = doc.sentences[number]
    span = doc.tokens.span(sentence.start, sentence.end)
    at = bisect.bisect_left(found, span.start)
    return at < len(found) and found[at] < span.stop


@per_document
def _hypothetical(doc: Document, cue: Cue, sentence_start: int) -> bool:
    if not _may_govern(doc, doc.index(sentence_start)):
        return False
    if _word_before(doc, cue, sentence_start, CONDITIONAL.__contains__):
        return True  # "if the government requested it": a condition, of any type
    # "troops will arrive in X at the end of October": a planned movement told with its time is an event
    # dated by that time (news_events: "planned events carry the planned time"); without a time it is a plan.
    # The time is looked for only when a word of planning stands before the cue (it needs the dates).
    posture = cue.event_type in POSTURE
    timed: list[bool] = []
    # "a failed coup": right before the cue noun the word is an adjective of an act that took place
    index = doc.tokens.before(cue.start)
    attributive = index >= 0 and doc.tokens.words[index] in ATTRIBUTIVE
    # "In May, Turkey and Russia agreed": the month, capitalised inside the sentence, is no modal
    months = _months_before(doc, cue, sentence_start)
    # "agreed that troops would leave X by June": the agreement's "will", told in the past (cap32)
    agreed = posture and _AGREED_THAT.search(doc.text, max(sentence_start, cue.start - 160), cue.start)
    told = cue.event_type == "deployment" and announced(doc.text, sentence_start, cue.start)  # type35

    def governs(word: str) -> bool:
        if word in months:
            return False
        if word.startswith(HYPOTHETICAL_STEMS):
            return not (attributive and word in ATTRIBUTIVE)
        if word not in HYPOTHETICAL:
            return False
        if not posture or (word not in PLANNED and not (agreed and word == "would")):
            return not (told and word == "would")
        if cue.sub_event_type == LEAD_NATION:
            return False  # "X will lead a battalion in Y": a state named to lead a unit there, no mere plan
        if not timed:  # "Will X withdraw by June?": a question asks about the plan, its time tells none
            timed.append(
                _planned_time(doc, cue, sentence_start) and not _question(doc, cue) and _bound(doc, cue)
            )
        return not timed[0]

    return (
        _word_before(doc, cue, sentence_start, governs, clause=accord_aside(doc.text, cue))
        or _infinitive_of(doc, cue, sentence_start, governs)
        or _word_before(doc, cue, sentence_start, lambda w: w in MODALS and governs(w), reach=6, clause=True)
    )


def _months_before(doc: Document, cue: Cue, sentence_start: int) -> frozenset[str]:
    """The modal words spelt like a month ("may") that stand capitalised after the first word of the
    cue's sentence, before the cue: there they are the month ("In May, X agreed"), no modal."""
    text = doc.text
    found = {
        word
        for word in MODAL_MONTHS
        for at in (text.rfind(word.capitalize(), sentence_start + 1, cue.start),)
        if at > sentence_start and not text[at - 1].isalnum()
    }
    return frozenset(found)


#: Before a cue: a verb of agreeing, "that" and "would" ("agreed that troops would leave"): the future of a
#: deal told in the past (English backshift of "will"), a plan that its time makes an event as "will" does.
_AGREED_THAT: Final = re.compile(
    r"\b(?i:agreed|agree|agrees)\s+(?:[\w,'’-]+\s+){0,6}?that\s+[^.;:]{0,100}?\bwould\s+(?:[\w'’-]+\s+){0,3}\Z"
)


#: How many words before an infinitive cue ("to transfer") a word of plan or hypothesis may govern it.
_INFINITIVE_REACH: Final = 8


def _infinitive_of(doc: Document, cue: Cue, sentence_start: int, governs: Callable[[str], bool]) -> bool:
    """Whether an infinitive cue ("to transfer") is governed by a word of plan or hypothesis further back
    in its clause ("will keep working with allies to hand over security"): a purpose of
    what is planned, not something done."""
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    if index < 0 or words[index] != "to":
        return False
    clause = doc.clause(cue.start)
    for k in range(index - 1, max(index - _INFINITIVE_REACH - 1, -1), -1):
        if starts[k] < sentence_start or doc.clause(starts[k]) != clause:
            break
        if governs(words[k]):
            return True
    return False


def _planned_time(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """Whether the sentence of ``cue`` gives a time that is not the report's ("said on Tuesday" tells
    when the plan was told, not when it is to happen)."""
    return any(
        not reported(doc.tokens, sentence_start, d, cue=(cue.start, cue.end))
        for d in doc.dates[doc.index(cue.start)]
    )


def _question(doc: Document, cue: Cue) -> bool:
    """Whether the sentence of ``cue`` is a question (it ends with a question mark)."""
    sentence = doc.sentences[doc.index(cue.start)]
    return doc.text[sentence.start : sentence.end].rstrip().rstrip("\"'”’)").endswith("?")


def _bound(doc: Document, cue: Cue) -> bool:
    """Whether a place stands after a planned cue in its clause ("will leave X by June", "will arrive in X
    at the end of October"): where the plan moves forces, not a name in its subject (a mission "in X"
    that will withdraw from its areas)."""
    clause = doc.clause(cue.start)
    return any(p.toponym.start >= cue.end and doc.clause(p.toponym.start) == clause for p in doc.places)


def _subject_of(doc: Document, cue: Cue, planned: Sequence[Cue]) -> bool:
    """Whether ``cue`` is a troop count followed in its clause, within four words, by one of the
    ``planned`` cues of movement ("400 troops would leave X", "500 soldiers could be sent"): the count
    is the subject of a verb that tells no event."""
    if cue.sub_event_type != TROOP_COUNT:
        return False
    clause = doc.clause(cue.start)
    tokens = doc.tokens
    return any(
        other.start > cue.end
        and doc.clause(other.start) == clause
        and tokens.before(other.start) - tokens.before(cue.end) <= _SUBJECT_REACH
        for other in planned
    )


def _overseen(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """Whether a cue of troops' movement or presence is what something is meant to watch over ("set up to
    monitor the withdrawal of X"): a purpose, no event told (the ``overseeing`` words)."""
    if cue.event_type not in POSTURE:
        return False
    return OVERSEEING.search(doc.text, max(sentence_start, cue.start - 40), cue.start) is not None


def _countered(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """Whether a violent cue is what something responds to or fights ("in response to the attacks", "to
    help fight attacks"): up to three words after a word of the ``countering`` class."""
    if cue.event_type not in VIOLENT or doer(doc, cue, sentence_start):  # "the fighting has killed"
        return False
    return _word_before(doc, cue, sentence_start, COUNTERING.__contains__)


def _word_before(
    doc: Document,
    cue: Cue,
    sentence_start: int,
    test: Callable[[str], bool],
    *,
    reach: int = 4,
    clause: bool = False,
) -> bool:
    """Whether one of the ``reach`` words before the cue (in its sentence; in its clause with ``clause``)
    passes ``test``."""
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    own = doc.clause(cue.start) if clause else None
    for k in range(index, max(index - reach, -1), -1):
        if starts[k] < sentence_start or (clause and doc.clause(starts[k]) != own):
            break
        if test(words[k]):
            return True
    return False


def _requested(doc: Document, cue: Cue, sentence_start: int) -> bool:
    """Whether a cue of troops' movement or presence is what a request, demand or agreement asks for:
    a word of the ``requesting`` class up to five words before it, and a joining word ("to", "for", "on",
    "of", "over") between them ("called on Ankara to withdraw", "the request for the withdrawal"), or
    the cue a participle right after a noun of the class ("an agreement protecting its forces": what the
    agreement says, a reduced relative clause), or right before it with only an article between
    ("demanded the withdrawal"; not a form of "call": "called the withdrawal a mistake"); or a verb of
    approving or voting right before it (an article between) or joined to it so ("parliament approved
    the deployment", "voted to extend the presence"): what is approved."""
    if (noun := counted_noun(doc.text, cue, doc.cues[doc.index(cue.start)])) is not None:
        return _requested(doc, noun, sentence_start)  # "approved the deployment of 300 troops"
    if cue.event_type not in {"withdrawal", "deployment", "presence"}:
        return halted(doc, cue, sentence_start)  # "demands that the attacks stop": what is asked to stop
    words, starts = doc.tokens.words, doc.tokens.starts
    index = doc.tokens.before(cue.start)
    participle = doc.text[cue.start : cue.end].casefold().endswith("ing")
    linked = False
    for k in range(index, max(index - _REQUEST_REACH, -1), -1):
        if starts[k] < sentence_start:
            break
        bare = all(w in _DETERMINERS for w in words[k + 1 : index + 1])
        if words[k] in REQUESTING:
            return linked or (participle and k == index) or (bare and not words[k].startswith("call"))
        if words[k] in _APPROVING:
            return linked or bare
        linked = linked or words[k] in _LINKS
    return False
