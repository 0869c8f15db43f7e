"""Place mentions that name who is accused, who speaks or where fighters come from: no site of the
sentence's event (ordinary28).

- The one accused ("X accused Y of meddling", "Y is accused of every ill", "accusations against Y"): an
  accusation is an act of its accuser (CAMEO ACCUSE [112]); the accused is its object, not where it was
  made.
- Where fighters come from ("volunteer fighters from X arrived", "backed by militias from X and Y"): a
  noun of irregular fighters or volunteers (the ``recruits`` class of ``events_context_words.yaml``) and
  "from" before the name give their origin, not where they fight or arrive. A verb or noun of removal
  right before the fighters (the ``removal`` class: "the evacuation of fighters from X", "withdrew its
  volunteers from X") makes X the place they leave, a site.
- Who speaks ("X says rebels attacked Y", "X claimed that"): a name right before a verb of saying (the
  ``speaking`` class), past auxiliaries and not after a preposition ("residents of X said" may be
  witnesses there, and "officials in X said" is :func:`geo.events.context.reporter`'s), is its subject:
  a capital or a country stands for its government (metonymy), which tells of violence, not where it is
  (a political act it states, "X said it no longer needs the mission", is its own).
- The home town of one charged with a crime ("a X man charged in the killing of", "an X woman was
  arrested"): "a"/"an", the name, a person noun (the ``townsfolk`` class) and a verb of criminal justice
  (the ``charged`` class) say where the accused lives, not where the crime was.
- What a protest is about ("protests by people angry over X's support for Y", "a rally against X's
  policy"): a name in the possessive after "over", "against", "about" or "at" is whose act people protest,
  not where they protest.
- Who answers for an act ("X's responsibility for the clashes", "X's role in the bombing of Y"): a name
  in the possessive before a noun of a share in an act (the ``blame`` class) and "for" or "in".
- Where a journey began ("the workers were attacked as they drove from X to Y"): a verb of travelling
  (the ``journey`` class) and "from" before the name; the attack, abduction or protest happened on the
  way, not at X. Movements of forces (deployment, withdrawal) are left alone: "returned from X" is a
  withdrawal from X.
"""

from __future__ import annotations

import re
from typing import Final

from geo.events.cues import Cue
from geo.events.subjects import subject_end
from geo.lexicon import load
from geo.temporal._scan import Tokens

__all__ = [
    "accused",
    "answerable",
    "grievance",
    "home_of_accused",
    "journey_start",
    "recruited",
    "speaker",
    "waged",
]

_WORDS: Final = load("events_context_words")
#: Right before the name: a form of "accuse" or "accusation(s) against", maybe "the".
_ACCUSED_BEFORE: Final = re.compile(
    r"\b(?:accus(?:e|es|ed|ing)|accusations?\s+against)\s+(?:the\s+)?\Z", re.I
)
#: Right after the name: "is/was/has been ... accused" (the subject of the passive).
_ACCUSED_AFTER: Final = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have|had|been|being|also|now|often|widely|long|repeatedly|stands?|stood)\s+)+"
    r"accused\b",
    re.I,
)
#: After the cue "accused": its object, "of" and up to three words before the name ("accused Western
#: governments of tolerating X's support"): X is in what the accused are charged with, no site (art31a).
_ACCUSED_OF: Final = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?of\s+(?:[\w'’-]+\s+){0,3}")
#: "<fighters> from (up to three articles or capitalised words) X", ending right before X.
_RECRUITS_FROM: Final = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(_WORDS.class_terms("recruits")) + r"))\s+(?i:from)\s+"
    # earlier items of a coordinated list ("from A, B and C"): C comes from as A does
    r"(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+(?:and\s+)?|\s+and\s+)){0,4}"
    r"(?:(?:the|a|[A-Z][\w'’-]*)\s+){0,3}\Z"
)
#: A word of removal and up to four words (an article, an adjective, a number, a demonym: "airlifted the last
#: 1,200 French troops") right before the fighters.
_REMOVAL: Final = re.compile(
    r"\b(?i:"
    + "|".join(t.replace(" ", r"\s+") for t in _WORDS.class_terms("removal"))
    + r")\w*\s+(?:(?:of|out)\s+)?(?:[\w'’,-]+\s+){0,4}\Z"
)
#: Right after a name: a verb of saying, maybe after auxiliaries and adverbs ("X has also claimed").
_SPEAKS: Final = re.compile(
    r"(?:\s*,\s*(?:which|who)\s[^,.;:]{1,120},)?"  # "X, which keeps an embassy there, called ..."
    r"\s+(?:(?:has|have|had|also|again|now|repeatedly|previously)\s+)*(?:"
    + "|".join(_WORDS.class_terms("speaking"))
    + r")\b",
    re.I,
)
#: Words right before a speaker that follows the act it tells ("strikes that X said killed 16").
_TOLD_BEFORE: Final = frozenset({"that", "which"})
#: Words before a name that make it no subject: prepositions ("residents of X said", "officials in X said").
_NO_SUBJECT: Final = frozenset(
    {"of", "in", "at", "from", "near", "to", "into", "for", "by", "with", "outside", "inside", "around"}
)
#: "<travelling> (north, back...) from (the capital,) X", ending right before X.
_JOURNEY_FROM: Final = re.compile(
    r"\b(?i:" + "|".join(_WORDS.class_terms("journey")) + r")\s+"
    r"(?:(?i:north|south|east|west|northward|southward|eastward|westward|back|home|away|out|in)\s+)?(?i:from)\s+"
    r"(?:(?:the|a|capital|city|town|village|[A-Z][\w'’-]*),?\s+){0,3}\Z"
)
#: "a/an" right before the name.
_INDEFINITE: Final = re.compile(r"\b(?i:an?)\s+\Z")
#: After the name: a person noun and a verb of criminal justice ("man charged", "woman was arrested").
_CHARGED: Final = re.compile(
    r"\s+(?i:" + "|".join(_WORDS.class_terms("townsfolk")) + r")\s+"
    r"(?:(?i:was|were|is|are|has\s+been|have\s+been|who\s+was|who\s+is|being)\s+)?"
    r"(?i:" + "|".join(_WORDS.class_terms("charged")) + r")\b"
)
#: Before a name: a preposition of what a protest is about.
_ABOUT: Final = re.compile(r"\b(?i:over|against|about|at)\s+(?:(?i:the)\s+)?\Z")
#: After a name: the possessive, a noun of a share in an act, and "for" or "in".
_ANSWERS: Final = re.compile(
    r"['’]s\s+(?:(?i:" + "|".join(_WORDS.class_terms("blame")) + r"))\s+(?i:for|in)\b"
)
#: Event types of violence told by a speaker: it happened where the speaker says, not where the speaker is.
_VIOLENT: Final = frozenset({"attack", "strike", "rocket_attack", "abduction"})
#: Event types told of what happens on a journey; movements of forces keep their "from X".
_ON_THE_WAY: Final = frozenset({"attack", "strike", "rocket_attack", "abduction", "protest"})
#: How far before a name the patterns look (characters).
_REACH: Final = 80


def accused(text: str, span: tuple[int, int], cue: Cue) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` is the one accused by the accusation cue ``cue``
    ("accused X of", "X is accused of", "accusations against X", or named in what X is accused of: "accused
    X of backing Y's forces"): its object, no site. For another cue (the act X is accused of: "accused X of
    orchestrating the assault"), X in the slot "accused X of" is no site of that act either."""
    start, end = span
    if text[cue.start : cue.start + 5].lower() != "accus":
        # "accused X of orchestrating the assault": X is who is said to have done it, not where
        before = _ACCUSED_BEFORE.search(text, max(0, start - 40), start)
        return before is not None and _OF.match(text, end) is not None
    return (
        _ACCUSED_BEFORE.search(text, max(0, start - 40), start) is not None
        or _ACCUSED_AFTER.match(text, end) is not None
        or (cue.end <= start <= cue.end + 80 and _ACCUSED_OF.fullmatch(text, cue.end, start) is not None)
    )


#: Right after the accused's name: "of", the act it is accused of.
_OF: Final = re.compile(r"\s+of\b")


def recruited(text: str, start: int) -> bool:
    """Whether the name at ``start`` says where fighters or volunteers come from ("militias from X"), with
    no word of removal right before them ("the evacuation of fighters from X" keeps X a site)."""
    low = max(0, start - _REACH)
    if text.find("from", low, start) < 0:
        return False
    found = _RECRUITS_FROM.search(text, low, start)
    if found is None:
        return False
    return _REMOVAL.search(text, max(0, found.start() - 60), found.start("noun")) is None


#: "what X called", "what X describes as": the name labels a thing; it speaks, it is no site.
_WHAT: Final = re.compile(r"\b(?i:what)\s+\Z")
_LABELS: Final = re.compile(r"\s+(?i:call(?:s|ed)?|term(?:s|ed)?|dubbed|describe[sd]?\s+as)\b")


def speaker(text: str, tokens: Tokens, span: tuple[int, int], cue: Cue) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` is the subject of a verb of saying right after it (the
    ``speaking`` class; not after a preposition) and ``cue``, an event of violence or an abduction, is told
    after that verb ("X says rebels attacked Y"): who speaks, no site. The verb itself as the cue ("X
    accused Y of meddling") and a political act told after it ("X said it no longer needs the mission")
    are X's own acts: X is left alone."""
    start, end = span
    if labels(text, span):
        return True  # "struck what X called hideouts": who names the target, wherever the cue is
    if cue.event_type not in _VIOLENT and (cue.event_type == "political" or cue.start >= end):
        return False  # "X said it no longer needs the mission": X's own political act
    # (a movement of forces told before the speaker, "helping fighters cross into Y, which X denies", is
    # not at X either: cap32)
    found = _SPEAKS.match(text, subject_end(text, end))  # "X and Y say": Y's verb is X's too
    if found is None:
        return False
    index = tokens.before(start)
    if cue.start < found.end():
        # "strikes that X said killed 16", "gunmen attacked Y, X said": the speaker of an act told before
        after = index >= 0 and (tokens.words[index] in _TOLD_BEFORE or text[start - 2 : start] == ", ")
        return cue.end <= start and after
    return index < 0 or tokens.words[index] not in _NO_SUBJECT


def journey_start(text: str, start: int, cue: Cue | None = None) -> bool:
    """Whether the name at ``start`` is where a journey began ("as they drove from X to Y") and ``cue``
    tells violence, an abduction or a protest on the way (any cue when None: the name hosts no event of
    another clause): no site of it."""
    if cue is not None and cue.event_type not in _ON_THE_WAY:
        return False
    low = max(0, start - _REACH)
    return text.find("from", low, start) >= 0 and _JOURNEY_FROM.search(text, low, start) is not None


def home_of_accused(text: str, span: tuple[int, int]) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` names the home town of one charged with a crime ("a X
    man charged in the killing", "an X woman was arrested"): no site of the crime."""
    start, end = span
    return (
        _CHARGED.match(text, end) is not None
        and _INDEFINITE.search(text, max(0, start - 4), start) is not None
    )


def grievance(text: str, span: tuple[int, int], cue: Cue) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` names whose act a protest (``cue``) is about: in the
    possessive after "over", "against", "about" or "at" ("angry over X's support for Y"): no site."""
    if cue.event_type != "protest":
        return False
    start, end = span
    return text[end : end + 2] in {"'s", "’s"} and _ABOUT.search(text, max(0, start - 12), start) is not None


#: "..., which X denies": the name answers a charge told before it (general English) (fix32).
_WHICH: Final = re.compile(r",\s+(?i:which)\s+\Z")
_DENIES: Final = re.compile(
    r"\s+(?:(?i:has|have|had|always|repeatedly|strongly|flatly)\s+)*(?i:den(?:y|ies|ied)|rejects?|rejected)\b"
)


def answerable(text: str, span: tuple[int, int]) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` names who answers for an act ("X's responsibility for
    the clashes", "X's role in the bombing"), who names its target (:func:`labels`) or who denies a charge
    told before it ("accuses Y of helping fighters cross into Z, which X denies"): no site nor host."""
    start, end = span
    return (
        _ANSWERS.match(text, end) is not None
        or labels(text, span)
        or (
            _DENIES.match(text, end) is not None
            and _WHICH.search(text, max(0, start - 9), start) is not None
        )
    )


def labels(text: str, span: tuple[int, int]) -> bool:
    """Whether the name ``text[span[0]:span[1]]`` labels a thing: "what X called/termed/described as"."""
    start, end = span
    return _LABELS.match(text, end) is not None and _WHAT.search(text, max(0, start - 8), start) is not None


#: A verb that carries out, keeps up or widens a campaign of violence, with up to six words before the act's
#: noun ("pressed on with a wave of night-time attacks", "stepped up its drone strikes", "launched 112
#: drones"): its subject is who acts (general English: support verbs of an act; CAMEO "use conventional
#: military force" [190] is told with them).
_WAGES: Final = re.compile(
    r"(?:\s+(?:has|have|had|also|again|then|now))*\s+(?:pressed\s+on\s+with|pushed\s+on\s+with|"
    r"stepped\s+up|kept\s+up|carried\s+out|pressed|launched|conducted|continued|intensified|escalated|"
    r"held|holds|staged|stages|"
    r"presses\s+on\s+with|steps\s+up|keeps\s+up|carries\s+out|launches|conducts|continues|intensifies)"
    r"\s+(?:[\w'’-]+\s+){0,6}?",
    re.IGNORECASE,
)


def waged(text: str, end: int, cue: Cue) -> bool:
    """Whether the name ending at ``end`` is the subject of a verb that carries out or keeps up the act
    whose noun is ``cue`` ("as X pressed on with a wave of attacks on Y", "X stepped up its strikes"):
    the place stands for who acts (metonymy), not where."""
    if cue.start <= end or text[cue.start : cue.end].lower().endswith(("ed", "ing")):
        return False  # a verb cue right after the name is :func:`geo.events.context.agent`'s
    return _WAGES.fullmatch(text, end, cue.start) is not None
