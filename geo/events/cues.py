"""Cue words that signal an event type, found in one pass over the text.

Each cue has an event type (:data:`geo.model.vocab.EVENT_TYPES`), an optional sub type and a tier: 3 for
violent or decisive events (strikes, rocket attacks, abductions, protests, withdrawals), 2 for military
activity (deployment, training, presence), 1 for political acts. Within a clause the highest tier wins,
then the cue nearest to the place. Sentence-level checks then refine the choice (a "bombing" by a
military is an air strike, a "withdrawal" from an agreement (without troops) is political, training
that was "called off" is ``training_suspended``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Final

from geo.events.cue_table import cue_table, patterns_for
from geo.lexicon import load
from geo.model.fastinit import fast_init
from geo.temporal._scan import Tokens

__all__ = [
    "KEEP_SUBS",
    "RELOCATION",
    "TROOP_COUNT",
    "Cue",
    "by_state",
    "find_cues",
    "mishap",
    "mishap_classes",
    "names_class",
    "refine",
    "sharpen",
    "unarmed",
    "unforced",
]

#: The sub type of the cue a troop count makes ("900 troops in X": presence); a verb of its clause
#: outranks it, and it leaves no sub type on the event.
TROOP_COUNT: Final = "troop_count"
#: The sub type of a cue of leaving ("left X", "departed"): a withdrawal when the sentence speaks of forces,
#: else nobody's event.
DEPARTURE: Final = "departure"
#: The sub type of a cue of moving something from one place to another ("moved its headquarters from X to
#: Y"): a withdrawal at X and a deployment at Y; it leaves no sub type on the event.
RELOCATION: Final = "relocation"


@dataclass(frozen=True, slots=True)
class _Context:
    """One class of ``events_cue_context``: words, phrases (their words in a row) and prefixes."""

    words: frozenset[str]
    phrases: tuple[str, ...]
    prefixes: tuple[str, ...]

    def found_in(self, words: set[str]) -> bool:
        """Whether the lower-cased words of a sentence (with the phrases :func:`phrases_in` found in it)
        hold one of the class's terms."""
        return (  # the same tests as plain loops, at C speed (set lookups, a map of startswith)
            not self.words.isdisjoint(words)
            or not words.isdisjoint(self.phrases)
            or (bool(self.prefixes) and any(map(str.startswith, words, repeat(self.prefixes))))
        )


@functools.cache
def _phrases() -> tuple[tuple[frozenset[str], str, re.Pattern[str]], ...]:
    """The phrases of ``events_cue_context``: their words, the phrase and a pattern of its words in a row."""
    terms = sorted({str(e["term"]) for e in load("events_cue_context") if " " in str(e["term"])})
    whole = r"(?<![\w-]){}(?![\w-])"  # whole words, not part of a compound ("a fire-fight" holds no "a fire")
    return tuple(
        (frozenset(t.split()), t, re.compile(whole.format(r"\s+".join(map(re.escape, t.split()))), re.I))
        for t in terms
    )


@functools.cache
def _phrase_firsts() -> tuple[frozenset[str], dict[str, tuple[int, ...]]]:
    """The first words of the phrases of :func:`_phrases`, and the phrases (their indices) of each."""
    index: dict[str, tuple[int, ...]] = {}
    for number, (_, term, _) in enumerate(_phrases()):
        first = term.split()[0]
        index[first] = (*index.get(first, ()), number)
    return frozenset(index), index


def phrases_in(text: str, start: int, end: int, words: set[str]) -> set[str]:
    """The phrases of ``events_cue_context`` whose words stand in a row in ``text[start:end]`` (whose
    lower-cased words are ``words``): "white house", "heart attack", not "the heart of X ... an attack".
    Only the phrases whose first word is among ``words`` are tried, in the order of :func:`_phrases`."""
    firsts, index = _phrase_firsts()
    starting = words & firsts
    if not starting:
        return set()
    phrases = _phrases()
    numbers = sorted(number for word in starting for number in index[word])
    return {
        phrases[n][1] for n in numbers if phrases[n][0] <= words and phrases[n][2].search(text, start, end)
    }


@functools.cache
def _context() -> dict[str, _Context]:
    """The refining word classes of the lexicon data, by class name (once, at first use)."""
    parts: dict[str, tuple[set[str], list[str], list[str]]] = {}
    for entry in load("events_cue_context"):
        words, phrases, prefixes = parts.setdefault(str(entry["class"]), (set(), [], []))
        term = str(entry["term"])
        if entry.get("prefix"):
            prefixes.append(term)
        elif " " in term:
            phrases.append(term)
        else:
            words.add(term)
    return {name: _Context(frozenset(w), tuple(ph), tuple(pr)) for name, (w, ph, pr) in parts.items()}


@fast_init
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
    frame
        Whether the cue tells an event of its own in a clause that names no place
        (:mod:`geo.events.frames`); False for nouns that name a thing rather than a happening ("base").
    effect
        Whether the cue names what violence caused ("killed", "explosions", "casualties") rather than its
        means: the event then has the type of the means its sentence names (:func:`sharpen`).
    force
        Whether the cue is an everyday word ("arrived", "set up", "training") that is an act of armed forces
        only in a sentence that names some (:func:`unforced`).
    """

    start: int
    end: int
    event_type: str
    sub_event_type: str | None
    tier: int
    frame: bool = True
    effect: bool = False
    force: bool = False


def find_cues(text: str, *, tokens: Tokens | None = None) -> list[Cue]:
    """All cues of the text in order (patterns tried only at tokens that can start them)."""
    table = cue_table()
    toks = tokens if tokens is not None else Tokens(text)
    out: list[Cue] = []
    reached = -1
    words, starts = toks.words, toks.starts
    for index in toks.select(table.stem_test):
        start = starts[index]
        if start < reached or (start > 0 and text[start - 1] == "-"):
            continue
        for number, pattern in patterns_for(words[index]):  # only the entries the word may start
            match = pattern.match(text, start)
            if match is not None:
                event_type, sub, tier, frame, effect, force = table.kinds[number]
                out.append(Cue(start, match.end(), event_type, sub, tier, frame, effect, force))
                reached = match.end()
                break
    return out


#: A definite noun phrase that refers back to strikes told before ("The strikes", "these two strikes",
#: "the latest strike"): a determiner, then up to two words, right before the noun.
_DEFINITE: Final = re.compile(r"\b(?:the|these|those|this|that)\s+(?:[\w'’-]+\s+){0,2}\Z", re.IGNORECASE)


def unarmed(cue: Cue, text: str, words: set[str], *, before: set[str] | None = None) -> bool:
    """Whether a bare noun "strike(s)" has no word of armed force in its sentence (then it is not an event:
    a labour strike, a gold strike, a lightning strike). A definite "the strikes" refers back, so the
    words of the sentence ``before`` it count too ("Jets bombed X. The strikes also hit Y")."""
    if (
        cue.event_type != "strike"
        or cue.sub_event_type is not None
        or text[cue.start : cue.end].lower()[:5] != "strik"
    ):
        return False
    context = _context()
    if "armed" not in context or context["armed"].found_in(words):
        return False
    return not (
        before is not None
        and _DEFINITE.search(text, max(0, cue.start - 40), cue.start) is not None
        and context["armed"].found_in(before)
    )


def names_class(name: str, words: set[str]) -> bool:
    """Whether ``words`` (lower-cased words of a sentence) hold a word or phrase of the context class
    ``name`` of ``events_cue_context.yaml`` ("agents", "armed", "mishap"...)."""
    context = _context()
    return name in context and context[name].found_in(words)


def policed(cue: Cue, text: str, words: set[str]) -> bool:
    """Whether a "raid" cue stands in a sentence of law enforcement (the ``policing`` class: "police",
    "sheriff", "SWAT") and no armed force or weapon (the ``agents`` class): a search by police ("agents and
    a SWAT team raided the home"), which ACLED does not code, not an attack. A killing told with it keeps
    its own cue."""
    if cue.event_type != "attack" or text[cue.start : cue.start + 4].lower() != "raid":
        return False
    context = _context()
    if "policing" not in context or not context["policing"].found_in(words):
        return False
    return "agents" not in context or not context["agents"].found_in(words)


def unforced(cue: Cue, words: set[str]) -> bool:
    """Whether an everyday cue of forces' activity (``force`` in the lexicon: "arrived", "set up",
    "training", "patrols", "based in") stands in a sentence that names no armed force (the ``agents`` and
    ``force_words`` classes): "the airline, based in X", "patients were evacuated" tell no
    event."""
    if not cue.force:
        return False
    context = _context()
    classes = ("agents", "force_words")
    return not any(name in context and context[name].found_in(words) for name in classes)


def stateless(cue: Cue, words: set[str], *, stately: bool = False) -> bool:
    """Whether a political cue ("approved", "voted", "agreed") stands in a sentence without a word of
    states, governments, diplomacy or war (the ``statecraft`` class): a city council's vote or a firm's
    agreement. ``stately`` (the sentence names a country, an actor or a mission) keeps the cue, but for a
    visit, which needs a word of statecraft or an official (the ``dignitaries`` class) itself: a tourist
    visiting a country makes no official visit."""
    if cue.event_type != "political":
        return False
    context = _context()
    if cue.sub_event_type == "official_visit":
        classes: tuple[str, ...] = ("statecraft", "dignitaries")
    elif stately:
        return False
    else:
        classes = ("statecraft",)
    return not any(name in context and context[name].found_in(words) for name in classes)


#: Sub types of violence a mishap may be mistaken for, and the classes of mishaps that make them none: the
#: generic kinds ("killed", "attack", "struck") and an explosion (of gas, a boiler; not a "car explosion").
_MISHAP_SUBS: Final = {None: ("mishap", "crime", "blast"), "explosion": ("blast",)}


def mishap_classes(cue: Cue) -> tuple[str, ...]:
    """The context classes of harm of no violence that ``cue`` may be mistaken for (none if it names its
    means or is no attack or strike; see :func:`mishap`)."""
    if cue.event_type not in {"attack", "strike"}:
        return ()
    return _MISHAP_SUBS.get(cue.sub_event_type, ())


def mishap(cue: Cue, words: set[str]) -> bool:
    """Whether an attack or strike cue without a sub type ("killed", "attack", "struck") stands in a
    sentence that names a harm of no violence (an accident, a disease, a natural hazard, an animal: the
    ``mishap`` class) or ordinary criminal justice (the ``crime`` class), and no armed force or weapon (the
    ``agents`` class): then it is no event ("killed in a car accident", "the outbreak has killed 40", "an
    earthquake struck", "charged with assault"), as ACLED codes political violence only."""
    if cue.event_type not in {"attack", "strike"} or cue.sub_event_type not in _MISHAP_SUBS:
        return False
    context = _context()
    classes = _MISHAP_SUBS[cue.sub_event_type]
    if not any(name in context and context[name].found_in(words) for name in classes):
        return False
    return "agents" not in context or not context["agents"].found_in(words)


def refine(cue: Cue, words: set[str]) -> tuple[str, str | None]:
    """Adjust a cue's event and sub type to the lower-cased words of its sentence."""
    event_type, sub = cue.event_type, cue.sub_event_type
    if sub == TROOP_COUNT:
        sub = None
    context = _context()

    def has(name: str) -> bool:
        return name in context and context[name].found_in(words)

    if event_type == "withdrawal" and not has("military"):
        if sub == DEPARTURE:  # someone left a place: no withdrawal of forces
            return "mention", None
        if has("treaty") and sub not in ("handover", "closure"):  # sites handed over under an agreement
            return "political", "treaty_withdrawal"
    if sub in (DEPARTURE, RELOCATION):
        sub = None
    if sub == "bombing":
        if has("air"):
            return "strike", "air_strike"
        if has("terror"):
            return "attack", "bombing"
    if event_type == "presence" and sub is None and has("trainers"):  # "the training mission operated from X"
        return "training", None
    if event_type == "training" and has("suspend"):
        return event_type, "training_suspended"
    if event_type == "deployment":
        if has("maritime"):
            return event_type, "maritime_security"
        if has("force_protection"):
            return event_type, "force_protection"
    if sub == "parliament_resolution" and not has("legislature"):
        return event_type, None
    return event_type, sub


#: Violent types a state's weapons fired from afar make a strike (ACLED: air/drone strike, shelling/missile
#: attack by state forces); sub types that stay what they are.
_STATE_TYPES: Final = frozenset({"attack", "rocket_attack"})
KEEP_SUBS: Final = frozenset({"territorial_control", "explosion", "bombing"})


def by_state(event_type: str, sub: str | None, words: set[str]) -> tuple[str, str | None]:
    """An attack or missile attack whose only actors are states, in a sentence of weapons fired from
    afar (drones, missiles, jets, shelling: the ``remote`` class), is a strike."""
    context = _context()
    if (
        event_type in _STATE_TYPES
        and sub not in KEEP_SUBS
        and "remote" in context
        and context["remote"].found_in(words)
    ):
        return "strike", sub
    return event_type, sub


#: Types of violence whose means a cue may name ("air strikes", "rockets", "a missile").
_MEANS_TYPES: Final = frozenset({"strike", "rocket_attack", "attack"})


def sharpen(cue: Cue, cues: Sequence[Cue]) -> Cue:
    """The cue that gives an effect cue's event its type: the nearest cue of its sentence (``cues``) that
    names the means of violence with a sub type ("explosions were heard as air strikes hit X": an air
    strike; "killed when warplanes struck": an air strike), or else the nearest one of striking without
    sub type ("jets struck ..., adding he was killed in X": a strike); else the cue itself (ACLED types an
    event by its means, its deaths and damage are attributes)."""
    if not cue.effect:
        return cue
    means = [
        c
        for c in cues
        if c.event_type in _MEANS_TYPES
        and not c.effect
        and c.sub_event_type is not None
        and c.sub_event_type not in KEEP_SUBS
    ]
    if not means:
        means = [
            c for c in cues if c.event_type in _MEANS_TYPES and not c.effect and c.event_type != "attack"
        ]
    if not means:
        return cue
    return min(means, key=lambda c: abs(c.start - cue.start))
