"""The numbers of an event: the troop count or death toll of its sentence that belongs to it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Final

from geo.events.context import REPORTING, is_locative
from geo.events.cues import Cue
from geo.events.document import Document
from geo.events.numbers import Count
from geo.events.sites import in_names
from geo.model.spans import Resolved

__all__ = ["event_fatalities", "event_troops"]

#: What lies between a place and a count that opens the next conjunct ("in X and 4 others in Y").
_CONJUNCT: Final = re.compile(r"[\s,;]*(?:and|while|as\s+well\s+as)?\s*", re.IGNORECASE)

#: What joins two troop counts of one coordination ("800 troops and nearly 300 ..."): "and", a qualifier.
_AND_COUNT: Final = re.compile(
    r"\s*,?\s*and\s+(?:(?:some|about|around|nearly|almost|more\s+than|over|up\s+to|at\s+least)\s+)?",
    re.IGNORECASE,
)

#: A definite reference to an event already told ("the strikes", "this latest attack", "the drone"): words
#: of English.
_ANAPHOR: Final = re.compile(
    r"\b(?:the|this|these|that)\s+(?:(?:latest|same|deadly|drone|air|suicide)\s+)?"
    r"(?:attacks?|strikes?|airstrikes?|raids?|bombings?|blasts?|explosions?|shelling|ambush|assault"
    r"|drones?|missiles?|rockets?|bombs?)\b",
    re.IGNORECASE,
)

#: What joins "the attack" to the place it happened at ("the attack in X", "the strike on the X").
_AT: Final = re.compile(r"\s+(?:in|on|at|near)\s+(?:the\s+)?", re.IGNORECASE)

#: A sentence opening on the toll of the event just told ("The death toll has risen to five."): words of
#: English.
_TOLL: Final = re.compile(
    r"(?:the|this)\s+(?:(?:death|casualty|final|latest|overall)\s+)?toll\b", re.IGNORECASE
)

#: What may stand before a toll that opens a sentence: a qualifier ("At least five people were killed").
_OPENING: Final = re.compile(
    r"(?:(?:at\s+least|more\s+than|some|about|around|nearly|almost|up\s+to|over|an\s+estimated)\s+)?",
    re.IGNORECASE,
)

#: A source that says the toll, before its qualifier ("Officials said at least five people were killed",
#: "The official said on Monday that four soldiers died"): up to four words, then a verb of the
#: ``reporting`` class of ``events_context_words.yaml`` (general English).
_SOURCED: Final = re.compile(
    r"(?:[\w'’.-]+\s+){1,4}(?:"
    + "|".join(sorted(re.escape(t) for t in REPORTING if " " not in t))
    + r")\s+(?:on\s+\w+\s+)?(?:that\s+)?"
    + _OPENING.pattern,
    re.IGNORECASE,
)

#: Fighting pointed back to ("died in the fighting", "the clashes"): words of English, beside the
#: definite event nouns of ``_ANAPHOR``.
_FIGHTING: Final = re.compile(r"\bthe\s+(?:fighting|clash(?:es)?|battle|gunfight|firefight)\b", re.IGNORECASE)

#: Words that turn a sentence to another occurrence than the one just told: words of English.
_ELSEWHERE: Final = re.compile(
    r"\b(?:separate(?:ly)?|another|elsewhere|meanwhile|earlier|previous(?:ly)?|last\s+(?:week|month|year)"
    r"|so\s+far|since|total|in\s+all)\b",
    re.IGNORECASE,
)

#: A source saying what the event told before did ("said that the drone strike ...").
_REPORTED: Final = re.compile(
    r"\b(?:said|says|stated|reported|announced|confirmed)\s+"
    # "said in a statement (that) the strike ...", "said on Monday the attack ..."
    r"(?:(?:in\s+an?\s+(?:statement|report|post)|on\s+\w+)\s+)?(?:that\s+)?" + _ANAPHOR.pattern[2:],
    re.IGNORECASE,
)


def event_troops(doc: Document, number: int, place: Resolved, *, cue: Cue | None = None) -> int | None:
    """The troop count nearest before the name in its sentence, else the first one after it; with a
    ``cue`` in another clause than the name (a frame), the count of the cue's clause first."""
    usable = _troop_counts(doc, number)
    if not usable:
        told = _told_next(doc, number, _troop_counts, place=place)
        return told[0].value if told else None
    usable = _parted(doc.text, usable, place)
    own = _of_clause(doc, usable, place, cue)
    if own:
        return own[0].value
    before = [c for c in usable if c.start < place.toponym.start]
    if not before:
        return usable[0].value
    # "600 Dutch troops and about 200 Belgian troops will be based in X": the counts of one
    # coordination before the name; the first is the one the clause is about
    nearest = len(before) - 1
    while nearest > 0 and _AND_COUNT.fullmatch(doc.text, before[nearest - 1].end, before[nearest].start):
        nearest -= 1
    return before[nearest].value


def event_fatalities(doc: Document, number: int, place: Resolved, *, cue: Cue | None = None) -> int | None:
    """The death toll in the sentence nearest the name; with a ``cue`` in another clause than the name
    (a frame), the toll of the cue's clause first, unless the name's own clause tells one ("a massacre in X
    kills 8, while 300 have been killed since May": 8)."""
    dead = _tolls(doc, number)
    if not dead:
        told = _told_next(doc, number, _tolls, anaphor=True) or _reported_next(doc, number)
        told = told or _opening_next(doc, number) or _told_before(doc, number, place=place)
        told = told or _continued_next(doc, number)
        return told[0].value if told else None
    own = _of_clause(doc, dead, place, cue)
    clause = doc.clause(place.toponym.start)
    if own and not any(doc.clause(c.start) == clause and not c.running for c in dead):
        return own[0].value
    dead = _in_reach(doc, number, dead, place)
    if not dead:
        return None
    return min(dead, key=lambda c: abs(c.start - place.toponym.start)).value


def _troop_counts(doc: Document, number: int) -> list[Count]:
    usable: list[Count] = []
    for count in doc.counts[number]:
        if count.kind in {"troops", "change"} or (count.kind == "ellipsis" and usable):
            usable.append(count)
    return usable


def _tolls(doc: Document, number: int) -> list[Count]:
    """The death tolls of sentence ``number``; a running total only when the sentence tells no other
    ("64 were killed, raising the death toll to 145": 64)."""
    tolls = [c for c in doc.counts[number] if c.kind == "fatalities"]
    return [c for c in tolls if not c.running] or tolls


def _places(doc: Document, number: int) -> list[Resolved]:
    """The places (not demonyms) named in sentence ``number``."""
    start, end = doc.sentences[number].start, doc.sentences[number].end
    return [p for p in doc.places if p.toponym.kind == "place" and start <= p.toponym.start < end]


#: Feature classes of areas (a region may be the same area as another entry of the gazetteer).
_AREAS: Final = frozenset({"country", "admin_region", "region", "water_body"})


def _inside(place: Resolved, region: Resolved) -> bool:
    """Whether ``place`` lies inside ``region`` (a country, or a first-level region by its admin code)."""
    outer, inner = region.candidate, place.candidate
    if inner.id == outer.id:
        return False
    if outer.feature_class == "country":
        return inner.country == outer.country and inner.feature_class != "country"
    return (
        outer.feature_class == "admin_region"
        and outer.admin1 is not None
        and inner.admin1 == outer.admin1
        # a district of the region, or a town or site of it (a point, whatever its district)
        and ((inner.admin2 is not None and inner.admin2 != outer.admin2) or inner.feature_class not in _AREAS)
    )


def _told_next(
    doc: Document,
    number: int,
    counts: Callable[[Document, int], list[Count]],
    *,
    anaphor: bool = False,
    place: Resolved | None = None,
) -> list[Count]:
    """The counts of the next sentence when it adds to this one: in the same paragraph and naming no place
    ("... strikes on X. The strikes killed nine civilians."; "... The toll rose to nine."), or, given the
    event's ``place``, naming only that place or places inside it ("deploying more troops to X province.
    ... 2,000 troops in A, B and C", A, B, C in X; "withdrew from a base in X. At a ceremony at the X base,
    300 soldiers were the last to leave"). With ``anaphor`` the sentence must open on a definite event
    noun or on "the toll"."""
    following = number + 1
    if following >= len(doc.sentences):
        return []
    named = _places(doc, following)
    if named and place is not None:
        named = [p for p in named if _where(doc, p)]  # "Kigali bolstered its forces in A": A, not Kigali
        if not named:
            return []
    if named:
        if place is None or not all(_inside(p, place) or p.candidate.id == place.candidate.id for p in named):
            return []
    elif doc.sentences[following].paragraph != doc.sentences[number].paragraph:
        return []
    sentence = doc.sentences[following]
    if anaphor and not (
        _ANAPHOR.match(doc.text, sentence.start, sentence.end)
        or _TOLL.match(doc.text, sentence.start, sentence.end)
    ):
        return []
    return counts(doc, following)


def _where(doc: Document, place: Resolved) -> bool:
    """Whether a mention says where something is: a town or region after a locative word ("in A", "the
    districts of A, B and C"), not as a subject or modifier ("Kigali has bolstered", "Kigali's forces": a
    capital standing for its government says who); a country named by its name, not a name placed at its
    country for want of a place of its own (a town the gazetteer lacks)."""
    toponym, candidate = place.toponym, place.candidate
    if candidate.feature_class == "country":
        # a country named stays a place (its state acting there may be another story: "France had 1,500
        # soldiers in X"); a name the country holds somewhere is no evidence of another place
        return _folded(candidate.matched_name) == _folded(toponym.query)
    return is_locative(doc.text, doc.tokens, toponym.start, toponym.end)


def _folded(name: str) -> str:
    """A name without accents, case and punctuation, to compare two spellings."""
    bare = unicodedata.normalize("NFKD", name)
    return "".join(c for c in bare if c.isalnum()).casefold()


def _reported_next(doc: Document, number: int) -> list[Count]:
    """The toll of the next sentence when a source there says what "the strike" did and the sentence names
    places only in the source ("The office in X said that the strike killed two.")."""
    following = number + 1
    if following >= len(doc.sentences):
        return []
    sentence = doc.sentences[following]
    found = _REPORTED.search(doc.text, sentence.start, sentence.end)
    if found is None:
        return []
    named = _places(doc, following)
    inside = in_names(doc, named)  # "fighters of the Kurdistan Workers' Party": no place of an event
    if any(p.toponym.end > found.start() and (p.toponym.start, p.toponym.end) not in inside for p in named):
        return []
    return [c for c in _tolls(doc, following) if c.start >= found.end()]


def _opening_next(doc: Document, number: int) -> list[Count]:
    """The toll a next sentence of the paragraph opens on when it names no place and speaks of nothing
    else ("... hit a market in X on Monday. At least five people were killed, officials said."): the dead
    of the event just told. Not when it turns to another occurrence ("in a separate attack"). A source may
    say it first ("Officials said nine people were killed."); the sentence may open the next paragraph when
    the event's sentence is a paragraph by itself (one sentence a paragraph, as wire copy is laid out) and
    it points back to the event ("Eight soldiers were killed in the assault on the base.")."""
    following = number + 1
    if following >= len(doc.sentences):
        return []
    sentence = doc.sentences[following]
    if _places(doc, following) or not _alone(doc, number):
        return []
    if sentence.paragraph != doc.sentences[number].paragraph and not (
        _ANAPHOR.search(doc.text, sentence.start, sentence.end)
        or _FIGHTING.search(doc.text, sentence.start, sentence.end)
    ):
        return []
    tolls = _tolls(doc, following)
    if not tolls or not (
        _OPENING.fullmatch(doc.text, sentence.start, tolls[0].start)
        or _SOURCED.fullmatch(doc.text, sentence.start, tolls[0].start)
    ):
        return []
    if _ELSEWHERE.search(doc.text, sentence.start, sentence.end):
        return []
    return tolls[:1]


def _continued_next(doc: Document, number: int) -> list[Count]:
    """The one death toll of the next sentence when that sentence goes on telling the event just told: it
    names no place, no date and no event of its own, and does not turn to another occurrence ("... calm
    after a clash at the X camp on Sunday. A quarrel at a well ended in the death of an old shepherd.").
    It may open the next paragraph when the event's sentence is a paragraph by itself (one sentence a
    paragraph, as wire copy is laid out)."""
    following = number + 1
    if following >= len(doc.sentences):
        return []
    sentence = doc.sentences[following]
    if _places(doc, following) or doc.cues[following] or doc.dates[following]:
        return []
    if not _alone(doc, number):
        return []  # the next paragraph after a paragraph of several sentences: another story
    tolls = _tolls(doc, following)
    if len(tolls) != 1 or _ELSEWHERE.search(doc.text, sentence.start, sentence.end):
        return []
    return tolls


def _alone(doc: Document, number: int) -> bool:
    """Whether the next sentence may go on telling the event of sentence ``number``: it is in the same
    paragraph, or opens the next one after a paragraph of this sentence alone (the next paragraph after a
    paragraph of several sentences is another story)."""
    paragraph = doc.sentences[number].paragraph
    if doc.sentences[number + 1].paragraph == paragraph:
        return True
    return number == 0 or doc.sentences[number - 1].paragraph != paragraph


def _told_before(doc: Document, number: int, *, place: Resolved | None = None) -> list[Count]:
    """The one death toll of the sentence before when this one speaks of "the attack" again ("N were
    killed in an attack in X. The attack hit the market in Y"); when "the attack" governs the ``place``
    ("... missing after the attack in Y"), of the nearest of the three sentences before that tells one
    (sentences without a toll may stand between, as :func:`geo.events.when.event_date` looks back for a
    date)."""
    if number == 0:
        return []
    sentence = doc.sentences[number]
    if not _ANAPHOR.search(doc.text, sentence.start, sentence.end):
        return []
    governed = place is not None and any(
        _AT.fullmatch(doc.text, m.end(), place.toponym.start)
        for m in _ANAPHOR.finditer(doc.text, sentence.start, place.toponym.start)
    )
    for other in range(number - 1, max(-1, number - 4) if governed else number - 2, -1):
        tolls = _tolls(doc, other)
        if tolls:
            return tolls if len({c.value for c in tolls}) == 1 else []
    return []


def _in_reach(doc: Document, number: int, counts: list[Count], place: Resolved) -> list[Count]:
    """The counts that may belong to ``place`` in a sentence of coordinated events ("3 dead in a strike on
    X and 4 others in a blast in Y and clashes in Z": 3 for X, 4 for Y, none for Z).

    A count that opens a conjunct after the place ("X and 4 others in Y") belongs to a place that follows
    it; a count before the place is another event's when another place and then a cue of the sentence lie
    between them (the count told with that place, then a new event for this one); a count after the place
    is another event's when it lies in another clause with a place of its own between them. Counts on the
    place's side of a semicolon come first.
    """
    text = doc.text
    start, end = place.toponym.start, place.toponym.end
    sentence = doc.sentences[number]
    # the places of the sentence other than the event's own (named again: "clashes east of X, and the X
    # council executed 3 members" tells one place)
    spots = [
        p.toponym
        for p in doc.places
        if p.toponym.kind == "place"
        and sentence.start <= p.toponym.start < sentence.end
        and (p.candidate.id != place.candidate.id or p.toponym.start == start)
    ]
    if start < sentence.start:  # an event told on from the place of a sentence before: the counts are its
        return _parted(text, counts, place)
    cues = doc.cues[number]
    out = []
    for count in counts:
        if count.start >= end:
            if _CONJUNCT.fullmatch(text, end, count.start) and any(s.start >= count.end for s in spots):
                continue
            # "... X on Monday, a week after a bombing in Y killed 20": the count of another place's clause
            clause = doc.clause(count.start)
            if doc.clause(start) != clause and any(
                end <= s.start and s.end <= count.start and doc.clause(s.start) == clause for s in spots
            ):
                continue
        elif count.end <= start:
            between = [s for s in spots if count.end <= s.start and s.end <= start]
            if any(s.end <= c.start and c.end <= start for s in between for c in cues):
                continue
        out.append(count)
    return _parted(text, out, place)


def _parted(text: str, counts: list[Count], place: Resolved) -> list[Count]:
    """The counts on the place's side of the semicolons of its sentence, if any ("in X, a car bomb killed
    7; in Y, gunmen killed 2": a semicolon parts the events of a sentence)."""
    start, end = place.toponym.start, place.toponym.end
    parted = [c for c in counts if ";" not in text[min(c.end, start) : max(c.start, end)]]
    return parted or counts


def _of_clause(doc: Document, counts: list[Count], place: Resolved, cue: Cue | None) -> list[Count]:
    """The counts of the cue's clause when the cue lies in another clause than the place."""
    if cue is None or doc.clause(cue.start) == doc.clause(place.toponym.start):
        return []
    clause = doc.clause(cue.start)
    return [c for c in counts if doc.clause(c.start) == clause]
