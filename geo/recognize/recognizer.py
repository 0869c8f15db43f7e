"""Decide which candidate spans are places, demonyms, people or other words; keep the document consistent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter
from typing import Final

from geo.gazetteer.normalize import split_generic as _split_generic
from geo.lexicon.weights import RecogniserWeights, default_weights
from geo.model.spans import Toponym
from geo.recognize.boilerplate import boilerplate_spans, inside
from geo.recognize.candidates import Candidate, find_candidates
from geo.recognize.continued import NAME_HEADS, PARTICLES
from geo.recognize.dateline import find_dateline
from geo.recognize.lexicon import (
    CODE,
    DEMONYM,
    FIRST_NAME,
    MAJOR,
    PATTERN,
    PRIMARY,
    STOP,
    SURNAME,
    Entry,
    Lexicon,
)
from geo.recognize.names import NameSpan, blocks, name_spans
from geo.recognize.short_forms import short_forms
from geo.recognize.site_names import named_sites
from geo.recognize.tails import SPACED_ARTICLES, article_tail, name_tail
from geo.recognize.tokens import Tokens, word_columns
from geo.recognize.words import (
    ABBREV_NOT_PLACES,
    COMBINING_FORMS,
    CONNECTORS,
    GENERIC_AFTER,
    LOCATIVE,
    NAME_PARTICLES,
    NEVER_PLACES,
    NOT_SURNAMES,
    ORG_AFTER,
    PATHOGEN_AFTER,
    PERSON_TITLES,
    PLACE_ACRONYMS,
    SPEECH_VERBS,
    WEAK_TITLES,
)

__all__ = ["recognize_text"]

_PREPOSITIONS: Final = frozenset({"in", "at", "near", "from", "to", "into", "across", "outside", "of"})
#: An ordinal number ("126th", "3rd"): an abbreviation right after it designates a unit ("the 126th RI",
#: "the 4th RCH"), not a state.
_ORDINAL: Final = re.compile(r"\d+(?:st|nd|rd|th)")


split_generic: Final = lru_cache(maxsize=65_536)(_split_generic)
_START: Final = attrgetter("start")


@dataclass(slots=True)
class _Decision:
    candidate: Candidate
    kind: str  # "place", "demonym", "person", "reject"
    score: float
    strong: bool  # evidence strong enough to carry the name elsewhere in the document
    locative: bool = False  # a locative cue ("in X", "X province", "X-based") stands next to the name
    weak: bool = False  # rejected only for lack of evidence: the document's other mentions may carry it


def recognize_text(text: str, lexicon: Lexicon, *, weights: RecogniserWeights | None = None) -> list[Toponym]:
    """Return the toponyms of ``text`` (see :func:`geo.recognize.recognize`).

    ``weights`` are the decision's thresholds and scores, by default the packaged ones
    (:func:`geo.lexicon.weights.default_weights`).
    """
    tokens = word_columns(text)
    if not len(tokens):
        return []
    upper_text = _mostly_upper(tokens)
    dateline, skip_until = find_dateline(text, lexicon)
    chosen = weights if weights is not None else default_weights().recogniser
    decisions = [
        _decide(c, tokens, upper_text, lexicon, text, chosen)
        for c in named_sites(find_candidates(tokens, lexicon), tokens, lexicon)
        if tokens.start[c.span_first] >= skip_until
    ]
    names = name_spans(text)
    named = _named_keys(decisions, tokens, names) if names else set()
    people = _person_keys(decisions)
    chrome = boilerplate_spans(text)
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
        start = tokens.start[cand.span_first]
        end = tokens.end[cand.span_last]
        entry = cand.entry
        country = entry.fclass == "country"
        if names and blocks(names, start, end, country=country, major=country or bool(entry.flags & MAJOR)):
            continue  # inside the name of a group, outlet, ship, operation or office (recognize.names)
        if cand.key in named and not decision.locative:
            continue  # "The Sachsen kept pressure": the ship named elsewhere in the text
        surface = text[start:end]
        hint = cand.hint or split_generic(cand.key)[1]
        result.append(
            Toponym(  # by position: start, end, surface, query, kind, feature_hint, country, score, role
                start,
                end,
                surface,
                text[tokens.start[cand.first] : tokens.end[cand.last]],
                "demonym" if kind == "demonym" else "place",
                hint,
                entry.country if kind == "demonym" or entry.fclass == "country" else None,
                round(decision.score, 3),
                "boilerplate" if chrome and inside(chrome, start, end) else None,
            )
        )
    result.sort(key=_START)
    if more := short_forms(text, result):  # "Al-Asad" after "Ain al-Asad air base"
        result = sorted([*result, *more], key=_START)
    return result


def _mostly_upper(tokens: Tokens) -> bool:
    letters = len(tokens.key) - tokens.singles  # words of two characters or more
    return letters > 0 and sum(tokens.upper) > 0.6 * letters  # ``upper`` implies two or more


def _decide(
    cand: Candidate, tokens: Tokens, upper_text: bool, lexicon: Lexicon, text: str, weights: RecogniserWeights
) -> _Decision:
    entry = cand.entry
    flags = entry.flags
    keys = tokens.key
    gaps = tokens.gap
    caps = tokens.cap
    first, last = cand.first, cand.last
    key = keys[first]
    size = last - first + 1
    prev = cand.span_first - 1  # the token before the span, when >= 0
    nxt = cand.span_last + 1  # the token after the span, when < len(keys)
    has_prev = prev >= 0
    has_next = nxt < len(keys)
    gap = gaps[first]
    prev_key = keys[prev] if has_prev and (gap == " " or gap == "-") else ""
    if flags & PATTERN:
        titled = prev_key in PERSON_TITLES and not (has_prev and tokens.possessive[prev])
        return _Decision(cand, "person" if titled else "place", weights.pattern_score, False, True)
    start = tokens.start[first]
    end = tokens.end[last]
    if cand.key in NEVER_PLACES or text[end : end + 1] == "$" or (start and text[start - 1] == "$"):
        return _Decision(cand, "reject", 0.0, False)
    # (each test's first condition inline: most names are neither, and a call costs more than the test)
    if (first >= 2 and keys[first - 1] in PARTICLES and name_tail(tokens, first)) or (
        key in SPACED_ARTICLES and article_tail(tokens, first, lexicon)
    ):
        return _Decision(cand, "reject", 0.0, False)  # "Maarat al-Numan": not Numan, Nigeria
    if size > 1 and has_next and caps[nxt] and gaps[nxt] == " " and _compass(keys, first, last):
        return _Decision(cand, "reject", 0.0, False)  # "Central and Western Deir ez-Zor": a modifier
    if has_next and keys[nxt] in PATHOGEN_AFTER and _joined(gaps[nxt]):
        return _Decision(cand, "reject", 0.0, False)  # "Reston virus", "Marburg fever"
    numbered = size == 1 and has_next and gaps[nxt] == " " and keys[nxt].isdigit()  # "Tower 22": a post
    if numbered and entry.zipf >= weights.common_zipf and entry.weight < weights.common_min_weight:
        return _Decision(cand, "reject", 0.0, False)  # a common word numbered, not a small town of it
    if prev_key in ("st", "saint") and size == 1:
        return _Decision(cand, "reject", 0.0, False)
    if gap == "-" and prev_key in COMBINING_FORMS and not flags & DEMONYM:
        # "the Euro-Atlantic space": a compound adjective (its demonym half, "Austro-Hungarian", still
        # names a people)
        return _Decision(cand, "reject", 0.0, False)
    if gap == " " and prev_key in NAME_HEADS and caps[prev] and not tokens.initial(prev):
        return _Decision(cand, "reject", 0.0, False)  # "Ein Tarma": a name the lexicon lacks, not Tarma
    demonym = bool(flags & DEMONYM)
    kind = "demonym" if demonym else "place"
    upper = tokens.upper[first]
    if size == 1 and len(key) <= 2 and not upper and not demonym and not tokens.text[first].endswith("."):
        return _Decision(cand, "reject", 0.0, False)  # "La", "Al", "Li": particles and short surnames
    particle = size == 1 and prev_key in NAME_PARTICLES and has_prev and not caps[prev]
    if particle and first >= 2 and caps[first - 2]:
        return _Decision(cand, "person", 0.0, False)  # "Mike de Kock"
    based = has_next and gaps[nxt] == "-" and keys[nxt] in ("based", "born", "led", "made", "area")
    prev_locative = prev_key in LOCATIVE and not (has_prev and caps[prev] and prev_key not in _PREPOSITIONS)
    comma = (
        has_next
        and gaps[nxt][:1] == ","
        and (_comma_place(cand, tokens, lexicon) or _appositive(tokens, nxt))
    )
    locative = prev_locative or cand.hint is not None or based or comma
    major = bool(flags & MAJOR)
    common_zipf = weights.common_zipf
    if major and entry.fclass == "admin_region" and entry.zipf >= common_zipf:
        major = False  # "Centre", "Coast", "Delta", "Valley": regions named by a common word
    # a possessive is no title or given name of what follows ("Port-au-Prince's Toussaint Louverture ...")
    owner = size > 1 and has_prev and tokens.possessive[prev]
    person = _person_cue(cand, tokens, lexicon, prev_key="" if owner else prev_key, locative=locative)
    if person is not None:
        return _Decision(cand, "person", 0.0, person)
    if has_next and caps[nxt] and keys[nxt] in ORG_AFTER and _joined(gaps[nxt]):
        return _Decision(cand, "reject", 0.0, False)

    initial = tokens.initial(first)
    if size == 1 and not demonym and not major and not locative and has_prev and caps[prev]:
        before_entry = lexicon.get(prev_key) if gaps[first] == " " and not tokens.initial(prev) else None
        if (
            before_entry is not None
            and before_entry.is_place
            and before_entry.weight >= entry.weight
            and not _possessive_place(tokens, prev, nxt, before_entry, entry)
        ):
            # "BC Hydro", "Auckland Zoo"
            return _Decision(cand, "reject", weights.weak_position_score, False, weak=True)
    if size == 1 and not demonym:
        if key in PERSON_TITLES or key in ABBREV_NOT_PLACES:
            return _Decision(cand, "reject", 0.0, False)
        acronym = upper and not upper_text and len(key) <= 5
        if acronym and key in PLACE_ACRONYMS:
            return _Decision(cand, kind, weights.place_acronym_score, not initial, locative)
        if entry.flags & STOP and not (upper and major):
            return _Decision(cand, "reject", 0.0, False)
        if acronym and _ORDINAL.fullmatch(prev_key):
            return _Decision(cand, "reject", 0.0, False)  # "the 126th RI": a regiment, not Rhode Island
        if acronym:
            # Written in capitals: an abbreviation of a state or country ("NSW", "BC", "DPRK"), else an
            # acronym ("NATO"); three-letter ISO codes ("MAC") are acronyms in running text.
            if not (major or _abbreviation(entry, key)):
                return _Decision(cand, "reject", 0.0, False)
            return _Decision(cand, kind, weights.abbreviation_score, False, locative)
        elif entry.flags & CODE:
            return _Decision(cand, "reject", 0.0, False)
        common = entry.zipf >= common_zipf
        if initial or upper_text:
            # a capital or world city keeps its sense at a sentence start ("Moscow has been targeting")
            city = entry.fclass == "city" and bool(entry.flags & PRIMARY)
            known = city and entry.weight >= weights.initial_min_weight
            if common and not major and not locative and not known:
                return _Decision(cand, "reject", weights.weak_position_score, False, weak=True)
        elif common and entry.weight < weights.common_min_weight and not locative and not major:
            return _Decision(cand, "reject", weights.weak_word_score, False, weak=True)
        named = entry.flags & (FIRST_NAME | SURNAME)
        if named and not major and not locative and entry.weight < weights.name_min_weight:
            return _Decision(cand, "reject", weights.weak_word_score, False, weak=True)
    strong = (not initial and not upper_text) and (
        size > 1
        or major
        or locative
        or entry.zipf < weights.strong_max_zipf
        or entry.weight >= weights.strong_min_weight
    )
    bonus = weights.locative_bonus if locative else 0.0
    score = min(1.0, weights.score_base + weights.score_slope * entry.weight + bonus)
    return _Decision(cand, kind, score, strong, locative)


def _person_cue(
    cand: Candidate, tokens: Tokens, lexicon: Lexicon, *, prev_key: str, locative: bool
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
    prev = cand.span_first - 1  # the token before the span, when >= 0
    nxt = cand.span_last + 1  # the token after the span, when < len(tokens.key)
    prev_cap = prev >= 0 and tokens.cap[prev]
    titled = prev >= 0 and prev_key in PERSON_TITLES and (prev_cap or prev_key not in WEAK_TITLES)
    if titled and (not major or (size == 1 and not country)):
        return True
    gap = tokens.gap[cand.span_first]
    named = prev_cap and bool(prev_key) and _is_first_name(tokens, prev, gap, lexicon)
    if named and not country and (not major or size == 1):
        return True
    if country and size == 1 and prev_cap and prev_key and gap == " ":
        given = lexicon.get(prev_key)  # "Michael Jordan", "Chad Johnson"... but never "Syria Jordan"
        plain = given is not None and not given.flags & (STOP | DEMONYM) and given.fclass != "country"
        if plain and given is not None and given.flags & FIRST_NAME and prev_key not in NEVER_PLACES:
            return True
    if nxt >= len(tokens.key) or size != 1 or country:
        return None
    first_name = entry.flags & FIRST_NAME and not tokens.possessive[cand.last]
    if first_name and _surname_follows(tokens, nxt, lexicon):
        return True
    lives = "lives" in tokens.key[nxt + 1 : nxt + 3]  # "X claims 9 lives": a toll's idiom, no saying
    if tokens.key[nxt] in SPEECH_VERBS and not major and not locative and not lives:
        return False
    return None


def _possessive_place(tokens: Tokens, prev: int, nxt: int, before: Entry, entry: Entry) -> bool:
    """ "Belgorod's Shebekino": a place in the town or region whose possessive stands before it. Not after
    a country's ("Australia's Tanna" is as often a film or a ship), not a name known only as an alternate
    spelling, and not the first word of a longer name ("Utah's Zion National Park")."""
    if not tokens.possessive[prev] or before.fclass == "country" or not entry.flags & PRIMARY:
        return False
    return nxt >= len(tokens.key) or not tokens.cap[nxt]


def _comma_place(cand: Candidate, tokens: Tokens, lexicon: Lexicon) -> bool:
    """ "Columbus, Ohio": a name followed by a comma and a major place (state, country)."""
    index = cand.span_last + 1
    if index >= len(tokens.key) or not tokens.gap[index].startswith(","):
        return False
    key = tokens.key[index]
    entry = lexicon.get(key)
    if entry is None or not entry.is_place:
        return False
    return bool(entry.flags & MAJOR) or _abbreviation(entry, key)


def _abbreviation(entry: Entry, key: str) -> bool:
    """A state abbreviation ("NSW", "BC", "Ky.") or a country's of four letters or more ("DPRK")."""
    if not entry.flags & CODE:
        return False
    return entry.fclass == "admin_region" or (entry.fclass == "country" and len(key) >= 4)


def _surname_follows(tokens: Tokens, index: int, lexicon: Lexicon) -> bool:
    """True when token ``index`` reads as a surname after a given name ("Kyle Smith", "Qassem Soleimani")."""
    if not tokens.cap[index] or tokens.gap[index] != " " or tokens.initial(index) or tokens.upper[index]:
        return False
    key = tokens.key[index]
    if key in ORG_AFTER or key in NOT_SURNAMES:
        return False
    entry = lexicon.get(key)
    if entry is None:
        return True
    if entry.flags & (DEMONYM | MAJOR):
        return False
    return bool(entry.flags & SURNAME) or not entry.is_place


#: Nouns of an appositive after a comma that say the name is a town ("Dori, chief town of the Sahel region").
_TOWN_NOUNS: Final = frozenset(word for word, hint in GENERIC_AFTER.items() if hint == "city") | {"capital"}


def _appositive(tokens: Tokens, index: int) -> bool:
    """Whether the words from token ``index`` (after a comma) open an appositive naming a town: up to two
    lower-case words, then a town noun and "of" or "in" ("chief town of", "a village in")."""
    keys = tokens.key
    for k in range(index, min(index + 3, len(keys) - 1)):
        if tokens.cap[k] and k > index:
            return False
        if keys[k] in _TOWN_NOUNS:
            return keys[k + 1] in ("of", "in") and not tokens.cap[k]
    return False


def _compass(keys: list[str], first: int, last: int) -> bool:
    """Whether tokens ``[first, last]`` are compass words joined by "and"/"or" ("Central and Western")."""
    words = keys[first : last + 1]
    joined = any(word in ("and", "or") for word in words)
    return joined and all(word in LOCATIVE or word in CONNECTORS for word in words)


def _joined(gap: str) -> bool:
    return gap in (" ", "-")


def _is_first_name(tokens: Tokens, index: int, gap_after: str, lexicon: Lexicon) -> bool:
    """A given name or an initial ("W." in "George W. Bush") that is not also a well-known place."""
    key = tokens.key[index]
    if len(key) == 1:
        return tokens.cap[index] and gap_after == ". "
    entry = lexicon.get(key)
    if entry is None or not entry.flags & FIRST_NAME or entry.flags & STOP or key in NEVER_PLACES:
        return False
    return not entry.is_place or (not entry.flags & (MAJOR | DEMONYM) and entry.weight < 0.8)


def _named_keys(decisions: list[_Decision], tokens: Tokens, names: list[NameSpan]) -> set[str]:
    """Keys of names that are a group's, an outlet's, a ship's or an operation's somewhere in the document
    (the whole name, not a place inside it): one sense per document, as for people."""
    out = set()
    for decision in decisions:
        cand = decision.candidate
        if cand.entry.fclass == "country" or decision.kind not in ("place", "demonym"):
            continue
        start, end = tokens.start[cand.first], tokens.end[cand.last]
        kind = blocks(names, start, end, country=False)
        if kind is not None and kind != "organisation":
            out.add(cand.key)
    return out


def _person_keys(decisions: list[_Decision]) -> set[str]:
    """Keys of names used as people somewhere in the document."""
    return {d.candidate.key for d in decisions if d.kind == "person" and d.strong}
