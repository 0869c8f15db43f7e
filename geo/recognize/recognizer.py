"""Decide which candidate spans are places, demonyms, people or other words; keep the document consistent."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Final

from geo.gazetteer.normalize import split_generic as _split_generic
from geo.recognize.candidates import Candidate, find_candidates
from geo.recognize.dateline import find_dateline
from geo.recognize.lexicon import (
    CODE,
    DEMONYM,
    FIRST_NAME,
    MAJOR,
    PATTERN,
    STOP,
    SURNAME,
    Entry,
    Lexicon,
)
from geo.recognize.tokens import Token, tokenize
from geo.recognize.words import (
    LOCATIVE,
    NAME_PARTICLES,
    NEVER_PLACES,
    NOT_SURNAMES,
    ORG_AFTER,
    PATHOGEN_AFTER,
    PATHOGEN_BEFORE,
    PERSON_TITLES,
    SPEECH_VERBS,
)
from geo.toponyms import Toponym

__all__ = ["recognize_text"]

#: Zipf frequency at or above which a single capitalised word is also a common English word.
COMMON_ZIPF: Final = 4.0
#: Minimum weight of a single common-word name accepted without a locative cue.
COMMON_MIN_WEIGHT: Final = 0.75
#: Acronyms written in capitals that are places.
_PLACE_ACRONYMS: Final = frozenset({"us", "usa", "uk", "uae", "eu", "dc", "nyc", "la", "drc", "prc", "ussr"})
#: Titles that are also common lower-case words: they mark a person only when capitalised.
_WEAK_TITLES: Final = frozenset(
    {"general", "major", "private", "chief", "leader", "director", "officer", "guard", "forward", "chair"}
)
_PREPOSITIONS: Final = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "of"})
_ABBREV_NOT_PLACES: Final = frozenset({"st", "co", "no", "mt", "ft", "jr", "sr", "inc", "ltd"})


# Token fields by position: faster than by name (tokens are named tuples).
_TEXT: Final = itemgetter(Token._fields.index("text"))
_UPPER: Final = itemgetter(Token._fields.index("upper"))
split_generic: Final = lru_cache(maxsize=65_536)(_split_generic)


@dataclass(slots=True)
class _Decision:
    candidate: Candidate
    kind: str  # "place", "demonym", "person", "reject"
    score: float
    strong: bool  # evidence strong enough to carry the name elsewhere in the document
    locative: bool = False  # a locative cue ("in X", "X province", "X-based") stands next to the name
    weak: bool = False  # rejected only for lack of evidence: the document's other mentions may carry it


def recognize_text(text: str, lexicon: Lexicon) -> list[Toponym]:
    """Return the toponyms of ``text`` (see :func:`geo.recognize.recognize`)."""
    tokens = tokenize(text)
    if not tokens:
        return []
    upper_text = _mostly_upper(tokens)
    dateline, skip_until = find_dateline(text, lexicon)
    decisions = [
        _decide(c, tokens, upper_text, lexicon, text)
        for c in find_candidates(tokens, lexicon)
        if tokens[c.span_first].start >= skip_until
    ]
    people = _person_keys(decisions, tokens)
    strong = {d.candidate.key for d in decisions if d.strong and d.kind in ("place", "demonym")}
    result: list[Toponym] = list(dateline)
    for decision in decisions:
        cand = decision.candidate
        kind = decision.kind
        if kind in ("place", "demonym") and cand.key in people and cand.entry.fclass != "country":
            if not decision.locative and cand.first == cand.last:
                kind = "person"
        elif decision.weak and cand.key in strong and cand.key not in people:
            kind = "demonym" if cand.entry.flags & DEMONYM else "place"
        if kind not in ("place", "demonym"):
            continue
        start = tokens[cand.span_first].start
        end = tokens[cand.span_last].end
        surface = text[start:end]
        entry = cand.entry
        hint = cand.hint or split_generic(cand.key)[1]
        result.append(
            Toponym(
                start,
                end,
                surface,
                text[tokens[cand.first].start : tokens[cand.last].end],
                kind="demonym" if kind == "demonym" else "place",
                feature_hint=hint,
                country=entry.country if kind == "demonym" or entry.fclass == "country" else None,
                score=round(decision.score, 3),
            )
        )
    result.sort(key=lambda t: t.start)
    return result


def _mostly_upper(tokens: list[Token]) -> bool:
    lengths = list(map(len, map(_TEXT, tokens)))
    letters = len(lengths) - lengths.count(1)  # words of two characters or more
    return letters > 0 and sum(map(_UPPER, tokens)) > 0.6 * letters  # ``upper`` implies two or more


def _decide(cand: Candidate, tokens: list[Token], upper_text: bool, lexicon: Lexicon, text: str) -> _Decision:
    entry = cand.entry
    first, last = tokens[cand.first], tokens[cand.last]
    size = cand.last - cand.first + 1
    prev = tokens[cand.span_first - 1] if cand.span_first > 0 else None
    nxt = tokens[cand.span_last + 1] if cand.span_last + 1 < len(tokens) else None
    prev_key = prev.key if prev is not None and _joined(first) else ""
    based = nxt is not None and nxt.gap == "-" and nxt.key in ("based", "born", "led", "made", "area")
    prev_locative = prev_key in LOCATIVE and not (
        prev is not None and prev.cap and prev_key not in _PREPOSITIONS
    )
    locative = prev_locative or cand.hint is not None or based or _comma_place(cand, tokens, lexicon)
    demonym = bool(entry.flags & DEMONYM)
    kind = "demonym" if demonym else "place"
    major = bool(entry.flags & MAJOR)
    if major and entry.fclass == "admin_region" and entry.zipf >= COMMON_ZIPF:
        major = False  # "Centre", "Coast", "Delta", "Valley": regions named by a common word
    after = text[last.end : last.end + 1]
    before = text[first.start - 1 : first.start] if first.start else ""

    if entry.flags & PATTERN:
        titled = prev_key in PERSON_TITLES
        return _Decision(cand, "person" if titled else "place", 0.6, False, True)
    if cand.key in NEVER_PLACES or "$" in (after, before):
        return _Decision(cand, "reject", 0.0, False)
    if (nxt is not None and nxt.key in PATHOGEN_AFTER and _joined(nxt)) or prev_key in PATHOGEN_BEFORE:
        return _Decision(cand, "reject", 0.0, False)  # "Reston virus", "Marburg fever", "Ebola-Reston"
    if prev_key in ("st", "saint") and size == 1:
        return _Decision(cand, "reject", 0.0, False)
    if size == 1 and len(first.key) <= 2 and not first.upper and not demonym and not first.text.endswith("."):
        return _Decision(cand, "reject", 0.0, False)  # "La", "Al", "Li": particles and short surnames
    particle = size == 1 and prev_key in NAME_PARTICLES and prev is not None and not prev.cap
    if particle and cand.first >= 2 and tokens[cand.first - 2].cap:
        return _Decision(cand, "person", 0.0, False)  # "Mike de Kock"
    person = _person_cue(cand, tokens, lexicon, prev_key=prev_key, locative=locative)
    if person is not None:
        return _Decision(cand, "person", 0.0, person)
    if nxt is not None and nxt.cap and nxt.key in ORG_AFTER and _joined(nxt):
        return _Decision(cand, "reject", 0.0, False)

    if size == 1 and not demonym and not major and not locative and prev is not None and prev.cap:
        before_entry = lexicon.get(prev_key) if first.gap == " " and not prev.initial else None
        if before_entry is not None and before_entry.is_place and before_entry.weight >= entry.weight:
            return _Decision(cand, "reject", 0.2, False, weak=True)  # "BC Hydro", "Auckland Zoo"
    if size == 1 and not demonym:
        if first.key in PERSON_TITLES or first.key in _ABBREV_NOT_PLACES:
            return _Decision(cand, "reject", 0.0, False)
        acronym = first.upper and not upper_text and len(first.key) <= 5
        if acronym and first.key in _PLACE_ACRONYMS:
            return _Decision(cand, kind, 0.9, not first.initial, locative)
        if entry.flags & STOP and not (first.upper and major):
            return _Decision(cand, "reject", 0.0, False)
        if acronym:
            # Written in capitals: an abbreviation of a state or country ("NSW", "BC", "DPRK"), else an
            # acronym ("NATO"); three-letter ISO codes ("MAC") are acronyms in running text.
            if not (major or _abbreviation(entry, first.key)):
                return _Decision(cand, "reject", 0.0, False)
            return _Decision(cand, kind, 0.8, False, locative)
        elif entry.flags & CODE:
            return _Decision(cand, "reject", 0.0, False)
        common = entry.zipf >= COMMON_ZIPF
        if first.initial or upper_text:
            if common and not major and not locative:
                return _Decision(cand, "reject", 0.2, False, weak=True)
        elif common and entry.weight < COMMON_MIN_WEIGHT and not locative and not major:
            return _Decision(cand, "reject", 0.3, False, weak=True)
        if entry.flags & (FIRST_NAME | SURNAME) and not major and not locative and entry.weight < 0.55:
            return _Decision(cand, "reject", 0.3, False, weak=True)
    strong = (not first.initial and not upper_text) and (
        size > 1 or major or locative or entry.zipf < 3.5 or entry.weight >= 0.8
    )
    score = min(1.0, 0.5 + 0.5 * entry.weight + (0.1 if locative else 0.0))
    return _Decision(cand, kind, score, strong, locative)


def _person_cue(
    cand: Candidate, tokens: list[Token], lexicon: Lexicon, *, prev_key: str, locative: bool
) -> bool | None:
    """Whether the name reads as a person: None if not, else whether the cue is strong.

    Cues: a title before ("Gen.", "President"), a given name or an initial before ("Qassem Soleimani",
    "George W. Bush"), a surname after a given name ("Kyle Smith"), a speech verb after ("Sudani said").
    """
    entry = cand.entry
    if entry.flags & DEMONYM:
        return None
    size = cand.last - cand.first + 1
    major = bool(entry.flags & MAJOR)
    country = entry.fclass == "country"
    prev = tokens[cand.span_first - 1] if cand.span_first > 0 else None
    nxt = tokens[cand.span_last + 1] if cand.span_last + 1 < len(tokens) else None
    titled = prev is not None and prev_key in PERSON_TITLES and (prev.cap or prev_key not in _WEAK_TITLES)
    if titled and (not major or (size == 1 and not country)):
        return True
    gap = tokens[cand.span_first].gap
    named = prev is not None and prev.cap and bool(prev_key) and _is_first_name(prev, gap, lexicon)
    if named and not country and (not major or size == 1):
        return True
    if country and size == 1 and prev is not None and prev.cap and prev_key and gap == " ":
        given = lexicon.get(prev_key)  # "Michael Jordan", "Chad Johnson"... but never "Syria Jordan"
        plain = given is not None and not given.flags & (STOP | DEMONYM) and given.fclass != "country"
        if plain and given is not None and given.flags & FIRST_NAME and prev_key not in NEVER_PLACES:
            return True
    last = tokens[cand.last]
    if nxt is None or size != 1 or country:
        return None
    if entry.flags & FIRST_NAME and not last.possessive and _surname_follows(nxt, lexicon):
        return True
    if nxt.key in SPEECH_VERBS and not major and not locative:
        return False
    return None


def _comma_place(cand: Candidate, tokens: list[Token], lexicon: Lexicon) -> bool:
    """ "Columbus, Ohio": a name followed by a comma and a major place (state, country)."""
    index = cand.span_last + 1
    if index >= len(tokens) or not tokens[index].gap.startswith(","):
        return False
    entry = lexicon.get(tokens[index].key)
    if entry is None or not entry.is_place:
        return False
    return bool(entry.flags & MAJOR) or _abbreviation(entry, tokens[index].key)


def _abbreviation(entry: Entry, key: str) -> bool:
    """A state abbreviation ("NSW", "BC", "Ky.") or a country's of four letters or more ("DPRK")."""
    if not entry.flags & CODE:
        return False
    return entry.fclass == "admin_region" or (entry.fclass == "country" and len(key) >= 4)


def _surname_follows(token: Token, lexicon: Lexicon) -> bool:
    """True when ``token`` reads as the surname after a given name ("Kyle Smith", "Qassem Soleimani")."""
    if not token.cap or token.gap != " " or token.initial or token.upper:
        return False
    if token.key in ORG_AFTER or token.key in NOT_SURNAMES:
        return False
    entry = lexicon.get(token.key)
    if entry is None:
        return True
    if entry.flags & (DEMONYM | MAJOR):
        return False
    return bool(entry.flags & SURNAME) or not entry.is_place


def _joined(token: Token) -> bool:
    return token.gap in (" ", "-")


def _is_first_name(token: Token, gap_after: str, lexicon: Lexicon) -> bool:
    """A given name or an initial ("W." in "George W. Bush") that is not also a well-known place."""
    if len(token.key) == 1:
        return token.cap and gap_after == ". "
    entry = lexicon.get(token.key)
    if entry is None or not entry.flags & FIRST_NAME or entry.flags & STOP or token.key in NEVER_PLACES:
        return False
    return not entry.is_place or (not entry.flags & (MAJOR | DEMONYM) and entry.weight < 0.8)


def _person_keys(decisions: list[_Decision], tokens: list[Token]) -> set[str]:
    """Keys of names used as people somewhere in the document."""
    return {d.candidate.key for d in decisions if d.kind == "person" and d.strong}
