"""Civil acts told with the words of statecraft or of forces' movements (near27).

Three guards of ordinary news, each a word class of ``events_cue_context.yaml`` (general English):

- a political cue after a firm named as who acts ("the producer signed agreements with insurers", "the
  airlines' chief executives agreed to lobby"; the ``firm_actors`` class before the cue, no word of the
  ``statecraft`` class there) is the firm's deal or lobby, which ACLED and CAMEO do not code;
- a political cue in a sentence of farm animals, their meat or diseases (the ``livestock`` class: "banned
  poultry imports over bird flu", "a travel ban on horses") is a veterinary or trade measure;
- a political cue in a sentence of money given or asked for (the ``funding`` class: "the town asked for
  funding to repair its bridge", "X agreed to give a grant for flood relief") that names no armed force or
  weapon (``agents``, ``force_words``) is a request or pledge of money (ordinary28), and so is one in a
  sentence of pollution or climate (the ``environment`` class) environmental policy;
- "voted" right after ordinary people as its subject (the ``voters`` class: "most people voted",
  "residents voted to approve the levy") is a ballot or an election, no resolution of a legislature
  (ordinary28);
- a presence or deployment cue whose subject is civilian staff (the ``civil_staff`` class up to eight words
  before the cue in its clause, no armed force named there: "a team of experts arrived in X") tells no
  movement of forces.
"""

from __future__ import annotations

import itertools
import re
from typing import Final

from geo.events.cues import Cue, names_class

__all__ = ["civil_staff", "civil_vote", "firm_act", "funding", "livestock_measure"]

_WORD: Final = re.compile(r"[A-Za-z]+")
#: A clause break: where the subject of a cue stops being looked for.
_CLAUSE: Final = re.compile(r"[;:()\u2013\u2014]|,\s+(?:and|but|while|which|who|where)\b|\.\s")
#: How many words before a presence or deployment cue its subject may stand ("a 22-member team of experts
#: from three agencies arrived").
_SUBJECT_WORDS: Final = 8
_MOVES: Final = frozenset({"presence", "deployment"})


def _words_before(text: str, start: int, end: int) -> set[str]:
    """The lower-cased words of ``text[start:end]`` with the two-word phrases they form."""
    words = [w.lower() for w in _WORD.findall(text, start, end)]
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def firm_act(cue: Cue, text: str, sentence_start: int) -> bool:
    """Whether the political cue ``cue`` of ``text`` follows, in its sentence (from ``sentence_start``), a
    firm named as who acts (the ``firm_actors`` class) and no word of statecraft (``statecraft``): a
    firm's deal or lobby ("the producer signed agreements with insurers"), no state's act.

    Examples
    --------
    "The carmaker signed an agreement with its unions" is a firm's act; "the government signed a deal with
    the firm" is not (the firm comes after the cue), nor "the ministry and the company agreed" (statecraft).
    """
    if cue.event_type != "political":
        return False
    before = _words_before(text, sentence_start, cue.start)
    return names_class("firm_actors", before) and not names_class("statecraft", before)


def livestock_measure(cue: Cue, words: set[str]) -> bool:
    """Whether the political cue ``cue`` stands in a sentence (its lower-cased ``words``) of farm animals,
    their meat or diseases (the ``livestock`` class): a veterinary or trade measure, no act of statecraft
    of a conflict ("the ministry banned poultry imports over bird flu")."""
    return cue.event_type == "political" and names_class("livestock", words)


def funding(cue: Cue, words: set[str]) -> bool:
    """Whether the political cue ``cue`` stands in a sentence (its lower-cased ``words``) of money given or
    asked for (the ``funding`` class) or of the environment (``environment``: pollution, air quality,
    climate change) with no armed force or weapon named (``agents``, ``force_words``):
    a request or pledge of funding, no act of statecraft of a conflict ("the city requested funding for
    its bridge", "X agreed to give a grant for flood relief"); "X pledged funding for the peacekeeping
    mission" keeps its cue (force words), and so do sanctions ("froze its loans")."""
    return (
        cue.event_type == "political"
        and cue.sub_event_type != "sanctions"  # "froze its loans", "blocked funding": a sanction
        and (names_class("funding", words) or names_class("environment", words))
        and not names_class("agents", words)
        and not names_class("force_words", words)
    )


#: Adverbs that may stand between a subject and "voted" ("people voted illegally", "fans narrowly voted").
_VOTE_ADVERBS: Final = frozenset(
    {
        "illegally",
        "narrowly",
        "overwhelmingly",
        "unanimously",
        "also",
        "have",
        "has",
        "had",
        "already",
        "twice",
    }
)
#: The cue words of voting.
_VOTE: Final = re.compile(r"vot(?:e|ed|es|ing)\b", re.IGNORECASE)


def civil_vote(cue: Cue, text: str, sentence_start: int) -> bool:
    """Whether the political cue ``cue`` of ``text`` is "voted" (or "vote(s)", "voting") whose subject, the
    last word before it in its sentence past a few adverbs, names ordinary people (the ``voters`` class):
    a ballot or an election ("fans voted online for the best goal in X"), no resolution of a legislature
    ("lawmakers voted", "93 members voted against" keep theirs)."""
    if cue.event_type != "political" or _VOTE.match(text, cue.start) is None:
        return False
    words = [w.lower() for w in _WORD.findall(text, max(sentence_start, cue.start - 60), cue.start)]
    while words and words[-1] in _VOTE_ADVERBS:
        words.pop()
    return bool(words) and names_class("voters", {words[-1]})


def civil_staff(cue: Cue, text: str, sentence_start: int) -> bool:
    """Whether the presence or deployment cue ``cue`` of ``text`` has civilian staff as its subject: a word
    of the ``civil_staff`` class up to eight words before it in its clause (from ``sentence_start``) and no
    armed force there (``agents`` and ``force_words``): "a team of experts arrived in X", "doctors were
    deployed to X" tell no movement of forces; "troops and doctors were deployed" does.
    """
    if cue.event_type not in _MOVES:
        return False
    start = max(sentence_start, cue.start - 160)
    breaks = [m.end() for m in _CLAUSE.finditer(text, start, cue.start)]
    if breaks:
        start = breaks[-1]
    spans = [m.start() for m in _WORD.finditer(text, start, cue.start)]
    if len(spans) > _SUBJECT_WORDS:
        start = spans[-_SUBJECT_WORDS]
    before = _words_before(text, start, cue.start)
    if not names_class("civil_staff", before):
        return False
    return not names_class("agents", before) and not names_class("force_words", before)
