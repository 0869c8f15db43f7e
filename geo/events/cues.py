"""Cue words that signal an event type, found in one pass over the text.

Each cue has an event type (:data:`geo.model.vocab.EVENT_TYPES`), an optional sub type and a tier: 3 for
violent or decisive events (strikes, rocket attacks, abductions, protests, withdrawals), 2 for military
activity (deployment, training, presence), 1 for political acts. Within a clause the highest tier wins,
then the cue nearest to the place. Sentence-level checks then refine the choice (a "bombing" by a
military is an air strike, a "withdrawal" without troops is political, training that was "called off"
is ``training_suspended``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from geo.temporal._scan import Tokens, WordTest

__all__ = ["Cue", "find_cues", "refine"]

_ADJ = r"(?:[\w'’-]+\s+){0,3}?"
_TROOPS = (
    r"(?:troops|soldiers|forces|personnel|marines|servicemen|service\s+members|military|units?|contingent"
    r"|company|battalion|brigade|advis[eo]rs|instructors|trainers|officers|warships?|frigates?|jets)"
)

# (event type, sub type, tier, first-word stems, pattern)
_CUES: Final[tuple[tuple[str, str | None, int, str, str], ...]] = (
    (
        "abduction",
        None,
        3,
        "kidnap abduct taken hostage held",
        r"kidnap\w*|abduct\w*|taken\s+hostage|hostage-taking|held\s+captive",
    ),
    ("abduction", "hostage_taking", 3, "hostage", r"hostages?"),
    ("rocket_attack", "ballistic_missile", 3, "ballistic", r"ballistic\s+missiles?"),
    ("rocket_attack", "cruise_missile", 3, "cruise", r"cruise\s+missiles?"),
    ("rocket_attack", "missile", 3, "missile", r"missiles?(?!\s+defen[cs]e)"),
    ("rocket_attack", "rocket", 3, "rocket katyusha", r"rockets?|katyushas?"),
    ("rocket_attack", "mortar", 3, "mortar", r"mortars?"),
    (
        "strike",
        "drone_strike",
        3,
        "drone uav unmanned armed",
        r"(?:drone|uav|unmanned\s+aerial\s+vehicle)s?[\s-]+(?:strikes?|attacks?|raids?)|drones?\s+(?:struck|hit)"
        r"|armed\s+drones?",
    ),
    (
        "strike",
        "air_strike",
        3,
        "air bomb warplane fighter",
        r"air[\s-]?strikes?|air[\s-]?raids?|air\s+campaign|bombing\s+(?:raids?|campaign)|warplanes?|fighter\s+jets?"
        r"|bombed|bombard\w*|airstrikes?",
    ),
    ("strike", "bombing", 3, "bombing", r"bombings?"),
    (
        "attack",
        "explosion",
        3,
        "explosion blast explod deton suicide car",
        r"explosions?|blasts?|exploded|detonated|suicide\s+bomb\w*|car\s+bombs?",
    ),
    (
        "attack",
        "territorial_control",
        3,
        "occupied overran overrun seized took captured",
        r"occupied|overran|overrun|seized\s+control|took\s+control|captured\s+(?:the\s+)?(?:city|town|village)",
    ),
    (
        "attack",
        None,
        3,
        "attack assault ambush clash gunmen gunfire shell shot raid targeted came",
        r"attack(?:s|ed|ing)?|assault\w*|ambush\w*|clash(?:es|ed)?|gunmen|gunfire|shelling|shelled|shot\s+dead"
        r"|raid(?:s|ed)?|targeted|came\s+under\s+fire",
    ),
    (
        "protest",
        None,
        3,
        "protest demonstrat rall riot sit marched",
        r"protest\w*|demonstrations?|demonstrators|rall(?:y|ies)|riot\w*|sit-ins?|marched",
    ),
    (
        "withdrawal",
        None,
        3,
        "withdr pull return went came sent bring brought draw removed left redeploy evacuat",
        r"withdr[ae]w\w*|withdrawal|pull(?:s|ed|ing)?\s+out|pull-?out|returned\s+home|return(?:s|ed|ing)?\s+home"
        r"|went\s+home|came\s+home|sent\s+home|bring\w*\s+(?:\w+\s+){0,3}home|brought\s+(?:\w+\s+){0,3}home"
        r"|draw\s*down|drawdown|removed\s+(?:all\s+)?(?:\w+\s+)?troops|left\s+the\s+country|redeploy\w*|evacuat\w*",
    ),
    (
        "training",
        None,
        2,
        "train instruct mentor capacity exercise first",
        r"train(?:s|ed|ing|er|ers)?|instruct\w*|mentor\w*|capacity[\s-]building|exercises?|first[\s-]aid\s+training",
    ),
    (
        "deployment",
        None,
        2,
        "deploy dispatch reinforc send sent stationed contingent infantry battalion took take protect "
        "guard escort patrol arriv rotation",
        rf"deploy\w*|dispatch\w*|reinforc\w*|send(?:s|ing)?\s+{_ADJ}{_TROOPS}|sent\s+{_ADJ}{_TROOPS}|stationed"
        r"|contingent|infantry\s+company|battalion|took\s+over\s+(?:their|the|its)\s+mission|take\s+over"
        r"|protect\w*|guard(?:s|ed|ing)?|escort\w*|patrol\w*|arriv\w*|rotation",
    ),
    (
        "presence",
        None,
        2,
        "presence remain still base based garrison have has host",
        r"presence|remain(?:s|ed)?\s+(?:stationed|deployed|based|in|at)|still\s+(?:have|has|had)\s+(?:\w+\s+)?bases"
        r"|bases?|based\s+(?:at|in)|garrison\w*|ha(?:ve|s)\s+been\s+in\s+(?=[A-Z]|the\s+country)|hosts?\s+(?:\w+\s+)?troops",
    ),
    ("political", "threat", 1, "threat ultimatum", r"threat(?:s|en|ened|ening)?|ultimatum"),
    (
        "political",
        "parliament_resolution",
        1,
        "parliament resolution vot legislat lawmakers",
        r"parliament\w*|resolution|vot(?:e|ed|es|ing)|legislat\w*|lawmakers",
    ),
    ("political", "official_visit", 1, "visit", r"visit(?:s|ed|ing)?"),
    (
        "political",
        "travel_advisory",
        1,
        "told advised urged ordered",
        r"(?:told|advised|urged|ordered)\s+(?:\w+\s+){0,4}to\s+leave",
    ),
    (
        "political",
        "sanctions",
        1,
        "sanction freez froze seize",
        r"sanction\w*|freez\w*|froze|seize\s+(?:the\s+)?\w+\s+(?:reserves|assets)",
    ),
    (
        "political",
        None,
        1,
        "decid decision agreement treaty accord negotiat talks summit election inaugurat confirmed "
        "identified accus demand expel letter minister",
        r"decid\w*|decision|agreement|treaty|accord|negotiat\w*|talks|summit|elections?|inaugurat\w*|confirmed"
        r"|identified|accus\w*|demand\w*|expel\w*|letter\s+to\s+(?:the\s+)?parliament|ministers?\s+report",
    ),
)

_PATTERNS: Final = tuple(
    re.compile(rf"(?:{pattern})(?![\w])", re.IGNORECASE) for _, _, _, _, pattern in _CUES
)
_STEMS: Final[dict[str, tuple[int, ...]]] = {}
for _number, _cue in enumerate(_CUES):
    for _stem in _cue[3].split():
        _STEMS[_stem] = (*_STEMS.get(_stem, ()), _number)
_STEM_TEST: Final = WordTest(stems=_STEMS)
_WORD_CUES: dict[str, tuple[int, ...]] = {}


def _cues_for(word: str) -> tuple[int, ...]:
    """Indices of the cues that may start with ``word`` (cached)."""
    found = _WORD_CUES.get(word)
    if found is None:
        found = tuple(sorted({n for stem, ns in _STEMS.items() if word.startswith(stem) for n in ns}))
        if len(_WORD_CUES) < 200_000:
            _WORD_CUES[word] = found
    return found


_MILITARY: Final = frozenset(
    [
        "troops",
        "soldiers",
        "forces",
        "military",
        "army",
        "personnel",
        "marines",
        "contingent",
        "mission",
        "unit",
        "units",
        "battalion",
        "company",
        "officers",
        "advisors",
        "advisers",
        "servicemen",
    ]
)
_TREATY: Final = frozenset({"agreement", "deal", "treaty", "accord", "pact", "jcpoa"})
_AIR: Final = frozenset(
    {"military", "jet", "jets", "aircraft", "warplane", "warplanes", "coalition", "planes"}
)
_TERROR: Final = frozenset(
    {"suicide", "car", "roadside", "ied", "attacks", "terror", "terrorist", "terrorists"}
)
_SUSPEND: Final = ("suspend", "halt", "ceas", "stop", "paus", "froze", "frozen", "ended")
_MARITIME: Final = frozenset(
    {
        "shipping",
        "maritime",
        "naval",
        "vessel",
        "vessels",
        "tanker",
        "tankers",
        "frigate",
        "frigates",
        "warship",
        "warships",
    }
)


def _any_prefix(words: set[str], stems: tuple[str, ...]) -> bool:
    return any(word.startswith(stems) for word in words)


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue word or phrase.

    Attributes
    ----------
    start, end
        Offsets of the cue in the text.
    event_type, sub_event_type
        What it signals.
    tier
        3 violent or decisive, 2 military activity, 1 political.
    """

    start: int
    end: int
    event_type: str
    sub_event_type: str | None
    tier: int


def find_cues(text: str, *, tokens: Tokens | None = None) -> list[Cue]:
    """All cues of the text in order (patterns tried only at tokens that can start them)."""
    toks = tokens if tokens is not None else Tokens(text)
    out: list[Cue] = []
    reached = -1
    words, starts = toks.words, toks.starts
    for index in toks.select(_STEM_TEST):
        start = starts[index]
        if start < reached or (start > 0 and text[start - 1] == "-"):
            continue
        for number in _cues_for(words[index]):
            match = _PATTERNS[number].match(text, start)
            if match is not None:
                event_type, sub, tier, _, _ = _CUES[number]
                out.append(Cue(start, match.end(), event_type, sub, tier))
                reached = match.end()
                break
    return out


def refine(cue: Cue, words: set[str]) -> tuple[str, str | None]:
    """Adjust a cue's event and sub type to the lower-cased words of its sentence."""
    event_type, sub = cue.event_type, cue.sub_event_type
    if event_type == "withdrawal" and not words & _MILITARY:
        return ("political", "treaty_withdrawal") if words & _TREATY else ("political", None)
    if sub == "bombing":
        if words & _AIR or {"air", "force"} <= words:
            return "strike", "air_strike"
        if words & _TERROR:
            return "attack", "bombing"
    if event_type == "training":
        if _any_prefix(words, _SUSPEND) or {"called", "off"} <= words:
            return event_type, "training_suspended"
        if {"first", "aid"} <= words:
            return event_type, "first_aid_training"
    if event_type == "deployment":
        if words & _MARITIME:
            return event_type, "maritime_security"
        if _any_prefix(words, ("protect", "guard", "reinforc")):
            return event_type, "force_protection"
    if sub == "parliament_resolution" and not _any_prefix(words, ("parliament", "lawmaker", "legislat")):
        return event_type, None
    return event_type, sub
